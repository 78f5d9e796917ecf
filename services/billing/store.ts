/**
 * billing: the SQL the models can't say, through lib/sql.ts: conditional inserts, row locks (every
 * balance movement holds its account's row lock), the webhook dedupe record and the period sweep.
 */
import type { Sequelize } from "sequelize";
import { selectMany, selectOne, type Tx } from "../../lib/sql.js";
import { fromRow } from "../../mixins/db.mixin.js";
import type {
  AccountRecord,
  BillingModels,
  ChargePurpose,
  ChargeRecord,
  LedgerReason,
  LedgerRecord,
} from "./models.js";

const sqlOf = (m: BillingModels): Sequelize => m.accounts.sequelize!;
type Row = Record<string, unknown>;

const account = (m: BillingModels, row: Row | null) => (row ? fromRow<AccountRecord>(m.accounts, row) : null);
const charge = (m: BillingModels, row: Row | null) => (row ? fromRow<ChargeRecord>(m.charges, row) : null);
const entry = (m: BillingModels, row: Row | null) => (row ? fromRow<LedgerRecord>(m.ledger, row) : null);

export interface NewAccount {
  id: string;
  teamId: string;
  status: "active" | "closed";
  anchor: Date;
  periodEnd: Date;
}

/** Creates the team's account unless it has one; null when it had (whatever its state). */
export async function insertAccount(m: BillingModels, a: NewAccount, tx: Tx): Promise<AccountRecord | null> {
  const row = await selectOne<Row>(
    sqlOf(m),
    `INSERT INTO billing_accounts (id, team_id, status, period_anchor, period_start, period_end)
     VALUES ($1, $2, $3, $4, $4, $5) ON CONFLICT (team_id) DO NOTHING RETURNING *`,
    [a.id, a.teamId, a.status, a.anchor, a.periodEnd],
    tx,
  );
  return account(m, row);
}

export async function findAccount(m: BillingModels, teamId: string, tx?: Tx): Promise<AccountRecord | null> {
  return account(m, await selectOne<Row>(sqlOf(m), "SELECT * FROM billing_accounts WHERE team_id = $1", [teamId], tx));
}

/** The team's account, row-locked until `tx` ends: its balance and subscription change one at a time. */
export async function lockAccount(m: BillingModels, teamId: string, tx: Tx): Promise<AccountRecord | null> {
  const sql = "SELECT * FROM billing_accounts WHERE team_id = $1 FOR UPDATE";
  return account(m, await selectOne<Row>(sqlOf(m), sql, [teamId], tx));
}

export interface AccountChanges {
  tier?: string;
  status?: "active" | "closed";
  balanceCents?: number;
  periodStart?: Date;
  periodEnd?: Date;
  pendingTier?: string | null;
  paymentMethod?: { ref: string; brand: string; last4: string };
}

const ACCOUNT_COLUMNS: Record<string, string> = {
  tier: "tier",
  status: "status",
  balanceCents: "balance_cents",
  periodStart: "period_start",
  periodEnd: "period_end",
  pendingTier: "pending_tier",
};

/** Writes the fields `changes` sets (an absent field is no change; null is one); answers the row. */
export async function updateAccount(
  m: BillingModels,
  id: string,
  changes: AccountChanges,
  tx: Tx,
): Promise<AccountRecord> {
  const sets: string[] = [];
  const bind: unknown[] = [id];
  for (const [field, column] of Object.entries(ACCOUNT_COLUMNS)) {
    const value = changes[field as keyof AccountChanges];
    if (value !== undefined) sets.push(`${column} = $${bind.push(value)}`);
  }
  if (changes.paymentMethod) {
    const { ref, brand, last4 } = changes.paymentMethod;
    sets.push(
      `payment_method_ref = $${bind.push(ref)}`,
      `payment_method_brand = $${bind.push(brand)}`,
      `payment_method_last4 = $${bind.push(last4)}`,
    );
  }
  const row = await selectOne<Row>(
    sqlOf(m),
    `UPDATE billing_accounts SET ${[...sets, "updated_at = now()"].join(", ")} WHERE id = $1 RETURNING *`,
    bind,
    tx,
  );
  if (!row) throw new Error(`billing account ${id} vanished inside its transaction`);
  return account(m, row)!;
}

/** Closes the team's account (kept, with its ledger, for the record); null when there was none open. */
export async function closeAccount(m: BillingModels, teamId: string, tx: Tx): Promise<AccountRecord | null> {
  const row = await selectOne<Row>(
    sqlOf(m),
    `UPDATE billing_accounts SET status = 'closed', pending_tier = NULL, updated_at = now()
      WHERE team_id = $1 AND status = 'active' RETURNING *`,
    [teamId],
    tx,
  );
  return account(m, row);
}

// --- ledger ---------------------------------------------------------------------------

export async function ledgerEntryByKey(
  m: BillingModels,
  accountId: string,
  key: string,
  tx: Tx,
): Promise<LedgerRecord | null> {
  const sql = "SELECT * FROM billing_ledger WHERE account_id = $1 AND idempotency_key = $2";
  return entry(m, await selectOne<Row>(sqlOf(m), sql, [accountId, key], tx));
}

export interface NewEntry {
  id: string;
  accountId: string;
  teamId: string;
  deltaCents: number;
  balanceAfterCents: number;
  reason: LedgerReason;
  reference: string;
  idempotencyKey: string;
}

/** Appends an entry; null when its key has moved money on this account before (the unique key). */
export async function insertLedgerEntry(m: BillingModels, e: NewEntry, tx: Tx): Promise<LedgerRecord | null> {
  const row = await selectOne<Row>(
    sqlOf(m),
    // clock_timestamp(), not now(): taken under the account's lock, so the ledger sorts in balance order.
    `INSERT INTO billing_ledger
       (id, account_id, team_id, delta_cents, balance_after_cents, reason, reference, idempotency_key, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp())
     ON CONFLICT (account_id, idempotency_key) DO NOTHING RETURNING *`,
    [e.id, e.accountId, e.teamId, e.deltaCents, e.balanceAfterCents, e.reason, e.reference, e.idempotencyKey],
    tx,
  );
  return entry(m, row);
}

// --- charges --------------------------------------------------------------------------

export interface NewCharge {
  id: string;
  accountId: string;
  teamId: string;
  purpose: ChargePurpose;
  tier: string | null;
  amountCents: number;
  currency: string;
  provider: string;
  periodStart: Date | null;
  idempotencyKey: string | null;
  createdBy: string | null;
}

/**
 * Records a pending charge; null when one already holds its place: a renewal of the same period,
 * a top-up under the same key, or a second upgrade while one is pending (the unique indexes).
 */
export async function insertCharge(m: BillingModels, c: NewCharge, tx: Tx): Promise<ChargeRecord | null> {
  const row = await selectOne<Row>(
    sqlOf(m),
    `INSERT INTO billing_charges
       (id, account_id, team_id, purpose, tier, amount_cents, currency, provider, period_start, idempotency_key, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING *`,
    [
      c.id,
      c.accountId,
      c.teamId,
      c.purpose,
      c.tier,
      c.amountCents,
      c.currency,
      c.provider,
      c.periodStart,
      c.idempotencyKey,
      c.createdBy,
    ],
    tx,
  );
  return charge(m, row);
}

export async function chargeByKey(
  m: BillingModels,
  accountId: string,
  key: string,
  tx: Tx,
): Promise<ChargeRecord | null> {
  const sql = "SELECT * FROM billing_charges WHERE account_id = $1 AND idempotency_key = $2";
  return charge(m, await selectOne<Row>(sqlOf(m), sql, [accountId, key], tx));
}

export async function pendingUpgrade(m: BillingModels, accountId: string, tx: Tx): Promise<ChargeRecord | null> {
  const sql = "SELECT * FROM billing_charges WHERE account_id = $1 AND purpose = 'upgrade' AND status = 'pending'";
  return charge(m, await selectOne<Row>(sqlOf(m), sql, [accountId], tx));
}

export async function setProviderChargeId(m: BillingModels, id: string, providerChargeId: string, tx: Tx) {
  const sql = "UPDATE billing_charges SET provider_charge_id = $2 WHERE id = $1 RETURNING *";
  return charge(m, await selectOne<Row>(sqlOf(m), sql, [id, providerChargeId], tx))!;
}

/** The charge, row-locked until `tx` ends: one webhook at a time decides it. */
export async function lockCharge(m: BillingModels, id: string, tx: Tx): Promise<ChargeRecord | null> {
  return charge(m, await selectOne<Row>(sqlOf(m), "SELECT * FROM billing_charges WHERE id = $1 FOR UPDATE", [id], tx));
}

export async function settleCharge(
  m: BillingModels,
  id: string,
  status: "succeeded" | "failed",
  failureReason: string | null,
  tx: Tx,
): Promise<ChargeRecord> {
  const row = await selectOne<Row>(
    sqlOf(m),
    "UPDATE billing_charges SET status = $2, failure_reason = $3, updated_at = now() WHERE id = $1 RETURNING *",
    [id, status, failureReason],
    tx,
  );
  return charge(m, row)!;
}

// --- webhooks ---------------------------------------------------------------------------

/**
 * Records a webhook id before any effect, in the effect's transaction. False when it was recorded
 * already: a replay. A concurrent duplicate waits here on the unique key until the first commits
 * (then false) or rolls back (then it goes ahead itself).
 */
export async function recordWebhook(
  m: BillingModels,
  provider: string,
  webhookId: string,
  type: string,
  tx: Tx,
): Promise<boolean> {
  const sql = `INSERT INTO billing_webhook_events (provider, webhook_id, type) VALUES ($1, $2, $3)
               ON CONFLICT DO NOTHING RETURNING webhook_id`;
  return (await selectOne(sqlOf(m), sql, [provider, webhookId, type], tx)) !== null;
}

// --- periods ------------------------------------------------------------------------------

/** Open accounts whose period has ended by `now`, oldest first. */
export async function dueAccountIds(m: BillingModels, now: Date, limit: number): Promise<string[]> {
  const rows = await selectMany<{ id: string }>(
    sqlOf(m),
    `SELECT id FROM billing_accounts WHERE status = 'active' AND period_end <= $1 ORDER BY period_end LIMIT $2`,
    [now, limit],
  );
  return rows.map((r) => r.id);
}

/** The account if it is still due, row-locked; null when another node has it or has done it. */
export async function lockDueAccount(m: BillingModels, id: string, now: Date, tx: Tx): Promise<AccountRecord | null> {
  const row = await selectOne<Row>(
    sqlOf(m),
    `SELECT * FROM billing_accounts WHERE id = $1 AND status = 'active' AND period_end <= $2 FOR UPDATE SKIP LOCKED`,
    [id, now],
    tx,
  );
  return account(m, row);
}

// --- the platform clock ----------------------------------------------------------------------

export async function clockOffset(m: BillingModels): Promise<number> {
  const row = await selectOne<{ offset_ms: number | string }>(sqlOf(m), "SELECT offset_ms FROM billing_clock");
  return Number(row?.offset_ms ?? 0);
}

export async function advanceClockOffset(m: BillingModels, ms: number): Promise<number> {
  const row = await selectOne<{ offset_ms: number | string }>(
    sqlOf(m),
    "UPDATE billing_clock SET offset_ms = offset_ms + $1, updated_at = now() RETURNING offset_ms",
    [ms],
  );
  return Number(row?.offset_ms ?? 0);
}

/** How many of a charge's webhook deliveries are still to be made (tests and the bench wait on it). */
export async function pendingDeliveries(m: BillingModels): Promise<number> {
  const row = await selectOne<{ n: number }>(
    sqlOf(m),
    "SELECT count(*)::int AS n FROM billing_provider_deliveries WHERE delivered_at IS NULL AND failed_at IS NULL",
  );
  return row?.n ?? 0;
}
