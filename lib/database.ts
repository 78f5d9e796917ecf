/**
 * One database handle per process: embedded PGlite behind pglite-socket, or PostgreSQL from DATABASE_URL.
 * Embedded, the process locks DATA_DIR and serves PGlite on owner-only Unix sockets inside it: its
 * own pool on one, short sessions of other local tools (npm run admin) on the other. PGlite runs in a
 * worker thread (lib/pglite-worker.ts), so a query's WASM execution doesn't hold up the event loop.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from "node:fs";
import { connect as connectSocket, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { Sequelize } from "sequelize";
import pg from "pg";
import { DataDirLockedError, lockDataDir, lockHolder, type DataDirLock, type LockHolder } from "./datadir-lock.js";
import { EVENTS_MIGRATIONS, migrate, type MigrationSet } from "./migrate.js";
import type { PgliteWorkerCommand, PgliteWorkerData, PgliteWorkerMessage } from "./pglite-worker.js";

export { DataDirLockedError } from "./datadir-lock.js";

export interface DatabaseOptions {
  /** PostgreSQL URL; null starts embedded PGlite. */
  url: string | null;
  /** Where PGlite keeps its files; "memory://" keeps them in memory (tests). */
  dataDir: string;
  /** Pool size against PostgreSQL (embedded always uses one connection). */
  poolMax?: number;
  /**
   * Embedded: when a running node holds DATA_DIR, reach its database through that node (one short
   * session, which has the database to itself) instead of refusing. For one-off commands.
   */
  guest?: boolean;
}

export interface Database {
  sequelize: Sequelize;
  embedded: boolean;
  /** The running node this process reaches the database through, when it is its guest. */
  host: LockHolder | null;
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

/** pg reaches a Unix socket as `<host directory>/.s.PGSQL.<port>`, like libpq. */
const SOCKET_PORT = 5432;
const socketFile = (dir: string) => join(dir, `.s.PGSQL.${SOCKET_PORT}`);
/** sun_path holds 108 bytes on Linux, 104 on macOS, the terminating NUL included. */
const MAX_SOCKET_PATH = 103;
/** A guest holds the node's only connection: its session is cut after this, before the node's own queries time out. */
const GUEST_SESSION_MS = 15_000;
/** How long a guest waits for a starting node to publish its socket. */
const GUEST_WAIT_MS = 20_000;

/**
 * The embedded server's memory, sized for one session in one process (PostgreSQL's defaults are for a
 * shared server of 100 connections): shared buffers are WASM memory the process keeps once touched.
 * 16 MB of buffers hold this product's working set many times over. Measured in docs/benchmarks.md.
 */
const EMBEDDED_SETTINGS = ["shared_buffers=16MB", "max_connections=8", "maintenance_work_mem=16MB"];

/** Owner-only access to DATA_DIR and everything in it, whatever the umask (PGlite's initdb makes files 0666). */
function restrictTree(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  const mode = stat.isDirectory() ? 0o700 : 0o600;
  if ((stat.mode & 0o777) !== mode) chmodSync(path, mode);
  if (stat.isDirectory()) for (const name of readdirSync(path)) restrictTree(join(path, name));
}

/** Socket directories made in the system temp dir, removed at exit if nothing closed them before. */
const temporaryDirs = new Set<string>();
let exitHookInstalled = false;

function privateTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "meshwork-pg-"));
  chmodSync(dir, 0o700);
  if (!exitHookInstalled) process.once("exit", removeTemporaryDirs);
  exitHookInstalled = true;
  temporaryDirs.add(dir);
  return dir;
}

function removeTemporaryDirs(): void {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
  temporaryDirs.clear();
}

/** A directory for a Unix socket: `preferred` (created 0700) when the socket path fits, else a private temp dir. */
function socketDir(preferred: string | null): { dir: string; temporary: boolean } {
  if (preferred && Buffer.byteLength(socketFile(preferred)) <= MAX_SOCKET_PATH) {
    mkdirSync(preferred, { recursive: true, mode: 0o700 });
    chmodSync(preferred, 0o700);
    for (const name of readdirSync(preferred)) {
      // A socket left by a killed holder would refuse the listen; we hold the lock, so it is no one's.
      if (name.startsWith(".s.PGSQL.")) unlinkSync(join(preferred, name));
    }
    return { dir: preferred, temporary: false };
  }
  return { dir: privateTempDir(), temporary: true };
}

function listenUnix(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => {
      server.off("error", reject);
      chmodSync(path, 0o600);
      resolve();
    });
  });
}

interface Embedded {
  /** The directory pg connects to (its host option) for this process's own pool. */
  socketDir: string;
  /** Serves other local tools: each session waits for `lease` and has the database to itself until it ends. */
  serveGuests(lease: Lease): Promise<void>;
  /** Ends guest sessions and stops accepting them. */
  stopGuests(): Promise<void>;
  stop(): Promise<void>;
}

/** Takes this process's only database connection; the answer gives it back. */
type Lease = () => Promise<() => void>;

/** The worker thread's file: beside this one, .ts under tsx and vitest (Node strips the types), .js when compiled. */
const WORKER_FILE = new URL(`./pglite-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);

/** Sessions the worker's socket server accepts: this process's one connection and a guest's piped one. */
const WORKER_MAX_CONNECTIONS = 4;

/**
 * Starts PGlite in a worker thread serving the Unix socket `socketPath`; resolves once it accepts
 * sessions. The answer stops it (and ends the thread).
 */
async function startWorker(dataDir: string, socketPath: string): Promise<() => Promise<void>> {
  const data: PgliteWorkerData = {
    dataDir,
    socketPath,
    maxConnections: WORKER_MAX_CONNECTIONS,
    settings: EMBEDDED_SETTINGS,
  };
  const worker = new Worker(WORKER_FILE, { workerData: data, name: "pglite" });
  const next = () =>
    new Promise<PgliteWorkerMessage>((resolve, reject) => {
      const onMessage = (message: PgliteWorkerMessage) => {
        worker.off("error", onError).off("exit", onExit);
        resolve(message);
      };
      const onError = (err: Error) => {
        worker.off("message", onMessage).off("exit", onExit);
        reject(err);
      };
      const onExit = (code: number) => {
        worker.off("message", onMessage).off("error", onError);
        reject(new Error(`the embedded database's thread exited (code ${code})`));
      };
      worker.once("message", onMessage).once("error", onError).once("exit", onExit);
    });
  const stop = async () => {
    worker.postMessage({ type: "stop" } satisfies PgliteWorkerCommand);
    try {
      await next();
    } finally {
      await worker.terminate();
    }
  };
  const first = await next().catch(async (err: Error) => {
    await worker.terminate();
    throw err;
  });
  if (first.type !== "ready") {
    await worker.terminate();
    throw new Error(`the embedded database failed to start: ${first.type === "error" ? first.message : first.type}`);
  }
  // After start, a thread that dies takes the socket with it: queries fail and /ready answers 503.
  worker.on("error", (err) => console.error(`meshwork: the embedded database's thread failed: ${err.stack}`));
  return stop;
}

async function startEmbedded(dataDir: string, lock: DataDirLock | null): Promise<Embedded> {
  const inMemory = lock === null;
  const dir = inMemory ? dataDir : join(dataDir, "pgdata");
  if (!inMemory) mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Guests connect in run/ (where `psql -h DATA_DIR/run` lands too); this process's pool in run/node/.
  const run = socketDir(inMemory ? null : join(dataDir, "run"));
  const own = socketDir(join(run.dir, "node"));
  const removeSockets = () => {
    for (const { dir: path, temporary } of [own, run]) {
      if (temporary) {
        rmSync(path, { recursive: true, force: true });
        temporaryDirs.delete(path);
      } else rmSync(socketFile(path), { force: true });
    }
  };
  let stopWorker: (() => Promise<void>) | null = null;
  try {
    stopWorker = await startWorker(dir, socketFile(own.dir));
    if (!inMemory) restrictTree(dataDir);
  } catch (err) {
    await stopWorker?.().catch(() => undefined);
    removeSockets();
    throw err;
  }
  const stopDatabase = stopWorker;
  const sessions = new Set<Socket>();
  let guests: Server | null = null;
  const stopGuests = async () => {
    const closed = guests ? new Promise((resolve) => guests?.close(resolve)) : null;
    guests = null;
    for (const session of sessions) session.destroy();
    await closed;
  };
  return {
    socketDir: own.dir,
    async serveGuests(lease) {
      if (!lock) return;
      guests = createServer({ pauseOnConnect: true }, (guest) =>
        serveGuest(guest, socketFile(own.dir), lease, sessions),
      );
      await listenUnix(guests, socketFile(run.dir));
      lock.update({ guestSocketDir: run.dir });
    },
    stopGuests,
    async stop() {
      await stopGuests();
      await stopDatabase();
      removeSockets();
    },
  };
}

/** Pipes one guest session to PGlite once it holds the node's connection, so the two never interleave. */
function serveGuest(guest: Socket, upstreamPath: string, lease: Lease, sessions: Set<Socket>): void {
  sessions.add(guest);
  let release: (() => void) | null = null;
  let upstream: Socket | null = null;
  let timer: NodeJS.Timeout | null = null;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    sessions.delete(guest);
    if (timer) clearTimeout(timer);
    guest.destroy();
    upstream?.destroy();
    release?.();
  };
  guest.once("close", end).on("error", end);
  lease().then(
    (granted) => {
      if (ended) return granted();
      release = granted;
      upstream = connectSocket(upstreamPath, () => {
        guest.pipe(upstream as Socket);
        (upstream as Socket).pipe(guest);
        guest.resume();
      });
      upstream.once("close", end).on("error", end);
      timer = setTimeout(end, GUEST_SESSION_MS);
    },
    () => end(),
  );
}

/** Sequelize on a Unix socket directory: PGlite is one session, so every query and transaction shares one connection. */
function embeddedSequelize(host: string): Sequelize {
  return new Sequelize("postgres", "postgres", "", {
    dialect: "postgres",
    host,
    port: SOCKET_PORT,
    logging: false,
    pool: { max: 1, min: 0, idle: 10_000, acquire: 30_000 },
  });
}

/** The running node holding dataDir and serving guests; null once the directory is free. */
async function runningHost(dataDir: string): Promise<LockHolder | null> {
  const deadline = Date.now() + GUEST_WAIT_MS;
  for (;;) {
    const holder = lockHolder(dataDir);
    if (!holder) return null;
    if (holder.guestSocketDir) return holder;
    // Still starting (or a one-off command that serves no one yet): wait a little, then give up.
    if (Date.now() > deadline) throw new DataDirLockedError(dataDir, holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Opened {
  sequelize: Sequelize;
  host: LockHolder | null;
  /** Embedded owner only: starts serving guests through this process. */
  serveGuests?: (lease: Lease) => Promise<void>;
  close: () => Promise<void>;
}

/** Opens the embedded database, or reaches a running node's as its guest; the lock goes with the close. */
async function openEmbedded(opts: DatabaseOptions): Promise<Opened> {
  let lock: DataDirLock | null = null;
  if (!opts.dataDir.startsWith("memory://")) {
    mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
    // Before PGlite touches a file: two processes on one directory destroy it.
    for (;;) {
      try {
        lock = lockDataDir(opts.dataDir);
        break;
      } catch (err) {
        if (!(err instanceof DataDirLockedError) || !opts.guest) throw err;
        const host = await runningHost(opts.dataDir);
        if (!host) continue; // it stopped meanwhile: open the directory ourselves
        const sequelize = embeddedSequelize(host.guestSocketDir as string);
        return { sequelize, host, close: () => sequelize.close() };
      }
    }
  }
  let embedded: Embedded;
  try {
    embedded = await startEmbedded(opts.dataDir, lock);
  } catch (err) {
    lock?.release();
    throw err;
  }
  const sequelize = embeddedSequelize(embedded.socketDir);
  return {
    sequelize,
    host: null,
    serveGuests: (lease) => embedded.serveGuests(lease),
    close: async () => {
      try {
        await embedded.stopGuests();
        await sequelize.close();
        await embedded.stop();
      } finally {
        lock?.release();
      }
    },
  };
}

function openPostgres(url: string, poolMax: number): Opened {
  const sequelize = new Sequelize(url, {
    dialect: "postgres",
    logging: false,
    pool: { max: poolMax, min: 0, idle: 10_000, acquire: 30_000 },
    // A server that doesn't answer a connect within 3 s is down (a 503, lib/outage.ts), not a 30 s wait;
    // keepAlive notices a half-open connection to a lost host.
    dialectOptions: { application_name: "meshwork", connectionTimeoutMillis: 3_000, keepAlive: true },
  });
  return { sequelize, host: null, close: () => sequelize.close() };
}

async function connect(opts: DatabaseOptions): Promise<Entry> {
  const embedded = opts.url === null;
  const opened = embedded ? await openEmbedded(opts) : openPostgres(opts.url as string, opts.poolMax ?? 10);
  const { sequelize } = opened;
  try {
    await sequelize.authenticate();
  } catch (err) {
    await opened.close();
    throw err;
  }
  // A guest visits a node that migrated when it started.
  const applied = opened.host ? Promise.resolve([]) : migrate(sequelize, [EVENTS_MIGRATIONS]);
  const lease: Lease = async () => {
    const connection = await sequelize.connectionManager.getConnection({ type: "write" });
    return () => sequelize.connectionManager.releaseConnection(connection);
  };
  const ready = applied.then(() => opened.serveGuests?.(lease));
  ready.catch(() => undefined);
  const domains = new Map<string, Promise<string[]>>();
  const db: Database = {
    sequelize,
    embedded,
    host: opened.host,
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
  return { db, users: 0, close: opened.close };
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
