/** notifications: queueing what a trigger owes (mail job, inbox entry) and recording what the worker did. */
import type { Envelope } from "../../lib/events/envelope.js";
import type { Delivery } from "./mailer.js";
import {
  notificationsModels,
  type MailJobRecord,
  type NotificationRecord,
  type NotificationsModels,
} from "./models.js";
import * as store from "./store.js";
import { preferenceCategory, type TemplateName } from "./templates.js";
import {
  LIVE_EVENT,
  type Dispatch,
  type LiveNotification,
  type NotificationsMethodsSchema,
  type NotificationsThis,
} from "./common.js";

export const METRIC_QUEUE_DEPTH = "meshwork.notifications.mail.queue.depth";
export const METRIC_SENT = "meshwork.notifications.mail.sent.total";
export const METRIC_FAILED = "meshwork.notifications.mail.failed.total";
export const METRIC_ATTEMPT_FAILURES = "meshwork.notifications.mail.attempt.failures.total";

/** Counters and the queue-depth gauge (Prometheus: meshwork_notifications_mail_…). */
export function registerMetrics(service: NotificationsThis): void {
  if (!service.broker.isMetricsEnabled()) return;
  const metrics = service.broker.metrics;
  if (!metrics.getMetric(METRIC_QUEUE_DEPTH)) {
    metrics.register({
      type: "gauge",
      name: METRIC_QUEUE_DEPTH,
      description: "Mail jobs waiting to be sent (queued, retries included)",
    });
  }
  const counter = (name: string, description: string) => {
    if (!metrics.getMetric(name)) metrics.register({ type: "counter", name, description, labelNames: ["template"] });
  };
  counter(METRIC_SENT, "Mails the transport accepted");
  counter(METRIC_FAILED, "Mail jobs that failed for good (attempts exhausted or the recipient refused)");
  counter(METRIC_ATTEMPT_FAILURES, "Failed send attempts, retried or not");
}

function count(service: NotificationsThis, name: string, template: string): void {
  if (service.broker.isMetricsEnabled()) service.broker.metrics.increment(name, { template });
}

export const notificationsMethods: NotificationsMethodsSchema = {
  tables(this: NotificationsThis): NotificationsModels {
    return notificationsModels(this.models);
  },

  async dispatch<T extends TemplateName>(this: NotificationsThis, trigger: Envelope, d: Dispatch<T>): Promise<void> {
    const m = this.tables();
    const category = preferenceCategory(d.template);
    // Security mail ignores preferences; the rest follow the recipient's, when there is an account.
    const prefs = category && d.userId ? (await store.preferencesOf(m, d.userId))[category] : null;
    const wantMail = prefs?.email ?? true;
    const wantInbox = Boolean(d.inbox && d.userId && category && (prefs?.inbox ?? true));
    const owesMail = wantMail && !(await store.jobExists(m, trigger.id, d.to, d.template));
    const owesEntry = wantInbox && !(await store.notificationExists(m, trigger.id, d.userId as string, d.template));
    if (!owesMail && !owesEntry) return;
    const vars = await d.vars();
    if (!vars) return;
    const mail = await this.templates.render(d.template, vars);
    // The service acts on its own (no user did this), in the trigger's trace.
    const meta = { teamId: d.teamId, actorId: null, traceId: trigger.traceId };
    const entry = await this.inTransaction(async (tx): Promise<NotificationRecord | null> => {
      if (owesMail) {
        const job = await store.insertJob(
          m,
          {
            triggerEventId: trigger.id,
            recipient: d.to,
            template: d.template,
            userId: d.userId,
            teamId: d.teamId,
            category: mail.category,
            subject: mail.subject,
            html: mail.html,
            text: mail.text,
          },
          tx,
        );
        if (job) {
          await this.publish(
            "EmailQueued",
            { email: store.emailSnapshot(job) },
            { ...meta, tx, entity: "email", entityId: job.id },
          );
          tx.afterCommit(() => this.worker?.kick());
        }
      }
      if (!owesEntry || !category) return null;
      const created = await store.insertNotification(
        m,
        {
          userId: d.userId as string,
          triggerEventId: trigger.id,
          kind: d.template,
          category,
          title: mail.subject,
          body: mail.summary ?? mail.subject,
          link: null,
          teamId: d.teamId,
        },
        tx,
      );
      if (created) {
        await this.publish(
          "NotificationCreated",
          { notification: store.notificationSnapshot(created) },
          { ...meta, tx, entity: "notification", entityId: created.id },
        );
      }
      return created;
    });
    // Committed: every gateway pushes it to the user's open streams, whichever node they are on.
    if (entry) {
      const live: LiveNotification = { userId: entry.userId, notification: store.toNotification(entry) };
      await this.broker.broadcast(LIVE_EVENT, live);
    }
  },

  claimMail(this: NotificationsThis, limit: number, leaseSeconds: number, token: string): Promise<MailJobRecord[]> {
    return store.claimJobs(this.tables(), limit, leaseSeconds, token);
  },

  renewMailLease(this: NotificationsThis, job: MailJobRecord, token: string, leaseSeconds: number): Promise<boolean> {
    return store.renewLease(this.tables(), job.id, token, leaseSeconds);
  },

  async mailSent(this: NotificationsThis, job: MailJobRecord, delivery: Delivery): Promise<void> {
    await this.inTransaction(async (tx) => {
      const sent = await store.markSent(this.tables(), job.id, delivery.messageId, tx);
      if (!sent) return;
      await this.publish(
        "EmailSent",
        { email: store.emailSnapshot(sent) },
        { tx, entity: "email", entityId: job.id, teamId: job.teamId, actorId: null },
      );
    });
    count(this, METRIC_SENT, job.template);
  },

  async mailRetry(this: NotificationsThis, job: MailJobRecord, error: string, delayMs: number): Promise<void> {
    count(this, METRIC_ATTEMPT_FAILURES, job.template);
    await store.markRetry(this.tables(), job.id, error, delayMs);
  },

  async mailFailed(this: NotificationsThis, job: MailJobRecord, error: string): Promise<void> {
    count(this, METRIC_ATTEMPT_FAILURES, job.template);
    await this.inTransaction(async (tx) => {
      const failed = await store.markFailed(this.tables(), job.id, error, tx);
      if (!failed) return;
      await this.publish(
        "EmailFailed",
        { email: store.emailSnapshot(failed) },
        { tx, entity: "email", entityId: job.id, teamId: job.teamId, actorId: null },
      );
    });
    count(this, METRIC_FAILED, job.template);
  },

  async recordQueueDepth(this: NotificationsThis): Promise<void> {
    if (!this.broker.isMetricsEnabled()) return;
    this.broker.metrics.set(METRIC_QUEUE_DEPTH, await store.queuedCount(this.tables()));
  },
};
