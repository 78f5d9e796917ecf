/** SQL for the audit event store: batched idempotent inserts and the read queries. */
import { QueryTypes, type Sequelize } from "sequelize";
import { topicModules, type Topic } from "../../events/topics.js";
import { encodeEnvelope, type Envelope } from "../../lib/events/envelope.js";

export interface AuditRow {
  seq: number;
  id: string;
  topic: string;
  type: string;
  occurred_at: Date;
  actor_id: string | null;
  team_id: string | null;
  entity: string;
  entity_id: string;
  trace_id: string | null;
  schema_version: number;
  payload: Record<string, unknown>;
}

export interface AuditEvent {
  seq: number;
  id: string;
  topic: string;
  type: string;
  occurredAt: string;
  actorId: string | null;
  teamId: string | null;
  entity: string;
  entityId: string;
  traceId: string | null;
  schemaVersion: number;
  payload: Record<string, unknown>;
}

export function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    topic: row.topic,
    type: row.type,
    occurredAt: new Date(row.occurred_at).toISOString(),
    actorId: row.actor_id,
    teamId: row.team_id,
    entity: row.entity,
    entityId: row.entity_id,
    traceId: row.trace_id,
    schemaVersion: row.schema_version,
    payload: row.payload,
  };
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
export async function insertEvents(db: Sequelize, envelopes: Envelope[]): Promise<number> {
  if (!envelopes.length) return 0;
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
  const [, count] = await db.query(
    `INSERT INTO audit_events (id, topic, type, occurred_at, actor_id, team_id, entity, entity_id, trace_id,
       schema_version, payload, envelope, received_at)
     SELECT v.id, v.topic, v.type, v.occurred_at, v.actor_id, v.team_id, v.entity, v.entity_id,
       v.trace_id, v.schema_version, v.payload, v.envelope, now()
     FROM (VALUES ${values.join(", ")}) AS v(id, topic, type, occurred_at, actor_id, team_id, entity, entity_id,
       trace_id, schema_version, payload, envelope)
     ORDER BY v.occurred_at
     ON CONFLICT (id) DO NOTHING`,
    { bind },
  );
  return Number(count ?? 0);
}

export interface SearchFilters {
  topic?: string;
  type?: string;
  entity?: string;
  entityId?: string;
  actorId?: string;
  teamId?: string;
  from?: string;
  to?: string;
  /** Only events of these teams (non-admins). */
  teamIds?: string[] | null;
  afterSeq?: number;
  beforeSeq?: number;
  order: "asc" | "desc";
  limit: number;
}

export async function searchEvents(db: Sequelize, f: SearchFilters): Promise<AuditRow[]> {
  const where: string[] = [];
  const bind: unknown[] = [];
  const add = (sql: string, value: unknown) => where.push(sql.replace("?", `$${bind.push(value)}`));
  if (f.topic) add("topic = ?", f.topic);
  if (f.type) add("type = ?", f.type);
  if (f.entity) add("entity = ?", f.entity);
  if (f.entityId) add("entity_id = ?", f.entityId);
  if (f.actorId) add("actor_id = ?", f.actorId);
  if (f.teamId) add("team_id = ?", f.teamId);
  if (f.from) add("occurred_at >= ?", f.from);
  if (f.to) add("occurred_at < ?", f.to);
  if (f.teamIds) add("team_id = ANY(?::text[])", f.teamIds);
  if (f.afterSeq !== undefined) add("seq > ?", f.afterSeq);
  if (f.beforeSeq !== undefined) add("seq < ?", f.beforeSeq);
  const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
  return db.query<AuditRow>(
    `SELECT seq, id, topic, type, occurred_at, actor_id, team_id, entity, entity_id, trace_id, schema_version, payload
     FROM audit_events ${filter} ORDER BY seq ${f.order === "asc" ? "ASC" : "DESC"} LIMIT ${f.limit}`,
    { bind, type: QueryTypes.SELECT },
  );
}

export async function findEvent(db: Sequelize, id: string): Promise<AuditRow | null> {
  const rows = await db.query<AuditRow>(
    `SELECT seq, id, topic, type, occurred_at, actor_id, team_id, entity, entity_id, trace_id, schema_version, payload
     FROM audit_events WHERE id = $1`,
    { bind: [id], type: QueryTypes.SELECT },
  );
  return rows[0] ?? null;
}

export interface ReplayRange {
  topic?: string;
  fromSeq: number;
  toSeq?: number;
  limit: number;
}

export async function envelopesInRange(db: Sequelize, r: ReplayRange): Promise<{ seq: number; envelope: Buffer }[]> {
  const bind: unknown[] = [r.fromSeq];
  let sql = "SELECT seq, envelope FROM audit_events WHERE seq >= $1";
  if (r.toSeq !== undefined) sql += ` AND seq <= $${bind.push(r.toSeq)}`;
  if (r.topic) sql += ` AND topic = $${bind.push(r.topic)}`;
  sql += ` ORDER BY seq LIMIT ${r.limit}`;
  return db.query(sql, { bind, type: QueryTypes.SELECT });
}
