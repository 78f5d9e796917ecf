/** Event test helpers: embedded brokers with the channels middleware, hand-made envelopes, JetStream access and cleanup, a fake Mixpanel. */
import { randomBytes, randomUUID } from "node:crypto";
import { sendToChannel as sendBytes } from "../../lib/events/channels.js";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ServiceBroker, type ServiceSchema } from "moleculer";
import { connect, type JetStreamManager, type NatsConnection } from "nats";
import { QueryTypes, type Sequelize } from "sequelize";
import { loadConfig, type LoadedConfig } from "../../config.js";
import { encodeEnvelope, type Envelope } from "../../lib/events/envelope.js";
import { brokerOptions } from "../../moleculer.config.js";
import { acquireDatabase, releaseDatabase } from "../../lib/database.js";
import { databaseOptions } from "../../lib/runtime.js";
import {
  NATS_URL,
  cleanupAll,
  createDatabase,
  http,
  sleep,
  spawnNode,
  uniqueName,
  type MeshworkNode,
  type TestDatabase,
} from "./processes.js";

// --- embedded brokers ------------------------------------------------------------

export interface EmbeddedBroker {
  broker: ServiceBroker;
  config: LoadedConfig;
  /** The node's database (the same one its services use). */
  db: Sequelize;
  stop(): Promise<void>;
}

/**
 * A broker built from moleculer.config (so the channels middleware and the in-process adapter are
 * there) on its own in-memory database, with metrics on but no reporter, running `services`.
 */
export async function startEmbedded(services: object[], env: Record<string, string> = {}): Promise<EmbeddedBroker> {
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: `memory://events-${randomUUID()}`,
    JWT_SECRET: randomBytes(32).toString("hex"),
    METRICS_PORT: "0",
    HEALTH_PORT: "0",
    PORT: "0",
    ...env,
  });
  const broker = new ServiceBroker({
    ...brokerOptions(config),
    logger: false,
    // The metrics registry without a reporter: tests read counters straight from it.
    metrics: { enabled: true, reporter: [] },
  });
  for (const schema of services) broker.createService(schema as ServiceSchema);
  const options = databaseOptions(config);
  // Held for the test's own queries; the services share the same handle.
  const database = await acquireDatabase(options);
  await broker.start();
  return {
    broker,
    config,
    db: database.sequelize,
    async stop() {
      await broker.stop();
      await releaseDatabase(options);
    },
  };
}

/** lib's sendToChannel, taking encoder output (Uint8Array) as well. */
export function sendToChannel(
  broker: ServiceBroker,
  channel: string,
  payload: Buffer | Uint8Array,
  opts?: object,
): Promise<void> {
  return sendBytes(broker, channel, Buffer.isBuffer(payload) ? payload : Buffer.from(payload), opts);
}

/** The value of a counter for the given labels (0 when it was never incremented). */
export function counterValue(broker: ServiceBroker, name: string, labels: Record<string, string>): number {
  const metric = broker.metrics.getMetric(name);
  if (!metric) return 0;
  const entry = metric.get(labels) as { value?: number } | null;
  return entry?.value ?? 0;
}

export async function rows<T extends object>(db: Sequelize, sql: string, bind: unknown[] = []): Promise<T[]> {
  return db.query<T>(sql, { bind, type: QueryTypes.SELECT });
}

// --- envelopes --------------------------------------------------------------------

/** A complete envelope of `topic`, with a fresh id and the current time unless overridden. */
export function makeEnvelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    id: randomUUID(),
    topic: "users",
    type: "Created",
    occurredAt: Date.now(),
    actorId: randomUUID(),
    teamId: "",
    entity: "user",
    entityId: randomUUID(),
    traceId: randomUUID(),
    schemaVersion: 1,
    payload: new Uint8Array(),
    ...overrides,
  };
}

export function envelopeBytes(overrides: Partial<Envelope> = {}): { envelope: Envelope; bytes: Buffer } {
  const envelope = makeEnvelope(overrides);
  return { envelope, bytes: Buffer.from(encodeEnvelope(envelope)) };
}

// --- JetStream ---------------------------------------------------------------------

export interface JetStream {
  nc: NatsConnection;
  jsm: JetStreamManager;
  /** Names of the streams whose name starts with `<namespace>_`. */
  streams(namespace: string): Promise<string[]>;
  /** Deletes every stream of the namespace (and with it its consumers). */
  deleteStreams(namespace: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function jetstream(url = NATS_URL): Promise<JetStream> {
  const nc = await connect({ servers: new URL(url).host, name: "meshwork-events-tests" });
  const jsm = await nc.jetstreamManager();
  const streams = async (namespace: string) => {
    const names: string[] = [];
    for await (const name of jsm.streams.names()) if (name.startsWith(`${namespace}_`)) names.push(name);
    return names;
  };
  return {
    nc,
    jsm,
    streams,
    async deleteStreams(namespace: string) {
      const names = await streams(namespace);
      for (const name of names) await jsm.streams.delete(name).catch(() => undefined);
      return names;
    },
    async close() {
      if (!nc.isClosed()) await nc.close();
    },
  };
}

/** Deletes a namespace's streams with a connection of its own (for afterAll). */
export async function deleteNamespaceStreams(namespace: string): Promise<string[]> {
  const js = await jetstream();
  try {
    return await js.deleteStreams(namespace);
  } finally {
    await js.close();
  }
}

/** A stream name as @moleculer/channels derives it from a channel: `<ns>.events.users` → `<ns>_events_users`. */
export function streamOf(namespace: string, channel: string): string {
  return `${namespace}.${channel}`.split(".").join("_");
}

// --- Prometheus -----------------------------------------------------------------------

/** Sums a metric's samples on a Prometheus text page whose labels include `labels`. */
export function prometheusValue(page: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of page.split("\n")) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const match = /^([^{\s]+)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match || match[1] !== name) continue;
    const found: Record<string, string> = {};
    for (const pair of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) found[pair[1]] = pair[2];
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) total += Number(match[3]);
  }
  return total;
}

// --- a Mixpanel stand-in ------------------------------------------------------------------

export interface TrackedEvent {
  event: string;
  properties: Record<string, unknown>;
}

export interface FakeMixpanel {
  port: number;
  host: string;
  /** Events it answered "1" to, in arrival order. */
  tracked: TrackedEvent[];
  /** Every /track request, including the refused ones. */
  attempts: TrackedEvent[];
  /** The next `n` requests get a 500. */
  failNext(n: number): void;
  close(): Promise<void>;
}

/** Decodes the `data` query parameter the mixpanel library sends to /track (base64 JSON). */
export function decodeTrack(req: IncomingMessage): TrackedEvent | null {
  const url = new URL(req.url ?? "/", "http://mixpanel.local");
  if (url.pathname !== "/track") return null;
  const data = url.searchParams.get("data");
  if (!data) return null;
  return JSON.parse(Buffer.from(data, "base64").toString("utf8")) as TrackedEvent;
}

/** An HTTP server on a free loopback port that answers /track like Mixpanel ("1") and records it. */
export async function startFakeMixpanel(): Promise<FakeMixpanel> {
  const tracked: TrackedEvent[] = [];
  const attempts: TrackedEvent[] = [];
  let failures = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const event = decodeTrack(req);
      if (!event) {
        res.writeHead(404).end("0");
        return;
      }
      attempts.push(event);
      if (failures > 0) {
        failures -= 1;
        res.writeHead(500, { "Content-Type": "text/plain" }).end("0");
        return;
      }
      tracked.push(event);
      res.writeHead(200, { "Content-Type": "text/plain" }).end("1");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    host: `127.0.0.1:${port}`,
    tracked,
    attempts,
    failNext(n: number) {
      failures = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// --- a mesh of node processes over NATS + PostgreSQL ------------------------------------------

export interface EventMesh {
  namespace: string;
  db: TestDatabase;
  env: Record<string, string>;
  /** Starts a node running `services` on the mesh (extra env wins); resolves once it is ready. */
  start(name: string, services: string, env?: Record<string, string>): Promise<MeshworkNode>;
  /** Ends every process, deletes the namespace's streams and drops the database. */
  cleanup(): Promise<void>;
}

/** A namespace and a database of its own, for nodes that talk over the machine's NATS. */
export async function createEventMesh(prefix: string): Promise<EventMesh> {
  const namespace = uniqueName(prefix);
  const db = await createDatabase();
  const env = {
    TRANSPORTER: NATS_URL,
    NAMESPACE: namespace,
    DATABASE_URL: db.url,
    JWT_SECRET: randomBytes(32).toString("hex"),
    RATE_LIMIT: "0",
    LOG_LEVEL: "warn",
  };
  return {
    namespace,
    db,
    env,
    async start(name, services, extra = {}) {
      const node = await spawnNode({
        name,
        env: { ...env, SERVICES: services, NODE_ID: `${namespace}-${name}`, ...extra },
      });
      await node.waitReady();
      return node;
    },
    async cleanup() {
      const errors: unknown[] = [];
      await cleanupAll().catch((err) => errors.push(err));
      await deleteNamespaceStreams(namespace).catch((err) => errors.push(err));
      if (errors.length) throw new AggregateError(errors, "event mesh cleanup failed");
    },
  };
}

/** Signs up `count` accounts at `baseUrl`, `concurrency` at a time; returns their ids. */
export async function signups(
  baseUrl: string,
  count: number,
  opts: { concurrency?: number; tag?: string; domain?: string; pauseMs?: number } = {},
): Promise<string[]> {
  const ids: string[] = [];
  const concurrency = opts.concurrency ?? 5;
  for (let start = 0; start < count; start += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, count - start) }, async () => {
      const email = `${opts.tag ?? "ev"}-${randomUUID().slice(0, 12)}@${opts.domain ?? "example.test"}`;
      const res = await http(`${baseUrl}/auth/signup`, { body: { email, password: "correct horse battery staple" } });
      if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body.user.id as string;
    });
    ids.push(...(await Promise.all(batch)));
    if (opts.pauseMs) await sleep(opts.pauseMs);
  }
  return ids;
}

export interface AuditCounts {
  /** Rows in audit_events. */
  rows: number;
  /** Distinct envelope ids among them. */
  distinct: number;
  /** Outbox envelope ids missing from audit. */
  missing: number;
  /** Outbox rows in all and not yet marked sent. */
  outbox: number;
  unsent: number;
}

/** How the outbox and the audit store compare (the audit node and the producers share one database here). */
export async function auditCounts(db: TestDatabase): Promise<AuditCounts> {
  // Each node migrates only its own domains: until an audit node has started there is no audit table.
  const [{ audit }] = await db.query<{ audit: string | null }>("SELECT to_regclass('audit_events')::text AS audit");
  if (!audit) {
    const [outbox] = await db.query<{ outbox: number; unsent: number }>(
      "SELECT count(*)::int AS outbox, count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent FROM outbox",
    );
    return { rows: 0, distinct: 0, missing: outbox.outbox, ...outbox };
  }
  const [row] = await db.query<AuditCounts>(
    `SELECT (SELECT count(*)::int FROM audit_events) AS rows,
            (SELECT count(DISTINCT id)::int FROM audit_events) AS distinct,
            (SELECT count(*)::int FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.id = o.id)) AS missing,
            (SELECT count(*)::int FROM outbox) AS outbox,
            (SELECT count(*)::int FROM outbox WHERE sent_at IS NULL) AS unsent`,
  );
  return row;
}
