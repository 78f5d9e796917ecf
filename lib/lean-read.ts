/**
 * Reads by primary key on the hot path (every authenticated request reads its caller) without
 * Sequelize's query machinery: one SELECT on a connection of the same pool, the row
 * decoded into exactly the plain object `findByPk(...).get({ plain: true })` gives (camelCase
 * attributes, timestamps as ISO strings). Under load Sequelize's query building, instance building
 * and lodash took a fifth of a PostgreSQL-mode node's CPU for this one read (docs/benchmarks.md).
 *
 * Only for reads outside a transaction, of models whose getters are the timestamp ones
 * (mixins/db.mixin.ts timestampColumn); anything else goes through Sequelize.
 */
import { ConnectionError, DatabaseError, DataTypes, type Model, type ModelStatic, type Sequelize } from "sequelize";
import type pg from "pg";

interface Column {
  attribute: string;
  field: string;
  timestamp: boolean;
}

interface Plan {
  text: string;
  columns: Column[];
}

/** Sequelize's pool, as its connection manager exposes it (the raw pg client). */
interface Pool {
  getConnection(options: { type: "read" }): Promise<pg.Client & { _invalid?: boolean }>;
  releaseConnection(client: pg.Client): void;
}

const plans = new WeakMap<ModelStatic<Model>, Plan | null>();
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The SELECT of a model by its key, or null when the model has getters this module doesn't reproduce. */
function planOf(model: ModelStatic<Model>): Plan | null {
  let plan = plans.get(model);
  if (plan !== undefined) return plan;
  const columns: Column[] = [];
  let supported = typeof model.primaryKeyAttribute === "string";
  for (const [attribute, definition] of Object.entries(model.getAttributes())) {
    const timestamp = definition.type instanceof DataTypes.DATE;
    if (definition.get && !timestamp) supported = false;
    columns.push({ attribute, field: definition.field ?? attribute, timestamp: timestamp && Boolean(definition.get) });
  }
  const key = model.getAttributes()[model.primaryKeyAttribute];
  const table = model.getTableName();
  plan =
    supported && key && typeof table === "string"
      ? {
          text: `SELECT ${columns.map((c) => quote(c.field)).join(", ")} FROM ${quote(table)} WHERE ${quote(key.field ?? model.primaryKeyAttribute)} = $1`,
          columns,
        }
      : null;
  plans.set(model, plan);
  return plan;
}

/** What the timestamp getter answers: an ISO string, or null. */
function isoOf(value: unknown): unknown {
  if (value instanceof Date || typeof value === "string") return new Date(value).toISOString();
  return value ?? null;
}

function decode<T>(plan: Plan, row: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const { attribute, field, timestamp } of plan.columns) {
    const value = row[field];
    record[attribute] = timestamp ? isoOf(value) : value;
  }
  return record as T;
}

/** The row with primary key `id` as a plain object, or null; through Sequelize when the model needs it. */
export async function findByPkLean<T>(model: ModelStatic<Model>, id: string): Promise<T | null> {
  const plan = planOf(model);
  if (!plan) {
    const row = await model.findByPk(id);
    return row ? (row.get({ plain: true }) as T) : null;
  }
  const sequelize = model.sequelize as Sequelize;
  const pool = sequelize.connectionManager as unknown as Pool;
  const client = await pool.getConnection({ type: "read" });
  try {
    // The key inlined as an escaped literal, as Sequelize sends it: one simple-protocol message (and
    // one socket write) instead of the five of a parameterised statement.
    const result = await client.query<Record<string, unknown>>(plan.text.replace("$1", client.escapeLiteral(id)));
    return result.rows.length ? decode<T>(plan, result.rows[0]) : null;
  } catch (err) {
    // The same errors Sequelize raises, so outage detection and error mapping see no difference:
    // a statement the server refused (it has a SQLSTATE), or a connection that failed under it.
    if ((err as { severity?: string }).severity)
      throw new DatabaseError(err as Error & { sql: string; parameters: object });
    client._invalid = true;
    throw new ConnectionError(err as Error);
  } finally {
    pool.releaseConnection(client);
  }
}
