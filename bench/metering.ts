/**
 * Metering's cost on the gateway's hot path, and how far behind the counters run.
 * `PATH=$PWD/node_modules/.bin:$PATH bash scripts/node24.sh tsx bench/metering.ts` (about 60 s)
 *
 * One in-process node (api, users, teams, billing, usage) on a fresh database of the machine's
 * PostgreSQL and its Redis (under a namespace of its own, whose keys are deleted at the end). The same
 * metered route, `GET /api/v1/teams/:id` with a team API key, is loaded with metering off and on in
 * BENCH_ROUNDS (5) rounds, each an off and an on phase of BENCH_SECONDS (4) back to back (which goes
 * first alternates), from BENCH_CONNECTIONS (32) keep-alive
 * connections, closed loop: off, the key resolves and the call runs unmetered; on, each call also
 * takes the quota round trip to Redis and its requests.Request event is made durable (batched into the
 * outbox) before the answer, and the node counts it in PostgreSQL. Each phase starts once the counters
 * have caught up with the last. A shared machine's load drifts: each round's on/off ratio and p99
 * difference are taken within the round, and their medians reported. Then an open loop at
 * BENCH_RATE (1,000) metered calls/s for BENCH_LAG_SECONDS (8): the lag from each call's admission to
 * the commit that counted it in PostgreSQL. Every call is checked in both counters at the end.
 * BENCH_TRANSPORTER=nats://… runs the node on NATS, so events go to JetStream instead.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Redis } from "ioredis";
import { loadConfig } from "../config.js";
import type { Envelope } from "../lib/events/envelope.js";
import { createNode } from "../node.js";
import type { Metering } from "../services/api/metering.js";
import { cleanupAll, createDatabase, deleteStreams, freePort } from "../test/support/processes.js";

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 32);
const RATE = Number(env.BENCH_RATE ?? 1_000);
const LAG_SECONDS = Number(env.BENCH_LAG_SECONDS ?? 8);
const REDIS_URL = env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const TRANSPORTER = env.BENCH_TRANSPORTER ?? "";
/** Profiling one mode alone: BENCH_MODES=on (or off); the comparison needs both. */
const MODES = (env.BENCH_MODES ?? "off,on").split(",") as ("off" | "on")[];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const ms = (value: number) => `${value.toFixed(2)} ms`;

interface Target {
  port: number;
  path: string;
  headers: Record<string, string>;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS * 2 });

/** One GET; resolves with its status once the whole answer arrived. */
function get(target: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: target.port, path: target.path, headers: target.headers, agent },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

interface Phase {
  calls: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** The event loop's p99 delay during the phase: how saturated this process was. */
  loopP99: number;
  /** CPU time this process (node and load generator) spent per call. */
  cpuPerCall: number;
}

/** CONNECTIONS callers, each sending its next call when the last one answered, for `seconds`. */
async function closedLoop(target: Target, seconds: number): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const cpu = process.cpuUsage();
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const status = await get(target).catch(() => 0);
        if (status === 200) latencies.push(performance.now() - started);
        else errors += 1;
      }
    }),
  );
  loop.disable();
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  return {
    calls: latencies.length,
    errors,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    loopP99: loop.percentile(99) / 1e6,
    cpuPerCall: (used.user + used.system) / 1000 / Math.max(1, latencies.length),
  };
}

/** `rate` calls a second for `seconds`, each sent on schedule whether or not the last one answered. */
async function openLoop(target: Target, rate: number, seconds: number): Promise<{ sent: number; errors: number }> {
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  let errors = 0;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      get(target).then(
        (status) => void (status === 200 || (errors += 1)),
        () => void (errors += 1),
      ),
    );
  }
  await Promise.all(pending);
  return { sent: total, errors };
}

async function json(port: number, method: string, path: string, body: unknown, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const parsed = (await res.json()) as Record<string, unknown>;
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(parsed)}`);
  return parsed;
}

async function main(): Promise<void> {
  const db = await createDatabase();
  const namespace = `mwbench${randomUUID().slice(0, 8)}`;
  const config = loadConfig({
    NODE_ENV: "development",
    DATABASE_URL: db.url,
    REDIS_URL,
    NAMESPACE: namespace,
    ...(TRANSPORTER ? { TRANSPORTER } : {}),
    DATA_DIR: `memory://bench-metering-${randomUUID()}`,
    JWT_SECRET: randomBytes(32).toString("hex"),
    SERVICES: "api,users,teams,billing,usage",
    HOST: "127.0.0.1",
    PORT: "0",
    HEALTH_PORT: "0",
    METRICS_PORT: String(await freePort()),
    RATE_LIMIT: "0",
    LOG_LEVEL: "warn",
    // A quota no run reaches: every call is admitted.
    TIERS: JSON.stringify({ free: { requestsPerMonth: 1_000_000_000 } }),
  });
  const node = await createNode(config);
  await node.start();
  const broker = node.broker;
  const gateway = broker.getLocalService("api") as unknown as { server: Server; metering: Metering };
  const port = (gateway.server.address() as AddressInfo).port;
  const usage = broker.getLocalService("usage") as unknown as {
    foldBatch(envelopes: Envelope[]): Promise<void>;
  };
  const redis = new Redis(REDIS_URL);
  try {
    const session = await json(port, "POST", "/auth/signup", {
      email: `bench-${randomUUID().slice(0, 8)}@example.test`,
      password: "bench harbour lantern 41",
    });
    const token = session.accessToken as string;
    const team = await json(port, "POST", "/teams", { name: "Bench" }, token);
    const key = await json(port, "POST", `/teams/${team.id}/keys`, { description: "bench" }, token);
    const target: Target = { port, path: `/api/v1/teams/${team.id}`, headers: { "X-API-Key": key.key as string } };

    const counters = async () => {
      const report = await fetch(`http://127.0.0.1:${port}/api/v1/teams/${team.id}/usage`, {
        headers: { Authorization: `Bearer ${token}` },
      }).then((res) => res.json() as Promise<{ used: number; periodStart: string }>);
      const inRedis = await redis.get(`${namespace}:usage:${team.id}:${Date.parse(report.periodStart)}`);
      return { postgres: report.used, redis: Number(inRedis ?? 0) };
    };
    /** Until PostgreSQL has counted everything Redis admitted (at most 30 s). */
    const caughtUp = async () => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const { postgres, redis: admitted } = await counters();
        if (postgres >= admitted) return;
        if (Date.now() > deadline) {
          console.warn(`counters still behind after 30 s: ${postgres} counted of ${admitted} admitted`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    // How long each answer waits for its event to be durable (the part of "added latency" that is I/O).
    const durableWaits: number[] = [];
    const recorder = gateway.metering.recorder;
    const record = recorder.record.bind(recorder);
    recorder.record = async (envelope) => {
      const started = performance.now();
      await record(envelope);
      durableWaits.push(performance.now() - started);
    };

    // Warm-up in both modes (the plan, the counter and the key lookup cached), then rounds alternating.
    await closedLoop(target, 2);
    gateway.metering.enabled = false;
    await closedLoop(target, 1);
    const rows: { mode: "off" | "on"; phase: Phase }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of (round % 2 ? (["on", "off"] as const) : (["off", "on"] as const)).filter((m) =>
        MODES.includes(m),
      )) {
        await caughtUp();
        gateway.metering.enabled = mode === "on";
        rows.push({ mode, phase: await closedLoop(target, SECONDS) });
      }
    }
    gateway.metering.enabled = true;
    await caughtUp();
    const durable = [...durableWaits].sort((x, y) => x - y);

    // Request → counter: each counted event's lag from its admission to the commit that counted it.
    const lags: number[] = [];
    const fold = usage.foldBatch.bind(usage);
    const openedAt = Date.now();
    usage.foldBatch = async (envelopes) => {
      await fold(envelopes);
      const now = Date.now();
      for (const e of envelopes) if (e.occurredAt >= openedAt) lags.push(now - e.occurredAt);
    };
    const open = await openLoop(target, RATE, LAG_SECONDS);
    const deadline = Date.now() + 30_000;
    while (lags.length < open.sent - open.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    lags.sort((a, b) => a - b);

    // Every admitted call is in PostgreSQL's counter, and Redis agrees.
    await caughtUp();
    const final = await counters();

    const summarise = (mode: "off" | "on") => {
      const phases = rows.filter((r) => r.mode === mode).map((r) => r.phase);
      const median = (pick: (p: Phase) => number) => {
        const values = phases.map(pick).sort((x, y) => x - y);
        const mid = Math.floor(values.length / 2);
        return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
      };
      return {
        perSecond: median((p) => p.perSecond),
        p50: median((p) => p.p50),
        p99: median((p) => p.p99),
        loopP99: median((p) => p.loopP99),
        cpuPerCall: median((p) => p.cpuPerCall),
        errors: phases.reduce((sum, p) => sum + p.errors, 0),
      };
    };
    const off = summarise("off");
    const on = summarise("on");
    // Within each round (its two phases back to back), then the median over the rounds.
    const both = MODES.length === 2;
    const pairs = Array.from({ length: both ? ROUNDS : 0 }, (_, r) => {
      const round = rows.slice(r * 2, r * 2 + 2);
      const offPhase = round.find((x) => x.mode === "off")!.phase;
      const onPhase = round.find((x) => x.mode === "on")!.phase;
      return {
        ratio: onPhase.perSecond / offPhase.perSecond,
        p50: onPhase.p50 - offPhase.p50,
        p99: onPhase.p99 - offPhase.p99,
      };
    });
    const middle = (values: number[]) => {
      const sorted = [...values].sort((x, y) => x - y);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    console.log(
      `\n${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}; events via ${TRANSPORTER ? "JetStream" : "the outbox"}`,
    );
    console.log(`${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per mode, alternating\n`);
    console.log("| metering | round | calls/s | p50 | p99 | event loop p99 | CPU per call | errors |");
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
    const line = (mode: string, round: string, p: Phase) =>
      `| ${mode} | ${round} | ${p.perSecond.toFixed(0)} | ${ms(p.p50)} | ${ms(p.p99)} | ${ms(p.loopP99)} | ${ms(p.cpuPerCall)} | ${p.errors} |`;
    rows.forEach(({ mode, phase }, i) => console.log(line(mode, String(Math.floor(i / 2) + 1), phase)));
    if (MODES.includes("off")) console.log(line("off", "median", { ...off, calls: 0 }));
    if (MODES.includes("on")) console.log(line("on", "median", { ...on, calls: 0 }));
    console.log(
      `\nthroughput on/off, per round: ${pairs.map((p) => p.ratio.toFixed(2)).join(", ")}; median ${middle(pairs.map((p) => p.ratio)).toFixed(2)}×`,
    );
    console.log(
      `added latency, median of the rounds: p50 ${ms(middle(pairs.map((p) => p.p50)))}, p99 ${ms(middle(pairs.map((p) => p.p99)))}`,
    );
    console.log(
      `event durable before the answer (on rounds, ${durable.length} events): p50 ${ms(percentile(durable, 0.5))}, ` +
        `p99 ${ms(percentile(durable, 0.99))}`,
    );
    console.log(
      `request → counter at ${RATE}/s for ${LAG_SECONDS} s (${open.sent} calls, ${open.errors} errors, ${lags.length} counted): ` +
        `p50 ${ms(percentile(lags, 0.5))}, p99 ${ms(percentile(lags, 0.99))}, max ${ms(lags.at(-1) ?? 0)}`,
    );
    console.log(`counted in PostgreSQL ${final.postgres}, in Redis ${final.redis}`);
  } finally {
    agent.destroy();
    const keys = await redis.keys(`${namespace}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await node.stop();
    // This run's JetStream streams (named after its namespace), when it used NATS.
    if (TRANSPORTER) await deleteStreams(namespace);
    await cleanupAll();
  }
}

await main();
