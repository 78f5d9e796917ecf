/**
 * Embedded mode's retries of a failed consumer, scheduled rather than inline: the in-process adapter
 * waits for every consumer group, so a group that retried in place held the outbox relay (and every
 * group behind it) for each wait. A failed delivery is written here, in the same database as the
 * outbox, and retried by timer; a restart picks the pending ones up again.
 */
import { QueryTypes, type Sequelize } from "sequelize";

/** Wait before retry `attempt` (the first delivery is attempt 1): 50 ms, 200 ms, 800 ms, 3.2 s. */
export function redeliveryBackoffMs(attempt: number): number {
  return 50 * 4 ** Math.max(0, attempt - 1);
}

export interface Redelivery {
  id: number;
  channel: string;
  group: string;
  envelopeId: string | null;
  body: Buffer;
  /** Deliveries so far, the failed first one included. */
  attempts: number;
  /** Milliseconds from now until it is due (≤ 0 when overdue). */
  dueInMs: number;
}

interface Row {
  id: number;
  channel: string;
  consumer_group: string;
  envelope_id: string | null;
  body: Buffer;
  attempts: number;
  due_in_ms: number;
}

const fromRow = (row: Row): Redelivery => ({
  id: Number(row.id),
  channel: row.channel,
  group: row.consumer_group,
  envelopeId: row.envelope_id,
  body: row.body,
  attempts: row.attempts,
  dueInMs: Number(row.due_in_ms),
});

const COLUMNS = `id, channel, consumer_group, envelope_id, body, attempts,
  (extract(epoch FROM next_attempt_at - now()) * 1000)::int AS due_in_ms`;

/** Records a failed first delivery; answers the scheduled redelivery. */
export async function scheduleRedelivery(
  db: Sequelize,
  entry: { channel: string; group: string; envelopeId: string | null; body: Buffer; error: string },
): Promise<Redelivery> {
  const [row] = await db.query<Row>(
    `INSERT INTO event_redeliveries (channel, consumer_group, envelope_id, body, attempts, next_attempt_at, last_error)
     VALUES ($1, $2, $3, $4, 1, now() + make_interval(secs => $5::double precision / 1000), $6)
     RETURNING ${COLUMNS}`,
    {
      bind: [
        entry.channel,
        entry.group,
        entry.envelopeId,
        entry.body,
        redeliveryBackoffMs(1),
        entry.error.slice(0, 500),
      ],
      type: QueryTypes.SELECT,
    },
  );
  return fromRow(row);
}

/** Every pending redelivery of these groups (after a restart). */
export async function pendingRedeliveries(db: Sequelize, groups: string[]): Promise<Redelivery[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM event_redeliveries WHERE consumer_group = ANY($1) ORDER BY id`,
    { bind: [groups], type: QueryTypes.SELECT },
  );
  return rows.map(fromRow);
}

export async function redeliveryDone(db: Sequelize, id: number): Promise<void> {
  await db.query("DELETE FROM event_redeliveries WHERE id = $1", { bind: [id] });
}

/** Counts another failed attempt and answers the next due time. */
export async function redeliveryFailed(db: Sequelize, id: number, error: string): Promise<Redelivery | null> {
  const [row] = await db.query<Row>(
    `UPDATE event_redeliveries SET attempts = attempts + 1, last_error = $2,
       next_attempt_at = now() + make_interval(secs => (50 * power(4, attempts)) / 1000)
     WHERE id = $1 RETURNING ${COLUMNS}`,
    { bind: [id, error.slice(0, 500)], type: QueryTypes.SELECT },
  );
  return row ? fromRow(row) : null;
}
