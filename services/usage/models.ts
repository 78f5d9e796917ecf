/** usage: Sequelize models of the domain's tables (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn, type Model, type ModelStatic } from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

const teamId = { type: DataTypes.UUID, allowNull: false, primaryKey: true, field: "team_id" };
const periodStart = { type: DataTypes.BIGINT, allowNull: false, primaryKey: true, field: "period_start" };
const count = (field: string) => ({ type: DataTypes.BIGINT, allowNull: false, defaultValue: 0, field });
const stamp = (attribute: string, field: string) => ({ ...timestampColumn(attribute, field), defaultValue: fn("now") });

export const PeriodModel: ModelDefinition = {
  table: "usage_periods",
  attributes: {
    teamId,
    periodStart,
    periodEnd: { type: DataTypes.BIGINT, allowNull: false, field: "period_end" },
    requests: count("requests"),
    serverErrors: count("server_errors"),
    tier: { type: DataTypes.TEXT, allowNull: true },
    quota: { type: DataTypes.BIGINT, allowNull: true },
    overageCents: count("overage_cents"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

export const CounterModel: ModelDefinition = {
  table: "usage_counters",
  attributes: {
    teamId,
    periodStart,
    endpoint: { type: DataTypes.TEXT, allowNull: false, primaryKey: true },
    requests: count("requests"),
    serverErrors: count("server_errors"),
  },
};

export const SeenEventModel: ModelDefinition = {
  table: "usage_seen_events",
  attributes: {
    id: { type: DataTypes.UUID, allowNull: false, primaryKey: true },
    seenAt: stamp("seenAt", "seen_at"),
  },
};

export const AlertModel: ModelDefinition = {
  table: "usage_alerts",
  attributes: {
    teamId,
    periodStart,
    kind: { type: DataTypes.TEXT, allowNull: false, primaryKey: true },
    used: { type: DataTypes.BIGINT, allowNull: false },
    quota: { type: DataTypes.BIGINT, allowNull: false },
    createdAt: stamp("createdAt", "created_at"),
  },
};

export const DebitModel: ModelDefinition = {
  table: "usage_debits",
  attributes: {
    teamId,
    minute: { type: DataTypes.BIGINT, allowNull: false, primaryKey: true },
    periodStart: { type: DataTypes.BIGINT, allowNull: false, field: "period_start" },
    amountCents: { type: DataTypes.BIGINT, allowNull: false, field: "amount_cents" },
    idempotencyKey: { type: DataTypes.TEXT, allowNull: false, field: "idempotency_key" },
    status: { type: DataTypes.TEXT, allowNull: false, defaultValue: "pending" },
    ledgerEntryId: { type: DataTypes.UUID, allowNull: true, field: "ledger_entry_id" },
    createdAt: stamp("createdAt", "created_at"),
    settledAt: timestampColumn("settledAt", "settled_at", true),
  },
};

export const OTHER_MODELS = [CounterModel, SeenEventModel, AlertModel, DebitModel];

/** A period row as a plain object (bigint columns read as numbers: lib/database.ts). */
export interface PeriodRecord {
  teamId: string;
  periodStart: number;
  periodEnd: number;
  requests: number;
  serverErrors: number;
  tier: string | null;
  quota: number | null;
  overageCents: number;
  updatedAt: string;
}

export type AlertKind = "warning" | "exceeded";

export interface DebitRecord {
  teamId: string;
  minute: number;
  periodStart: number;
  amountCents: number;
  idempotencyKey: string;
  status: "pending" | "done";
  ledgerEntryId: string | null;
  createdAt: string;
  settledAt: string | null;
}

/** The domain's models by role. */
export interface UsageModels {
  periods: ModelStatic<Model>;
  counters: ModelStatic<Model>;
  seenEvents: ModelStatic<Model>;
  alerts: ModelStatic<Model>;
  debits: ModelStatic<Model>;
}

export function usageModels(models: Record<string, ModelStatic<Model>>): UsageModels {
  return {
    periods: models[PeriodModel.table],
    counters: models[CounterModel.table],
    seenEvents: models[SeenEventModel.table],
    alerts: models[AlertModel.table],
    debits: models[DebitModel.table],
  };
}
