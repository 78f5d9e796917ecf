/**
 * The fault suite's own PostgreSQL, NATS JetStream and Redis: started from the machine's binaries on
 * fixed private ports below the kernel's ephemeral range (32768–60999 here), so no outgoing connection
 * can hold them; killed, frozen and restarted by the tests. The machine's shared servers are never
 * touched.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { sleep } from "../../support/processes.js";

export const PG_PORT = 25432;
export const NATS_PORT = 24222;
export const REDIS_PORT = 26379;

/** A server process the suite owns: its pid, how to kill it, freeze it, and start it again on the same data. */
export interface Server {
  name: string;
  url: string;
  /** The current process (a restart replaces it). */
  child(): ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGSTOP: alive with its socket open, answering nothing. */
  freeze(): void;
  thaw(): void;
  /** Starts it again on the same data; resolves once it answers. */
  start(): Promise<void>;
}

const roots: string[] = [];
const servers: Server[] = [];

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function ensureFree(port: number, what: string): Promise<void> {
  if (await listening(port)) {
    throw new Error(`port ${port} (the fault suite's ${what}) is taken: is another fault run still going?`);
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Runs `make` until the process answers `ready`, restarting it while it dies at once (a port still held). */
async function launch(name: string, make: () => ChildProcess, ready: () => Promise<boolean>): Promise<ChildProcess> {
  const deadline = Date.now() + 30_000;
  let output = "";
  for (;;) {
    const child = make();
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (output = (output + chunk).slice(-4000)));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (output = (output + chunk).slice(-4000)));
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
      if (await ready()) return child;
      await sleep(50);
    }
    if (Date.now() >= deadline) {
      child.kill("SIGKILL");
      throw new Error(`${name} did not come up:\n${output}`);
    }
    await sleep(200);
  }
}

function server(name: string, url: string, make: () => ChildProcess, ready: () => Promise<boolean>): Server {
  let current: ChildProcess | null = null;
  const s: Server = {
    name,
    url,
    child: () => current as ChildProcess,
    async kill(signal = "SIGKILL") {
      if (!current) return;
      const done = exited(current);
      if (current.signalCode === "SIGSTOP" || signal === "SIGKILL") current.kill("SIGCONT");
      current.kill(signal);
      await done;
    },
    freeze: () => current?.kill("SIGSTOP"),
    thaw: () => current?.kill("SIGCONT"),
    async start() {
      current = await launch(name, make, ready);
    },
  };
  servers.push(s);
  return s;
}

function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  roots.push(dir);
  return dir;
}

// --- PostgreSQL ------------------------------------------------------------------

function postgresBin(): string {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error(`no PostgreSQL under ${base}`);
  return join(base, versions[0], "bin");
}

/** PostgreSQL refuses to run as root: as root, its files and processes belong to the postgres user. */
function postgresIdentity(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

async function pgAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startPostgres(): Promise<Server> {
  await ensureFree(PG_PORT, "PostgreSQL");
  const bin = postgresBin();
  const identity = postgresIdentity();
  const root = scratch("meshwork-faults-pg-");
  const data = join(root, "data");
  const sockets = join(root, "run");
  mkdirSync(sockets);
  if (identity) {
    chownSync(root, identity.uid, identity.gid);
    chownSync(sockets, identity.uid, identity.gid);
  }
  const as = identity ?? {};
  execFileSync(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], {
    ...as,
    stdio: "ignore",
  });
  const admin = `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;
  const s = server(
    "postgres",
    `postgres://postgres@127.0.0.1:${PG_PORT}/meshwork`,
    () =>
      spawn(
        join(bin, "postgres"),
        [
          ...["-D", data, "-p", String(PG_PORT), "-k", sockets],
          ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
          // Throwaway data: flushing to disk only matters if the machine crashes, not when a process is
          // killed (the OS keeps what was written). synchronous_commit stays on: without it a kill -9
          // loses commits the server has already acknowledged, which is what the suite checks for.
          ...["-c", "fsync=off", "-c", "full_page_writes=off"],
        ],
        { ...as, stdio: ["ignore", "pipe", "pipe"] },
      ),
    () => pgAnswers(admin),
  );
  await s.start();
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query("CREATE DATABASE meshwork");
  await client.end();
  return s;
}

// --- NATS JetStream -----------------------------------------------------------------

export async function startNats(): Promise<Server> {
  await ensureFree(NATS_PORT, "NATS");
  const store = scratch("meshwork-faults-nats-");
  const s = server(
    "nats",
    `nats://127.0.0.1:${NATS_PORT}`,
    () =>
      spawn("nats-server", ["-a", "127.0.0.1", "-p", String(NATS_PORT), "-js", "-sd", store], {
        stdio: ["ignore", "pipe", "pipe"],
      }),
    () => listening(NATS_PORT),
  );
  await s.start();
  return s;
}

// --- Redis ------------------------------------------------------------------------------

async function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port: REDIS_PORT });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
    socket.once("connect", () => socket.write("PING\r\n"));
  });
}

export async function startRedis(): Promise<Server> {
  await ensureFree(REDIS_PORT, "Redis");
  const s = server(
    "redis",
    `redis://127.0.0.1:${REDIS_PORT}`,
    () =>
      spawn("redis-server", ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
        stdio: ["ignore", "pipe", "pipe"],
      }),
    redisAnswers,
  );
  await s.start();
  return s;
}

/** Ends every server this file started (thawed first) and removes their data. */
export async function stopInfra(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => s.kill("SIGKILL").catch(() => undefined)));
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

process.once("exit", () => {
  for (const s of servers) {
    try {
      s.child()?.kill("SIGKILL");
    } catch {
      // Already gone.
    }
  }
});
