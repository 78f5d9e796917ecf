/**
 * The balance ledger on the machine's PostgreSQL: debits per second on one account (every debit waits
 * for the same row lock: the worst case by design) and spread over 100 accounts, from BENCH_CONCURRENCY
 * (32) callers for BENCH_SECONDS (8) each after a short warm-up; then webhook-to-balance latency:
 * BENCH_WEBHOOKS (200) signed `charge.succeeded` webhooks POSTed to the gateway one after another, each
 * answered 200 once its credit is committed. Prints a Markdown table; docs/benchmarks.md keeps the figures.
 * `PATH=$PWD/node_modules/.bin:$PATH bash scripts/node24.sh tsx bench/ledger.ts`
 *
 * One in-process node (node.ts) running the gateway and billing on a fresh database: debits go through
 * `billing.debit` as the usage service will call it (validation, access rules, outbox writes, no HTTP).
 * The fake provider delivers to a sink here, so the bench holds the signed webhooks and times their
 * delivery itself.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import { loadConfig } from "../config.js";
import { createNode } from "../node.js";
import { cleanupAll, createDatabase } from "../test/support/processes.js";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 200);
const ACCOUNTS = 100;
const WARMUP_SECONDS = 1;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const ms = (value: number) => `${value.toFixed(1)} ms`;

interface Captured {
  headers: Record<string, string>;
  body: string;
}

/** Where the fake provider delivers: keeps each signed webhook and answers 200. */
async function sink(): Promise<{ url: string; received: Captured[]; server: Server }> {
  const received: Captured[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      received.push({ headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, server };
}

async function main(): Promise<void> {
  const db = await createDatabase();
  const hooks = await sink();
  const config = loadConfig({
    NODE_ENV: "development",
    DATABASE_URL: db.url,
    DATA_DIR: `memory://bench-ledger-${randomUUID()}`,
    JWT_SECRET: randomBytes(32).toString("hex"),
    SERVICES: "api,billing",
    HOST: "127.0.0.1",
    PORT: "0",
    HEALTH_PORT: "0",
    METRICS_PORT: "0",
    RATE_LIMIT: "0",
    LOG_LEVEL: "warn",
    PAYMENTS_WEBHOOK_URL: hooks.url,
  });
  const node = await createNode(config);
  await node.start();
  const broker = node.broker;
  const gateway = broker.getLocalService("api") as unknown as { server: Server };
  const baseUrl = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/api/v1`;
  try {
    // Internal calls (no user in meta): the mesh's own callers pass the access rules.
    const account = async (cents: number) => {
      const teamId = randomUUID();
      await broker.call("billing.account", { id: teamId });
      await broker.call("billing.adjust", { teamId, deltaCents: cents, reference: "bench" });
      return teamId;
    };

    /** Debits of 1 cent from CONCURRENCY callers for SECONDS; `pick` chooses the account of each. */
    const debitPhase = async (pick: () => string, seconds: number) => {
      let calls = 0;
      let errors = 0;
      const latencies: number[] = [];
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (performance.now() < deadline) {
            const started = performance.now();
            try {
              await broker.call("billing.debit", { teamId: pick(), amountCents: 1, idempotencyKey: randomUUID() });
              calls += 1;
              latencies.push(performance.now() - started);
            } catch {
              errors += 1;
            }
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      return {
        calls,
        errors,
        perSecond: calls / seconds,
        p50: percentile(latencies, 0.5),
        p99: percentile(latencies, 0.99),
      };
    };

    const hot = await account(1_000_000_000);
    await debitPhase(() => hot, WARMUP_SECONDS);
    const one = await debitPhase(() => hot, SECONDS);
    const spread = await Promise.all(Array.from({ length: ACCOUNTS }, () => account(1_000_000_000)));
    const many = await debitPhase(() => spread[Math.floor(Math.random() * spread.length)], SECONDS);

    // Pending top-ups, their webhooks held by the sink.
    const payers = spread.slice(0, 20);
    for (const teamId of payers) await broker.call("billing.setPaymentMethod", { id: teamId, token: "tok_visa" });
    for (let i = 0; i < WEBHOOKS; i++) {
      await broker.call("billing.topUp", { id: payers[i % payers.length], amountCents: 100 });
    }
    while (hooks.received.length < WEBHOOKS) await new Promise((resolve) => setTimeout(resolve, 50));
    const before = await Promise.all(
      payers.map(
        async (id) =>
          ((await broker.call("billing.accountOf", { teamId: id })) as { account: { balanceCents: number } }).account
            .balanceCents,
      ),
    );
    const latencies: number[] = [];
    for (const hook of hooks.received.slice(0, WEBHOOKS)) {
      const headers = {
        "content-type": "application/json",
        "webhook-id": hook.headers["webhook-id"],
        "webhook-timestamp": hook.headers["webhook-timestamp"],
        "webhook-signature": hook.headers["webhook-signature"],
      };
      const started = performance.now();
      const res = await fetch(`${baseUrl}/billing/webhooks/fake`, { method: "POST", headers, body: hook.body });
      await res.arrayBuffer();
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    }
    const after = await Promise.all(
      payers.map(
        async (id) =>
          ((await broker.call("billing.accountOf", { teamId: id })) as { account: { balanceCents: number } }).account
            .balanceCents,
      ),
    );
    const credited = after.reduce((sum, cents, i) => sum + cents - before[i], 0);
    if (credited !== WEBHOOKS * 100) throw new Error(`credited ${credited} cents, expected ${WEBHOOKS * 100}`);
    latencies.sort((a, b) => a - b);

    console.log(
      `\n${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    console.log(
      `PostgreSQL ${db.url.replace(/\/\/[^@]*@/, "//")}, pool of 10, ${CONCURRENCY} callers, ${SECONDS} s a phase\n`,
    );
    console.log("| phase | debits | debits/s | p50 | p99 | errors |");
    console.log("| --- | --- | --- | --- | --- | --- |");
    console.log(
      `| one account | ${one.calls} | ${one.perSecond.toFixed(0)} | ${ms(one.p50)} | ${ms(one.p99)} | ${one.errors} |`,
    );
    console.log(
      `| ${ACCOUNTS} accounts | ${many.calls} | ${many.perSecond.toFixed(0)} | ${ms(many.p50)} | ${ms(many.p99)} | ${many.errors} |`,
    );
    console.log(
      `\nwebhook → balance (${WEBHOOKS} signed charge.succeeded, one at a time, 200 once the credit commits): ` +
        `p50 ${ms(percentile(latencies, 0.5))}, p99 ${ms(percentile(latencies, 0.99))}, max ${ms(latencies.at(-1) ?? 0)}; ` +
        `${credited} cents credited, once each`,
    );
  } finally {
    await node.stop();
    await new Promise((resolve) => hooks.server.close(resolve));
    await cleanupAll();
  }
}

await main();
