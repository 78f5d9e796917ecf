/** billing: the provider webhook, admin adjustments and the test clock, and mesh-internal actions (debit, now). */
import { randomUUID } from "node:crypto";
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError, UnprocessableError } from "../../lib/errors.js";
import {
  MAX_CENTS,
  idempotencyKeyOf,
  strict,
  toAccount,
  toEntry,
  type Account,
  type AdjustmentParams,
  type AdvanceClockParams,
  type BillingActions,
  type ClockResult,
  type DebitParams,
  type LedgerEntry,
  type WebhookParams,
  type WebhookResult,
} from "./common.js";
import { LEDGER_REASONS } from "./models.js";
import * as store from "./store.js";
import { toTier, type Tier } from "./tiers.js";
import * as responses from "./responses.js";

/** The largest raw webhook body the gateway passes on (services/api/raw-body.ts refuses longer ones with 413). */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;
/** Ten years: further than any period a test needs to cross. */
const MAX_ADVANCE_SECONDS = 10 * 366 * 86_400;
const reference = { type: "string", min: 1, max: 200, trim: true } as const;

export interface AccountOfResult {
  account: Account;
  tier: Tier;
}

export const adminActions: BillingActions = {
  webhook: {
    rest: "POST /billing/webhooks/:provider",
    operationId: "receiveBillingWebhook",
    response: responses.webhookResult,
    // A signature that doesn't verify is 401.
    problems: [401],
    access: "public",
    summary: "The payment provider's signed webhooks (Standard Webhooks; the signature covers the raw body)",
    params: {
      provider: { type: "string", min: 1, max: 50 },
      // Filled by the gateway from the request itself, never from the body or query.
      rawBody: { type: "string", max: WEBHOOK_BODY_LIMIT },
      headers: { type: "record", key: { type: "string" }, value: { type: "string" } },
    },
    async handler(ctx: Context<WebhookParams, Meta>): Promise<WebhookResult> {
      return this.receiveWebhook(ctx.params, { ctx, actorId: null });
    },
  },

  adjust: {
    rest: "POST /admin/billing/adjustments",
    operationId: "createBillingAdjustment",
    response: responses.ledgerEntry,
    status: 201,
    access: "admin",
    idempotency: "required",
    summary: "Credit or debit a team's balance by hand (never below zero); the Idempotency-Key keeps it single",
    params: {
      teamId: "uuid",
      deltaCents: { type: "number", integer: true, min: -MAX_CENTS, max: MAX_CENTS },
      reason: { type: "enum", values: [...LEDGER_REASONS], optional: true },
      reference,
      ...strict,
    },
    async handler(ctx: Context<AdjustmentParams, Meta>): Promise<LedgerEntry> {
      const { teamId, deltaCents, reason = "adjustment", reference } = ctx.params;
      if (deltaCents === 0) {
        throw new UnprocessableError("An adjustment moves money", [{ field: "deltaCents", message: "must not be 0" }]);
      }
      const key = `adjustment:${idempotencyKeyOf(ctx) ?? randomUUID()}`;
      const movement = { teamId, deltaCents, reason, reference, idempotencyKey: key };
      const { entry } = await this.inTransaction((tx) => this.moveBalance(movement, tx, { ctx }, true));
      return toEntry(entry);
    },
  },

  advanceClock: {
    rest: "POST /admin/clock",
    operationId: "advanceClock",
    response: responses.clockResult,
    access: "admin",
    summary: "Move the platform clock forward (TEST_CLOCK=1 only) and end the periods that crosses",
    params: { advanceSeconds: { type: "number", integer: true, min: 1, max: MAX_ADVANCE_SECONDS }, ...strict },
    async handler(ctx: Context<AdvanceClockParams, Meta>): Promise<ClockResult> {
      if (!this.testClock) throw new NotFoundError("test clock");
      const now = await this.testClock.advance(ctx.params.advanceSeconds);
      // Every billing node reads the new offset at once rather than after its cache expires.
      await this.broker.broadcast("billing.clockAdvanced", {});
      const periodsEnded = await this.sweepPeriods();
      const offsetMs = await this.testClock.offsetMs();
      return { now: now.toISOString(), offsetSeconds: Math.floor(offsetMs / 1000), periodsEnded };
    },
  },

  /** Usage overage and other internal charges against the balance: never below zero, once per key. */
  debit: {
    visibility: "public",
    params: {
      teamId: "uuid",
      amountCents: { type: "number", integer: true, min: 1, max: MAX_CENTS },
      reason: { type: "enum", values: [...LEDGER_REASONS], optional: true },
      reference: { type: "string", max: 200, optional: true },
      idempotencyKey: { type: "string", min: 1, max: 255 },
    },
    async handler(ctx: Context<DebitParams, Meta>): Promise<LedgerEntry> {
      const { teamId, amountCents, reason = "usage", reference = "", idempotencyKey } = ctx.params;
      const movement = { teamId, deltaCents: -amountCents, reason, reference, idempotencyKey };
      const { entry } = await this.inTransaction((tx) => this.moveBalance(movement, tx, { ctx }, true));
      return toEntry(entry);
    },
  },

  /** The platform clock, for every time-based rule outside billing (usage periods). */
  now: {
    visibility: "public",
    async handler(): Promise<{ now: string }> {
      return { now: (await this.clock.now()).toISOString() };
    },
  },

  /** A team's account and its tier (quota, overage), or null when it has none. */
  accountOf: {
    visibility: "public",
    params: { teamId: "uuid" },
    async handler(ctx: Context<{ teamId: string }>): Promise<AccountOfResult | null> {
      const account = await store.findAccount(this.tables(), ctx.params.teamId);
      return account ? { account: toAccount(account), tier: toTier(this.tier(account.tier)) } : null;
    },
  },
};
