/** Integration helpers: meshwork node processes, private redis-servers, free ports and throwaway Postgres databases. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";
export const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Every child this test file started, so afterAll (and process exit) can end them all. */
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
process.once("exit", () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

export function tempDir(prefix = "meshwork-it-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

// --- ports -------------------------------------------------------------------

const handedOut = new Set<number>();

/** A loopback port nobody listens on now (and that this process has not handed out before). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    if (port && !handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

// --- processes -----------------------------------------------------------------

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Proc {
  name: string;
  child: ChildProcess;
  pid: number;
  /** stdout and stderr as they arrived. */
  output(): string;
  stderr(): string;
  exited: Promise<Exit>;
  /** True until the process has exited. */
  running(): boolean;
  /** Sends `signal` and resolves with the exit; SIGKILLs after `graceMs`. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<Exit>;
}

function track(name: string, child: ChildProcess, echo: boolean): Proc {
  children.add(child);
  let out = "";
  let err = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    if (echo) process.stdout.write(`[${name}] ${chunk}`);
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    err += chunk;
    if (echo) process.stderr.write(`[${name}] ${chunk}`);
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    name,
    child,
    pid: child.pid as number,
    output: () => out,
    stderr: () => err,
    exited,
    running,
    async stop(signal: NodeJS.Signals = "SIGTERM", graceMs = 20_000) {
      if (!running()) return exited;
      child.kill(signal);
      const timer = setTimeout(() => running() && child.kill("SIGKILL"), graceMs);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
  };
}

export interface MeshworkNode extends Proc {
  env: Record<string, string>;
  port: number;
  healthPort: number;
  metricsPort: number;
  /** Gateway base URL (meaningful when the node runs the api service). */
  baseUrl: string;
  /** Polls /ready until 200; resolves with the milliseconds since spawn. */
  waitReady(timeoutMs?: number): Promise<number>;
  /** Resident set size of the node process in kB, from /proc/<pid>/status. */
  rssKb(): number;
  spawnedAt: number;
}

export interface NodeOptions {
  name?: string;
  /** Env on top of the defaults; a value of "" removes the variable. */
  env?: Record<string, string>;
  /** Script under bin/, default start.ts. */
  script?: string;
  /** Runs the script's compiled output, dist/bin/<script>.js (npm run build), instead of the TypeScript through tsx. */
  compiled?: boolean;
  /** Mirror the child's output to this process (debugging; MW_IT_ECHO=1 turns it on for every node). */
  echo?: boolean;
}

const INHERITED = ["PATH", "HOME", "LANG", "TZ", "TMPDIR"];

/** A clean environment: nothing of the developer's meshwork variables leaks into a child. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of INHERITED) if (process.env[key]) env[key] = process.env[key] as string;
  return env;
}

/**
 * Starts `bin/<script>` on this Node with tsx as a loader (`node --import tsx`), so the pid is
 * the node process itself: signals and /proc readings reach it, not a wrapper.
 */
export async function spawnNode(opts: NodeOptions = {}): Promise<MeshworkNode> {
  const port = await freePort();
  const healthPort = await freePort();
  const metricsPort = await freePort();
  const env: Record<string, string> = {
    ...baseEnv(),
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    LOG_FORMAT: "pretty",
    PORT: String(port),
    HEALTH_PORT: String(healthPort),
    METRICS_PORT: String(metricsPort),
    RATE_LIMIT: "0",
  };
  if (!opts.env?.DATA_DIR) env.DATA_DIR = tempDir();
  for (const [key, value] of Object.entries(opts.env ?? {})) {
    if (value === "") delete env[key];
    else env[key] = value;
  }
  const name = opts.name ?? env.NODE_ID ?? "node";
  const spawnedAt = performance.now();
  const script = opts.script ?? "start.ts";
  const argv = opts.compiled
    ? [join(ROOT, "dist", "bin", script.replace(/\.ts$/, ".js"))]
    : ["--import", "tsx", join(ROOT, "bin", script)];
  const child = spawn(process.execPath, argv, {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const proc = track(name, child, opts.echo ?? process.env.MW_IT_ECHO === "1");
  const numeric = (key: string, fallback: number) => (env[key] !== undefined ? Number(env[key]) : fallback);
  const node: MeshworkNode = {
    ...proc,
    env,
    spawnedAt,
    port: numeric("PORT", port),
    healthPort: numeric("HEALTH_PORT", healthPort),
    metricsPort: numeric("METRICS_PORT", metricsPort),
    baseUrl: `http://127.0.0.1:${numeric("PORT", port)}/api/v1`,
    async waitReady(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (!proc.running()) {
          throw new Error(
            `${name} exited (${JSON.stringify(child.exitCode ?? child.signalCode)}) before ready:\n${proc.output()}`,
          );
        }
        try {
          const res = await fetch(`http://127.0.0.1:${node.healthPort}/ready`, { signal: AbortSignal.timeout(1000) });
          if (res.status === 200) return Math.round(performance.now() - spawnedAt);
        } catch {
          // Not listening yet.
        }
        await sleep(50);
      }
      throw new Error(`${name} not ready after ${timeoutMs} ms:\n${proc.output()}`);
    },
    rssKb() {
      const status = readFileSync(`/proc/${proc.pid}/status`, "utf8");
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
      if (!match) throw new Error(`no VmRSS for ${proc.pid}`);
      return Number(match[1]);
    },
  };
  return node;
}

/** Runs a bin/ script (with `args`) to completion and returns its exit and output. */
export async function runScript(
  script: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
  args: string[] = [],
): Promise<Exit & { output: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bin", script), ...args], {
    cwd: ROOT,
    env: { ...baseEnv(), NODE_ENV: "test", DATA_DIR: tempDir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const proc = track(script, child, false);
  const timer = setTimeout(() => proc.running() && child.kill("SIGKILL"), timeoutMs);
  const exit = await proc.exited;
  clearTimeout(timer);
  return { ...exit, output: proc.output(), stderr: proc.stderr() };
}

// --- redis-server ----------------------------------------------------------------

export interface RedisServer extends Proc {
  port: number;
  url: string;
}

/** A private, non-persistent redis-server on `port` (a free one by default); resolves once it answers PING. */
export async function spawnRedis(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    "redis-server",
    ["--port", String(chosen), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const proc = track(`redis:${chosen}`, child, false);
  const server: RedisServer = { ...proc, port: chosen, url: `redis://127.0.0.1:${chosen}` };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (!proc.running()) throw new Error(`redis-server on ${chosen} exited:\n${proc.output()}`);
    if (await redisAnswers(chosen)) return server;
    await sleep(50);
  }
  throw new Error(`redis-server on ${chosen} did not answer PING:\n${proc.output()}`);
}

async function redisAnswers(port: number): Promise<boolean> {
  const { Socket } = await import("node:net");
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
    socket.connect(port, "127.0.0.1", () => socket.write("PING\r\n"));
  });
}

// --- Postgres ----------------------------------------------------------------------

export interface TestDatabase {
  name: string;
  url: string;
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

const databases = new Set<TestDatabase>();

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database `mw_it_…` on the machine's PostgreSQL. */
export async function createDatabase(): Promise<TestDatabase> {
  const name = uniqueName("mw_it");
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const base = new URL(PG_ADMIN_URL);
  base.pathname = `/${name}`;
  const url = base.toString();
  const db: TestDatabase = {
    name,
    url,
    async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<T>(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      databases.delete(db);
      // FORCE ends sessions a killed node may have left behind.
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
  databases.add(db);
  return db;
}

// --- NATS JetStream -------------------------------------------------------------------

/** Messages held per JetStream stream of a namespace (streams are named `<namespace>_…`). */
export async function streamMessages(namespace: string): Promise<Record<string, number>> {
  const { connect } = await import("nats");
  const nc = await connect({ servers: new URL(NATS_URL).host, timeout: 2000 });
  try {
    const jsm = await nc.jetstreamManager();
    const counts: Record<string, number> = {};
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.startsWith(`${namespace}_`)) counts[stream.config.name] = stream.state.messages;
    }
    return counts;
  } finally {
    await nc.close();
  }
}

/** Deletes the JetStream streams a namespace's channels created (they are named `<namespace>_…`). */
export async function deleteStreams(namespace: string): Promise<string[]> {
  const { connect } = await import("nats");
  const nc = await connect({ servers: new URL(NATS_URL).host, timeout: 2000 });
  try {
    const jsm = await nc.jetstreamManager();
    const names: string[] = [];
    for await (const stream of jsm.streams.list()) {
      if (stream.config.name.startsWith(`${namespace}_`)) names.push(stream.config.name);
    }
    for (const name of names) await jsm.streams.delete(name);
    return names;
  } finally {
    await nc.close();
  }
}

// --- cleanup -------------------------------------------------------------------------

/** Ends every child (SIGTERM, then SIGKILL), drops every database and removes temp dirs. Safe to call twice. */
export async function cleanupAll(): Promise<void> {
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }),
  );
  const errors: unknown[] = [];
  for (const db of [...databases]) await db.drop().catch((err) => errors.push(err));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
  if (errors.length) throw new AggregateError(errors, "could not drop every test database");
}

// --- HTTP ----------------------------------------------------------------------------

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Parsed JSON as tests probe it: deliberately untyped, like the test kit's Json. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface JsonResponse<T = Json> {
  status: number;
  headers: Headers;
  body: T;
  ms: number;
}

/** JSON over fetch with a timeout; the body is parsed when there is one. */
export async function http<T = Json>(
  url: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const started = performance.now();
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
  });
  const text = await res.text();
  let body: unknown = text;
  if (text && /json/.test(res.headers.get("content-type") ?? "")) body = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: body as T, ms: Math.round(performance.now() - started) };
}

/** Polls `check` until it returns a truthy value or the time runs out. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ""}`);
}
