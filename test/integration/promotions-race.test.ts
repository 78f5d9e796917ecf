/**
 * Usage budgets under parallel redemptions on the machine's PostgreSQL (a real connection pool, real
 * row locks): with usageLimit N, of 50 parallel redemptions exactly N apply the promotion and the rest
 * are priced without it, whatever the interleaving; a second limited promotion in the same basket is
 * consumed in the same transactions without deadlocks. RACE_ROUNDS rounds (default 3), each on fresh
 * promotions.
 */
import { randomUUID } from "node:crypto";
import type { ServiceSchema } from "moleculer";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import PromotionsService, {
  type Promotion,
  type RedemptionView,
} from "../../services/promotions/promotions.service.js";
import { cleanupAll, createDatabase, type TestDatabase } from "../support/processes.js";

const ROUNDS = Number(process.env.RACE_ROUNDS ?? 3);
const PARALLEL = 50;
/** The budgets: the limited promotion on the first product, and a combinable one on the second. */
const LIMIT = 7;
const COMBINABLE_LIMIT = 11;

let db: TestDatabase;
let kit: ServiceUnderTest;
const teamId = randomUUID();
const editor = { id: randomUUID() };
const admin = { id: randomUUID() };

beforeAll(async () => {
  db = await createDatabase();
  kit = await serviceUnderTest(PromotionsService as unknown as ServiceSchema, {
    config: { DATABASE_URL: db.url },
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
});
afterAll(async () => {
  await kit?.stop();
  await cleanupAll();
});

/** An approved promotion: written by the editor, approved by the administrator. */
async function approved(body: Record<string, unknown>): Promise<Promotion> {
  const created = await kit.call<Promotion>(
    "promotions.create",
    { teamId, name: "Race", validFrom: "2020-01-01T00:00:00Z", validThru: "2100-01-01T00:00:00Z", ...body },
    { user: editor },
  );
  await kit.call("promotions.submit", { id: created.id }, { user: editor });
  return kit.call<Promotion>("promotions.approve", { id: created.id }, { user: admin });
}

const usageOf = async (id: string) =>
  (await kit.call<Promotion>("promotions.get", { id }, { user: editor })).usageCount;

describe(`${PARALLEL} parallel redemptions on PostgreSQL`, () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: exactly ${LIMIT} apply the limited promotion, the rest get the fallback`, async () => {
      // Products of their own: earlier rounds' promotions stay candidates for theirs.
      const products = [randomUUID(), randomUUID()];
      // 3.00 off each unit of the first product, 7 times; 10 % off it for everyone else; 0.50 off the second, 11 times.
      const limited = await approved({
        priority: 1,
        usageLimit: LIMIT,
        lines: [{ productId: products[0], type: "amount", value: 300 }],
      });
      const fallback = await approved({ lines: [{ productId: products[0], type: "percent", value: 10 }] });
      const combinable = await approved({
        combinable: true,
        usageLimit: COMBINABLE_LIMIT,
        lines: [{ productId: products[1], type: "amount", value: 50 }],
      });
      const basket = {
        teamId,
        lines: [
          { productId: products[0], quantity: 1, unitPriceCents: 1000 },
          { productId: products[1], quantity: 1, unitPriceCents: 1000 },
        ],
      };
      const results = await Promise.allSettled(
        Array.from({ length: PARALLEL }, () => kit.call<RedemptionView>("promotions.redeem", basket, { user: editor })),
      );
      const failures = results.filter((r) => r.status === "rejected").map((r) => String(r.reason));
      expect(failures).toEqual([]);
      const redemptions = results.map((r) => (r as PromiseFulfilledResult<RedemptionView>).value);

      const firstLine = redemptions.map((r) => r.lines[0].applied.map((a) => a.promotionId).join());
      expect(firstLine.filter((ids) => ids === limited.id)).toHaveLength(LIMIT);
      expect(firstLine.filter((ids) => ids === fallback.id)).toHaveLength(PARALLEL - LIMIT);
      const secondLine = redemptions.map((r) => r.lines[1].discountCents);
      expect(secondLine.filter((cents) => cents === 50)).toHaveLength(COMBINABLE_LIMIT);
      expect(secondLine.filter((cents) => cents === 0)).toHaveLength(PARALLEL - COMBINABLE_LIMIT);
      // Every basket is priced exactly: 300 off with the limited promotion, 100 with the fallback.
      for (const r of redemptions) {
        expect(r.lines[0].discountCents).toBe(r.lines[0].applied[0].promotionId === limited.id ? 300 : 100);
        expect(r.totalCents).toBe(2000 - r.lines[0].discountCents - r.lines[1].discountCents);
      }

      expect(await usageOf(limited.id)).toBe(LIMIT);
      expect(await usageOf(fallback.id)).toBe(PARALLEL - LIMIT);
      expect(await usageOf(combinable.id)).toBe(COMBINABLE_LIMIT);
      // What is stored agrees: one discount row per applied promotion and line.
      const sql = await kit.db();
      const stored = await sql.query<{ promotion_id: string; n: number }>(
        `SELECT promotion_id, count(*)::int AS n FROM redemption_discounts
          WHERE promotion_id = ANY($1::uuid[]) GROUP BY promotion_id`,
        { bind: [[limited.id, fallback.id, combinable.id]], type: QueryTypes.SELECT },
      );
      expect(Object.fromEntries(stored.map((row) => [row.promotion_id, row.n]))).toEqual({
        [limited.id]: LIMIT,
        [fallback.id]: PARALLEL - LIMIT,
        [combinable.id]: COMBINABLE_LIMIT,
      });
      const ids = redemptions.map((r) => r.id);
      const redeemed = (await kit.published("promotions")).filter(
        (e) => e.type === "Redeemed" && ids.includes(e.entityId),
      );
      expect(redeemed).toHaveLength(PARALLEL);
    });
  }
});
