/** notifications: Sequelize models of the domain's tables (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn, type Model, type ModelStatic } from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

/** Mail categories: security mail (verify, reset, invite) ignores preferences; the others follow them. */
export const CATEGORIES = ["product", "billing", "usage"] as const;
export type Category = (typeof CATEGORIES)[number];
export type MailCategory = Category | "security";
export const CHANNELS = ["email", "inbox"] as const;
export type Channel = (typeof CHANNELS)[number];
export type MailStatus = "queued" | "sent" | "failed";

const id = { type: DataTypes.UUID, primaryKey: true, allowNull: false };
const uuid = (field: string) => ({ type: DataTypes.UUID, allowNull: false, field });
const optionalUuid = (field: string) => ({ type: DataTypes.UUID, allowNull: true, field });
const text = { type: DataTypes.TEXT, allowNull: false };
const optionalText = (field: string) => ({ type: DataTypes.TEXT, allowNull: true, field });
/** A bigserial the database numbers: never written by the model. */
const serial = { type: DataTypes.BIGINT, allowNull: false };
const stamp = (attribute: string, field: string) => ({ ...timestampColumn(attribute, field), defaultValue: fn("now") });
const optionalStamp = (attribute: string, field: string) => timestampColumn(attribute, field, true);

export const NotificationModel: ModelDefinition = {
  table: "notifications",
  attributes: {
    id,
    seq: serial,
    userId: uuid("user_id"),
    triggerEventId: uuid("trigger_event_id"),
    kind: text,
    category: text,
    title: text,
    body: text,
    link: optionalText("link"),
    teamId: optionalUuid("team_id"),
    readAt: optionalStamp("readAt", "read_at"),
    archivedAt: optionalStamp("archivedAt", "archived_at"),
    createdAt: stamp("createdAt", "created_at"),
  },
};

export const MailJobModel: ModelDefinition = {
  table: "mail_jobs",
  attributes: {
    id,
    triggerEventId: uuid("trigger_event_id"),
    recipient: text,
    template: text,
    userId: optionalUuid("user_id"),
    teamId: optionalUuid("team_id"),
    category: text,
    subject: text,
    html: optionalText("html"),
    bodyText: optionalText("body_text"),
    status: { ...text, defaultValue: "queued" },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    nextAttemptAt: stamp("nextAttemptAt", "next_attempt_at"),
    leaseUntil: optionalStamp("leaseUntil", "lease_until"),
    leaseToken: optionalUuid("lease_token"),
    lastError: optionalText("last_error"),
    messageId: optionalText("message_id"),
    createdAt: stamp("createdAt", "created_at"),
    sentAt: optionalStamp("sentAt", "sent_at"),
    failedAt: optionalStamp("failedAt", "failed_at"),
  },
};

export const PreferenceModel: ModelDefinition = {
  table: "notification_preferences",
  attributes: {
    userId: { ...uuid("user_id"), primaryKey: true },
    category: { ...text, primaryKey: true },
    email: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    inbox: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

export const DevMailModel: ModelDefinition = {
  table: "dev_mailbox",
  attributes: {
    id,
    seq: serial,
    messageId: { ...text, field: "message_id" },
    sender: text,
    recipient: text,
    subject: text,
    html: text,
    bodyText: { ...text, field: "body_text" },
    template: optionalText("template"),
    jobId: optionalUuid("job_id"),
    createdAt: stamp("createdAt", "created_at"),
  },
};

/** What of a notification leaves the service (moleculer-db `fields`, and every answer). */
export const NOTIFICATION_FIELDS = [
  "id",
  "kind",
  "category",
  "title",
  "body",
  "link",
  "teamId",
  "readAt",
  "createdAt",
] as const;

/** The models' rows as plain objects: timestamps are ISO strings; bigserials a string or a number, by driver. */
export interface NotificationRecord {
  id: string;
  seq: string | number;
  userId: string;
  triggerEventId: string;
  kind: string;
  category: Category;
  title: string;
  body: string;
  link: string | null;
  teamId: string | null;
  readAt: string | null;
  archivedAt: string | null;
  createdAt: string;
}

export interface MailJobRecord {
  id: string;
  triggerEventId: string;
  recipient: string;
  template: string;
  userId: string | null;
  teamId: string | null;
  category: MailCategory;
  subject: string;
  html: string | null;
  bodyText: string | null;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string;
  leaseUntil: string | null;
  /** The claim holding the lease (migrations/0002). */
  leaseToken: string | null;
  lastError: string | null;
  messageId: string | null;
  createdAt: string;
  sentAt: string | null;
  failedAt: string | null;
}

export interface PreferenceRecord {
  userId: string;
  category: Category;
  email: boolean;
  inbox: boolean;
  updatedAt: string;
}

export interface DevMailRecord {
  id: string;
  seq: string | number;
  messageId: string;
  sender: string;
  recipient: string;
  subject: string;
  html: string;
  bodyText: string;
  template: string | null;
  jobId: string | null;
  createdAt: string;
}

/** The domain's models by role, from the Db mixin's `this.models` (keyed by table). */
export interface NotificationsModels {
  notifications: ModelStatic<Model>;
  mailJobs: ModelStatic<Model>;
  preferences: ModelStatic<Model>;
  devMailbox: ModelStatic<Model>;
}

export function notificationsModels(models: Record<string, ModelStatic<Model>>): NotificationsModels {
  return {
    notifications: models[NotificationModel.table],
    mailJobs: models[MailJobModel.table],
    preferences: models[PreferenceModel.table],
    devMailbox: models[DevMailModel.table],
  };
}
