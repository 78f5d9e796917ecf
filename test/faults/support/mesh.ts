/**
 * The fault suite's mesh (two gateways, two core nodes, an events node on the suite's own servers),
 * its steady load, and the checks every fault ends with: what users saw (errors, their window, the
 * slowest answer) and what was kept (every 201 task once in the database and once in audit).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { spawnNode, type MeshworkNode } from "../../support/processes.js";
import pg from "pg";

export const CORE_SERVICES = "users,teams,projects";

export interface MeshEnv {
  TRANSPORTER: string;
  DATABASE_URL: string;
  REDIS_URL: string;
}

export interface Mesh {
  env: Record<string, string>;
  gateways: MeshworkNode[];
  cores: MeshworkNode[];
  events: MeshworkNode;
  /** Starts a node of a role; resolves once /ready answers 200. */
  start(name: string, services: string, extra?: Record<string, string>): Promise<MeshworkNode>;
}

export async function startMesh(servers: MeshEnv): Promise<Mesh> {
  const env: Record<string, string> = {
    ...servers,
    NAMESPACE: `faults${randomBytes(2).toString("hex")}`,
    JWT_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: "warn",
    // One limit shared by both gateways; the load comes through a trusted proxy, one address per request.
    RATE_LIMIT: "60",
    TRUSTED_PROXIES: "127.0.0.1",
  };
  const start = async (name: string, services: string, extra: Record<string, string> = {}) => {
    const node = await spawnNode({ name, env: { ...env, SERVICES: services, NODE_ID: name, ...extra } });
    await node.waitReady(90_000);
    return node;
  };
  // Core first: it migrates the schema the others read.
  const firstCore = await start("core-1", CORE_SERVICES);
  const [secondCore, events, gatewayA, gatewayB] = await Promise.all([
    start("core-2", CORE_SERVICES),
    start("events-1", "audit"),
    start("gateway-a", "api"),
    start("gateway-b", "api"),
  ]);
  return { env, gateways: [gatewayA, gatewayB], cores: [firstCore, secondCore], events, start };
}

// --- the database ---------------------------------------------------------------------

export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// --- a workspace to write into ------------------------------------------------------------

export interface Workspace {
  token: string;
  /** Projects with the column tasks go into. */
  projects: { id: string; columnId: string }[];
}

async function post(base: string, path: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Forwarded-For": uniqueAddress(),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status >= 300) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

export async function workspace(gateway: MeshworkNode, projects = 4): Promise<Workspace> {
  const base = gateway.baseUrl;
  const session = await post(base, "/auth/signup", {
    email: `faults-${randomUUID().slice(0, 8)}@example.test`,
    password: "correct horse battery staple",
  });
  const token = session.accessToken as string;
  const team = await post(base, "/teams", { name: "Faults" }, token);
  const made = [];
  for (let i = 0; i < projects; i++) {
    const project = await post(base, "/projects", { teamId: team.id, name: `Load ${i}` }, token);
    const res = await fetch(`${base}/projects/${String(project.id)}/columns`, {
      headers: { Authorization: `Bearer ${token}`, "X-Forwarded-For": uniqueAddress() },
    });
    const columns = (await res.json()) as { id: string }[] | { rows: { id: string }[] };
    const first = Array.isArray(columns) ? columns[0] : columns.rows[0];
    made.push({ id: String(project.id), columnId: first.id });
  }
  return { token, projects: made };
}

// --- steady load --------------------------------------------------------------------------

export interface Outcome {
  kind: "read" | "write";
  /** Milliseconds since the load started, when the request was sent. */
  at: number;
  ms: number;
  /** HTTP status; 0 when no answer came (connection refused, client timeout). */
  status: number;
  code?: string;
  retryAfter?: string | null;
  gateway: number;
  /** Writes: the unique title, and the created task's id on a 201. */
  title?: string;
  id?: string;
}

let addresses = 0;
/** A distinct client address per request (documentation ranges, only ever a header), so the load itself is never rate limited. */
function uniqueAddress(): string {
  addresses += 1;
  return `198.51.${(addresses >> 8) & 255}.${addresses & 255}`;
}

export interface Load {
  /** Milliseconds since the load started. */
  now(): number;
  stop(): Promise<Outcome[]>;
}

/**
 * `rate` requests a second, alternately a read (GET /users/me: token resolution and the profile,
 * on core nodes) and a write (a task with a unique title: token, team rule, transaction, outbox),
 * alternately through each gateway, each with its own client address.
 */
export function startLoad(gateways: MeshworkNode[], ws: Workspace, rate: number, tag: string): Load {
  const outcomes: Outcome[] = [];
  const inFlight = new Set<Promise<void>>();
  const t0 = performance.now();
  let n = 0;
  let live = gateways.filter((g) => g.running());
  const fire = () => {
    live = live.filter((g) => g.running());
    if (!live.length) return;
    const i = n++;
    const gateway = i % live.length;
    const base = live[gateway].baseUrl;
    const write = i % 2 === 1;
    const project = ws.projects[(i >> 1) % ws.projects.length];
    const title = write ? `${tag}-${i}` : undefined;
    const at = performance.now() - t0;
    const request = fetch(write ? `${base}/projects/${project.id}/tasks` : `${base}/users/me`, {
      method: write ? "POST" : "GET",
      headers: {
        Authorization: `Bearer ${ws.token}`,
        "X-Forwarded-For": uniqueAddress(),
        ...(write ? { "Content-Type": "application/json" } : {}),
      },
      body: write ? JSON.stringify({ columnId: project.columnId, title }) : undefined,
      signal: AbortSignal.timeout(15_000),
    })
      .then(async (res) => {
        const text = await res.text();
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          // Not JSON: the status says enough.
        }
        outcomes.push({
          kind: write ? "write" : "read",
          at,
          ms: performance.now() - t0 - at,
          status: res.status,
          code: typeof body.code === "string" ? body.code : undefined,
          retryAfter: res.headers.get("retry-after"),
          gateway,
          title,
          id: res.status === 201 ? String(body.id) : undefined,
        });
      })
      .catch(() => {
        outcomes.push({
          kind: write ? "write" : "read",
          at,
          ms: performance.now() - t0 - at,
          status: 0,
          gateway,
          title,
        });
      });
    const tracked = request.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  const timer = setInterval(fire, 1000 / rate);
  return {
    now: () => performance.now() - t0,
    async stop() {
      clearInterval(timer);
      while (inFlight.size) await Promise.all([...inFlight]);
      return outcomes.sort((a, b) => a.at - b.at);
    },
  };
}

// --- what users saw ----------------------------------------------------------------------------

export interface Seen {
  requests: number;
  errors: number;
  /** From the first failed request sent to the last one, 0 without errors. */
  errorWindowMs: number;
  /** When the first and last failed requests were sent, ms since the load started. */
  firstErrorAt: number | null;
  lastErrorAt: number | null;
  maxMs: number;
  statuses: Record<string, number>;
}

export function seen(outcomes: Outcome[], failed = (o: Outcome) => o.status >= 400 || o.status === 0): Seen {
  const errors = outcomes.filter(failed);
  const statuses: Record<string, number> = {};
  for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
  const first = errors.length ? errors[0].at : null;
  const last = errors.length ? errors[errors.length - 1].at : null;
  return {
    requests: outcomes.length,
    errors: errors.length,
    errorWindowMs: first === null || last === null ? 0 : Math.round(last - first),
    firstErrorAt: first === null ? null : Math.round(first),
    lastErrorAt: last === null ? null : Math.round(last),
    maxMs: Math.round(Math.max(0, ...outcomes.map((o) => o.ms))),
    statuses,
  };
}

// --- what was kept --------------------------------------------------------------------------------

export interface Kept {
  /** Writes answered 201. */
  created: number;
  /** 201s whose task is not in the database. */
  lost: number;
  /** Titles with more than one task: a write that ran twice. */
  duplicated: number;
  /** Failed writes whose task exists all the same (a 503 after the commit, which is allowed). */
  ambiguous: number;
  /** Tasks in the database without exactly one TaskCreated in audit. */
  auditMissing: number;
  auditDuplicated: number;
  /** Outbox rows not yet published. */
  unsent: number;
  /** The longest a created task's TaskCreated took to reach audit (occurred → received), ms. */
  auditLagMs: number;
}

export async function kept(dbUrl: string, outcomes: Outcome[]): Promise<Kept> {
  const writes = outcomes.filter((o) => o.kind === "write");
  const rows = await query<{ id: string; title: string }>(dbUrl, "SELECT id, title FROM tasks WHERE title = ANY($1)", [
    writes.map((o) => o.title),
  ]);
  const byTitle = new Map<string, string[]>();
  for (const row of rows) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row.id]);
  const ids = new Set(rows.map((r) => r.id));
  const created = writes.filter((o) => o.status === 201);
  const [audit] = await query<{ missing: number; duplicated: number }>(
    dbUrl,
    `SELECT count(*) FILTER (WHERE n = 0)::int AS missing, count(*) FILTER (WHERE n > 1)::int AS duplicated
       FROM (SELECT t.id, (SELECT count(*) FROM audit_events a WHERE a.type = 'TaskCreated' AND a.entity_id = t.id::text) AS n
               FROM unnest($1::uuid[]) AS t(id)) counted`,
    [[...ids]],
  );
  const [{ unsent }] = await query<{ unsent: number }>(
    dbUrl,
    "SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL",
  );
  const [{ lag }] = await query<{ lag: number }>(
    dbUrl,
    `SELECT coalesce(max(extract(epoch FROM received_at - occurred_at) * 1000), 0)::int AS lag
       FROM audit_events WHERE type = 'TaskCreated' AND entity_id = ANY($1::text[])`,
    [[...ids]],
  );
  return {
    created: created.length,
    lost: created.filter((o) => !o.id || !ids.has(o.id)).length,
    duplicated: [...byTitle.values()].filter((list) => list.length > 1).length,
    ambiguous: writes.filter((o) => o.status !== 201 && o.title && byTitle.has(o.title)).length,
    auditMissing: audit.missing,
    auditDuplicated: audit.duplicated,
    unsent,
    auditLagMs: lag,
  };
}

/** Polls `kept` until every task is in audit once and the outbox is empty, or the time runs out. */
export async function settled(dbUrl: string, outcomes: Outcome[], timeoutMs = 20_000): Promise<Kept> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await kept(dbUrl, outcomes);
    if ((result.auditMissing === 0 && result.unsent === 0) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// --- metrics and readiness ---------------------------------------------------------------------------

export async function metric(node: MeshworkNode, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${node.metricsPort}/metrics`)).text();
  let total = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) total += Number(line.split(" ").pop());
  }
  return total;
}

export async function readyStatus(node: MeshworkNode): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${node.healthPort}/ready`, { signal: AbortSignal.timeout(2000) })).status;
  } catch {
    return 0;
  }
}
