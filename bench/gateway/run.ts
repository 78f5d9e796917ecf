/**
 * `npm run bench:gateway`: the gateway's hot path against its ceilings, side by side in one run.
 *
 * Rows (each a separate process, all started before the first round; rounds alternate the rows):
 *   raw       node:http answering a small JSON (bench/gateway/raw.ts)
 *   bare      moleculer-web → one local action, Moleculer defaults (bench/gateway/bare.ts)
 *   anchor    node:http + jose (cached) + one pg SELECT by id (bench/anchor.ts)
 *   pg        meshwork GET /api/v1/users/me, every service in one node, PostgreSQL
 *   mesh      the same through a gateway node (SERVICES=api) → NATS → a users node (SERVICES=users)
 *   embedded  the same on the embedded database (PGlite), every service in one node
 * then, on the PostgreSQL node, POST /projects/:id/tasks at a fixed rate over 10 projects (p50/p99/max),
 * and the creations/s one project takes (closed loop), its keys checked consecutive.
 *
 * Meshwork nodes run the compiled build (`node dist/bin/start.js`, built first when stale) with
 * NODE_ENV=production, metrics on, LOG_LEVEL=warn, RATE_LIMIT=0. RSS is VmRSS of each node process
 * (/proc/<pid>/status) at ready and after the load. The load generator (bench/gateway/load.ts) runs
 * in this process, on the same CPUs.
 *
 * Knobs: BENCH_ROWS (raw,bare,anchor,pg,mesh,embedded), BENCH_ROUNDS (3), BENCH_SECONDS (5 per round),
 * BENCH_CONNECTIONS (50), BENCH_TASK_RATE (500), BENCH_TASK_SECONDS (30), BENCH_TASK_PROJECTS (10),
 * BENCH_CEILING_SECONDS (10), BENCH_TASKS=0 (skip the task rows), BENCH_CPU_PROF=<dir> (V8 CPU profiles
 * of the meshwork nodes), BENCH_NODE_ENV_<ROW>="K=V K=V" (extra env for one row's nodes), BENCH_NODE_ARGS_<ROW>
 * (node options for them; <ROW> upper-cased, `-` as `_`: EMBEDDED_BEFORE),
 * BENCH_BEFORE=<checkout> (the meshwork rows of another checkout's dist/ as `<row>-before`, side by side),
 * TEST_PG_URL, TEST_NATS_URL.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { closedLoop, openLoop, type LoadResult, type Target } from "./load.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const env = process.env;
const ROWS = (env.BENCH_ROWS ?? "raw,bare,anchor,pg,mesh,embedded").split(",").map((row) => row.trim());
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50);
const TASK_RATE = Number(env.BENCH_TASK_RATE ?? 500);
const TASK_SECONDS = Number(env.BENCH_TASK_SECONDS ?? 30);
const TASK_PROJECTS = Number(env.BENCH_TASK_PROJECTS ?? 10);
const CEILING_SECONDS = Number(env.BENCH_CEILING_SECONDS ?? 10);
const TASKS = env.BENCH_TASKS !== "0" && ROWS.includes("pg");
const PG_ADMIN_URL = env.TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const NATS_URL = env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";
const PASSWORD = "bench harbour lantern 41";
/** Another checkout with a built dist/ (e.g. `git worktree` of main before a change): its nodes run as rows `<row>-before`. */
const BEFORE = env.BENCH_BEFORE ?? null;

interface Server {
  name: string;
  child: ChildProcess;
  port: number;
  /** VmRSS in MB, read from /proc. */
  rss(): number;
  stop(): Promise<void>;
}

const started: ChildProcess[] = [];
process.once("exit", () => {
  for (const child of started) if (child.exitCode === null) child.kill("SIGKILL");
});

function rssOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function track(name: string, child: ChildProcess, port: number): Server {
  started.push(child);
  return {
    name,
    child,
    port,
    rss: () => rssOf(child.pid as number),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A bench server script (types stripped by Node): it prints READY <port>. */
function spawnScript(name: string, script: string, extra: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [join(ROOT, script)], {
    cwd: ROOT,
    env: { PATH: env.PATH ?? "", NODE_ENV: "production", ...extra },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (\d+)/.exec(out);
      if (ready) resolve(track(name, child, Number(ready[1])));
    });
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before ready:\n${out}`)));
  });
}

/** BENCH_NODE_ENV_<ROW> (`pg`, `embedded_before`…): "K=V K=V" for that row's nodes. */
function extraEnv(row: string): Record<string, string> {
  const raw = env[`BENCH_NODE_ENV_${row.toUpperCase().replace(/-/g, "_")}`] ?? "";
  return Object.fromEntries(
    raw
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
  );
}

/** The V8 flag a checkout's scripts/run.sh gives embedded nodes, if any. */
function embeddedFlagOf(root: string): string | null {
  try {
    return readFileSync(join(root, "scripts", "run.sh"), "utf8").includes("--liftoff-only") ? "--liftoff-only" : null;
  } catch {
    return null;
  }
}

interface Meshwork extends Server {
  /** Milliseconds from spawn to the first 200 on /ready. */
  readyMs: number;
  rssAtReady: number;
  /** The highest RSS the process has had so far (VmHWM), in MB: a first boot's peak. */
  peak(): number;
}

/** A meshwork node from the compiled build; resolves at its first 200 on /ready. */
async function spawnMeshwork(
  name: string,
  row: string,
  nodeEnv: Record<string, string>,
  root = ROOT,
): Promise<Meshwork> {
  const port = await freePort();
  const healthPort = await freePort();
  const metricsPort = await freePort();
  const args = env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", env.BENCH_CPU_PROF] : [];
  // What the checkout's `npm start` adds for an embedded node (scripts/run.sh), so the row runs as it would.
  if (!nodeEnv.DATABASE_URL && embeddedFlagOf(root)) args.push(embeddedFlagOf(root) as string);
  // BENCH_NODE_ARGS_<ROW>: node options for that row's nodes (V8 flags, which NODE_OPTIONS refuses).
  args.push(...(env[`BENCH_NODE_ARGS_${row.toUpperCase().replace(/-/g, "_")}`] ?? "").split(/\s+/).filter(Boolean));
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...args, join(root, "dist", "bin", "start.js")], {
    cwd: root,
    env: {
      PATH: env.PATH ?? "",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      HOST: "127.0.0.1",
      PORT: String(port),
      HEALTH_PORT: String(healthPort),
      METRICS_PORT: String(metricsPort),
      RATE_LIMIT: "0",
      NODE_ID: `bench-${name}-${row}`,
      JWT_ACCESS_TTL: "2h",
      ...nodeEnv,
      ...extraEnv(row),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const server = track(name, child, port);
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before ready:\n${err}`);
    if (i > 2400) throw new Error(`${name} not ready after 120 s:\n${err}`);
    try {
      const res = await fetch(`http://127.0.0.1:${healthPort}/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const readyMs = Math.round(performance.now() - spawnedAt);
  const pid = child.pid as number;
  const peak = () => Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) >> 10;
  return { ...server, readyMs, rssAtReady: server.rss(), peak };
}

async function call<T>(port: number, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

async function signup(port: number): Promise<string> {
  const email = `bench-${randomBytes(4).toString("hex")}@example.com`;
  const session = await call<{ accessToken: string }>(port, "POST", "/auth/signup", { email, password: PASSWORD });
  return session.accessToken;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

/** What each row is compared with, as in issue #13's table. */
const BASE: Record<string, string> = {
  raw: "raw",
  bare: "raw",
  anchor: "raw",
  pg: "anchor",
  mesh: "pg",
  embedded: "pg",
};
const LABEL: Record<string, string> = {
  raw: "raw node:http, small JSON",
  bare: "bare moleculer-web → local action",
  anchor: "anchor: node:http + jose (cached) + pg SELECT by id",
  pg: "meshwork GET /users/me, PostgreSQL",
  mesh: "the same, gateway → NATS → users node",
  embedded: "the same, embedded (PGlite)",
};

interface Started {
  ports: Record<string, number>;
  tokens: Record<string, string>;
  nodes: Record<string, Meshwork[]>;
}

/** The meshwork rows of one checkout (`suffix` "" for this one, "-before" for BENCH_BEFORE's), on database `db`. */
async function startMeshwork(
  root: string,
  suffix: string,
  db: string,
  secrets: Record<string, string>,
  started: Started,
): Promise<void> {
  const { ports, tokens, nodes } = started;
  const pgEnv = { ...secrets, DATABASE_URL: db };
  // The PostgreSQL node migrates the database the anchor and the users node read.
  const pgNode = await spawnMeshwork("pg", `pg${suffix}`, pgEnv, root);
  nodes[`pg${suffix}`] = [pgNode];
  ports[`pg${suffix}`] = pgNode.port;
  tokens[`pg${suffix}`] = await signup(pgNode.port);
  if (ROWS.includes("mesh")) {
    const meshEnv = { ...pgEnv, TRANSPORTER: NATS_URL, NAMESPACE: `bench${randomBytes(3).toString("hex")}` };
    const users = await spawnMeshwork("users", `mesh${suffix}`, { ...meshEnv, SERVICES: "users" }, root);
    const gateway = await spawnMeshwork("gateway", `mesh${suffix}`, { ...meshEnv, SERVICES: "api" }, root);
    nodes[`mesh${suffix}`] = [gateway, users];
    ports[`mesh${suffix}`] = gateway.port;
    tokens[`mesh${suffix}`] = tokens[`pg${suffix}`];
  }
  if (ROWS.includes("embedded")) {
    const dataDir = mkdtempSync(join(tmpdir(), "mw-bench-"));
    dataDirs.push(dataDir);
    const embeddedEnv = { ...secrets, DATA_DIR: dataDir };
    const cold = await spawnMeshwork("embedded", `embedded${suffix}`, embeddedEnv, root);
    const { readyMs: coldMs, rssAtReady: coldRss } = cold;
    const coldPeak = cold.peak();
    await cold.stop();
    const warm = await spawnMeshwork("embedded", `embedded${suffix}`, embeddedEnv, root);
    console.log(
      `embedded${suffix} start to ready: cold (initdb) ${coldMs} ms, RSS ${coldRss} MB (peak ${coldPeak} MB); ` +
        `warm ${warm.readyMs} ms, RSS ${warm.rssAtReady} MB (peak ${warm.peak()} MB)`,
    );
    nodes[`embedded${suffix}`] = [warm];
    ports[`embedded${suffix}`] = warm.port;
    tokens[`embedded${suffix}`] = await signup(warm.port);
  }
}

const dataDirs: string[] = [];

async function main(): Promise<void> {
  console.log(`bench:gateway ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model.trim()}`);
  console.log(`Node ${process.versions.node}; load average ${load()} at start`);
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--if-stale"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("build failed");

  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  const databases: string[] = [];
  const createDb = async () => {
    const name = `mw_bench_${Date.now().toString(36)}_${randomBytes(2).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${name}`);
    databases.push(name);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const secrets = {
    JWT_SECRET: randomBytes(32).toString("hex"),
    PAYMENTS_WEBHOOK_SECRETS: `whsec_${randomBytes(32).toString("base64")}`,
  };
  const servers: Server[] = [];
  const started: Started = { ports: {}, tokens: {}, nodes: {} };
  const { ports, tokens, nodes } = started;
  try {
    if (ROWS.includes("raw")) servers.push(await spawnScript("raw", "bench/gateway/raw.ts"));
    if (ROWS.includes("bare")) servers.push(await spawnScript("bare", "bench/gateway/bare.ts"));
    for (const server of servers) ports[server.name] = server.port;
    const dbUrl = await createDb();
    await startMeshwork(ROOT, "", dbUrl, secrets, started);
    if (ROWS.includes("anchor")) {
      const anchor = await spawnScript("anchor", "bench/anchor.ts", { ...secrets, DATABASE_URL: dbUrl });
      servers.push(anchor);
      ports.anchor = anchor.port;
      tokens.anchor = tokens.pg;
    }
    const beforeDbUrl = BEFORE ? await createDb() : null;
    if (BEFORE) await startMeshwork(BEFORE, "-before", beforeDbUrl as string, secrets, started);
    const rows = ROWS.flatMap((row) => [row, `${row}-before`]).filter((row) => ports[row] !== undefined);
    // The processes that serve each row, whose CPU time a round is charged.
    const pids: Record<string, number[]> = {};
    for (const server of servers) pids[server.name] = [server.child.pid as number];
    for (const [row, list] of Object.entries(nodes)) pids[row] = list.map((node) => node.child.pid as number);
    const cpuMs = (row: string) => (pids[row] ?? []).reduce((sum, pid) => sum + cpuMsOf(pid), 0);
    const cpuPerRequest: Record<string, number[]> = Object.fromEntries(rows.map((row) => [row, []]));
    /** Each node's highest RSS at the end of a round (under load), before it idles. */
    const loadedRss = new Map<Meshwork, number>();

    // Rounds alternate the rows, so a change in the machine's load falls on all of them alike.
    const results: Record<string, LoadResult[]> = Object.fromEntries(rows.map((row) => [row, []]));
    for (const row of rows) {
      // Warm-up: JIT, pools, caches.
      await closedLoop(targetOf(row, ports, tokens), CONNECTIONS, 1, 0);
    }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const row of rows) {
        const cpuBefore = cpuMs(row);
        const result = await closedLoop(targetOf(row, ports, tokens), CONNECTIONS, SECONDS, 0.5);
        results[row].push(result);
        // Charged to every request of the round, the half-second warm-up included.
        const served = result.requests * ((SECONDS + 0.5) / SECONDS);
        cpuPerRequest[row].push(((cpuMs(row) - cpuBefore) * 1000) / Math.max(1, served));
        for (const node of nodes[row] ?? []) loadedRss.set(node, Math.max(loadedRss.get(node) ?? 0, node.rss()));
        console.log(
          `round ${round} ${row.padEnd(15)} ${fmt(result.rps).padStart(7)} req/s  p50 ${ms(result.p50)} ms  p99 ${ms(result.p99)} ms` +
            `  CPU ${fmt(cpuPerRequest[row][round - 1])} µs/req` +
            (result.errors ? `  errors ${result.errors} ${JSON.stringify(result.statuses)}` : "") +
            `  (load ${load()})`,
        );
      }
    }

    console.log(
      `\n| target | req/s per round | median | ratio (median) | per-round ratios | p99 (median) | server CPU µs/req (median) | CPU ratio |`,
    );
    console.log(`|---|---|---|---|---|---|---|---|`);
    for (const row of rows) {
      const rps = results[row].map((r) => r.rps);
      const [name, before] = row.split("-");
      const baseRow = before ? row.replace("-before", "") : BASE[name];
      const baseRps = baseRow && results[baseRow] ? results[baseRow].map((r) => r.rps) : null;
      const baseName = before ? "after" : baseRow;
      const ratio = baseRps ? `${(median(rps) / median(baseRps)).toFixed(2)} × ${baseName}` : "—";
      const perRound = baseRps ? rps.map((value, i) => (value / baseRps[i]).toFixed(2)).join(", ") : "—";
      const p99 = median(results[row].map((r) => r.p99));
      const label = before ? `${LABEL[name]} (before)` : LABEL[name];
      const cpu = median(cpuPerRequest[row]);
      // As a throughput ratio would be if CPU were all that limited it: base CPU per request over this row's.
      const cpuRatio = baseRow && cpuPerRequest[baseRow] ? (median(cpuPerRequest[baseRow]) / cpu).toFixed(2) : "—";
      console.log(
        `| ${label} | ${rps.map(fmt).join(", ")} | ${fmt(median(rps))} | ${ratio} | ${perRound} | ${ms(p99)} ms | ${fmt(cpu)} | ${cpuRatio} |`,
      );
    }

    if (TASKS) {
      await taskRows("", ports.pg, tokens.pg, dbUrl);
      if (BEFORE) await taskRows(" (before)", ports["pg-before"], tokens["pg-before"], beforeDbUrl as string);
    }

    console.log(`\n| node | RSS at ready | RSS under load (highest at a round's end) | RSS at the end of the run |`);
    console.log(`|---|---|---|---|`);
    for (const [row, list] of Object.entries(nodes)) {
      for (const node of list) {
        console.log(
          `| ${row}: ${node.name} | ${node.rssAtReady} MB | ${loadedRss.get(node) ?? "—"} MB | ${node.rss()} MB |`,
        );
      }
    }
    console.log(`\nload average ${load()} at the end`);
  } finally {
    for (const list of Object.values(nodes)) for (const node of list) await node.stop();
    for (const server of servers) await server.stop();
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }
}

function targetOf(row: string, ports: Record<string, number>, tokens: Record<string, string>): Target {
  const headers: Record<string, string> = tokens[row] ? { Authorization: `Bearer ${tokens[row]}` } : {};
  return { port: ports[row], method: "GET", calls: [{ path: "/api/v1/users/me" }], headers };
}

/** POST /projects/:id/tasks at TASK_RATE over TASK_PROJECTS projects, then one project's ceiling. */
async function taskRows(label: string, port: number, token: string, dbUrl: string): Promise<void> {
  const team = await call<{ id: string }>(port, "POST", "/teams", { name: "Bench team" }, token);
  const projects: { id: string; columnId: string }[] = [];
  for (let i = 0; i <= TASK_PROJECTS; i++) {
    const project = await call<{ id: string }>(
      port,
      "POST",
      "/projects",
      { teamId: team.id, name: `Bench ${i}` },
      token,
    );
    const columns = await call<{ rows: { id: string }[] }>(
      port,
      "GET",
      `/projects/${project.id}/columns`,
      undefined,
      token,
    );
    projects.push({ id: project.id, columnId: columns.rows[0].id });
  }
  const headers = { Authorization: `Bearer ${token}` };
  const callOf = (p: { id: string; columnId: string }, i: number) => ({
    path: `/api/v1/projects/${p.id}/tasks`,
    body: { columnId: p.columnId, title: `Task ${i}` },
  });
  // Warm-up at a tenth of the rate.
  await openLoop({ port, method: "POST", headers, calls: projects.slice(1).map(callOf) }, TASK_RATE / 10, 2);
  const spread = await openLoop(
    { port, method: "POST", headers, calls: projects.slice(1).map(callOf) },
    TASK_RATE,
    TASK_SECONDS,
  );
  const single = projects[0];
  const ceiling = await closedLoop(
    { port, method: "POST", headers, calls: Array.from({ length: 100 }, (_, i) => callOf(single, i)) },
    CONNECTIONS,
    CEILING_SECONDS,
    1,
  );
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const { rows } = await db.query<{ n: number; max: number; distinct: number }>(
    `SELECT count(*)::int AS n, max(seq) AS max, count(DISTINCT key)::int AS distinct FROM tasks WHERE project_id = $1`,
    [single.id],
  );
  await db.end();
  const keys = rows[0];
  const consecutive = keys.n === keys.max && keys.n === keys.distinct;
  console.log(`\n| POST /projects/:id/tasks (PostgreSQL)${label} | achieved/s | p50 | p99 | max | errors |`);
  console.log(`|---|---|---|---|---|---|`);
  console.log(
    `| offered ${TASK_RATE}/s over ${TASK_PROJECTS} projects, ${TASK_SECONDS} s | ${fmt(spread.rps)} | ${ms(spread.p50)} ms | ${ms(spread.p99)} ms | ${ms(spread.max)} ms | ${spread.errors} ${spread.errors ? JSON.stringify(spread.statuses) : ""} |`,
  );
  console.log(
    `| one project, ${CONNECTIONS} clients, ${CEILING_SECONDS} s | ${fmt(ceiling.rps)} | ${ms(ceiling.p50)} ms | ${ms(ceiling.p99)} ms | ${ms(ceiling.max)} ms | ${ceiling.errors} ${ceiling.errors ? JSON.stringify(ceiling.statuses) : ""} |`,
  );
  console.log(
    `keys of that project: ${keys.n} tasks, highest number ${keys.max}, ${keys.distinct} distinct: ${consecutive ? "consecutive" : "NOT consecutive"}`,
  );
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
