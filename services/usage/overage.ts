/**
 * usage: overage paid from the balance. Past its quota, a paid tier's billable requests (5xx answers
 * excluded) cost the tier's overage price per 100; what the period owes so far, less what it was
 * debited, is debited once a minute at most per team, as one ledger entry with the permanent key
 * `usage:<team>:<minute>` (platform-clock minutes since the epoch). The debit row is written before
 * billing is asked, so a crash between the two retries the same key and amount, and billing moves the
 * money once. A balance that can't cover it all pays what it has; the rest waits for a top-up (the
 * gateway refuses the team's requests past the quota while the balance is empty).
 */
import type { DebitRecord } from "./models.js";
import * as store from "./store.js";
import { periodLabel, type OverageRound, type UsageThis } from "./common.js";

const MINUTE_MS = 60_000;

interface Refusal {
  code?: unknown;
  type?: unknown;
}

/** What a period owes for its overage so far, in whole cents (fractions wait for more requests). */
export function owedCents(billable: number, quota: number, centsPer100: number): number {
  const over = billable - quota;
  return over > 0 ? Math.floor((over * centsPer100) / 100) : 0;
}

export function debitKey(teamId: string, minute: number): string {
  return `usage:${teamId}:${minute}`;
}

/** Asks billing for one pending debit; answers the cents moved (0 when it stays pending or goes). */
async function settle(service: UsageThis, debit: DebitRecord, retry = true): Promise<number> {
  try {
    const entry = await service.broker.call<{ id: string }, object>("billing.debit", {
      teamId: debit.teamId,
      amountCents: debit.amountCents,
      reason: "usage",
      reference: `overage ${periodLabel(debit.periodStart)}`,
      idempotencyKey: debit.idempotencyKey,
    });
    await service.inTransaction((tx) => store.settleDebit(service.sql(), debit, entry.id, tx));
    return debit.amountCents;
  } catch (err) {
    const refusal = err as Refusal;
    if (refusal.code === 409 && refusal.type === "INSUFFICIENT_BALANCE") {
      // Nothing moved under this key: it may be asked again for what the balance holds.
      const balance = (await service.terms.fresh(debit.teamId))?.balanceCents ?? 0;
      const covered = Math.min(balance, debit.amountCents);
      await store.shrinkDebit(service.sql(), debit, covered);
      if (covered > 0 && retry) return settle(service, { ...debit, amountCents: covered }, false);
      return 0;
    }
    if (refusal.code === 404) {
      // The account is closed (the team is gone): nothing to debit.
      await store.shrinkDebit(service.sql(), debit, 0);
      return 0;
    }
    service.logger.warn(`Overage debit ${debit.idempotencyKey} stays pending: ${(err as Error).message}`);
    return 0;
  }
}

export async function settleOverage(service: UsageThis): Promise<OverageRound> {
  const db = service.sql();
  const round: OverageRound = { debits: 0, cents: 0 };
  const count = (cents: number) => {
    if (cents > 0) {
      round.debits += 1;
      round.cents += cents;
    }
  };
  // Debits a crash or a refusal left pending go first, under their own key and amount.
  const pending = new Set<string>();
  for (const debit of await store.pendingDebits(db)) {
    const cents = await settle(service, debit);
    count(cents);
    if (!cents) pending.add(debit.teamId);
  }
  const now = await service.terms.now();
  const minute = Math.floor(now / MINUTE_MS);
  for (const period of await store.periodsPastQuota(db, now)) {
    if (pending.has(period.teamId)) continue;
    const terms = await service.terms.get(period.teamId).catch(() => null);
    if (!terms || terms.overageCentsPer100 === null) continue;
    // An upgrade during the period raised the quota: the new one counts.
    const quota = terms.periodStart === period.periodStart ? terms.quota : (period.quota ?? terms.quota);
    const owed = owedCents(period.requests - period.serverErrors, quota, terms.overageCentsPer100);
    const outstanding = owed - (await store.debitedCents(db, period.teamId, period.periodStart));
    if (outstanding <= 0) continue;
    const debit = {
      teamId: period.teamId,
      minute,
      periodStart: period.periodStart,
      amountCents: outstanding,
      idempotencyKey: debitKey(period.teamId, minute),
    };
    // One per team and minute: a second round within the minute leaves it to the next.
    if (!(await store.insertDebit(db, debit))) continue;
    count(await settle(service, { ...debit, status: "pending", ledgerEntryId: null, createdAt: "", settledAt: null }));
  }
  return round;
}
