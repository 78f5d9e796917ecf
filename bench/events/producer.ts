/**
 * Bench-only producer process: a broker from moleculer.config with one service that writes `requests`
 * events through the outbox (Db + Events, like any domain service), in transactions of BENCH_BATCH
 * events, BENCH_CONCURRENCY at a time, paced to BENCH_RATE events/s (0 = as fast as it can) until
 * BENCH_TOTAL are committed (publishMany: one INSERT per transaction). Its own outbox relay publishes
 * them. Prints one JSON line per second.
 */
import { randomUUID } from "node:crypto";
import { ServiceBroker, type Service, type ServiceSchema } from "moleculer";
import { QueryTypes } from "sequelize";
import { loadConfig } from "../../config.js";
import { Db, type DbMethods } from "../../mixins/db.mixin.js";
import { Events, outboxRelay, type EventsMethods } from "../../mixins/events.mixin.js";
import { brokerOptions } from "../../moleculer.config.js";

const total = Number(process.env.BENCH_TOTAL ?? 100_000);
const rate = Number(process.env.BENCH_RATE ?? 0);
const batch = Number(process.env.BENCH_BATCH ?? 100);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);

type BenchThis = Service & DbMethods & EventsMethods<"requests">;

const ROUTES = ["/projects/:id", "/tasks/:id", "/teams", "/users/me"];

const MeterService: ServiceSchema = {
  name: "meter",
  // The only table it writes is the outbox itself (the model is never queried).
  mixins: [Db({ model: { table: "outbox", attributes: {} } }), Events("requests")],
  methods: {
    /** One transaction with `count` Request events, as a metering service flushing its buffer would write. */
    async commitBatch(this: BenchThis, count: number, teamId: string): Promise<void> {
      const events = Array.from({ length: count }, (_, i) => {
        const userId = randomUUID();
        return {
          type: "Request" as const,
          fields: { method: "GET", route: ROUTES[i % ROUTES.length], status: 200, durationMs: 3 + (i % 40), userId },
          entityId: randomUUID(),
          actorId: userId,
        };
      });
      await this.inTransaction((tx) => this.publishMany(events, { tx, entity: "request", teamId }));
    },
  },
};

async function main(): Promise<void> {
  const config = loadConfig();
  const broker = new ServiceBroker({ ...brokerOptions(config), metrics: { enabled: false } });
  const meter = broker.createService(MeterService) as unknown as BenchThis & {
    commitBatch(n: number, team: string): Promise<void>;
  };
  await broker.start();
  // OUTBOX_RELAY=off: commit only (rows wait for another process's relay).
  const relay = outboxRelay(broker) ?? { published: total };

  const teamId = randomUUID();
  const started = performance.now();
  let committed = 0;
  let next = 0;
  const report = setInterval(() => {
    console.log(JSON.stringify({ t: Math.round(performance.now() - started), committed, published: relay.published }));
  }, 1000);

  async function worker(): Promise<void> {
    for (;;) {
      const start = next;
      if (start >= total) return;
      const count = Math.min(batch, total - start);
      next += count;
      if (rate > 0) {
        // Open loop: each batch has its slot in time; a late batch goes at once.
        const due = (start / rate) * 1000 - (performance.now() - started);
        if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      }
      await meter.commitBatch(count, teamId);
      committed += count;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  const commitMs = performance.now() - started;
  // Wait for the relay to publish the last of them (BENCH_DRAIN=1: every row in the outbox, a backlog too).
  const unsent = async () =>
    (
      await meter.sql().query<{
        n: number;
      }>("SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL", { type: QueryTypes.SELECT })
    )[0].n;
  if (process.env.BENCH_DRAIN === "1")
    while ((await unsent()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  else while (relay.published < total) await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(report);
  console.log(
    JSON.stringify({
      done: true,
      committed,
      commitMs: Math.round(commitMs),
      publishedMs: Math.round(performance.now() - started),
    }),
  );
  await broker.stop();
  process.exit(0);
}

main().catch((err: Error) => {
  console.error(`bench producer failed: ${err.stack ?? err.message}`);
  process.exit(1);
});
