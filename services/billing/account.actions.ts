/** billing: tiers, a team's account, its payment method, and its charges and ledger as paged lists. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { UnprocessableError } from "../../lib/errors.js";
import { listParams, type Page, type PageParams } from "../../lib/pagination.js";
import {
  strict,
  toAccount,
  toCharge,
  toEntry,
  type Account,
  type BillingActions,
  type Charge,
  type ListParams,
  type LedgerEntry,
  type PaymentMethodParams,
  type TeamParams,
} from "./common.js";
import type { ChargeRecord, LedgerRecord } from "./models.js";
import { toTier, type Tier } from "./tiers.js";
import * as responses from "./responses.js";

const administrators = { role: "administrator", param: "id" } as const;

export interface ListChargesParams extends ListParams {
  status?: ChargeRecord["status"];
}

export const accountActions: BillingActions = {
  tiers: {
    rest: "GET /billing/tiers",
    operationId: "listTiers",
    response: responses.tierPage,
    access: "public",
    summary: "The tiers, cheapest rank first: price per month, monthly requests, overage",
    params: listParams(["rank"]),
    async handler(ctx: Context<PageParams>): Promise<Page<Tier>> {
      const { page = 1, pageSize = 20, sort = "rank" } = ctx.params;
      const tiers = this.billingConfig().tiers.map(toTier);
      if (sort === "-rank") tiers.reverse();
      return {
        rows: tiers.slice((page - 1) * pageSize, page * pageSize),
        total: tiers.length,
        page,
        pageSize,
        totalPages: Math.ceil(tiers.length / pageSize),
      };
    },
  },

  account: {
    rest: "GET /teams/:id/billing",
    operationId: "getBillingAccount",
    response: responses.account,
    access: "user",
    summary: "The team's billing account: tier, balance, period, pending tier, card (administrators)",
    team: administrators,
    params: { id: "uuid" },
    async handler(ctx: Context<TeamParams, Meta>): Promise<Account> {
      // A team from before billing existed gets its account on first sight.
      return toAccount(await this.ensureAccount(ctx.params.id, { ctx }));
    },
  },

  setPaymentMethod: {
    rest: "PUT /teams/:id/billing/payment-method",
    operationId: "setPaymentMethod",
    response: responses.account,
    access: "user",
    summary: "Set the card charges go to, from a provider token (tok_visa, tok_chargeDeclined with the fake one)",
    team: administrators,
    params: { id: "uuid", token: { type: "string", min: 1, max: 255, trim: true }, ...strict },
    async handler(ctx: Context<PaymentMethodParams, Meta>): Promise<Account> {
      const card = await this.provider.attachPaymentMethod(ctx.params.token);
      if (!card) {
        throw new UnprocessableError("The payment provider does not accept this token", [
          { field: "token", message: "is not a payment method the provider accepts" },
        ]);
      }
      await this.ensureAccount(ctx.params.id, { ctx });
      const account = await this.inTransaction(async (tx) => {
        const current = await this.lockOpenAccount(ctx.params.id, tx);
        return this.saveAccount(current, { paymentMethod: card }, tx, { ctx });
      });
      return toAccount(account);
    },
  },

  charges: {
    rest: "GET /teams/:id/billing/charges",
    operationId: "listCharges",
    response: responses.chargePage,
    access: "user",
    summary: "The team's card charges (top-ups, upgrades, renewals), newest first",
    team: administrators,
    params: {
      id: "uuid",
      status: { type: "enum", values: ["pending", "succeeded", "failed"], optional: true },
      ...listParams(["createdAt", "amountCents"]),
    },
    async handler(ctx: Context<ListChargesParams, Meta>): Promise<Page<Charge>> {
      const { id, status, page, pageSize, sort = "-createdAt" } = ctx.params;
      const where = status ? { teamId: id, status } : { teamId: id };
      const found = await this.listModel<ChargeRecord>(this.tables().charges, { where, page, pageSize, sort });
      return { ...found, rows: found.rows.map(toCharge) };
    },
  },

  ledger: {
    rest: "GET /teams/:id/billing/ledger",
    operationId: "listLedgerEntries",
    response: responses.ledgerPage,
    access: "user",
    summary: "The team's balance ledger, one entry per movement with the balance after it, newest first",
    team: administrators,
    params: { id: "uuid", ...listParams(["createdAt"]) },
    async handler(ctx: Context<ListParams, Meta>): Promise<Page<LedgerEntry>> {
      const { id, page, pageSize, sort = "-createdAt" } = ctx.params;
      const found = await this.listModel<LedgerRecord>(this.tables().ledger, {
        where: { teamId: id },
        page,
        pageSize,
        sort,
      });
      return { ...found, rows: found.rows.map(toEntry) };
    },
  },
};
