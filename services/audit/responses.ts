/** audit: the shapes its routes answer (JSON Schema, lib/schemas.ts); never the stored envelope bytes. */
import { TOPICS } from "../../events/topics.js";
import {
  anyObject,
  bool,
  count,
  cursorPage,
  instant,
  integer,
  nullable,
  object,
  oneOf,
  text,
  uuid,
} from "../../lib/schemas.js";

export const auditEvent = object(
  {
    seq: { ...integer, description: "The store's order of receipt: a cursor, and what POST /audit/replay takes" },
    id: uuid,
    topic: oneOf(TOPICS),
    type: text,
    occurredAt: instant,
    actorId: nullable(text),
    teamId: nullable(text),
    entity: text,
    entityId: text,
    traceId: nullable(text),
    schemaVersion: integer,
    payload: { ...anyObject, description: "The event's fields (secrets redacted)" },
  },
  { title: "AuditEvent", description: "A stored domain event" },
);

export const replayResult = object(
  {
    replayed: count,
    group: text,
    lastSeq: nullable(integer),
    more: { ...bool, description: "The range holds more: call again with fromSeq = lastSeq + 1" },
  },
  { title: "ReplayResult" },
);

export const auditEventPage = cursorPage(auditEvent);
