/** notifications: the caller's own inbox (cursor list, unread count, read, archive), its live stream and preferences. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError, UnprocessableError, type FieldError } from "../../lib/errors.js";
import { UUID } from "../../lib/uuid.js";
import { CATEGORIES, CHANNELS } from "./models.js";
import * as store from "./store.js";
import type { Preferences } from "./store.js";
import type {
  IdParams,
  InboxPage,
  InboxParams,
  NotificationsActions,
  SetPreferencesParams,
  StreamStart,
} from "./common.js";
import type { Notification } from "./store.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

const DEFAULT_LIMIT = 20;
const cursor = { type: "string", pattern: /^\d{1,18}$/, optional: true } as const;
const limit = { type: "number", integer: true, min: 1, max: 100, optional: true, convert: true } as const;
const channels = {
  type: "object",
  optional: true,
  // An unknown channel is refused (422 naming the category), like an unknown category.
  strict: true,
  props: { email: { type: "boolean", optional: true }, inbox: { type: "boolean", optional: true } },
} as const;

function me(ctx: Context<unknown, Meta>): string {
  const user = ctx.meta.user;
  if (!user) throw new NotFoundError("user");
  return user.id;
}

/** Body keys that are not preference categories: 422 naming each (security mail can't be turned off). */
function unknownCategories(params: object): FieldError[] {
  const known = new Set<string>(CATEGORIES);
  return Object.keys(params)
    .filter((key) => !known.has(key))
    .map((field) => ({
      field,
      message:
        field === "security"
          ? "security mail (verification, password reset, invites) always goes and has no preference"
          : `is not a category; categories are ${CATEGORIES.join(", ")}`,
    }));
}

export const inboxActions: NotificationsActions = {
  list: {
    rest: "GET /notifications",
    operationId: "listNotifications",
    response: responses.notificationPage,
    access: "user",
    summary: "Your notifications, newest first (cursor list; unread=true for unread only)",
    params: { cursor, limit, unread: { type: "boolean", convert: true, optional: true } },
    async handler(ctx: Context<InboxParams, Meta>): Promise<InboxPage> {
      const size = ctx.params.limit ?? DEFAULT_LIMIT;
      const rows = await store.inboxPage(this.tables(), {
        userId: me(ctx),
        beforeSeq: ctx.params.cursor,
        unread: ctx.params.unread,
        limit: size,
      });
      // A full page says where the next one starts.
      return {
        rows: rows.map(store.toNotification),
        nextCursor: rows.length === size ? String(rows[size - 1].seq) : null,
      };
    },
  },

  unreadCount: {
    rest: "GET /notifications/unread-count",
    operationId: "countUnreadNotifications",
    response: responses.unreadCount,
    access: "user",
    summary: "How many of your notifications are unread",
    params: {},
    async handler(ctx: Context<object, Meta>): Promise<{ count: number }> {
      return { count: await store.unreadCount(this.tables(), me(ctx)) };
    },
  },

  read: {
    rest: "POST /notifications/:id/read",
    operationId: "markNotificationRead",
    response: responses.notification,
    access: "user",
    summary: "Mark one of your notifications read",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<Notification> {
      const read = await store.markRead(this.tables(), me(ctx), ctx.params.id);
      if (!read) throw new NotFoundError("notification");
      return store.toNotification(read);
    },
  },

  readAll: {
    rest: "POST /notifications/read-all",
    operationId: "markAllNotificationsRead",
    response: responses.readAll,
    access: "user",
    summary: "Mark all your notifications read",
    params: {},
    async handler(ctx: Context<object, Meta>): Promise<{ updated: number }> {
      return { updated: await store.markAllRead(this.tables(), me(ctx)) };
    },
  },

  archive: {
    rest: "DELETE /notifications/:id",
    operationId: "archiveNotification",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Archive one of your notifications (it leaves the inbox)",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      if (!(await store.archive(this.tables(), me(ctx), ctx.params.id))) throw new NotFoundError("notification");
      return null;
    },
  },

  stream: {
    rest: "GET /notifications/stream",
    operationId: "streamNotifications",
    response: responses.stream,
    access: "user",
    summary:
      "Your new notifications live, as Server-Sent Events (Accept: text/event-stream; Last-Event-ID resumes; keep-alive comments)",
    params: {},
    async handler(ctx: Context<object, Meta>): Promise<StreamStart> {
      const userId = me(ctx);
      // The gateway passes the stream's Last-Event-ID: what the client saw last, to resume after.
      const last =
        typeof ctx.meta.lastEventId === "string" && UUID.test(ctx.meta.lastEventId) ? ctx.meta.lastEventId : null;
      const [unreadCount, backlog] = await Promise.all([
        store.unreadCount(this.tables(), userId),
        last ? store.inboxSince(this.tables(), userId, last, this.settings.backlogLimit) : Promise.resolve([]),
      ]);
      return { userId, unreadCount, backlog: backlog.map(store.toNotification) };
    },
  },

  preferences: {
    rest: "GET /notifications/preferences",
    operationId: "getNotificationPreferences",
    response: responses.preferences,
    access: "user",
    summary: "Your mail and inbox preferences per category (security mail always goes)",
    params: {},
    async handler(ctx: Context<object, Meta>): Promise<Preferences> {
      return store.preferencesOf(this.tables(), me(ctx));
    },
  },

  setPreferences: {
    rest: "PATCH /notifications/preferences",
    operationId: "updateNotificationPreferences",
    response: responses.preferences,
    access: "user",
    summary: `Turn mail or inbox on or off per category (${CATEGORIES.join(", ")}; channels ${CHANNELS.join(", ")})`,
    params: { product: channels, billing: channels, usage: channels },
    async handler(ctx: Context<SetPreferencesParams, Meta>): Promise<Preferences> {
      const unknown = unknownCategories(ctx.params);
      if (unknown.length) throw new UnprocessableError("Unknown notification categories", unknown);
      const userId = me(ctx);
      return this.inTransaction((tx) => store.savePreferences(this.tables(), userId, ctx.params, tx));
    },
  },
};
