/** One database handle per process: embedded PGlite behind pglite-socket, or PostgreSQL from DATABASE_URL. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Sequelize } from "sequelize";
import pg from "pg";
import { EVENTS_MIGRATIONS, migrate, type MigrationSet } from "./migrate.js";

export interface DatabaseOptions {
  /** PostgreSQL URL; null starts embedded PGlite. */
  url: string | null;
  /** Where PGlite keeps its files; "memory://" keeps them in memory (tests). */
  dataDir: string;
  /** Pool size against PostgreSQL (embedded always uses one connection). */
  poolMax?: number;
}

export interface Database {
  sequelize: Sequelize;
  embedded: boolean;
  /** Resolves once the platform's own migrations (outbox, dead letters) have run on this process. */
  ready: Promise<void>;
  /** The migrations this process applied when it opened the database (empty when up to date). */
  applied: Promise<string[]>;
  /** Brings one domain's tables up to date (once per process and domain); answers what it applied. */
  migrateDomain(set: MigrationSet): Promise<string[]>;
  ping(): Promise<boolean>;
}

interface Entry {
  db: Database;
  users: number;
  close: () => Promise<void>;
}

const open = new Map<string, Promise<Entry>>();

function keyOf(opts: DatabaseOptions): string {
  return opts.url ?? `pglite:${opts.dataDir}`;
}

// Postgres BIGINT (int8) and NUMERIC come back as strings by default; our counters fit in a JS number.
pg.types.setTypeParser(20, (value: string) => Number(value));

async function startEmbedded(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const inMemory = dataDir.startsWith("memory://");
  const dir = inMemory ? dataDir : join(dataDir, "pgdata");
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  // Port 0: the OS picks a free loopback port, so several embedded processes never collide.
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

async function connect(opts: DatabaseOptions): Promise<Entry> {
  const embedded = opts.url === null;
  const server = embedded ? await startEmbedded(opts.dataDir) : null;
  const url = server?.url ?? (opts.url as string);
  const sequelize = new Sequelize(url, {
    dialect: "postgres",
    logging: false,
    // PGlite is one session: every query and transaction must share one connection.
    pool: { max: embedded ? 1 : (opts.poolMax ?? 10), min: 0, idle: 10_000, acquire: 30_000 },
    dialectOptions: embedded ? {} : { application_name: "meshwork" },
  });
  await sequelize.authenticate();
  const applied = migrate(sequelize, [EVENTS_MIGRATIONS]);
  const ready = applied.then(() => undefined);
  ready.catch(() => undefined);
  const domains = new Map<string, Promise<string[]>>();
  const db: Database = {
    sequelize,
    embedded,
    ready,
    applied,
    migrateDomain(set) {
      let done = domains.get(set.domain);
      if (!done) {
        done = ready.then(() => migrate(sequelize, [set]));
        domains.set(set.domain, done);
        done.catch(() => domains.delete(set.domain));
      }
      return done;
    },
    async ping() {
      try {
        await sequelize.query("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
  };
  return {
    db,
    users: 0,
    close: async () => {
      await sequelize.close();
      await server?.stop();
    },
  };
}

/** Opens (or shares) the process's database; pair every call with releaseDatabase. */
export async function acquireDatabase(opts: DatabaseOptions): Promise<Database> {
  const key = keyOf(opts);
  let pending = open.get(key);
  if (!pending) {
    pending = connect(opts);
    open.set(key, pending);
    pending.catch(() => open.delete(key));
  }
  const entry = await pending;
  entry.users += 1;
  await entry.db.ready;
  return entry.db;
}

/** Closes the database when its last user lets go. */
export async function releaseDatabase(opts: DatabaseOptions): Promise<void> {
  const key = keyOf(opts);
  const pending = open.get(key);
  if (!pending) return;
  const entry = await pending;
  entry.users -= 1;
  if (entry.users > 0) return;
  open.delete(key);
  await entry.close();
}
