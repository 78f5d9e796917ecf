/**
 * billing: the period end, on the platform clock. A due account moves to the period containing
 * now; a pending downgrade applies; a paid tier is charged its renewal (one per period), and with
 * no card it falls back to free at once. A refused renewal falls back to free when its webhook lands
 * (webhooks.ts). Each account is its own transaction, row-locked with SKIP LOCKED, so every billing
 * node may sweep at the same time.
 */
import { periodAt } from "../../lib/clock.js";
import type { BillingThis, Cause } from "./common.js";
import * as store from "./store.js";

const BATCH = 100;

/** Moves one due account on; false when another node has it, or it is no longer due. */
async function endPeriod(service: BillingThis, id: string, now: Date, cause: Cause): Promise<boolean> {
  return service.inTransaction(async (tx) => {
    const due = await store.lockDueAccount(service.tables(), id, now, tx);
    if (!due) return false;
    const period = periodAt(new Date(due.periodAnchor), now);
    const tier = due.pendingTier ?? due.tier;
    const renewed = await service.saveAccount(
      due,
      { tier, pendingTier: null, periodStart: period.start, periodEnd: period.end },
      tx,
      cause,
    );
    const price = service.tier(tier).priceCents;
    if (price === 0) return true;
    if (!renewed.paymentMethodRef) {
      await service.saveAccount(renewed, { tier: "free" }, tx, cause);
      return true;
    }
    const renewal = { purpose: "renewal" as const, tier, amountCents: price, periodStart: period.start };
    await service.requestCharge(renewed, renewal, tx, cause);
    return true;
  });
}

async function sweep(service: BillingThis): Promise<number> {
  const now = await service.clock.now();
  const cause: Cause = { actorId: null };
  let ended = 0;
  for (;;) {
    const ids = await store.dueAccountIds(service.tables(), now, BATCH);
    let moved = 0;
    for (const id of ids) if (await endPeriod(service, id, now, cause)) moved += 1;
    ended += moved;
    // Nothing left, or only accounts other nodes are moving on.
    if (ids.length < BATCH || moved === 0) return ended;
  }
}

/** One sweep at a time per node: a trigger during a sweep runs after it, with the clock as it is then. */
export function sweepPeriods(this: BillingThis): Promise<number> {
  const previous = this.sweeping ?? Promise.resolve(0);
  const next = previous.catch(() => 0).then(() => sweep(this));
  this.sweeping = next;
  void next
    .finally(() => {
      if (this.sweeping === next) this.sweeping = null;
    })
    .catch(() => undefined);
  return next;
}
