/** `npm start` as an operator runs it: SIGTERM or Ctrl-C to npm drains the node and leaves no process behind; a concise startup summary. */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cleanupAll,
  createDatabase,
  freePort,
  ROOT,
  sleep,
  tempDir,
  type Exit,
  type TestDatabase,
} from "../support/processes.js";

interface NpmStart {
  pid: number;
  port: number;
  healthPort: number;
  output(): string;
  exited: Promise<Exit>;
  /** Every process below npm: the shell, the node, whatever they started. */
  descendants(): number[];
}

/** Every pid whose parent chain leads to `root`, read from /proc. */
function descendantsOf(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command may hold spaces and parentheses: the ppid is the second field after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, ppid] of parent) {
      if (ppid === pid) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether something accepts connections on the loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

let db: TestDatabase;
/** Pids this file started, for afterAll to end if a test failed half-way. */
const started = new Set<number>();

async function npmStart(): Promise<NpmStart> {
  const port = await freePort();
  const healthPort = await freePort();
  const env: Record<string, string> = {};
  for (const key of ["PATH", "HOME", "LANG", "TZ", "TMPDIR"]) if (process.env[key]) env[key] = process.env[key];
  Object.assign(env, {
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    LOG_FORMAT: "pretty",
    PORT: String(port),
    HEALTH_PORT: String(healthPort),
    METRICS_PORT: "0",
    RATE_LIMIT: "0",
    DATABASE_URL: db.url,
    DATA_DIR: tempDir(),
    JWT_SECRET: randomBytes(32).toString("hex"),
  });
  // Its own process group, as a terminal gives a command: Ctrl-C signals the whole group.
  const child = spawn("npm", ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  const exited = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const pid = child.pid as number;
  started.add(pid);
  return {
    pid,
    port,
    healthPort,
    output: () => out,
    exited,
    descendants() {
      const pids = descendantsOf(pid);
      for (const p of pids) started.add(p);
      return pids;
    },
  };
}

async function waitReady(npm: NpmStart, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let done = false;
  void npm.exited.then(() => (done = true));
  while (Date.now() < deadline && !done) {
    try {
      const res = await fetch(`http://127.0.0.1:${npm.healthPort}/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`npm start not ready:\n${npm.output()}`);
}

beforeAll(async () => {
  db = await createDatabase();
});

afterAll(async () => {
  for (const pid of started) if (alive(pid)) process.kill(pid, "SIGKILL");
  await cleanupAll();
});

describe("npm start", () => {
  const cases = [
    { signal: "SIGTERM", to: "npm", target: (pid: number) => pid },
    { signal: "SIGINT", to: "npm", target: (pid: number) => pid },
    // What Ctrl-C in a terminal does: npm and the node both get it, the node once more through npm.
    { signal: "SIGINT", to: "the whole process group (Ctrl-C)", target: (pid: number) => -pid },
  ] as const;
  for (const { signal, to, target } of cases) {
    it(`drains and exits 0 on ${signal} sent to ${to}, leaving no process or port behind`, async () => {
      const npm = await npmStart();
      await waitReady(npm);
      const below = npm.descendants();
      expect(below.length).toBeGreaterThan(0);

      // A request in flight when the signal arrives is answered before the node exits.
      const inFlight = fetch(`http://127.0.0.1:${npm.port}/api/v1/auth/signup`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          email: `drain-${randomBytes(4).toString("hex")}@example.test`,
          password: "in flight 123",
        }),
      });
      await sleep(100);
      process.kill(target(npm.pid), signal);
      expect((await inFlight).status).toBe(201);
      const exit = await Promise.race([npm.exited, sleep(30_000).then(() => null)]);
      expect(exit, npm.output()).toEqual({ code: 0, signal: null });
      expect(npm.output()).toContain(`${signal} received: draining in-flight requests`);
      // npm exits once its child has: nothing it started is still running or listening.
      for (let i = 0; i < 20 && below.some(alive); i++) await sleep(100);
      expect(below.filter(alive)).toEqual([]);
      expect(await listening(npm.port)).toBe(false);
      expect(await listening(npm.healthPort)).toBe(false);
    });
  }

  it("prints a concise summary at info level: mode, API and docs URLs, mail, database, services; no route table", async () => {
    const npm = await npmStart();
    await waitReady(npm);
    // The summary follows readiness by a moment.
    for (let i = 0; i < 50 && !npm.output().includes("Services:"); i++) await sleep(100);
    const out = npm.output();
    process.kill(npm.pid, "SIGTERM");
    expect(out).toMatch(/meshwork ready in \d+ ms: embedded, one process/);
    expect(out).toContain(`API:      http://127.0.0.1:${npm.port}/api/v1`);
    expect(out).toContain(`Docs:     http://127.0.0.1:${npm.port}/docs`);
    // Without SMTP_URL, outside production, mail is kept where the gateway shows it.
    expect(out).toContain(`Mail:     dev mailbox, not sent: http://127.0.0.1:${npm.port}/dev/mailbox`);
    expect(out).toContain(`Data:     PostgreSQL ${new URL(db.url).host}/${db.name}`);
    expect(out).toMatch(/Services: analytics, api, audit, .*users/);
    // No credentials, and the route table is at debug.
    expect(out).not.toContain(db.url);
    expect(out).not.toMatch(/=> users\.signup|Register route to/);
    expect(await npm.exited).toEqual({ code: 0, signal: null });
  });
});
