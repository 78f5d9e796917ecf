/**
 * `npm run bench:events`: events from outbox commit to the audit store on the machine's NATS JetStream and
 * PostgreSQL. One bench producer process (bench/events/producer.ts) and one audit node (bin/start.ts,
 * SERVICES=audit), on a fresh database and namespace, two phases:
 *   saturation: BENCH_TOTAL events (100k) as fast as the producer commits them → events/s end to end;
 *   paced:      BENCH_PACED_RATE events/s (5,000) for BENCH_PACED_SECONDS (30) → lag p50/p95/p99 and
 *               whether audit keeps up.
 * Lag is received_at - occurred_at in audit_events (SQL). Prints a Markdown summary; cleans up after itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { deleteNamespaceStreams } from "../../test/support/events.js";
import {
  ROOT,
  NATS_URL,
  cleanupAll,
  createDatabase,
  sleep,
  spawnNode,
  uniqueName,
  type TestDatabase,
} from "../../test/support/processes.js";

const SATURATION_TOTAL = Number(process.env.BENCH_TOTAL ?? 100_000);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 5_000);
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 30);
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

interface PhaseResult {
  name: string;
  events: number;
  /** Wall time from the first commit to the last event stored in audit. */
  seconds: number;
  eventsPerSecond: number;
  /** Stored events per second over the middle 80 % of the run (excludes ramp-up and tail). */
  sustainedPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  duplicates: number;
  producer: { commitMs: number; publishedMs: number };
}

function runProducer(env: Record<string, string>): Promise<{ commitMs: number; publishedMs: number }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ["--import", "tsx", join(ROOT, "bench", "events", "producer.ts")],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    let result: { commitMs: number; publishedMs: number } | null = null;
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      for (const line of chunk.split("\n")) {
        if (!line.startsWith("{")) continue;
        const parsed = JSON.parse(line) as {
          done?: boolean;
          commitMs: number;
          publishedMs: number;
          t?: number;
          committed?: number;
          published?: number;
        };
        if (parsed.done) result = parsed;
        else if (process.env.BENCH_VERBOSE) console.error(`  producer ${line}`);
      }
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      err += chunk;
      if (process.env.BENCH_VERBOSE) process.stderr.write(chunk);
    });
    child.once("exit", (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`producer exited ${code}:\n${err || out}`)),
    );
  });
}

async function waitStored(db: TestDatabase, expected: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events");
    if (n >= expected) return;
    if (Date.now() > deadline) throw new Error(`audit stored ${n} of ${expected} events in time`);
    await sleep(200);
  }
}

async function measure(
  db: TestDatabase,
  name: string,
  fromSeq: number,
  producer: PhaseResult["producer"],
): Promise<PhaseResult> {
  const [row] = await db.query<{
    events: number;
    distinct_ids: number;
    seconds: number;
    p50: number;
    p95: number;
    p99: number;
    max: number;
  }>(
    `SELECT count(*)::int AS events, count(DISTINCT id)::int AS distinct_ids,
       extract(epoch FROM max(received_at) - min(occurred_at))::float8 AS seconds,
       percentile_cont(0.50) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - occurred_at))::float8 AS p50,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - occurred_at))::float8 AS p95,
       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - occurred_at))::float8 AS p99,
       extract(epoch FROM max(received_at - occurred_at))::float8 AS max
     FROM audit_events WHERE seq > $1`,
    [fromSeq],
  );
  // Per-second stored counts; the sustained rate is their mean over the middle 80 % of the seconds.
  const perSecond = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events WHERE seq > $1
     GROUP BY date_trunc('second', received_at) ORDER BY date_trunc('second', received_at)`,
    [fromSeq],
  );
  const counts = perSecond.map((r) => r.n);
  const cut = Math.floor(counts.length * 0.1);
  const middle = counts.length > 4 ? counts.slice(cut, counts.length - cut) : counts;
  return {
    name,
    events: row.events,
    seconds: row.seconds,
    eventsPerSecond: row.events / row.seconds,
    sustainedPerSecond: middle.reduce((a, b) => a + b, 0) / Math.max(1, middle.length),
    p50: row.p50,
    p95: row.p95,
    p99: row.p99,
    max: row.max,
    duplicates: row.events - row.distinct_ids,
    producer,
  };
}

async function lastSeq(db: TestDatabase): Promise<number> {
  const [{ seq }] = await db.query<{ seq: number }>("SELECT coalesce(max(seq), 0)::int AS seq FROM audit_events");
  return seq;
}

const ms = (seconds: number) => `${Math.round(seconds * 1000)} ms`;

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const namespace = uniqueName("mwbench");
  const db = await createDatabase();
  try {
    const env = {
      TRANSPORTER: NATS_URL,
      NAMESPACE: namespace,
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(32).toString("hex"),
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      // BENCH_CPU_PROF=<dir>: V8 CPU profiles of the producer and the audit node, written when they exit.
      ...(process.env.BENCH_CPU_PROF
        ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}` }
        : {}),
    };
    const audit = await spawnNode({ name: "audit", env: { ...env, SERVICES: "audit", NODE_ID: `${namespace}-audit` } });
    await audit.waitReady();
    const producerEnv = {
      ...env,
      NODE_ID: `${namespace}-producer`,
      METRICS_PORT: "0",
      HEALTH_PORT: "0",
      BENCH_BATCH: String(BATCH),
      BENCH_CONCURRENCY: String(CONCURRENCY),
    };

    // Warm-up: streams, consumers, JIT, connection pools.
    await runProducer({ ...producerEnv, BENCH_TOTAL: "2000", BENCH_RATE: "0" });
    await waitStored(db, 2000, 60_000);

    const results: PhaseResult[] = [];
    let from = await lastSeq(db);
    console.error(`saturation: ${SATURATION_TOTAL} events as fast as the producer commits…`);
    let producer = await runProducer({ ...producerEnv, BENCH_TOTAL: String(SATURATION_TOTAL), BENCH_RATE: "0" });
    await waitStored(db, 2000 + SATURATION_TOTAL, 600_000);
    results.push(await measure(db, `saturation (${SATURATION_TOTAL.toLocaleString("en")} events)`, from, producer));

    const pacedTotal = PACED_RATE * PACED_SECONDS;
    from = await lastSeq(db);
    console.error(`paced: ${PACED_RATE} events/s for ${PACED_SECONDS} s…`);
    producer = await runProducer({ ...producerEnv, BENCH_TOTAL: String(pacedTotal), BENCH_RATE: String(PACED_RATE) });
    await waitStored(db, 2000 + SATURATION_TOTAL + pacedTotal, 600_000);
    results.push(
      await measure(db, `paced ${PACED_RATE.toLocaleString("en")}/s for ${PACED_SECONDS} s`, from, producer),
    );

    const cpu = cpus()[0]?.model ?? "unknown CPU";
    console.log(`\nmeshwork events bench — ${new Date().toISOString()}`);
    console.log(
      `machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.versions.node}`,
    );
    // The machine is shared (PostgreSQL and NATS run on it too): its load says how much else ran.
    console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
    console.log(
      `producer: transactions of ${BATCH} events, ${CONCURRENCY} at a time; audit: one node (SERVICES=audit)\n`,
    );
    console.log(
      "| phase | events | commit→stored | events/s (end to end) | sustained events/s | lag p50 | lag p95 | lag p99 | lag max | duplicates |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.events} | ${r.seconds.toFixed(1)} s | ${Math.round(r.eventsPerSecond)} | ${Math.round(r.sustainedPerSecond)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.duplicates} |`,
      );
    }
    for (const r of results) {
      console.log(
        `\n${r.name}: producer committed in ${(r.producer.commitMs / 1000).toFixed(1)} s, relay published by ${(r.producer.publishedMs / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await cleanupAll();
    await deleteNamespaceStreams(namespace);
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exitCode = 1;
});
