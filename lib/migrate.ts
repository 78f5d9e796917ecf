/** Versioned SQL migrations (umzug), run once across nodes under a Postgres advisory lock. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { QueryTypes, type Sequelize, type Transaction } from "sequelize";
import { Umzug, type UmzugStorage } from "umzug";

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "migrations");
const LOCK_KEY = 7_341_112_001;
const TABLE = "meshwork_migrations";

interface MigrationContext {
  sequelize: Sequelize;
  transaction: Transaction;
}

/** Reads `NNNN_name.sql`; an optional `-- down` line splits the up part from the down part. */
function sqlMigrations(dir: string) {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const [up, down = ""] = readFileSync(join(dir, file), "utf8").split(/^--\s*down\s*$/im);
      return {
        name: file,
        up: async ({ context }: { context: MigrationContext }) => {
          await context.sequelize.query(up, { transaction: context.transaction });
        },
        down: async ({ context }: { context: MigrationContext }) => {
          if (down.trim()) await context.sequelize.query(down, { transaction: context.transaction });
        },
      };
    });
}

function storage(sequelize: Sequelize, transaction: Transaction): UmzugStorage<MigrationContext> {
  return {
    async executed() {
      const rows = await sequelize.query<{ name: string }>(`SELECT name FROM ${TABLE} ORDER BY name`, {
        type: QueryTypes.SELECT,
        transaction,
      });
      return rows.map((row) => row.name);
    },
    async logMigration({ name }) {
      await sequelize.query(`INSERT INTO ${TABLE} (name) VALUES ($1)`, { bind: [name], transaction });
    },
    async unlogMigration({ name }) {
      await sequelize.query(`DELETE FROM ${TABLE} WHERE name = $1`, { bind: [name], transaction });
    },
  };
}

/**
 * Applies pending migrations in one transaction. The transaction-scoped advisory lock makes
 * nodes that start together wait for the first one, then find nothing left to do.
 */
export async function migrate(sequelize: Sequelize, dir = MIGRATIONS_DIR): Promise<string[]> {
  return sequelize.transaction(async (transaction) => {
    await sequelize.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`, { transaction });
    await sequelize.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
      { transaction },
    );
    const umzug = new Umzug<MigrationContext>({
      migrations: sqlMigrations(dir),
      context: { sequelize, transaction },
      storage: storage(sequelize, transaction),
      logger: undefined,
    });
    const applied = await umzug.up();
    return applied.map((m) => m.name);
  });
}
