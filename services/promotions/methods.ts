/** promotions: the steps its actions share, through the domain's models (store.ts for the SQL they can't say). */
import { randomUUID } from "node:crypto";
import type { Transaction } from "sequelize";
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from "../../lib/errors.js";
import type { Owner } from "../../lib/access.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { UUID } from "../../lib/uuid.js";
import { lockIf, plainOrNull } from "../../mixins/db.mixin.js";
import { promotionsModels, type PromotionRecord } from "./models.js";
import { price, PricingOverflowError, type PriceResult, type PricingPromotion } from "./pricing.js";
import * as store from "./store.js";
import {
  type BasketLine,
  type PricingParams,
  type Promotion,
  type PromotionsMethods,
  type PromotionsMethodsSchema,
  type PromotionsThis,
  type Quote,
  type RedemptionView,
  type StoredPromotion,
  promotionSnapshot,
  redemptionSnapshot,
  toPricing,
  toPromotion,
  userId,
} from "./common.js";

/** Ids as PostgreSQL prints them: the engine and the lookups compare them as strings. */
export const lowerId = (id: string) => id.toLowerCase();

/**
 * A basket line's subtotal must be an exact integer (quantity × price can pass 2^53 within the
 * per-field bounds), and so must the sum: a 422 naming the line, before the engine runs.
 */
function requireExactAmounts(lines: BasketLine[]): void {
  let total = 0n;
  lines.forEach((line, i) => {
    const subtotal = BigInt(line.quantity) * BigInt(line.unitPriceCents);
    total += subtotal;
    if (subtotal > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new UnprocessableError(
        "A line's subtotal is too large",
        [{ field: `lines[${i}].unitPriceCents`, message: "quantity × unitPriceCents exceeds 9007199254740991 cents" }],
        "AMOUNT_TOO_LARGE",
      );
    }
  });
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new UnprocessableError(
      "The basket's subtotal is too large",
      [{ field: "lines", message: "the subtotals add up to more than 9007199254740991 cents" }],
      "AMOUNT_TOO_LARGE",
    );
  }
}

/** The engine over a checked basket; an overflow it still finds is the caller's basket, a 422. */
function priceBasket(
  params: PricingParams,
  at: Date,
  promotions: PricingPromotion[],
  requireUsageLeft: boolean,
): PriceResult {
  try {
    return price({
      lines: params.lines,
      customerId: params.customerId ?? null,
      at,
      promotions,
      requireUsageLeft,
    });
  } catch (err) {
    if (!(err instanceof PricingOverflowError)) throw err;
    throw new UnprocessableError(
      "The basket's amounts are too large",
      [{ field: "lines", message: err.message }],
      "AMOUNT_TOO_LARGE",
    );
  }
}

const quoteOf = (priced: PriceResult): Quote => ({
  lines: priced.lines,
  subtotalCents: priced.subtotalCents,
  discountCents: priced.discountCents,
  totalCents: priced.totalCents,
});

function redemptionView(record: store.NewRedemption & { createdAt: string }, quote: Quote): RedemptionView {
  return {
    id: record.id,
    customerId: record.customerId,
    at: record.at.toISOString(),
    ...quote,
    createdAt: record.createdAt,
  };
}

export const promotionsMethods: PromotionsMethodsSchema = {
  /** Team rules look entities up here: which team owns a promotion or a redemption. */
  async ownerOf(this: PromotionsThis, entity: string, id: string): Promise<Owner | null> {
    if (!UUID.test(id)) return null;
    const { promotions, redemptions } = this.tables();
    const model = entity === "redemption" ? redemptions : promotions;
    const row = await model.findByPk(lowerId(id), { attributes: ["teamId"] });
    return row ? { teamId: row.get("teamId") as string } : null;
  },

  tables(this: PromotionsThis) {
    return promotionsModels(this.models);
  },

  async emitPromotion(
    this: PromotionsThis,
    ...[tx, ctx, type, promotion, extra = {}]: Parameters<PromotionsMethods["emitPromotion"]>
  ): Promise<void> {
    const fields = { promotion: promotionSnapshot(promotion), ...extra };
    await this.publish(type, fields, {
      tx,
      ctx,
      teamId: promotion.record.teamId,
      entity: "promotion",
      entityId: promotion.record.id,
    });
  },

  async findPromotion(
    this: PromotionsThis,
    id: string,
    tx?: Transaction,
    forUpdate = false,
  ): Promise<StoredPromotion | null> {
    const record = plainOrNull<PromotionRecord>(
      await this.tables().promotions.findByPk(lowerId(id), { transaction: tx, ...lockIf(forUpdate, tx) }),
    );
    if (!record) return null;
    const lines = await store.linesOf(this.tables(), [record.id], tx);
    return { record, lines: lines.get(record.id) ?? [] };
  },

  async requirePromotion(this: PromotionsThis, id: string, tx?: Transaction, forUpdate = false) {
    const promotion = await this.findPromotion(id, tx, forUpdate);
    if (!promotion) throw new NotFoundError("promotion");
    return promotion;
  },

  async checkReferences(
    this: PromotionsThis,
    ...[ctx, teamId, { customerId, lines }]: Parameters<PromotionsMethods["checkReferences"]>
  ): Promise<void> {
    const errors: { field: string; message: string }[] = [];
    const checks: Promise<void>[] = [];
    if (lines?.length) {
      const ids = [...new Set(lines.map((line) => line.productId))];
      checks.push(
        ctx
          .call<{ id: string }[], { teamId: string; ids: string[] }>("products.ofTeam", { teamId, ids })
          .then((products) => {
            const known = new Set(products.map((product) => product.id));
            lines.forEach((line, i) => {
              if (!known.has(line.productId))
                errors.push({ field: `lines[${i}].productId`, message: "is not a product of this team" });
            });
          }),
      );
    }
    if (customerId) {
      checks.push(
        ctx
          .call<string[], { teamId: string; ids: string[] }>("customers.ofTeam", { teamId, ids: [customerId] })
          .then((customers) => {
            if (!customers.includes(customerId))
              errors.push({ field: "customerId", message: "is not a customer of this team" });
          }),
      );
    }
    await Promise.all(checks);
    if (errors.length) {
      errors.sort((a, b) => (a.field < b.field ? -1 : 1));
      throw new UnprocessableError("The promotion names a product or customer outside the team", errors);
    }
  },

  async transition(
    this: PromotionsThis,
    ...[ctx, id, step]: Parameters<PromotionsMethods["transition"]>
  ): Promise<Promotion> {
    return this.inTransaction(async (tx) => {
      const moved = await store.transition(this.tables(), lowerId(id), step, tx);
      if (!moved) {
        const current = await this.requirePromotion(id, tx);
        if (step.notBy && [current.record.createdBy, current.record.editedBy].includes(step.notBy)) {
          throw new ForbiddenError(
            "A promotion is approved or rejected by an administrator who neither wrote nor last edited it",
            "SELF_APPROVAL",
          );
        }
        throw new ConflictError(
          `A ${current.record.status} promotion can't become ${step.to} (from ${step.from.join(" or ")} only)`,
          "INVALID_TRANSITION",
        );
      }
      const lines = await store.linesOf(this.tables(), [moved.record.id], tx);
      const promotion = { record: moved.record, lines: lines.get(moved.record.id) ?? [] };
      await this.emitPromotion(tx, ctx, "ApprovalStatusChanged", promotion, {
        previousApprovalStatus: moved.previous as PromotionRecord["status"],
      });
      return toPromotion(promotion);
    });
  },

  async quoteBasket(this: PromotionsThis, params: PricingParams, at: Date): Promise<Quote> {
    requireExactAmounts(params.lines);
    const candidates = await store.candidatePromotions(this.tables(), {
      teamId: params.teamId,
      at,
      customerId: params.customerId ?? null,
      productIds: [...new Set(params.lines.map((line) => line.productId))],
      requireUsageLeft: false,
    });
    return quoteOf(priceBasket(params, at, candidates.map(toPricing), false));
  },

  async redeemBasket(
    this: PromotionsThis,
    ...[ctx, params, at]: Parameters<PromotionsMethods["redeemBasket"]>
  ): Promise<RedemptionView> {
    requireExactAmounts(params.lines);
    const m = this.tables();
    return this.inTransaction(async (tx) => {
      const candidates = await store.candidatePromotions(
        m,
        {
          teamId: params.teamId,
          at,
          customerId: params.customerId ?? null,
          productIds: [...new Set(params.lines.map((line) => line.productId))],
          requireUsageLeft: true,
        },
        tx,
      );
      const byId = new Map(candidates.map((c) => [c.record.id, c]));
      // Each attempt either keeps everything or drops a promotion that ran out: at most |candidates| + 1 of them.
      for (;;) {
        const priced = priceBasket(params, at, [...byId.values()].map(toPricing), true);
        const quote = quoteOf(priced);
        const uses = priced.appliedPromotionIds.map((id) => ({ id, revision: byId.get(id)?.record.revision ?? 0 }));
        // The redemption is written first and the uses taken last, so the promotion rows stay locked
        // for the shortest time: from the first conditional update to the commit.
        const attempt = await store.underSavepoint(
          m,
          tx,
          async (): Promise<{ redemption: RedemptionView } | { exhausted: string }> => {
            const redemption = await this.recordRedemption(ctx, tx, params, at, quote);
            const consumption = await store.consumeUses(m, uses, tx);
            if (consumption.exhausted !== null) return { exhausted: consumption.exhausted };
            // Each consumed promotion's new usage count, for its history.
            const consumed = consumption.consumed.map((record) => ({
              record,
              lines: byId.get(record.id)?.lines ?? [],
            }));
            if (consumed.length) {
              await this.publishMany(
                consumed.map((promotion) => ({
                  type: "Updated",
                  fields: { promotion: promotionSnapshot(promotion), changed: ["usageCount"] },
                  entityId: promotion.record.id,
                })),
                { tx, ctx, teamId: params.teamId, entity: "promotion" },
              );
            }
            return { redemption };
          },
          (outcome) => "redemption" in outcome,
        );
        if ("redemption" in attempt) return attempt.redemption;
        byId.delete(attempt.exhausted);
      }
    });
  },

  async recordRedemption(
    this: PromotionsThis,
    ...[ctx, tx, params, at, quote]: Parameters<PromotionsMethods["recordRedemption"]>
  ): Promise<RedemptionView> {
    const redemption = {
      id: randomUUID(),
      teamId: params.teamId,
      customerId: params.customerId ?? null,
      at,
      subtotalCents: quote.subtotalCents,
      discountCents: quote.discountCents,
      totalCents: quote.totalCents,
      createdBy: userId(ctx),
    };
    const stored = await store.insertRedemption(this.tables(), redemption, quote.lines, tx);
    await this.publish(
      "Redeemed",
      { redemption: redemptionSnapshot(stored, quote.lines) },
      { tx, ctx, teamId: params.teamId, entity: "redemption", entityId: stored.id },
    );
    return redemptionView({ ...redemption, createdAt: stored.createdAt }, quote);
  },

  async requireRedemption(this: PromotionsThis, id: string): Promise<RedemptionView> {
    const found = await store.findRedemption(this.tables(), lowerId(id));
    if (!found) throw new NotFoundError("redemption");
    const { record, lines } = found;
    return {
      id: record.id,
      customerId: record.customerId,
      at: record.at,
      lines,
      subtotalCents: Number(record.subtotalCents),
      discountCents: Number(record.discountCents),
      totalCents: Number(record.totalCents),
      createdAt: record.createdAt,
    };
  },

  /** TeamDeleted: delete the team's promotions (each with its Deleted event) and redemptions. Idempotent. */
  async onTeamEvent(this: PromotionsThis, envelope: Envelope): Promise<void> {
    if (envelope.type !== "TeamDeleted" || !envelope.teamId) return;
    await this.inTransaction(async (tx) => {
      for (const promotion of await store.deleteTeam(this.tables(), envelope.teamId, tx)) {
        await this.publish(
          "Deleted",
          { promotion: promotionSnapshot(promotion) },
          {
            tx,
            teamId: promotion.record.teamId,
            entity: "promotion",
            entityId: promotion.record.id,
            actorId: envelope.actorId,
            traceId: envelope.traceId,
          },
        );
      }
    });
  },
};
