/** notifications: the shapes its routes answer (JSON Schema, lib/schemas.ts). */
import {
  bool,
  count,
  cursorPage,
  eventStream,
  instant,
  nullable,
  object,
  oneOf,
  text,
  uuid,
} from "../../lib/schemas.js";
import { CATEGORIES } from "./models.js";

export const notification = object(
  {
    id: uuid,
    kind: text,
    category: oneOf(CATEGORIES),
    title: text,
    body: text,
    link: nullable(text),
    teamId: nullable(uuid),
    readAt: nullable(instant),
    createdAt: instant,
    read: bool,
  },
  { title: "Notification" },
);

export const unreadCount = object({ count }, { title: "UnreadCount" });
export const readAll = object({ updated: count }, { title: "ReadAllResult" });

const channels = object({ email: bool, inbox: bool }, { title: "Channels" });
export const preferences = object(Object.fromEntries(CATEGORIES.map((category) => [category, channels])), {
  title: "Preferences",
  description: "Per category, whether it mails and whether it lands in the inbox",
});

export const stream = eventStream(
  "Server-Sent Events: first `ready` (data: `{unreadCount}`), then a `notification` event per new entry " +
    "(id: its id, data: a Notification as JSON), with keep-alive comments between. Send " +
    "`Accept: text/event-stream`; `Last-Event-ID` replays what came after that notification.",
);

export const notificationPage = cursorPage(notification);
