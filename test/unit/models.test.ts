/** Every domain's Sequelize models describe its migrated tables exactly: same columns, same primary key. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Service } from "moleculer";
import type { Model, ModelStatic } from "sequelize";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableServices, SERVICES_DIR } from "../../lib/domains.js";
import type { DbThis } from "../../mixins/db.mixin.js";
import { startTestNode, type TestNode } from "../support/testkit.js";

let node: TestNode;

beforeAll(async () => {
  node = await startTestNode();
});
afterAll(() => node.stop());

interface Column {
  column_name: string;
  is_pk: boolean;
}

async function columnsOf(model: ModelStatic<Model>): Promise<Column[]> {
  return model.sequelize!.query<Column>(
    `SELECT c.column_name::text AS column_name,
            EXISTS (SELECT 1 FROM information_schema.key_column_usage k
                    JOIN information_schema.table_constraints t
                      ON t.constraint_name = k.constraint_name AND t.constraint_type = 'PRIMARY KEY'
                    WHERE k.table_name = c.table_name AND k.column_name = c.column_name) AS is_pk
       FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.table_name = $1
      ORDER BY c.column_name`,
    { bind: [model.getTableName()], type: QueryTypes.SELECT },
  );
}

describe("domain models", () => {
  it("cover every table a domain's migrations create, attribute for column", async () => {
    const services = node.broker.services.filter((s) => (s as Service & Partial<DbThis>).models);
    // Every domain with migrations has models (and so is checked below).
    const migrated = availableServices().filter((name) => existsSync(join(SERVICES_DIR, name, "migrations")));
    expect(services.map((s) => s.name).sort()).toEqual(migrated);
    for (const service of services) {
      for (const model of Object.values((service as Service & DbThis).models)) {
        const attributes = Object.values(model.getAttributes());
        const columns = await columnsOf(model);
        const where = `${service.name}: ${String(model.getTableName())}`;
        expect(columns.length, `${where} exists`).toBeGreaterThan(0);
        expect(attributes.map((a) => a.field).sort(), where).toEqual(columns.map((c) => c.column_name));
        const keys = attributes.filter((a) => a.primaryKey).map((a) => a.field);
        expect(keys.sort(), `${where} primary key`).toEqual(columns.filter((c) => c.is_pk).map((c) => c.column_name));
      }
    }
  });

  it("leave no table of a domain without a model", async () => {
    const modelled = node.broker.services.flatMap((s) =>
      Object.values((s as Service & Partial<DbThis>).models ?? {}).map((m) => String(m.getTableName())),
    );
    const sequelize = Object.values((node.broker.getLocalService("users") as unknown as DbThis).models)[0].sequelize!;
    const tables = await sequelize.query<{ name: string }>(
      "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      { type: QueryTypes.SELECT },
    );
    // The platform's own tables belong to no domain.
    const platform = ["outbox", "event_dead_letters", "event_redeliveries", "schema_migrations"];
    const orphans = tables.map((t) => t.name).filter((t) => !platform.includes(t) && !modelled.includes(t));
    expect(orphans).toEqual([]);
  });
});
