/**
 * notifications: reads and writes of mail jobs, inbox entries, preferences and the dev mailbox.
 * Raw SQL (lib/sql.ts) for what the models can't say: conditional inserts on the trigger's unique
 * key, leased claims with SKIP LOCKED, and the inbox's cursor pages.
 */
import { randomUUID } from "node:crypto";
import { Op, fn, type Model, type ModelStatic } from "sequelize";
import { execute, selectMany, selectOne, type Tx } from "../../lib/sql.js";
import { fromRow, plain, plainOrNull } from "../../mixins/db.mixin.js";
import {
  CATEGORIES,
  NOTIFICATION_FIELDS,
  type Category,
  type Channel,
  type DevMailRecord,
  type MailCategory,
  type MailJobRecord,
  type NotificationRecord,
  type NotificationsModels,
  type PreferenceRecord,
} from "./models.js";
import type { KeptMail } from "./mailer.js";

const sqlOf = (model: ModelStatic<Model>) => model.sequelize!;

// --- what leaves the service -------------------------------------------------------------

/** An inbox entry as the routes show it. */
export type Notification = Pick<NotificationRecord, (typeof NOTIFICATION_FIELDS)[number]> & { read: boolean };

export function toNotification(record: NotificationRecord): Notification {
  const shown = Object.fromEntries(NOTIFICATION_FIELDS.map((field) => [field, record[field]]));
  return { ...(shown as Pick<NotificationRecord, (typeof NOTIFICATION_FIELDS)[number]>), read: record.readAt !== null };
}

// Event snapshots (events/notifications/events.proto): timestamps in epoch milliseconds, 0 for none.
const ms = (iso: string | null) => (iso ? Date.parse(iso) : 0);

export function emailSnapshot(job: MailJobRecord) {
  return {
    id: job.id,
    to: job.recipient,
    template: job.template,
    subject: job.subject,
    attempts: job.attempts,
    error: job.lastError ?? "",
    createdAt: ms(job.createdAt),
    triggerEventId: job.triggerEventId,
    userId: job.userId ?? "",
    category: job.category,
    sentAt: ms(job.sentAt),
  };
}

export function notificationSnapshot(n: NotificationRecord) {
  return {
    id: n.id,
    userId: n.userId,
    kind: n.kind,
    title: n.title,
    body: n.body,
    read: n.readAt !== null,
    createdAt: ms(n.createdAt),
    category: n.category,
    link: n.link ?? "",
    teamId: n.teamId ?? "",
    triggerEventId: n.triggerEventId,
  };
}

// --- mail jobs ------------------------------------------------------------------------------

export interface NewMailJob {
  triggerEventId: string;
  recipient: string;
  template: string;
  userId: string | null;
  teamId: string | null;
  category: MailCategory;
  subject: string;
  html: string;
  text: string;
}

/** Whether the trigger already made this mail (a redelivered event makes no second one). */
export async function jobExists(m: NotificationsModels, triggerEventId: string, recipient: string, template: string) {
  const found = await m.mailJobs.findOne({ where: { triggerEventId, recipient, template }, attributes: ["id"] });
  return found !== null;
}

/** Mails of one template sent or queued to an address since `since`: a bound on reset mails per mailbox. */
export function recentJobs(m: NotificationsModels, recipient: string, template: string, since: Date): Promise<number> {
  return m.mailJobs.count({ where: { recipient, template, createdAt: { [Op.gte]: since } } });
}

/** Inserts the job unless the trigger already made it; null means it did (the unique key held). */
export async function insertJob(m: NotificationsModels, job: NewMailJob, tx: Tx): Promise<MailJobRecord | null> {
  const row = await selectOne<Record<string, unknown>>(
    sqlOf(m.mailJobs),
    `INSERT INTO mail_jobs (id, trigger_event_id, recipient, template, user_id, team_id, category, subject, html, body_text)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (trigger_event_id, recipient, template) DO NOTHING RETURNING *`,
    [
      randomUUID(),
      job.triggerEventId,
      job.recipient,
      job.template,
      job.userId,
      job.teamId,
      job.category,
      job.subject,
      job.html,
      job.text,
    ],
    tx,
  );
  return row ? fromRow<MailJobRecord>(m.mailJobs, row) : null;
}

/**
 * Leases up to `limit` due jobs and counts the attempt. SKIP LOCKED and the lease let several
 * notification nodes share the queue; a node that dies mid-send leaves its lease to run out, and
 * the job is sent again (at least once: never lost, rarely twice).
 */
export async function claimJobs(
  m: NotificationsModels,
  limit: number,
  leaseSeconds: number,
  token: string,
): Promise<MailJobRecord[]> {
  const rows = await selectMany<Record<string, unknown>>(
    sqlOf(m.mailJobs),
    `WITH picked AS (
       SELECT id FROM mail_jobs
       WHERE status = 'queued' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
       ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
     UPDATE mail_jobs j SET lease_until = now() + make_interval(secs => $2), lease_token = $3, attempts = j.attempts + 1
     FROM picked WHERE j.id = picked.id RETURNING j.*`,
    [limit, leaseSeconds, token],
  );
  return rows.map((row) => fromRow<MailJobRecord>(m.mailJobs, row));
}

/** Extends the lease of a job still held by this claim; false when another claim took it meanwhile. */
export async function renewLease(m: NotificationsModels, id: string, token: string, leaseSeconds: number) {
  const touched = await execute(
    sqlOf(m.mailJobs),
    `UPDATE mail_jobs SET lease_until = now() + make_interval(secs => $3)
     WHERE id = $1 AND lease_token = $2 AND status = 'queued'`,
    [id, token, leaseSeconds],
  );
  return touched > 0;
}

/** The mail left: sent, and its rendered parts (single-use tokens among them) dropped. */
export async function markSent(m: NotificationsModels, id: string, messageId: string, tx: Tx) {
  return updateJob(
    m,
    id,
    { status: "sent", sentAt: fn("now"), leaseUntil: null, messageId, html: null, bodyText: null, lastError: null },
    tx,
  );
}

/** A failed attempt with attempts left: back in the queue after `delayMs`. */
export async function markRetry(m: NotificationsModels, id: string, error: string, delayMs: number): Promise<void> {
  await execute(
    sqlOf(m.mailJobs),
    `UPDATE mail_jobs SET lease_until = NULL, last_error = $2, next_attempt_at = now() + make_interval(secs => $3)
     WHERE id = $1 AND status = 'queued'`,
    [id, error.slice(0, 1000), delayMs / 1000],
  );
}

/** No attempts left, or a refusal no retry changes: failed for good. */
export async function markFailed(m: NotificationsModels, id: string, error: string, tx: Tx) {
  return updateJob(
    m,
    id,
    {
      status: "failed",
      failedAt: fn("now"),
      leaseUntil: null,
      lastError: error.slice(0, 1000),
      html: null,
      bodyText: null,
    },
    tx,
  );
}

async function updateJob(
  m: NotificationsModels,
  id: string,
  values: Record<string, unknown>,
  tx: Tx,
): Promise<MailJobRecord | null> {
  const [, rows] = await m.mailJobs.update(values, {
    where: { id, status: "queued" },
    transaction: tx,
    returning: true,
    validate: false,
  });
  return plainOrNull<MailJobRecord>(rows[0] ?? null);
}

/** Jobs waiting to be sent (the queue-depth metric). */
export function queuedCount(m: NotificationsModels): Promise<number> {
  return m.mailJobs.count({ where: { status: "queued" } });
}

// --- inbox --------------------------------------------------------------------------------------

export interface NewNotification {
  userId: string;
  triggerEventId: string;
  kind: string;
  category: Category;
  title: string;
  body: string;
  link: string | null;
  teamId: string | null;
}

/** Inserts the entry unless the trigger already made it for this user; null means it did. */
export async function insertNotification(
  m: NotificationsModels,
  n: NewNotification,
  tx: Tx,
): Promise<NotificationRecord | null> {
  const row = await selectOne<Record<string, unknown>>(
    sqlOf(m.notifications),
    `INSERT INTO notifications (id, user_id, trigger_event_id, kind, category, title, body, link, team_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (trigger_event_id, user_id, kind) DO NOTHING RETURNING *`,
    [randomUUID(), n.userId, n.triggerEventId, n.kind, n.category, n.title, n.body, n.link, n.teamId],
    tx,
  );
  return row ? fromRow<NotificationRecord>(m.notifications, row) : null;
}

export interface InboxQuery {
  userId: string;
  /** Entries older than this seq (the cursor). */
  beforeSeq?: string;
  unread?: boolean;
  limit: number;
}

/** One page of a user's inbox, newest first, archived entries left out. */
export async function inboxPage(m: NotificationsModels, q: InboxQuery): Promise<NotificationRecord[]> {
  const bind: unknown[] = [q.userId, q.limit];
  const before = q.beforeSeq ? `AND seq < $${bind.push(q.beforeSeq)}` : "";
  const rows = await selectMany<Record<string, unknown>>(
    sqlOf(m.notifications),
    `SELECT * FROM notifications WHERE user_id = $1 AND archived_at IS NULL
       ${q.unread === true ? "AND read_at IS NULL" : q.unread === false ? "AND read_at IS NOT NULL" : ""} ${before}
     ORDER BY seq DESC LIMIT $2`,
    bind,
  );
  return rows.map((row) => fromRow<NotificationRecord>(m.notifications, row));
}

/** A user's entries created after the one with `afterId` (oldest first): what a resumed stream missed. */
export async function inboxSince(
  m: NotificationsModels,
  userId: string,
  afterId: string,
  limit: number,
): Promise<NotificationRecord[]> {
  const rows = await selectMany<Record<string, unknown>>(
    sqlOf(m.notifications),
    `SELECT n.* FROM notifications n
     WHERE n.user_id = $1 AND n.archived_at IS NULL
       AND n.seq > (SELECT seq FROM notifications WHERE id = $2 AND user_id = $1)
     ORDER BY n.seq LIMIT $3`,
    [userId, afterId, limit],
  );
  return rows.map((row) => fromRow<NotificationRecord>(m.notifications, row));
}

/** Whether the trigger already made this entry for the user. */
export async function notificationExists(m: NotificationsModels, triggerEventId: string, userId: string, kind: string) {
  const found = await m.notifications.findOne({ where: { triggerEventId, userId, kind }, attributes: ["id"] });
  return found !== null;
}

export function unreadCount(m: NotificationsModels, userId: string): Promise<number> {
  return m.notifications.count({ where: { userId, readAt: null, archivedAt: null } });
}

/** The user's own live entry, or null (another user's answers the same as a missing one). */
export async function findNotification(
  m: NotificationsModels,
  userId: string,
  id: string,
): Promise<NotificationRecord | null> {
  return plainOrNull(await m.notifications.findOne({ where: { id, userId, archivedAt: null } }));
}

/** Marks the entry read (once: the first read time stays); null when it isn't the user's. */
export async function markRead(m: NotificationsModels, userId: string, id: string): Promise<NotificationRecord | null> {
  await m.notifications.update(
    { readAt: fn("now") },
    { where: { id, userId, archivedAt: null, readAt: null }, validate: false },
  );
  return findNotification(m, userId, id);
}

export async function markAllRead(m: NotificationsModels, userId: string): Promise<number> {
  const [count] = await m.notifications.update(
    { readAt: fn("now") },
    { where: { userId, archivedAt: null, readAt: null }, validate: false },
  );
  return count;
}

/** Archives the entry; false when it isn't the user's or is archived already. */
export async function archive(m: NotificationsModels, userId: string, id: string): Promise<boolean> {
  const [count] = await m.notifications.update(
    { archivedAt: fn("now") },
    { where: { id, userId, archivedAt: null }, validate: false },
  );
  return count > 0;
}

// --- preferences ----------------------------------------------------------------------------------

export type Preferences = Record<Category, Record<Channel, boolean>>;
export type PreferenceChanges = Partial<Record<Category, Partial<Record<Channel, boolean>>>>;

/** Every category with both channels: on unless the user turned it off. */
export async function preferencesOf(m: NotificationsModels, userId: string, tx?: Tx): Promise<Preferences> {
  const rows = await m.preferences.findAll({ where: { userId }, transaction: tx });
  const stored = new Map(rows.map((row) => plain<PreferenceRecord>(row)).map((p) => [p.category, p]));
  return Object.fromEntries(
    CATEGORIES.map((category) => {
      const row = stored.get(category);
      return [category, { email: row?.email ?? true, inbox: row?.inbox ?? true }];
    }),
  ) as Preferences;
}

/** Applies the given channels of the given categories; the others stay as they were. */
export async function savePreferences(
  m: NotificationsModels,
  userId: string,
  changes: PreferenceChanges,
  tx: Tx,
): Promise<Preferences> {
  const current = await preferencesOf(m, userId, tx);
  for (const category of CATEGORIES) {
    const change = changes[category];
    if (!change) continue;
    const next = {
      ...current[category],
      ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
    };
    await execute(
      sqlOf(m.preferences),
      `INSERT INTO notification_preferences (user_id, category, email, inbox) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, category) DO UPDATE SET email = $3, inbox = $4, updated_at = now()`,
      [userId, category, next.email, next.inbox],
      tx,
    );
    current[category] = next;
  }
  return current;
}

// --- dev mailbox ------------------------------------------------------------------------------------

export async function keepDevMail(m: NotificationsModels, mail: KeptMail): Promise<void> {
  await execute(
    sqlOf(m.devMailbox),
    `INSERT INTO dev_mailbox (id, message_id, sender, recipient, subject, html, body_text, template, job_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      randomUUID(),
      mail.messageId,
      mail.sender,
      mail.recipient,
      mail.subject,
      mail.html,
      mail.text,
      mail.template,
      mail.jobId,
    ],
  );
}

/** The newest messages first, optionally to one address. */
export async function devMail(m: NotificationsModels, opts: { to?: string; limit: number }): Promise<DevMailRecord[]> {
  const rows = await m.devMailbox.findAll({
    where: opts.to ? { recipient: opts.to } : {},
    order: [["seq", "DESC"]],
    limit: opts.limit,
  });
  return rows.map((row) => plain<DevMailRecord>(row));
}

export async function findDevMail(m: NotificationsModels, id: string): Promise<DevMailRecord | null> {
  return plainOrNull(await m.devMailbox.findByPk(id));
}
