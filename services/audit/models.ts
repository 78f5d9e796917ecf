/** audit: the Sequelize model of audit_events (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn, type Model } from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

const text = { type: DataTypes.TEXT, allowNull: false };
const optionalText = (field: string) => ({ type: DataTypes.TEXT, allowNull: true, field });

export const AuditEventModel: ModelDefinition = {
  table: "audit_events",
  attributes: {
    seq: {
      type: DataTypes.BIGINT,
      primaryKey: true,
      autoIncrement: true,
      allowNull: false,
      // bigserial reads as a string; the store's sequences stay far below 2^53.
      get(this: Model) {
        const seq = this.getDataValue("seq") as string | number | null;
        return seq == null ? null : Number(seq);
      },
    },
    id: { type: DataTypes.UUID, allowNull: false, unique: true },
    topic: text,
    type: text,
    occurredAt: timestampColumn("occurredAt", "occurred_at"),
    actorId: optionalText("actor_id"),
    teamId: optionalText("team_id"),
    entity: text,
    entityId: { ...text, field: "entity_id" },
    traceId: optionalText("trace_id"),
    schemaVersion: { type: DataTypes.INTEGER, allowNull: false, field: "schema_version" },
    payload: { type: DataTypes.JSONB, allowNull: false },
    // Internal: the envelope's bytes (what replay sends) and when the store received it.
    envelope: { type: DataTypes.BLOB, allowNull: false },
    receivedAt: { ...timestampColumn("receivedAt", "received_at"), defaultValue: fn("now") },
  },
};

/** What a stored event response carries: every attribute but the raw envelope and the receipt time. */
export const AUDIT_EVENT_FIELDS = [
  "seq",
  "id",
  "topic",
  "type",
  "occurredAt",
  "actorId",
  "teamId",
  "entity",
  "entityId",
  "traceId",
  "schemaVersion",
  "payload",
] as const;

/** A stored event as responses show it. */
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
