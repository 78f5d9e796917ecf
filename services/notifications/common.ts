/** What the notifications service's parts share: its `this`, params, and the shapes its actions answer. */
import type { Service, ServiceSchema } from "moleculer";
import type { Envelope } from "../../lib/events/envelope.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { Delivery, MailTransport } from "./mailer.js";
import type { MailJobRecord, NotificationsModels } from "./models.js";
import type { Notification, PreferenceChanges } from "./store.js";
import type { MailTemplates, TemplateName, TemplateVars } from "./templates.js";
import type { MailWorker, WorkerSettings } from "./worker.js";

export type { Notification, PreferenceChanges, Preferences } from "./store.js";

/**
 * The broker event a new inbox entry is broadcast as, after it commits: every gateway forwards it
 * to the caller's open streams (services/api/sse.ts), whichever node created it.
 */
export const LIVE_EVENT = "notifications.created";

export interface LiveNotification {
  userId: string;
  notification: Notification;
}

export interface InboxParams {
  cursor?: string;
  limit?: number;
  unread?: boolean;
}

export interface InboxPage {
  rows: Notification[];
  /** Pass as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}

export interface IdParams {
  id: string;
}

/** What `GET /notifications/stream` hands the gateway, which turns it into Server-Sent Events. */
export interface StreamStart {
  userId: string;
  unreadCount: number;
  /** Entries created after the stream's `Last-Event-ID`, oldest first (empty without one). */
  backlog: Notification[];
}

export interface MailboxParams {
  to?: string;
  limit?: number;
}

export type SetPreferencesParams = PreferenceChanges;

/** One mail (and, for some, an inbox entry) a trigger owes a recipient. */
export interface Dispatch<T extends TemplateName = TemplateName> {
  template: T;
  to: string;
  /** The recipient's account, when there is one: preferences and the inbox need it. */
  userId: string | null;
  teamId: string | null;
  /** Whether it also lands in the recipient's inbox (never for security mail). */
  inbox: boolean;
  /**
   * The template's variables, computed only once the trigger is known to owe the mail (a
   * redelivered event must not mint a second single-use token); null when nothing is owed after all.
   */
  vars: () => Promise<TemplateVars[T] | null>;
}

export interface NotificationsSettings {
  worker: WorkerSettings;
  /** Password-reset mails one address gets per hour at most: `recover` must not mail-bomb a stranger. */
  resetMailsPerHour: number;
  /** Entries a resumed stream replays at most. */
  backlogLimit: number;
}

export interface NotificationsMethods extends DbMethods, EventsMethods<"notifications"> {
  tables(): NotificationsModels;
  /** The consumer: one domain event of the topics this service reacts to. Idempotent on envelope.id. */
  onEvent(envelope: Envelope): Promise<void>;
  onSignup(envelope: Envelope): Promise<void>;
  onResetRequested(envelope: Envelope): Promise<void>;
  onVerified(envelope: Envelope): Promise<void>;
  onInviteCreated(envelope: Envelope): Promise<void>;
  onChargeFailed(envelope: Envelope): Promise<void>;
  onQuotaAlert(envelope: Envelope): Promise<void>;
  /** Queues the mail and inbox entry `trigger` owes, unless it already did or preferences say no. */
  dispatch<T extends TemplateName>(trigger: Envelope, d: Dispatch<T>): Promise<void>;
  teamName(teamId: string): Promise<string | null>;
  teamAdministrators(teamId: string): Promise<string[]>;
  /** An account's email and display name; null when it is gone. */
  account(userId: string): Promise<{ email: string; name: string } | null>;
  // The worker's queue (worker.ts MailQueue).
  claimMail(limit: number, leaseSeconds: number, token: string): Promise<MailJobRecord[]>;
  renewMailLease(job: MailJobRecord, token: string, leaseSeconds: number): Promise<boolean>;
  mailSent(job: MailJobRecord, delivery: Delivery): Promise<void>;
  mailRetry(job: MailJobRecord, error: string, delayMs: number): Promise<void>;
  mailFailed(job: MailJobRecord, error: string): Promise<void>;
  recordQueueDepth(): Promise<void>;
}

export interface NotificationsVars extends DbThis {
  templates: MailTemplates;
  /** Null in production without SMTP_URL: jobs wait, queued. */
  transport: MailTransport | null;
  worker: MailWorker | null;
}

export type NotificationsThis = Service<NotificationsSettings> & NotificationsMethods & NotificationsVars;

type Schema = ServiceSchema<NotificationsSettings, NotificationsMethods, NotificationsVars>;
/** An actions object of the notifications service, with `this` typed. */
export type NotificationsActions = NonNullable<Schema["actions"]>;
/** The notifications service's methods object, with `this` typed. */
export type NotificationsMethodsSchema = NonNullable<Schema["methods"]>;
