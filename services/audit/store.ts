/**
 * audit: reads of the event store through its model; raw SQL (lib/sql.ts) only for the batched,
 * idempotent multi-row insert.
 */
import { Op, type Model, type ModelStatic, type WhereOptions } from "sequelize";
import { topicModules, type Topic } from "../../events/topics.js";
import { encodeEnvelope, type Envelope } from "../../lib/events/envelope.js";
import { execute } from "../../lib/sql.js";
import { AUDIT_EVENT_FIELDS, type AuditEvent } from "./models.js";

export type { AuditEvent } from "./models.js";

/** A stored event as responses show it, fields in their documented order. */
function toAuditEvent(row: Model): AuditEvent {
  const values = row.get({ plain: true }) as AuditEvent;
  return Object.fromEntries(AUDIT_EVENT_FIELDS.map((field) => [field, values[field]])) as unknown as AuditEvent;
}

/** The topic's Event as JSON; a topic or payload this build can't read is kept as base64. */
export function payloadJSON(envelope: Envelope): Record<string, unknown> {
  const mod = topicModules[envelope.topic as Topic];
  if (!mod) return { undecoded: Buffer.from(envelope.payload).toString("base64") };
  try {
    const json = mod.toJSON(mod.decode(envelope.payload) as never);
    // The envelope's type name is authoritative: it survives enum values this build lacks.
    return { ...json, type: envelope.type };
  } catch {
    return { undecoded: Buffer.from(envelope.payload).toString("base64") };
  }
}

// Casts live in VALUES so parameter types are known (an untyped Buffer would be sent as text).
const CASTS = ["uuid", "text", "text", "timestamptz", "text", "text", "text", "text", "text", "int", "jsonb", "bytea"];
const COLUMNS = CASTS.length;

/** One multi-row INSERT; duplicates (redeliveries, replays) are ignored by envelope id. */
export async function insertEvents(model: ModelStatic<Model>, envelopes: Envelope[]): Promise<void> {
  if (!envelopes.length) return;
  const values: string[] = [];
  const bind: unknown[] = [];
  envelopes.forEach((e, i) => {
    const base = i * COLUMNS;
    values.push(`(${CASTS.map((cast, k) => `$${base + k + 1}::${cast}`).join(", ")})`);
    bind.push(
      e.id,
      e.topic,
      e.type,
      new Date(e.occurredAt || Date.now()),
      e.actorId || null,
      e.teamId || null,
      e.entity || e.topic,
      e.entityId,
      e.traceId || null,
      e.schemaVersion,
      JSON.stringify(payloadJSON(e)),
      Buffer.from(encodeEnvelope(e)),
    );
  });
  await execute(
    model.sequelize!,
    `INSERT INTO audit_events (id, topic, type, occurred_at, actor_id, team_id, entity, entity_id, trace_id,
       schema_version, payload, envelope, received_at)
     SELECT v.id, v.topic, v.type, v.occurred_at, v.actor_id, v.team_id, v.entity, v.entity_id,
       v.trace_id, v.schema_version, v.payload, v.envelope, now()
     FROM (VALUES ${values.join(", ")}) AS v(id, topic, type, occurred_at, actor_id, team_id, entity, entity_id,
       trace_id, schema_version, payload, envelope)
     ORDER BY v.occurred_at
     ON CONFLICT (id) DO NOTHING`,
    bind,
  );
}

export interface SearchFilters {
  topic?: string;
  type?: string;
  entity?: string;
  entityId?: string;
  actorId?: string;
  teamId?: string;
  from?: Date;
  to?: Date;
  /** Only events of these teams (non-admins). */
  teamIds?: string[] | null;
  afterSeq?: number;
  beforeSeq?: number;
  order: "asc" | "desc";
  limit: number;
}

/** One page of stored events in sequence order, after or before a cursor. */
export async function searchEvents(model: ModelStatic<Model>, f: SearchFilters): Promise<AuditEvent[]> {
  const and: WhereOptions[] = [];
  const exact = { topic: f.topic, type: f.type, entity: f.entity, entityId: f.entityId, actorId: f.actorId };
  for (const [attribute, value] of Object.entries(exact)) if (value) and.push({ [attribute]: value });
  if (f.teamId) and.push({ teamId: f.teamId });
  if (f.teamIds) and.push({ teamId: { [Op.in]: f.teamIds } });
  if (f.from) and.push({ occurredAt: { [Op.gte]: f.from } });
  if (f.to) and.push({ occurredAt: { [Op.lt]: f.to } });
  if (f.afterSeq !== undefined) and.push({ seq: { [Op.gt]: f.afterSeq } });
  if (f.beforeSeq !== undefined) and.push({ seq: { [Op.lt]: f.beforeSeq } });
  const rows = await model.findAll({
    attributes: [...AUDIT_EVENT_FIELDS],
    where: { [Op.and]: and },
    order: [["seq", f.order === "asc" ? "ASC" : "DESC"]],
    limit: f.limit,
  });
  return rows.map(toAuditEvent);
}

export async function findEvent(model: ModelStatic<Model>, id: string): Promise<AuditEvent | null> {
  const row = await model.findOne({ attributes: [...AUDIT_EVENT_FIELDS], where: { id } });
  return row ? toAuditEvent(row) : null;
}

export interface ReplayRange {
  topic?: string;
  fromSeq: number;
  toSeq?: number;
  limit: number;
}

/** The stored envelopes of a sequence range, in order (up to `limit`). */
export async function envelopesInRange(
  model: ModelStatic<Model>,
  r: ReplayRange,
): Promise<{ seq: number; envelope: Buffer }[]> {
  const seq = r.toSeq === undefined ? { [Op.gte]: r.fromSeq } : { [Op.gte]: r.fromSeq, [Op.lte]: r.toSeq };
  // Raw rows: a 20,000-event replay needs no model instances.
  const rows = await model.findAll({
    attributes: ["seq", "envelope"],
    where: r.topic ? { seq, topic: r.topic } : { seq },
    order: [["seq", "ASC"]],
    limit: r.limit,
    raw: true,
  });
  return (rows as unknown as { seq: string | number; envelope: Buffer }[]).map((row) => ({
    seq: Number(row.seq),
    envelope: row.envelope,
  }));
}
