/**
 * Redemptions per second on the machine's PostgreSQL: `promotions.redeem` of a 10-line basket that three
 * approved promotions discount (each applied, so each redemption consumes a use of all three), from
 * BENCH_CONCURRENCY callers at once (default "1,4,16", one phase each) for BENCH_SECONDS (8) per phase
 * after a short warm-up; the same basket through `promotions.quote` for comparison. Prints a Markdown table.
 * `PATH=$PWD/node_modules/.bin:$PATH bash scripts/node24.sh tsx bench/redeem.ts`
 *
 * In-process: the promotions service on a broker configured like a node (validation, access rules, outbox
 * relay), a fresh database, and stand-ins for teams/products/customers that answer at once, so the figure
 * is the domain's own cost (no HTTP, no gateway). Every redemption updates the same three promotion rows,
 * so redemptions of one hot promotion set are serialised on those row locks: the worst case by design.
 */
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import type { ServiceSchema } from "moleculer";
import { QueryTypes } from "sequelize";
import { serviceUnderTest, type ServiceUnderTest } from "../testing/index.js";
import PromotionsService, { type Promotion } from "../services/promotions/promotions.service.js";
import { cleanupAll, createDatabase } from "../test/support/processes.js";

const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? "1,4,16").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_SECONDS = 2;
const LINES = 10;

interface Phase {
  action: "redeem" | "quote";
  concurrency: number;
  calls: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function run(
  kit: ServiceUnderTest,
  action: "redeem" | "quote",
  concurrency: number,
  seconds: number,
  basket: object,
  user: { id: string },
): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await kit.call(`promotions.${action}`, basket, { user });
          latencies.push(performance.now() - t0);
        } catch (err) {
          errors += 1;
          if (errors === 1) console.error(`${action}: ${(err as Error).message}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    action,
    concurrency,
    calls: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors,
  };
}

async function main(): Promise<void> {
  const db = await createDatabase();
  const teamId = randomUUID();
  const editor = { id: randomUUID() };
  const admin = { id: randomUUID() };
  const products = Array.from({ length: LINES }, () => randomUUID());
  const kit = await serviceUnderTest(PromotionsService as unknown as ServiceSchema, {
    config: { DATABASE_URL: db.url, LOG_LEVEL: "warn" },
    fakes: {
      teams: {
        membership: (p: { userId: string }) =>
          p.userId === admin.id ? { role: "administrator" } : p.userId === editor.id ? { role: "editor" } : null,
        teamIdsOf: [teamId],
      },
      products: { ofTeam: (p: { ids: string[] }) => p.ids.map((id) => ({ id, name: "P", sku: id, priceCents: 1000 })) },
      customers: { ofTeam: (p: { ids: string[] }) => p.ids },
    },
  });
  try {
    // 10 % off products 0–4; 0.50 off each unit of 3–7 (combinable); 5 % off 5–9 (combinable).
    const promotions: [boolean, { type: "percent" | "amount"; value: number }, number[]][] = [
      [false, { type: "percent", value: 10 }, [0, 1, 2, 3, 4]],
      [true, { type: "amount", value: 50 }, [3, 4, 5, 6, 7]],
      [true, { type: "percent", value: 5 }, [5, 6, 7, 8, 9]],
    ];
    for (const [combinable, discount, on] of promotions) {
      const created = await kit.call<Promotion>(
        "promotions.create",
        {
          teamId,
          name: "Bench",
          combinable,
          validFrom: "2020-01-01T00:00:00Z",
          validThru: "2100-01-01T00:00:00Z",
          lines: on.map((i) => ({ productId: products[i], ...discount })),
        },
        { user: editor },
      );
      await kit.call("promotions.submit", { id: created.id }, { user: editor });
      await kit.call("promotions.approve", { id: created.id }, { user: admin });
    }
    const basket = {
      teamId,
      lines: products.map((productId, i) => ({ productId, quantity: 1 + (i % 3), unitPriceCents: 1999 + i })),
    };
    const sample = await kit.call<{ lines: { applied: unknown[] }[] }>("promotions.quote", basket, { user: editor });
    const applied = new Set(
      sample.lines.flatMap((l) => l.applied.map((a) => (a as { promotionId: string }).promotionId)),
    );
    if (applied.size !== 3) throw new Error(`expected all 3 promotions to apply, got ${applied.size}`);

    await run(kit, "redeem", 4, WARMUP_SECONDS, basket, editor);
    const phases: Phase[] = [];
    for (const concurrency of CONCURRENCY) {
      phases.push(await run(kit, "redeem", concurrency, SECONDS, basket, editor));
      phases.push(await run(kit, "quote", concurrency, SECONDS, basket, editor));
    }
    const sql = await kit.db();
    const [{ n }] = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM redemptions", {
      type: QueryTypes.SELECT,
    });

    console.log(
      `\n${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}; ${LINES}-line basket, 3 promotions applied; ${SECONDS} s per phase; ${n} redemptions stored\n`,
    );
    console.log("| action | callers | calls/s | p50 | p95 | p99 | errors |");
    console.log("| ------ | ------- | ------- | --- | --- | --- | ------ |");
    for (const p of phases) {
      console.log(
        `| ${p.action} | ${p.concurrency} | ${p.perSecond.toFixed(0)} | ${p.p50.toFixed(1)} ms | ${p.p95.toFixed(1)} ms | ${p.p99.toFixed(1)} ms | ${p.errors} |`,
      );
    }
  } finally {
    await kit.stop();
    await cleanupAll();
  }
}

await main();
