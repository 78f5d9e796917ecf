/**
 * promotions: pricing a basket with the team's approved promotions (DESIGN §6 "Pricing"): a quote has no
 * effects; a redemption consumes one use of each promotion it applied and is kept, readable by id.
 */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { UnprocessableError } from "../../lib/errors.js";
import { lowerId } from "./methods.js";
import * as rules from "./rules.js";
import {
  type IdParams,
  type PricingParams,
  type PromotionsActions,
  type Quote,
  type RedemptionView,
  strict,
} from "./common.js";
import * as responses from "./responses.js";

const pricingParams = {
  teamId: "uuid",
  customerId: rules.customerId(),
  at: rules.dateTime(true),
  lines: rules.basketLines(),
  ...strict,
} as const;

/** The basket with lower-case ids (the engine compares them as text), the customer checked against the team. */
async function basketOf(ctx: Context<PricingParams, Meta>): Promise<{ params: PricingParams; at: Date }> {
  const p = ctx.params;
  const params: PricingParams = {
    teamId: lowerId(p.teamId),
    customerId: p.customerId ? lowerId(p.customerId) : null,
    lines: p.lines.map((line) => ({ ...line, productId: lowerId(line.productId) })),
  };
  if (params.customerId) {
    const customers = await ctx.call<string[], { teamId: string; ids: string[] }>("customers.ofTeam", {
      teamId: params.teamId,
      ids: [params.customerId],
    });
    if (!customers.includes(params.customerId)) {
      throw new UnprocessableError("Unknown customer", [
        { field: "customerId", message: "is not a customer of this team" },
      ]);
    }
  }
  return { params, at: p.at === undefined ? new Date() : rules.instant(p.at) };
}

export const pricingActions: PromotionsActions = {
  quote: {
    rest: "POST /promotions/quote",
    operationId: "quoteBasket",
    response: responses.quote,
    access: "user",
    summary: "Price a basket with the team's approved promotions at `at` (default now); no effects (viewers)",
    team: { role: "viewer", param: "teamId" },
    params: pricingParams,
    async handler(ctx: Context<PricingParams, Meta>): Promise<Quote> {
      const { params, at } = await basketOf(ctx);
      return this.quoteBasket(params, at);
    },
  },

  redeem: {
    rest: "POST /promotions/redeem",
    operationId: "redeemBasket",
    response: responses.redemption,
    status: 201,
    location: "/promotions/redemptions/:id",
    access: "user",
    summary:
      "Price a basket and record it, consuming one use of each promotion applied; an exhausted one doesn't apply (editors)",
    team: { role: "editor", param: "teamId" },
    params: pricingParams,
    async handler(ctx: Context<PricingParams, Meta>): Promise<RedemptionView> {
      const { params, at } = await basketOf(ctx);
      return this.redeemBasket(ctx, params, at);
    },
  },

  redemption: {
    rest: "GET /promotions/redemptions/:id",
    operationId: "getRedemption",
    response: responses.redemption,
    access: "user",
    summary: "One redemption with its priced lines (viewers)",
    team: { role: "viewer", entity: "redemption", param: "id" },
    params: { id: "uuid" },
    handler(ctx: Context<IdParams, Meta>): Promise<RedemptionView> {
      return this.requireRedemption(ctx.params.id);
    },
  },
};
