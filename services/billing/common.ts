/** What the billing service's parts share: its `this`, params, and the shapes its actions answer and publish. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import type { BillingConfig } from "../../config.js";
import type { Meta } from "../../lib/auth.js";
import type { Clock, OffsetClock } from "../../lib/clock.js";
import type { Envelope } from "../../lib/events/envelope.js";
import type { PageParams } from "../../lib/pagination.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { Cron } from "croner";
import type { AccountRecord, BillingModels, ChargeRecord, LedgerReason, LedgerRecord } from "./models.js";
import type { PaymentProvider } from "./providers/index.js";
import type { AccountChanges } from "./store.js";
import type { TierConfig } from "./tiers.js";

export type { AccountRecord, ChargeRecord, LedgerRecord, LedgerReason } from "./models.js";
export type { Tier } from "./tiers.js";

// --- params ---------------------------------------------------------------------------------

export interface TeamParams {
  id: string;
}
export interface ListParams extends PageParams {
  id: string;
}
export interface PaymentMethodParams {
  id: string;
  token: string;
}
export interface TopUpParams {
  id: string;
  amountCents: number;
}
export interface SubscriptionParams {
  id: string;
  tier: string;
}
export interface AdjustmentParams {
  teamId: string;
  deltaCents: number;
  reason?: LedgerReason;
  reference: string;
}
export interface AdvanceClockParams {
  advanceSeconds: number;
}
export interface DebitParams {
  teamId: string;
  amountCents: number;
  reason?: LedgerReason;
  reference?: string;
  idempotencyKey: string;
}
export interface WebhookParams {
  provider: string;
  /** The request body exactly as received (the gateway's raw-body route, services/api/raw-body.ts). */
  rawBody: string;
  headers: Record<string, string>;
}

/** Unknown body fields (balanceCents, status, tier on a top-up…) are dropped, never written. */
export const strict = { $$strict: "remove" } as const;
/** Largest single money movement: ten million dollars, far inside JavaScript's safe integers. */
export const MAX_CENTS = 1_000_000_000;

// --- what leaves the service ----------------------------------------------------------------

export interface Account {
  id: string;
  teamId: string;
  tier: string;
  status: "active" | "closed";
  currency: string;
  balanceCents: number;
  periodStart: string;
  periodEnd: string;
  pendingTier: string | null;
  paymentMethod: { brand: string; last4: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface Charge {
  id: string;
  teamId: string;
  purpose: ChargeRecord["purpose"];
  tier: string | null;
  amountCents: number;
  currency: string;
  status: ChargeRecord["status"];
  failureReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LedgerEntry {
  id: string;
  deltaCents: number;
  balanceAfterCents: number;
  reason: LedgerReason;
  reference: string;
  idempotencyKey: string;
  createdAt: string;
}

export interface SubscriptionResult {
  account: Account;
  /** The pending charge of an upgrade that costs something; null otherwise. */
  charge: Charge | null;
}

export interface WebhookResult {
  received: true;
  /** applied: it settled a charge; duplicate: its id was seen before; ignored: nothing to do (unknown type, settled charge). */
  outcome: "applied" | "duplicate" | "ignored";
}

export interface ClockResult {
  now: string;
  offsetSeconds: number;
  /** Accounts whose period ended with this move. */
  periodsEnded: number;
}

export function toAccount(a: AccountRecord): Account {
  return {
    id: a.id,
    teamId: a.teamId,
    tier: a.tier,
    status: a.status,
    currency: a.currency,
    balanceCents: a.balanceCents,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    pendingTier: a.pendingTier,
    paymentMethod:
      a.paymentMethodBrand && a.paymentMethodLast4
        ? { brand: a.paymentMethodBrand, last4: a.paymentMethodLast4 }
        : null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function toCharge(c: ChargeRecord): Charge {
  return {
    id: c.id,
    teamId: c.teamId,
    purpose: c.purpose,
    tier: c.tier,
    amountCents: c.amountCents,
    currency: c.currency,
    status: c.status,
    failureReason: c.failureReason,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toEntry(e: LedgerRecord): LedgerEntry {
  return {
    id: e.id,
    deltaCents: e.deltaCents,
    balanceAfterCents: e.balanceAfterCents,
    reason: e.reason,
    reference: e.reference,
    idempotencyKey: e.idempotencyKey,
    createdAt: e.createdAt,
  };
}

// Event snapshots (events/billing/events.proto): timestamps in epoch milliseconds.
const ms = (iso: string | null) => (iso ? Date.parse(iso) : 0);
export const accountSnapshot = (a: AccountRecord) => ({
  id: a.id,
  teamId: a.teamId,
  tier: a.tier,
  balanceCents: a.balanceCents,
  currency: a.currency,
  createdAt: ms(a.createdAt),
  updatedAt: ms(a.updatedAt),
  status: a.status,
  periodStart: ms(a.periodStart),
  periodEnd: ms(a.periodEnd),
  pendingTier: a.pendingTier ?? "",
});
export const chargeSnapshot = (c: ChargeRecord) => ({
  id: c.id,
  teamId: c.teamId,
  purpose: c.purpose,
  tier: c.tier ?? "",
  amountCents: c.amountCents,
  currency: c.currency,
  status: c.status,
  failureReason: c.failureReason ?? "",
  createdAt: ms(c.createdAt),
  updatedAt: ms(c.updatedAt),
});
export const entrySnapshot = (e: LedgerRecord) => ({
  id: e.id,
  accountId: e.accountId,
  deltaCents: e.deltaCents,
  balanceAfterCents: e.balanceAfterCents,
  reason: e.reason,
  reference: e.reference,
  idempotencyKey: e.idempotencyKey,
  createdAt: ms(e.createdAt),
});

// --- the service's `this` ----------------------------------------------------------------------

/** Who caused a change, for the events it publishes: a request, or the event a consumer reacts to. */
export interface Cause {
  ctx?: Context<unknown, Meta>;
  actorId?: string | null;
  traceId?: string;
}

/** One balance movement; `idempotencyKey` is its permanent key (the same key never moves money twice). */
export interface Movement {
  teamId: string;
  deltaCents: number;
  reason: LedgerReason;
  reference: string;
  idempotencyKey: string;
}

export interface MovementResult {
  entry: LedgerRecord;
  /** False when the key had moved money already: `entry` is that first movement. */
  created: boolean;
}

/** A pending charge to ask the provider for. */
export interface ChargeSpec {
  purpose: ChargeRecord["purpose"];
  tier: string | null;
  amountCents: number;
  periodStart?: Date | null;
  idempotencyKey?: string | null;
}

export type BillingEvent = Parameters<EventsMethods<"billing">["publish"]>[0];

export interface BillingVars {
  provider: PaymentProvider;
  clock: Clock;
  /** Set when TEST_CLOCK is on. */
  testClock: OffsetClock | null;
  periodSchedule: Cron | null;
  /** The sweep now running, so a second trigger waits for it rather than running beside it. */
  sweeping: Promise<number> | null;
}

export interface BillingMethods extends DbMethods, EventsMethods<"billing"> {
  tables(): BillingModels;
  billingConfig(): BillingConfig;
  tier(id: string): TierConfig;
  /** Publishes a billing event of the account's team inside `tx`. */
  emit(
    tx: Transaction,
    cause: Cause,
    type: BillingEvent,
    account: AccountRecord,
    fields: Record<string, unknown>,
    entity: string,
    entityId: string,
  ): Promise<void>;
  /** The team's account, created (with AccountCreated) when it has none yet. */
  ensureAccount(teamId: string, cause: Cause): Promise<AccountRecord>;
  /** Opens an account for every team that has none (teams from before billing ran); answers how many. */
  backfillAccounts(): Promise<number>;
  /** backfillAccounts once a teams node answers; logged, never thrown (it runs beside start-up). */
  backfillOnceTeamsServe(): Promise<void>;
  /** The team's open account, row-locked until `tx` ends; 404 when it has none or it is closed. */
  lockOpenAccount(teamId: string, tx: Transaction): Promise<AccountRecord>;
  /** Applies `changes` and, when the tier changes, publishes SubscriptionChanged with the previous tier. */
  saveAccount(account: AccountRecord, changes: AccountChanges, tx: Transaction, cause: Cause): Promise<AccountRecord>;
  /**
   * Moves the balance under the account's row lock: never below zero, never twice for one key.
   * `openOnly`: a closed account is 404 (a confirmed charge still lands on a closed one).
   */
  moveBalance(movement: Movement, tx: Transaction, cause: Cause, openOnly?: boolean): Promise<MovementResult>;
  /** Records a pending charge and asks the provider for it, in `tx`. */
  requestCharge(account: AccountRecord, spec: ChargeSpec, tx: Transaction, cause: Cause): Promise<ChargeRecord>;
  /** A verified provider webhook: dedupe record and effect in one transaction. */
  receiveWebhook(params: WebhookParams, cause: Cause): Promise<WebhookResult>;
  /** Ends every period due by the platform clock; answers how many accounts it moved on. */
  sweepPeriods(): Promise<number>;
  onTeamEvent(envelope: Envelope): Promise<void>;
}

export type BillingThis = Service & BillingMethods & BillingVars & DbThis;

export function userId(ctx: Context<unknown, Meta>): string | null {
  return ctx.meta.user?.id ?? null;
}

/**
 * The request's Idempotency-Key when the gateway passes it on (`ctx.meta.idempotencyKey`): kept with
 * a top-up or an adjustment for good, so even after the gateway's 24 h the key never charges twice.
 */
export function idempotencyKeyOf(ctx: Context<unknown, Meta>): string | null {
  const key = ctx.meta.idempotencyKey;
  return typeof key === "string" && key.length > 0 && key.length <= 255 ? key : null;
}

type Schema = ServiceSchema<object, BillingMethods, DbThis & BillingVars>;
/** An actions object of the billing service, with `this` typed. */
export type BillingActions = NonNullable<Schema["actions"]>;
/** The billing service's methods object, with `this` typed. */
export type BillingMethodsSchema = NonNullable<Schema["methods"]>;
