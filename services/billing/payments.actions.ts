/** billing: top-ups and subscription changes, both paid by card through the provider. */
import type { Context } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { ConflictError, UnprocessableError } from "../../lib/errors.js";
import {
  MAX_CENTS,
  idempotencyKeyOf,
  strict,
  toAccount,
  toCharge,
  type AccountRecord,
  type BillingActions,
  type BillingThis,
  type Cause,
  type Charge,
  type ChargeRecord,
  type SubscriptionParams,
  type SubscriptionResult,
  type TopUpParams,
} from "./common.js";
import * as store from "./store.js";
import { TIER_IDS, proratedCents } from "./tiers.js";
import * as responses from "./responses.js";

const administrators = { role: "administrator", param: "id" } as const;
/** The smallest top-up a card network would take. */
const MIN_TOP_UP_CENTS = 50;

/** The top-up recorded under `key` before: the same one again, or 422 when it was for another amount. */
function sameTopUp(earlier: ChargeRecord, amountCents: number): ChargeRecord {
  if (earlier.purpose !== "topup" || earlier.amountCents !== amountCents) {
    throw new UnprocessableError(
      "This Idempotency-Key was used for another request",
      [{ field: "Idempotency-Key", message: "was used with another amount" }],
      "IDEMPOTENCY_KEY_REUSED",
    );
  }
  return earlier;
}

/**
 * A tier change decided under the account's row lock. Up (by rank, never by price) charges the
 * price difference for the rest of the period and applies once the provider confirms (at once when
 * it costs nothing); down waits for the period end; the current tier cancels a waiting downgrade.
 */
async function changeTier(
  service: BillingThis,
  account: AccountRecord,
  tierId: string,
  now: Date,
  tx: Transaction,
  cause: Cause,
): Promise<{ account: AccountRecord; charge: ChargeRecord | null }> {
  const m = service.tables();
  if (await store.pendingUpgrade(m, account.id, tx)) {
    throw new ConflictError("An upgrade is waiting for the payment provider", "SUBSCRIPTION_CHANGE_PENDING");
  }
  const current = service.tier(account.tier);
  const target = service.tier(tierId);
  if (target.id === current.id) {
    if (account.pendingTier === null) throw new ConflictError(`The team is on ${target.id} already`, "ALREADY_ON_TIER");
    return { account: await service.saveAccount(account, { pendingTier: null }, tx, cause), charge: null };
  }
  if (target.rank < current.rank) {
    return { account: await service.saveAccount(account, { pendingTier: target.id }, tx, cause), charge: null };
  }
  const period = { start: new Date(account.periodStart), end: new Date(account.periodEnd) };
  const amountCents = proratedCents(current, target, period, now);
  if (amountCents === 0) {
    return {
      account: await service.saveAccount(account, { tier: target.id, pendingTier: null }, tx, cause),
      charge: null,
    };
  }
  const charge = await service.requestCharge(account, { purpose: "upgrade", tier: target.id, amountCents }, tx, cause);
  return { account, charge };
}

export const paymentsActions: BillingActions = {
  topUp: {
    rest: "POST /teams/:id/billing/top-ups",
    operationId: "createTopUp",
    response: responses.charge,
    status: 202,
    access: "user",
    idempotency: "required",
    summary: "Charge the card to add to the balance; the balance grows once the provider confirms (administrators)",
    team: administrators,
    params: {
      id: "uuid",
      amountCents: { type: "number", integer: true, min: MIN_TOP_UP_CENTS, max: MAX_CENTS },
      ...strict,
    },
    async handler(ctx: Context<TopUpParams, Meta>): Promise<Charge> {
      const { id, amountCents } = ctx.params;
      const key = idempotencyKeyOf(ctx);
      await this.ensureAccount(id, { ctx });
      const charge = await this.inTransaction(async (tx) => {
        const account = await this.lockOpenAccount(id, tx);
        const earlier = key ? await store.chargeByKey(this.tables(), account.id, key, tx) : null;
        if (earlier) return sameTopUp(earlier, amountCents);
        const topUp = { purpose: "topup" as const, tier: null, amountCents, idempotencyKey: key };
        return this.requestCharge(account, topUp, tx, { ctx });
      });
      return toCharge(charge);
    },
  },

  subscribe: {
    rest: "POST /teams/:id/billing/subscription",
    operationId: "changeSubscription",
    response: responses.subscriptionResult,
    access: "user",
    summary: "Change tier: an upgrade charges the prorated rest of the period, a downgrade waits for its end",
    team: administrators,
    params: { id: "uuid", tier: { type: "enum", values: [...TIER_IDS] }, ...strict },
    async handler(ctx: Context<SubscriptionParams, Meta>): Promise<SubscriptionResult> {
      await this.ensureAccount(ctx.params.id, { ctx });
      // Read before the transaction: the test clock's offset is a query of its own.
      const now = await this.clock.now();
      const changed = await this.inTransaction(async (tx) => {
        const account = await this.lockOpenAccount(ctx.params.id, tx);
        return changeTier(this, account, ctx.params.tier, now, tx, { ctx });
      });
      return { account: toAccount(changed.account), charge: changed.charge ? toCharge(changed.charge) : null };
    },
  },
};
