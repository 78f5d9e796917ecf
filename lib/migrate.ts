/**
 * Versioned SQL migrations (umzug) per domain: each domain keeps its own history, a node migrates
 * only the domains it runs, and nodes starting together run each migration once (advisory lock).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { QueryTypes, type Sequelize, type Transaction } from "sequelize";
import { Umzug, type UmzugStorage } from "umzug";

/** One domain's migrations: `NNNN_name.sql` files in `dir`. */
export interface MigrationSet {
  domain: string;
  dir: string;
}

/** The platform's own tables (outbox, dead letters), migrated whenever a database opens. */
export const EVENTS_MIGRATIONS: MigrationSet = {
  domain: "events",
  dir: fileURLToPath(new URL("./events/migrations", import.meta.url)),
};

const LOCK_KEY = 7_341_112_001;
const TABLE = "schema_migrations";
/** The single global history of earlier releases, and where each of its entries lives now. */
const LEGACY_TABLE = "meshwork_migrations";
const LEGACY: Record<string, [domain: string, name: string]> = {
  "0001_users.sql": ["users", "0001_init.sql"],
  "0002_events.sql": ["events", "0001_outbox.sql"],
  "0003_audit.sql": ["audit", "0001_init.sql"],
  "0004_teams.sql": ["teams", "0001_init.sql"],
  "0005_projects.sql": ["projects", "0001_init.sql"],
};

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

function storage(sequelize: Sequelize, transaction: Transaction, domain: string): UmzugStorage<MigrationContext> {
  return {
    async executed() {
      const rows = await sequelize.query<{ name: string }>(
        `SELECT name FROM ${TABLE} WHERE domain = $1 ORDER BY name`,
        { type: QueryTypes.SELECT, transaction, bind: [domain] },
      );
      return rows.map((row) => row.name);
    },
    async logMigration({ name }) {
      await sequelize.query(`INSERT INTO ${TABLE} (domain, name) VALUES ($1, $2)`, {
        bind: [domain, name],
        transaction,
      });
    },
    async unlogMigration({ name }) {
      await sequelize.query(`DELETE FROM ${TABLE} WHERE domain = $1 AND name = $2`, {
        bind: [domain, name],
        transaction,
      });
    },
  };
}

/** A database created before per-domain histories keeps its data: its global history is carried over once. */
async function adoptLegacyHistory(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  const [found] = await sequelize.query<{ legacy: string | null }>(`SELECT to_regclass('${LEGACY_TABLE}') AS legacy`, {
    type: QueryTypes.SELECT,
    transaction,
  });
  if (!found?.legacy) return;
  const rows = await sequelize.query<{ name: string; applied_at: Date }>(
    `SELECT name, applied_at FROM ${LEGACY_TABLE}`,
    { type: QueryTypes.SELECT, transaction },
  );
  for (const row of rows) {
    const target = LEGACY[row.name];
    if (!target) throw new Error(`unknown legacy migration ${row.name}: this release cannot upgrade that database`);
    await sequelize.query(
      `INSERT INTO ${TABLE} (domain, name, applied_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      { bind: [...target, row.applied_at], transaction },
    );
  }
  await sequelize.query(`DROP TABLE ${LEGACY_TABLE}`, { transaction });
}

/**
 * Applies the pending migrations of `sets` in one transaction and returns their `domain/name`s.
 * The transaction-scoped advisory lock makes nodes that start together wait for the first one,
 * then find nothing left to do.
 */
export async function migrate(sequelize: Sequelize, sets: MigrationSet[]): Promise<string[]> {
  return sequelize.transaction(async (transaction) => {
    await sequelize.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`, { transaction });
    await sequelize.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (
         domain text NOT NULL,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (domain, name))`,
      { transaction },
    );
    await adoptLegacyHistory(sequelize, transaction);
    const applied: string[] = [];
    for (const set of sets) {
      const umzug = new Umzug<MigrationContext>({
        migrations: sqlMigrations(set.dir),
        context: { sequelize, transaction },
        storage: storage(sequelize, transaction, set.domain),
        logger: undefined,
      });
      applied.push(...(await umzug.up()).map((m) => `${set.domain}/${m.name}`));
    }
    return applied;
  });
}
