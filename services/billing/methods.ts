/** billing: the steps its actions share: accounts, balance movements, charges, and the teams consumer. */
import { randomUUID } from "node:crypto";
import type { Transaction } from "sequelize";
import { addMonths } from "../../lib/clock.js";
import { ConflictError, NotFoundError, UnprocessableError } from "../../lib/errors.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { configOf } from "../../lib/runtime.js";
import { billingModels, type AccountRecord, type ChargeRecord, type LedgerRecord } from "./models.js";
import * as store from "./store.js";
import { CURRENCY, tierOf } from "./tiers.js";
import {
  accountSnapshot,
  entrySnapshot,
  type BillingMethods,
  type BillingMethodsSchema,
  type BillingThis,
  type Cause,
  type ChargeSpec,
  type Movement,
  type MovementResult,
} from "./common.js";
import { receiveWebhook } from "./webhooks.js";
import { sweepPeriods } from "./period.js";

/** Team ids asked for at a time when backfilling accounts. */
const BACKFILL_PAGE = 500;
/** How long a starting billing node waits for a teams node before leaving the backfill to first use. */
const BACKFILL_WAIT_MS = 10_000;

/** The entry a repeated key already made, if it was for the same movement; 422 otherwise. */
function sameMovement(earlier: LedgerRecord, movement: Movement): LedgerRecord {
  if (earlier.deltaCents !== movement.deltaCents || earlier.reason !== movement.reason) {
    throw new UnprocessableError(
      "This idempotency key already moved a different amount",
      [{ field: "idempotencyKey", message: "was used for another movement" }],
      "IDEMPOTENCY_KEY_REUSED",
    );
  }
  return earlier;
}

export const billingMethods: BillingMethodsSchema = {
  tables(this: BillingThis) {
    return billingModels(this.models);
  },

  billingConfig(this: BillingThis) {
    return configOf(this.broker).billing;
  },

  tier(this: BillingThis, id: string) {
    return tierOf(this.billingConfig().tiers, id);
  },

  async emit(
    this: BillingThis,
    ...[tx, cause, type, account, fields, entity, entityId]: Parameters<BillingMethods["emit"]>
  ): Promise<void> {
    await this.publish(type, fields, {
      tx,
      ctx: cause.ctx,
      actorId: cause.actorId,
      traceId: cause.traceId,
      teamId: account.teamId,
      entity,
      entityId,
    });
  },

  async ensureAccount(this: BillingThis, teamId: string, cause: Cause): Promise<AccountRecord> {
    const m = this.tables();
    const found = await store.findAccount(m, teamId);
    if (found) return found;
    // Read before the transaction: the test clock's offset is a query of its own (embedded: one connection).
    const now = await this.clock.now();
    return this.inTransaction(async (tx) => {
      const account = {
        id: randomUUID(),
        teamId,
        status: "active" as const,
        anchor: now,
        periodEnd: addMonths(now, 1),
      };
      const created = await store.insertAccount(m, account, tx);
      // A racing creation (the TeamCreated consumer, another request) won: it published the event.
      if (!created) return (await store.findAccount(m, teamId, tx))!;
      await this.emit(
        tx,
        cause,
        "AccountCreated",
        created,
        { account: accountSnapshot(created) },
        "account",
        created.id,
      );
      return created;
    });
  },

  async backfillAccounts(this: BillingThis): Promise<number> {
    let opened = 0;
    let after: string | undefined;
    for (;;) {
      const ids = await this.broker.call<string[], { after?: string; limit: number }>("teams.idsAfter", {
        after,
        limit: BACKFILL_PAGE,
      });
      for (const teamId of ids) {
        if (await store.findAccount(this.tables(), teamId)) continue;
        await this.ensureAccount(teamId, { actorId: null });
        opened++;
      }
      if (ids.length < BACKFILL_PAGE) return opened;
      after = ids[ids.length - 1];
    }
  },

  async backfillOnceTeamsServe(this: BillingThis): Promise<void> {
    try {
      await this.broker.waitForServices(["teams"], BACKFILL_WAIT_MS);
      const opened = await this.backfillAccounts();
      if (opened) this.logger.info(`Opened ${opened} billing account(s) for teams from before billing ran`);
    } catch (err) {
      // TeamCreated and first use still open every account; the backfill only saves the wait.
      this.logger.warn(`Account backfill skipped: ${(err as Error).message}`);
    }
  },

  async lockOpenAccount(this: BillingThis, teamId: string, tx: Transaction): Promise<AccountRecord> {
    const account = await store.lockAccount(this.tables(), teamId, tx);
    if (!account || account.status !== "active") throw new NotFoundError("account");
    return account;
  },

  async saveAccount(this: BillingThis, account, changes, tx, cause): Promise<AccountRecord> {
    const updated = await store.updateAccount(this.tables(), account.id, changes, tx);
    if (updated.tier !== account.tier || updated.pendingTier !== account.pendingTier) {
      const fields = { account: accountSnapshot(updated), previousTier: account.tier };
      await this.emit(tx, cause, "SubscriptionChanged", updated, fields, "account", updated.id);
    }
    return updated;
  },

  async moveBalance(
    this: BillingThis,
    movement: Movement,
    tx: Transaction,
    cause: Cause,
    openOnly = false,
  ): Promise<MovementResult> {
    const m = this.tables();
    // Every movement of the account queues here, so the check below sees every movement before it.
    const account = await store.lockAccount(m, movement.teamId, tx);
    if (!account || (openOnly && account.status !== "active")) throw new NotFoundError("account");
    const balanceAfterCents = account.balanceCents + movement.deltaCents;
    if (balanceAfterCents < 0 || !Number.isSafeInteger(balanceAfterCents)) {
      // A key that moved money before answers that movement, whatever the balance is now.
      const earlier = await store.ledgerEntryByKey(m, account.id, movement.idempotencyKey, tx);
      if (earlier) return { entry: sameMovement(earlier, movement), created: false };
      if (balanceAfterCents < 0) {
        throw new ConflictError(
          `The balance (${account.balanceCents} cents) does not cover ${-movement.deltaCents} cents`,
          "INSUFFICIENT_BALANCE",
        );
      }
      throw new ConflictError("The balance can't grow further", "BALANCE_LIMIT");
    }
    const entry = await store.insertLedgerEntry(
      m,
      { ...movement, id: randomUUID(), accountId: account.id, balanceAfterCents },
      tx,
    );
    // The key moved money before (committed before this lock was granted): that movement stands.
    if (!entry) {
      const earlier = (await store.ledgerEntryByKey(m, account.id, movement.idempotencyKey, tx))!;
      return { entry: sameMovement(earlier, movement), created: false };
    }
    const updated = await store.updateAccount(m, account.id, { balanceCents: balanceAfterCents }, tx);
    const moved = {
      account: accountSnapshot(updated),
      amountCents: Math.abs(movement.deltaCents),
      entry: entrySnapshot(entry),
      idempotencyKey: entry.idempotencyKey,
    };
    const type = movement.deltaCents > 0 ? "BalanceIncremented" : "BalanceDecremented";
    await this.emit(tx, cause, type, updated, moved, "adjustment", entry.id);
    // Once per crossing: only a movement from above zero to zero says so.
    if (balanceAfterCents === 0 && account.balanceCents > 0) {
      await this.emit(tx, cause, "BalanceZero", updated, { account: accountSnapshot(updated) }, "account", account.id);
    }
    return { entry, created: true };
  },

  async requestCharge(
    this: BillingThis,
    account: AccountRecord,
    spec: ChargeSpec,
    tx: Transaction,
    cause: Cause,
  ): Promise<ChargeRecord> {
    if (!account.paymentMethodRef) {
      throw new ConflictError("The team has no payment method; add one first", "PAYMENT_METHOD_REQUIRED");
    }
    const m = this.tables();
    const charge = await store.insertCharge(
      m,
      {
        id: randomUUID(),
        accountId: account.id,
        teamId: account.teamId,
        purpose: spec.purpose,
        tier: spec.tier,
        amountCents: spec.amountCents,
        currency: CURRENCY,
        provider: this.provider.name,
        periodStart: spec.periodStart ?? null,
        idempotencyKey: spec.idempotencyKey ?? null,
        createdBy: cause.ctx?.meta.user?.id ?? null,
      },
      tx,
    );
    // The callers hold the account's row lock and look first; a unique index is the last word.
    if (!charge) throw new ConflictError("An identical charge is already on its way", "CHARGE_EXISTS");
    const { providerChargeId } = await this.provider.createCharge(
      {
        chargeId: charge.id,
        teamId: charge.teamId,
        amountCents: charge.amountCents,
        currency: charge.currency,
        paymentMethodRef: account.paymentMethodRef,
      },
      tx,
    );
    return store.setProviderChargeId(m, charge.id, providerChargeId, tx);
  },

  receiveWebhook,
  sweepPeriods,

  /** TeamCreated opens the team's account; TeamDeleted closes it. Idempotent on redelivery. */
  async onTeamEvent(this: BillingThis, envelope: Envelope): Promise<void> {
    if (!envelope.teamId) return;
    const cause: Cause = { actorId: envelope.actorId || null, traceId: envelope.traceId };
    if (envelope.type === "TeamCreated") {
      await this.ensureAccount(envelope.teamId, cause);
    } else if (envelope.type === "TeamDeleted") {
      const now = await this.clock.now();
      await this.inTransaction(async (tx) => {
        const m = this.tables();
        const closed = await store.closeAccount(m, envelope.teamId, tx);
        if (closed) {
          await this.emit(
            tx,
            cause,
            "AccountClosed",
            closed,
            { account: accountSnapshot(closed) },
            "account",
            closed.id,
          );
          return;
        }
        // Deleted before its TeamCreated was handled: a closed account, so a late TeamCreated opens none.
        const placeholder = { id: randomUUID(), teamId: envelope.teamId, status: "closed" as const };
        await store.insertAccount(m, { ...placeholder, anchor: now, periodEnd: addMonths(now, 1) }, tx);
      });
    }
  },
};
