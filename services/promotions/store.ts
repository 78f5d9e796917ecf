/**
 * promotions: the SQL the models can't say, through lib/sql.ts: multi-row line inserts, workflow steps
 * as conditional updates, the one-query candidate load, usage consumption and the savepoint it is
 * undone to, and the multi-row redemption insert and team cleanup.
 */
import { execute, selectMany, selectOne, type Tx } from "../../lib/sql.js";
import { fromRow } from "../../mixins/db.mixin.js";
import type { StoredPromotion, Transition } from "./common.js";
import type {
  LineType,
  PromotionLineRecord,
  PromotionRecord,
  PromotionsModels,
  RedemptionDiscountRecord,
  RedemptionLineRecord,
  RedemptionRecord,
} from "./models.js";
import type { PricedLine } from "./pricing.js";

const sqlOf = (m: PromotionsModels) => m.promotions.sequelize!;
type Row = Record<string, unknown>;

/** A discount line in storage form: a percent in hundredths, or cents. */
export interface NewLine {
  productId: string;
  type: LineType;
  percentHundredths: number | null;
  amountCents: number | null;
}

/** `($1, $2, …), (…)` for rows of `width` bind parameters each, appending them to `bind`. */
function valuesOf(rows: unknown[][], bind: unknown[], casts: string[] = []): string {
  return rows.map((row) => `(${row.map((value, i) => `$${bind.push(value)}${casts[i] ?? ""}`).join(", ")})`).join(", ");
}

/** Replaces a promotion's lines with `lines`, in their order. */
export async function replaceLines(m: PromotionsModels, promotionId: string, lines: NewLine[], tx: Tx): Promise<void> {
  const db = sqlOf(m);
  await execute(db, "DELETE FROM promotion_lines WHERE promotion_id = $1", [promotionId], tx);
  if (!lines.length) return;
  const bind: unknown[] = [];
  const values = valuesOf(
    lines.map((l, i) => [promotionId, i, l.productId, l.type, l.percentHundredths, l.amountCents]),
    bind,
    ["::uuid", "::int", "::uuid", "", "::int", "::bigint"],
  );
  await execute(
    db,
    `INSERT INTO promotion_lines (promotion_id, position, product_id, type, percent_hundredths, amount_cents) VALUES ${values}`,
    bind,
    tx,
  );
}

/** The lines of each promotion, in position order. */
export async function linesOf(
  m: PromotionsModels,
  promotionIds: string[],
  tx?: Tx,
): Promise<Map<string, PromotionLineRecord[]>> {
  const byPromotion = new Map<string, PromotionLineRecord[]>(promotionIds.map((id) => [id, []]));
  if (!promotionIds.length) return byPromotion;
  const rows = await m.lines.findAll({
    where: { promotionId: promotionIds },
    order: [
      ["promotionId", "ASC"],
      ["position", "ASC"],
    ],
    transaction: tx,
  });
  for (const row of rows) {
    const line = row.get({ plain: true }) as PromotionLineRecord;
    byPromotion.get(line.promotionId)?.push(line);
  }
  return byPromotion;
}

/**
 * One workflow step as a conditional update: it happens only if the promotion is still in one of
 * `step.from` when the row is written, so two racing steps can't both succeed. Null when it isn't
 * (or doesn't exist).
 */
export async function transition(
  m: PromotionsModels,
  id: string,
  step: Transition,
  tx: Tx,
): Promise<{ record: PromotionRecord; previous: string } | null> {
  const row = await selectOne<Row>(
    sqlOf(m),
    `UPDATE promotions p SET status = $2, approved_by = $3, rejection_reason = $4, updated_at = now()
       FROM (SELECT id, status FROM promotions WHERE id = $1 FOR UPDATE) AS before
      WHERE p.id = before.id AND before.status = ANY($5::text[])
        AND ($6::uuid IS NULL OR (p.created_by <> $6::uuid AND p.edited_by <> $6::uuid))
      RETURNING p.*, before.status AS previous_status`,
    [id, step.to, step.approvedBy ?? null, step.rejectionReason ?? null, [...step.from], step.notBy ?? null],
    tx,
  );
  if (!row) return null;
  return { record: fromRow<PromotionRecord>(m.promotions, row), previous: row.previous_status as string };
}

export interface CandidateQuery {
  teamId: string;
  at: Date;
  customerId: string | null;
  productIds: string[];
  /** redeem: only promotions with a use left. */
  requireUsageLeft: boolean;
}

/**
 * The promotions that may discount this basket, with all their lines, in one query: approved, valid
 * at `at`, for anyone or this customer, with a line for one of the products (and a use left).
 */
export async function candidatePromotions(m: PromotionsModels, q: CandidateQuery, tx?: Tx): Promise<StoredPromotion[]> {
  const rows = await selectMany<Row>(
    sqlOf(m),
    `SELECT p.*,
            (SELECT json_agg(json_build_object(
                      'promotionId', l.promotion_id, 'position', l.position, 'productId', l.product_id, 'type', l.type,
                      'percentHundredths', l.percent_hundredths, 'amountCents', l.amount_cents) ORDER BY l.position)
               FROM promotion_lines l WHERE l.promotion_id = p.id) AS lines_json
       FROM promotions p
      WHERE p.team_id = $1 AND p.status = 'approved'
        AND p.valid_from <= $2::timestamptz AND p.valid_thru >= $2::timestamptz
        AND (p.customer_id IS NULL OR p.customer_id = $3::uuid)
        AND ($5::boolean IS FALSE OR p.usage_limit IS NULL OR p.usage_count < p.usage_limit)
        AND EXISTS (SELECT 1 FROM promotion_lines l WHERE l.promotion_id = p.id AND l.product_id = ANY($4::uuid[]))`,
    [q.teamId, q.at.toISOString(), q.customerId, q.productIds, q.requireUsageLeft],
    tx,
  );
  return rows.map((row) => ({
    record: fromRow<PromotionRecord>(m.promotions, row),
    lines: (row.lines_json as PromotionLineRecord[] | null) ?? [],
  }));
}

/**
 * Runs `work` under a savepoint and keeps what it wrote only when `keep` says so: otherwise its writes
 * are rolled back to the savepoint (they were never committed, so no concurrent update is lost, and
 * the row locks they took are released). An error rolls back the whole transaction, as it would anyway.
 */
export async function underSavepoint<T>(
  m: PromotionsModels,
  tx: Tx,
  work: () => Promise<T>,
  keep: (result: T) => boolean,
): Promise<T> {
  const db = sqlOf(m);
  await execute(db, "SAVEPOINT attempt", [], tx);
  const result = await work();
  // A kept savepoint needs no RELEASE (the commit ends it): one round trip less while rows are locked.
  if (!keep(result)) await execute(db, "ROLLBACK TO SAVEPOINT attempt", [], tx);
  return result;
}

export type Consumption = { consumed: PromotionRecord[]; exhausted: null } | { consumed: []; exhausted: string };

/**
 * Takes one use of each promotion, in id order (so concurrent redemptions lock rows in one order and
 * never deadlock), each with one conditional update: still approved, still the revision that was
 * priced, and a use left. It stops at the first that fails and answers its id; the caller rolls the
 * uses already taken back to its savepoint (underSavepoint) and prices again without it.
 */
export async function consumeUses(
  m: PromotionsModels,
  promotions: { id: string; revision: number }[],
  tx: Tx,
): Promise<Consumption> {
  const db = sqlOf(m);
  const ordered = [...promotions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const consumed: PromotionRecord[] = [];
  for (const { id, revision } of ordered) {
    const row = await selectOne<Row>(
      db,
      `UPDATE promotions SET usage_count = usage_count + 1, updated_at = now()
        WHERE id = $1 AND revision = $2 AND status = 'approved' AND (usage_limit IS NULL OR usage_count < usage_limit)
        RETURNING *`,
      [id, revision],
      tx,
    );
    if (!row) return { consumed: [], exhausted: id };
    consumed.push(fromRow<PromotionRecord>(m.promotions, row));
  }
  return { consumed, exhausted: null };
}

export interface NewRedemption {
  id: string;
  teamId: string;
  customerId: string | null;
  at: Date;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  createdBy: string;
}

/** The redemption, its priced lines and what each promotion took off each line: three statements. */
export async function insertRedemption(
  m: PromotionsModels,
  r: NewRedemption,
  lines: PricedLine[],
  tx: Tx,
): Promise<RedemptionRecord> {
  const db = sqlOf(m);
  const row = await selectOne<Row>(
    db,
    `INSERT INTO redemptions (id, team_id, customer_id, at, subtotal_cents, discount_cents, total_cents, created_by)
     VALUES ($1, $2, $3, $4::timestamptz, $5, $6, $7, $8) RETURNING *`,
    [r.id, r.teamId, r.customerId, r.at.toISOString(), r.subtotalCents, r.discountCents, r.totalCents, r.createdBy],
    tx,
  );
  const lineBind: unknown[] = [];
  const lineValues = valuesOf(
    lines.map((l, i) => [
      r.id,
      i,
      l.productId,
      l.quantity,
      l.unitPriceCents,
      l.subtotalCents,
      l.discountCents,
      l.totalCents,
    ]),
    lineBind,
    ["::uuid", "::int", "::uuid", "::int", "::bigint", "::bigint", "::bigint", "::bigint"],
  );
  await execute(
    db,
    `INSERT INTO redemption_lines (redemption_id, position, product_id, quantity, unit_price_cents, subtotal_cents,
       discount_cents, total_cents) VALUES ${lineValues}`,
    lineBind,
    tx,
  );
  const discounts = lines.flatMap((l, i) =>
    l.applied.map((a, rank) => [r.id, i, rank, a.promotionId, a.discountCents]),
  );
  if (discounts.length) {
    const bind: unknown[] = [];
    const values = valuesOf(discounts, bind, ["::uuid", "::int", "::int", "::uuid", "::bigint"]);
    await execute(
      db,
      `INSERT INTO redemption_discounts (redemption_id, line_position, rank, promotion_id, discount_cents) VALUES ${values}`,
      bind,
      tx,
    );
  }
  return fromRow<RedemptionRecord>(m.redemptions, row as Row);
}

/** A stored redemption with its priced lines, or null. */
export async function findRedemption(
  m: PromotionsModels,
  id: string,
): Promise<{ record: RedemptionRecord; lines: PricedLine[] } | null> {
  const redemption = await m.redemptions.findByPk(id);
  if (!redemption) return null;
  const [lines, discounts] = await Promise.all([
    m.redemptionLines.findAll({ where: { redemptionId: id }, order: [["position", "ASC"]] }),
    m.redemptionDiscounts.findAll({
      where: { redemptionId: id },
      order: [
        ["linePosition", "ASC"],
        ["rank", "ASC"],
      ],
    }),
  ]);
  const applied = new Map<number, RedemptionDiscountRecord[]>();
  for (const row of discounts) {
    const discount = row.get({ plain: true }) as RedemptionDiscountRecord;
    applied.set(discount.linePosition, [...(applied.get(discount.linePosition) ?? []), discount]);
  }
  return {
    record: redemption.get({ plain: true }) as RedemptionRecord,
    lines: lines.map((row) => {
      const line = row.get({ plain: true }) as RedemptionLineRecord;
      return {
        productId: line.productId,
        quantity: line.quantity,
        unitPriceCents: Number(line.unitPriceCents),
        subtotalCents: Number(line.subtotalCents),
        discountCents: Number(line.discountCents),
        totalCents: Number(line.totalCents),
        applied: (applied.get(line.position) ?? []).map((d) => ({
          promotionId: d.promotionId,
          discountCents: Number(d.discountCents),
        })),
      };
    }),
  };
}

/** Deletes every promotion (lines cascade) and redemption of a team; answers the deleted promotions. */
export async function deleteTeam(m: PromotionsModels, teamId: string, tx: Tx): Promise<StoredPromotion[]> {
  const db = sqlOf(m);
  const rows = await selectMany<Row>(db, "SELECT id FROM promotions WHERE team_id = $1 FOR UPDATE", [teamId], tx);
  const lines = await linesOf(
    m,
    rows.map((row) => row.id as string),
    tx,
  );
  const deleted = await selectMany<Row>(db, "DELETE FROM promotions WHERE team_id = $1 RETURNING *", [teamId], tx);
  await execute(db, "DELETE FROM redemptions WHERE team_id = $1", [teamId], tx);
  return deleted.map((row) => ({
    record: fromRow<PromotionRecord>(m.promotions, row),
    lines: lines.get(row.id as string) ?? [],
  }));
}
