/** One process per embedded DATA_DIR, and a private one: the four commands against a live node, stale locks, no TCP port, owner-only files. */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../lib/datadir-lock.js";
import {
  cleanupAll,
  freePort,
  http,
  runScript,
  sleep,
  spawnNode,
  tempDir,
  type MeshworkNode,
} from "../support/processes.js";

const PASSWORD = "a long unusual passphrase 7";
const EMBEDDED = { TRANSPORTER: "", DATABASE_URL: "", REDIS_URL: "", JWT_SECRET: "" };

/** An auth call, retried while the node's password-hashing bound or auth throttle answers 429: not what these tests are about. */
async function auth(node: MeshworkNode, route: "signup" | "login", email: string) {
  for (let attempt = 0; ; attempt++) {
    const res = await http(`${node.baseUrl}/auth/${route}`, { body: { email, password: PASSWORD } });
    if (res.status !== 429 || attempt >= 20) return res;
    await sleep(Math.min(Number(res.headers.get("retry-after") ?? 1), 5) * 1000);
  }
}

async function signup(node: MeshworkNode, email: string): Promise<string> {
  const res = await auth(node, "signup", email);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.user.id as string;
}

const login = (node: MeshworkNode, email: string) => auth(node, "login", email);

function lockPid(dataDir: string): number {
  return (JSON.parse(readFileSync(join(dataDir, LOCK_FILE), "utf8")) as { pid: number }).pid;
}

/** TCP ports the process itself listens on: its socket inodes matched against /proc/<pid>/net/tcp{,6}. */
function listeningTcpPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]);
    } catch {
      // The descriptor closed meanwhile.
    }
  }
  const ports: number[] = [];
  for (const table of ["tcp", "tcp6"]) {
    const path = `/proc/${pid}/net/${table}`;
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT, state 0A is LISTEN, field 9 the inode.
      if (fields.length > 9 && fields[3] === "0A" && inodes.has(fields[9])) {
        ports.push(parseInt(fields[1].split(":")[1], 16));
      }
    }
  }
  return ports.sort((a, b) => a - b);
}

/** Every path under `dir` (itself included) whose mode lets group or others in. */
function groupOrWorldAccessible(dir: string): string[] {
  const open: string[] = [];
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.mode & 0o077) open.push(`${path} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
  return open;
}

/** Ports for a second process, so a start that wrongly gets through can't collide with anything. */
async function ownPorts(): Promise<Record<string, string>> {
  return {
    PORT: String(await freePort()),
    HEALTH_PORT: String(await freePort()),
    METRICS_PORT: String(await freePort()),
  };
}

afterAll(cleanupAll);

describe("a live embedded node and the other commands on its DATA_DIR", () => {
  const dataDir = tempDir("meshwork-lock-");
  const env = { ...EMBEDDED, DATA_DIR: dataDir };
  const owner = "owner@example.com";
  let node: MeshworkNode;

  beforeAll(async () => {
    node = await spawnNode({ name: "holder", env });
    await node.waitReady(90_000);
    await signup(node, owner);
  });

  /** The refusal every command must give: at once, non-zero, naming the directory and the holder's PID, no stack. */
  function expectRefused(run: { code: number | null; signal: string | null; stderr: string }) {
    expect(run.signal).toBeNull();
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`DATA_DIR ${dataDir} is in use by process ${node.pid}`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(node.running()).toBe(true);
    expect(lockPid(dataDir)).toBe(node.pid);
  }

  it("serves its database on no TCP port: only the gateway, health and metrics ports listen", () => {
    const ports = listeningTcpPorts(node.pid);
    expect(ports).toContain(node.port);
    expect(ports.filter((port) => ![node.port, node.healthPort, node.metricsPort].includes(port))).toEqual([]);
    expect(lstatSync(join(dataDir, "run", ".s.PGSQL.5432")).isSocket()).toBe(true);
  });

  it("keeps DATA_DIR 0700 and nothing in it open to group or others", () => {
    expect((lstatSync(dataDir).mode & 0o777).toString(8)).toBe("700");
    expect(existsSync(join(dataDir, "jwt-secret"))).toBe(true);
    expect(groupOrWorldAccessible(dataDir)).toEqual([]);
  });

  it("refuses a second npm start", async () => {
    expectRefused(await runScript("start.ts", { ...env, ...(await ownPorts()) }, 90_000));
  }, 120_000);

  it("refuses npm run repl and says how to reach the node instead", async () => {
    const run = await runScript("repl.ts", env, 90_000);
    expectRefused(run);
    expect(run.stderr).toContain("TRANSPORTER=");
    expect(run.stderr).toContain("npm run admin");
  }, 120_000);

  it("refuses npm run migrate", async () => {
    expectRefused(await runScript("migrate.ts", env, 90_000));
  }, 120_000);

  it("runs npm run admin through the node while it keeps serving requests", async () => {
    const others = ["one", "two", "three", "four"].map((name) => `${name}@example.com`);
    const traffic = async () => {
      for (const email of others) await signup(node, email);
    };
    const [admin] = await Promise.all([runScript("admin.ts", env, 90_000, [owner]), traffic()]);
    expect(admin.code, admin.output).toBe(0);
    expect(admin.output).toContain(`through the running node (process ${node.pid})`);
    expect(admin.output).toContain(`${owner} is now an admin`);
    expect(lockPid(dataDir)).toBe(node.pid);

    const session = await login(node, owner);
    expect(session.status).toBe(200);
    expect(session.body.user.roles).toEqual(["user", "admin"]);
    const users = await http(`${node.baseUrl}/users?pageSize=100`, { token: session.body.accessToken });
    expect(users.status).toBe(200);
    expect(users.body.total).toBe(5);

    const again = await runScript("admin.ts", env, 90_000, [owner]);
    expect(again.code).toBe(0);
    expect(again.output).toContain("is already an admin");
  }, 120_000);

  it("still serves, and after a clean restart holds every account and the granted role", async () => {
    expect((await signup(node, "late@example.com")).length).toBeGreaterThan(0);
    expect(await node.stop("SIGTERM")).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const restarted = await spawnNode({ name: "holder-2", env: { ...env, PORT: String(node.port) } });
    await restarted.waitReady(90_000);
    const session = await login(restarted, owner);
    expect(session.status).toBe(200);
    expect(session.body.user.roles).toEqual(["user", "admin"]);
    for (const email of ["one@example.com", "four@example.com", "late@example.com"]) {
      expect((await login(restarted, email)).status).toBe(200);
    }
    expect(await restarted.stop("SIGTERM")).toEqual({ code: 0, signal: null });
  }, 180_000);
});

describe("a stale lock", () => {
  it("left by a node killed with SIGKILL is taken over by the next start, with the data", async () => {
    const dataDir = tempDir("meshwork-lock-");
    const env = { ...EMBEDDED, DATA_DIR: dataDir };
    const killed = await spawnNode({ name: "killed", env });
    await killed.waitReady(90_000);
    const id = await signup(killed, "survivor@example.com");
    expect(await killed.stop("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });
    expect(lockPid(dataDir)).toBe(killed.pid);

    const next = await spawnNode({ name: "next", env: { ...env, PORT: String(killed.port) } });
    await next.waitReady(90_000);
    expect(lockPid(dataDir)).toBe(next.pid);
    const session = await login(next, "survivor@example.com");
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(id);
    expect(await next.stop("SIGTERM")).toEqual({ code: 0, signal: null });
  }, 180_000);

  it("naming a PID that now belongs to another process is taken over", async () => {
    const dataDir = tempDir("meshwork-lock-");
    // This test process is alive, but it is not the process that wrote the lock: its start time differs.
    const lock = {
      pid: process.pid,
      since: "2020-01-01T00:00:00.000Z",
      processStart: "another-boot:1",
      command: "bin/start.ts",
    };
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify(lock));
    const run = await runScript("migrate.ts", { ...EMBEDDED, DATA_DIR: dataDir }, 90_000);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/applied: |migrations: up to date/);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);

  it("left half-written by a process that died creating it is taken over", async () => {
    const dataDir = tempDir("meshwork-lock-");
    const path = join(dataDir, LOCK_FILE);
    writeFileSync(path, "");
    const past = new Date(Date.now() - 60_000);
    utimesSync(path, past, past);
    const run = await runScript("migrate.ts", { ...EMBEDDED, DATA_DIR: dataDir }, 90_000);
    expect(run.code, run.output).toBe(0);
    expect(existsSync(path)).toBe(false);
  }, 120_000);
});
