/**
 * Mail figures (docs/benchmarks.md): sign-up → verification mail at a local SMTP server, p50/p99,
 * and the worker's throughput to that server. One node in this process (every service), embedded
 * PGlite by default or PostgreSQL with BENCH_DATABASE_URL, mailing smtp-server on a private port.
 *
 *   bash scripts/node24.sh tsx bench/notifications.ts            # SIGNUPS=200 JOBS=2000
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Sequelize } from "sequelize";
import { loadConfig } from "../config.js";
import { createNode } from "../node.js";
import { startSmtpSink } from "../test/support/smtp-sink.js";

const SIGNUPS = Number(process.env.SIGNUPS ?? 200);
const SIGNUP_GAP_MS = Number(process.env.SIGNUP_GAP_MS ?? 50);
const JOBS = Number(process.env.JOBS ?? 2000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const sink = await startSmtpSink();
  const arrived = new Map<string, number>();
  const seen = sink.mails.push.bind(sink.mails);
  sink.mails.push = (...mails) => {
    for (const mail of mails) for (const to of mail.to) arrived.set(to, performance.now());
    return seen(...mails);
  };
  const config = loadConfig({
    NODE_ENV: "production",
    DATA_DIR: `memory://bench-${randomUUID()}`,
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
    JWT_SECRET: randomBytes(32).toString("hex"),
    PAYMENTS_WEBHOOK_SECRETS: `whsec_${randomBytes(32).toString("base64")}`,
    SMTP_URL: sink.url,
    PORT: "0",
    HEALTH_PORT: "0",
    METRICS_PORT: "0",
    RATE_LIMIT: "0",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
  });
  const node = await createNode(config);
  await node.start();
  const gateway = node.broker.getLocalService("api") as unknown as { server: Server };
  const api = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}/api/v1`;
  try {
    // --- sign-up → mail -------------------------------------------------------------
    const started: { email: string; sent: number; answered: number }[] = [];
    for (let i = 0; i < SIGNUPS; i++) {
      const email = `bench-${i}-${randomUUID().slice(0, 8)}@example.test`;
      const sent = performance.now();
      const res = await fetch(`${api}/auth/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "correct horse battery staple" }),
      });
      if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${await res.text()}`);
      started.push({ email, sent, answered: performance.now() });
      await sleep(SIGNUP_GAP_MS);
    }
    const deadline = Date.now() + 60_000;
    while (started.some((s) => !arrived.has(s.email)) && Date.now() < deadline) await sleep(20);
    const fromRequest = started.map((s) => (arrived.get(s.email) ?? NaN) - s.sent).sort((a, b) => a - b);
    const fromAnswer = started.map((s) => (arrived.get(s.email) ?? NaN) - s.answered).sort((a, b) => a - b);
    const missing = started.filter((s) => !arrived.has(s.email)).length;
    const fmt = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(0)} ms, p99 ${percentile(xs, 99).toFixed(0)} ms`;
    console.log(`database: ${config.databaseUrl ? "PostgreSQL" : "embedded PGlite"}`);
    console.log(`sign-ups: ${SIGNUPS}, one every ${SIGNUP_GAP_MS} ms; mails missing after 60 s: ${missing}`);
    console.log(`  signup request sent → mail at the SMTP server: ${fmt(fromRequest)}`);
    console.log(`  signup answered (201) → mail at the SMTP server: ${fmt(fromAnswer)}`);

    // --- the worker's throughput ---------------------------------------------------------
    const notifications = node.broker.getLocalService("notifications") as unknown as {
      sql(): Sequelize;
      worker: { kick(): void };
    };
    const db = notifications.sql();
    const before = sink.mails.length;
    const html = `<p>${"Lorem ipsum dolor sit amet. ".repeat(20)}</p>`;
    await db.query(
      `INSERT INTO mail_jobs (id, trigger_event_id, recipient, template, category, subject, html, body_text)
       SELECT gen_random_uuid(), gen_random_uuid(), 'load-' || n || '@example.test', 'welcome', 'product',
              'Welcome to meshwork', $1, $2
       FROM generate_series(1, $3) AS n`,
      { bind: [html, html.replace(/<[^>]+>/g, ""), JOBS] },
    );
    const t0 = performance.now();
    notifications.worker.kick();
    while (sink.mails.length - before < JOBS && performance.now() - t0 < 120_000) await sleep(10);
    const seconds = (performance.now() - t0) / 1000;
    const delivered = sink.mails.length - before;
    console.log(
      `throughput: ${delivered} queued jobs delivered in ${seconds.toFixed(1)} s = ${(delivered / seconds).toFixed(0)} mails/s`,
    );
  } finally {
    await node.stop();
    await sink.close();
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
