/**
 * usage: the domain's SQL. Counting is one statement per batch (dedupe on the event id, then the
 * endpoint and period totals), alerts and debits are rows with unique keys, reports are plain reads.
 * Periods are epoch milliseconds (bigint), compared exactly.
 */
import { Op, type Sequelize } from "sequelize";
import { execute, selectMany, type Tx } from "../../lib/sql.js";
import { fromRow, pageOfModel } from "../../mixins/db.mixin.js";
import type { Page } from "../../lib/pagination.js";
import type { AlertKind, DebitRecord, PeriodRecord, UsageModels } from "./models.js";

/** One Request event, as the counters need it. */
export interface CountedRequest {
  id: string;
  teamId: string;
  periodStart: number;
  periodEnd: number;
  /** "GET /projects/:id". */
  endpoint: string;
  serverError: boolean;
}

/** A team-period total after a fold. */
export interface PeriodTotal {
  teamId: string;
  periodStart: number;
  periodEnd: number;
  requests: number;
  serverErrors: number;
}

/**
 * Folds requests into the counters, each event id once (an id seen before, in this batch or an earlier
 * one, counts nothing); answers the totals of the team-periods it touched. Rows are written in key
 * order, so two nodes folding at once queue rather than deadlock.
 */
export async function foldRequests(db: Sequelize, requests: CountedRequest[], tx: Tx): Promise<PeriodTotal[]> {
  const rows = await selectMany<{
    team_id: string;
    period_start: number;
    period_end: number;
    requests: number;
    server_errors: number;
  }>(
    db,
    `WITH batch AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::bigint[], $5::text[], $6::boolean[])
         AS b(id, team_id, period_start, period_end, endpoint, server_error)
     ), fresh AS (
       INSERT INTO usage_seen_events (id) SELECT id FROM batch ON CONFLICT (id) DO NOTHING RETURNING id
     ), counted AS (
       SELECT b.* FROM batch b JOIN fresh f ON f.id = b.id
     ), endpoints AS (
       INSERT INTO usage_counters (team_id, period_start, endpoint, requests, server_errors)
       SELECT team_id, period_start, endpoint, count(*), count(*) FILTER (WHERE server_error)
         FROM counted GROUP BY team_id, period_start, endpoint ORDER BY team_id, period_start, endpoint
       ON CONFLICT (team_id, period_start, endpoint) DO UPDATE
         SET requests = usage_counters.requests + excluded.requests,
             server_errors = usage_counters.server_errors + excluded.server_errors
     )
     INSERT INTO usage_periods (team_id, period_start, period_end, requests, server_errors)
     SELECT team_id, period_start, max(period_end), count(*), count(*) FILTER (WHERE server_error)
       FROM counted GROUP BY team_id, period_start ORDER BY team_id, period_start
     ON CONFLICT (team_id, period_start) DO UPDATE
       SET requests = usage_periods.requests + excluded.requests,
           server_errors = usage_periods.server_errors + excluded.server_errors,
           period_end = GREATEST(usage_periods.period_end, excluded.period_end),
           updated_at = now()
     RETURNING team_id, period_start, period_end, requests, server_errors`,
    [
      requests.map((r) => r.id),
      requests.map((r) => r.teamId),
      requests.map((r) => r.periodStart),
      requests.map((r) => r.periodEnd),
      requests.map((r) => r.endpoint),
      requests.map((r) => r.serverError),
    ],
    tx,
  );
  return rows.map((r) => ({
    teamId: r.team_id,
    periodStart: Number(r.period_start),
    periodEnd: Number(r.period_end),
    requests: Number(r.requests),
    serverErrors: Number(r.server_errors),
  }));
}

/** Records the tier and quota a period was counted under (the latest seen). */
export async function setPeriodTerms(
  db: Sequelize,
  teamId: string,
  periodStart: number,
  terms: { tier: string; quota: number },
  tx: Tx,
): Promise<void> {
  await execute(
    db,
    `UPDATE usage_periods SET tier = $3, quota = $4
      WHERE team_id = $1 AND period_start = $2 AND (tier IS DISTINCT FROM $3 OR quota IS DISTINCT FROM $4)`,
    [teamId, periodStart, terms.tier, terms.quota],
    tx,
  );
}

/** Records an alert unless the team already had this one this period; true when this call recorded it. */
export async function recordAlert(
  db: Sequelize,
  alert: { teamId: string; periodStart: number; kind: AlertKind; used: number; quota: number },
  tx: Tx,
): Promise<boolean> {
  const rows = await selectMany<{ kind: string }>(
    db,
    `INSERT INTO usage_alerts (team_id, period_start, kind, used, quota) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING RETURNING kind`,
    [alert.teamId, alert.periodStart, alert.kind, alert.used, alert.quota],
    tx,
  );
  return rows.length === 1;
}

/** The requests counted for each (team, period start); 0 for one never seen. */
export async function requestCounts(
  db: Sequelize,
  items: { teamId: string; periodStart: number }[],
): Promise<number[]> {
  if (!items.length) return [];
  const rows = await selectMany<{ i: number; requests: number | null }>(
    db,
    `SELECT q.i, p.requests
       FROM unnest($1::uuid[], $2::bigint[]) WITH ORDINALITY AS q(team_id, period_start, i)
       LEFT JOIN usage_periods p ON p.team_id = q.team_id AND p.period_start = q.period_start`,
    [items.map((x) => x.teamId), items.map((x) => x.periodStart)],
  );
  const counts = items.map(() => 0);
  for (const row of rows) counts[Number(row.i) - 1] = Number(row.requests ?? 0);
  return counts;
}

export async function findPeriod(m: UsageModels, teamId: string, periodStart: number): Promise<PeriodRecord | null> {
  const row = await m.periods.findOne({ where: { teamId, periodStart } });
  return row ? (row.get({ plain: true }) as PeriodRecord) : null;
}

/** The team's period that starts within [from, to), if it has one. */
export async function periodStartingIn(
  db: Sequelize,
  m: UsageModels,
  teamId: string,
  from: number,
  to: number,
): Promise<PeriodRecord | null> {
  const [row] = await selectMany<Record<string, unknown>>(
    db,
    "SELECT * FROM usage_periods WHERE team_id = $1 AND period_start >= $2 AND period_start < $3 ORDER BY period_start LIMIT 1",
    [teamId, from, to],
  );
  return row ? fromRow<PeriodRecord>(m.periods, row) : null;
}

export async function endpointCounts(
  db: Sequelize,
  teamId: string,
  periodStart: number,
): Promise<{ endpoint: string; count: number }[]> {
  const rows = await selectMany<{ endpoint: string; requests: number }>(
    db,
    `SELECT endpoint, requests FROM usage_counters WHERE team_id = $1 AND period_start = $2
      ORDER BY requests DESC, endpoint`,
    [teamId, periodStart],
  );
  return rows.map((r) => ({ endpoint: r.endpoint, count: Number(r.requests) }));
}

/** Periods that start within [from, to), most used first: the admin ranking. */
export function rankPeriods(
  m: UsageModels,
  range: { from: number; to: number },
  page: { page?: number; pageSize?: number; sort: string },
): Promise<Page<PeriodRecord>> {
  return pageOfModel<PeriodRecord>(m.periods, {
    where: { periodStart: { [Op.gte]: range.from, [Op.lt]: range.to } },
    page: page.page,
    pageSize: page.pageSize,
    sort: [page.sort, "teamId"],
  });
}

/** Event ids older than `days` can't be redelivered any more. */
export function purgeSeenEvents(db: Sequelize, days: number): Promise<number> {
  return execute(db, "DELETE FROM usage_seen_events WHERE seen_at < now() - make_interval(days => $1)", [days]);
}

// --- overage ----------------------------------------------------------------------------

/** Current periods whose billable requests (5xx excluded) passed the quota they were counted under. */
export async function periodsPastQuota(db: Sequelize, now: number): Promise<PeriodRecord[]> {
  return selectMany<PeriodRecord>(
    db,
    `SELECT team_id AS "teamId", period_start::float8 AS "periodStart", period_end::float8 AS "periodEnd",
            requests::float8 AS requests, server_errors::float8 AS "serverErrors", tier, quota::float8 AS quota,
            overage_cents::float8 AS "overageCents", updated_at AS "updatedAt"
       FROM usage_periods
      WHERE quota IS NOT NULL AND requests - server_errors > quota AND period_end + 86400000 > $1`,
    [now],
  );
}

export async function pendingDebits(db: Sequelize, teamId?: string): Promise<DebitRecord[]> {
  return selectMany<DebitRecord>(
    db,
    `SELECT team_id AS "teamId", minute::float8 AS minute, period_start::float8 AS "periodStart",
            amount_cents::float8 AS "amountCents", idempotency_key AS "idempotencyKey", status,
            ledger_entry_id AS "ledgerEntryId", created_at AS "createdAt", settled_at AS "settledAt"
       FROM usage_debits WHERE status = 'pending' AND ($1::uuid IS NULL OR team_id = $1) ORDER BY minute`,
    [teamId ?? null],
  );
}

/** Cents the period's overage has taken or is taking (done and pending debits). */
export async function debitedCents(db: Sequelize, teamId: string, periodStart: number): Promise<number> {
  const [row] = await selectMany<{ cents: number | null }>(
    db,
    "SELECT sum(amount_cents)::float8 AS cents FROM usage_debits WHERE team_id = $1 AND period_start = $2",
    [teamId, periodStart],
  );
  return Number(row?.cents ?? 0);
}

/** A debit for this minute, unless the team has one already; the row is the promise to retry it. */
export async function insertDebit(
  db: Sequelize,
  debit: { teamId: string; minute: number; periodStart: number; amountCents: number; idempotencyKey: string },
): Promise<boolean> {
  const rows = await selectMany<{ minute: number }>(
    db,
    `INSERT INTO usage_debits (team_id, minute, period_start, amount_cents, idempotency_key)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING minute`,
    [debit.teamId, debit.minute, debit.periodStart, debit.amountCents, debit.idempotencyKey],
  );
  return rows.length === 1;
}

/** Marks a pending debit done and adds it to its period's overage, once. */
export async function settleDebit(db: Sequelize, debit: DebitRecord, ledgerEntryId: string, tx: Tx): Promise<void> {
  const rows = await selectMany<{ amount_cents: number }>(
    db,
    `UPDATE usage_debits SET status = 'done', ledger_entry_id = $3, settled_at = now()
      WHERE team_id = $1 AND minute = $2 AND status = 'pending' RETURNING amount_cents`,
    [debit.teamId, debit.minute, ledgerEntryId],
    tx,
  );
  if (!rows.length) return;
  await execute(
    db,
    "UPDATE usage_periods SET overage_cents = overage_cents + $3 WHERE team_id = $1 AND period_start = $2",
    [debit.teamId, debit.periodStart, Number(rows[0].amount_cents)],
    tx,
  );
}

/** A pending debit the balance can't cover in full: what it can cover, or nothing (the row goes). */
export async function shrinkDebit(db: Sequelize, debit: DebitRecord, amountCents: number): Promise<void> {
  if (amountCents > 0) {
    await execute(
      db,
      "UPDATE usage_debits SET amount_cents = $3 WHERE team_id = $1 AND minute = $2 AND status = 'pending'",
      [debit.teamId, debit.minute, amountCents],
    );
  } else {
    await execute(db, "DELETE FROM usage_debits WHERE team_id = $1 AND minute = $2 AND status = 'pending'", [
      debit.teamId,
      debit.minute,
    ]);
  }
}
