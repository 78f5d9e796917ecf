/**
 * meshwork/testing — the test kit for anyone writing services on meshwork (DESIGN §7).
 * Framework-neutral: it starts things and records what happened; your runner does the asserting.
 *
 *   const t = await serviceUnderTest(ProjectsService, { fakes: { teams: { membership: { role: "editor" } } } });
 *   const project = await t.call("projects.create", { teamId, name: "Board" }, { user: t.user() });
 *   const events = await t.published("projects");        // decoded envelopes, oldest first
 *   t.fakes.teams.callsTo("membership");                 // what the service asked its neighbour
 *   await t.stop();
 */
import { randomBytes, randomUUID } from "node:crypto";
import { ServiceBroker, type Context, type Service, type ServiceSchema } from "moleculer";
import { QueryTypes, type Sequelize } from "sequelize";
import { loadConfig, type Config } from "../config.js";
import { topicModules, type Topic } from "../events/topics.js";
import type { AuthUser } from "../lib/auth.js";
import { acquireDatabase, releaseDatabase } from "../lib/database.js";
import { decodeEnvelope, type Envelope } from "../lib/events/envelope.js";
import { databaseOptions } from "../lib/runtime.js";
import { brokerOptions } from "../moleculer.config.js";

// --- fakes ----------------------------------------------------------------------

/** Parsed params and answers as tests probe them: the kit's one deliberately untyped alias. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface RecordedCall {
  action: string;
  params: Json;
  meta: Json;
}

export interface RecordedEvent {
  event: string;
  params: Json;
}

/** A canned answer, or a function computing one from the params (throw in it to fail the call). */
export type FakeAnswer = unknown | ((params: Json, ctx: Context<Json, Json>) => unknown);

export interface FakeService {
  schema: ServiceSchema;
  /** Every call, in order. */
  calls: RecordedCall[];
  /** Every received broker event, in order. */
  events: RecordedEvent[];
  /** The calls to one action (short name, e.g. "get"). */
  callsTo(action: string): RecordedCall[];
  reset(): void;
}

/**
 * A stand-in for a neighbour service: its actions answer what they are given and record every
 * call, so a test can assert the outgoing calls of the service under test.
 *
 *   const teams = fakeService("teams", { membership: (p) => ({ role: "editor" }), teamIdsOf: [] });
 */
export function fakeService(name: string, actions: Record<string, FakeAnswer>, events: string[] = []): FakeService {
  const calls: RecordedCall[] = [];
  const received: RecordedEvent[] = [];
  const answer = (action: string, given: FakeAnswer) => ({
    visibility: "public" as const,
    async handler(ctx: Context<Json, Json>) {
      calls.push({ action, params: structuredClone(ctx.params), meta: { ...ctx.meta } });
      return typeof given === "function"
        ? (given as (p: Json, c: Context<Json, Json>) => unknown)(ctx.params, ctx)
        : structuredClone(given);
    },
  });
  const schema: ServiceSchema = {
    name,
    actions: Object.fromEntries(Object.entries(actions).map(([action, given]) => [action, answer(action, given)])),
    events: Object.fromEntries(
      events.map((event) => [
        event,
        {
          handler(ctx: Context<Json, Json>) {
            received.push({ event, params: structuredClone(ctx.params) });
          },
        },
      ]),
    ),
  };
  return {
    schema,
    calls,
    events: received,
    callsTo: (action) => calls.filter((c) => c.action === action),
    reset() {
      calls.length = 0;
      received.length = 0;
    },
  };
}

// --- callers --------------------------------------------------------------------

export interface TestUser {
  id?: string;
  email?: string;
  roles?: readonly string[];
  via?: AuthUser["via"];
  scopes?: AuthUser["scopes"];
}

/** The AuthUser a gateway would put in ctx.meta.user; unspecified fields get fresh values. */
export function authUser(user: TestUser = {}): AuthUser {
  const id = user.id ?? randomUUID();
  return {
    id,
    email: user.email ?? `${id.slice(0, 8)}@example.test`,
    roles: (user.roles ?? ["user"]) as AuthUser["roles"],
    via: user.via ?? "jwt",
    ...(user.scopes ? { scopes: user.scopes } : {}),
  };
}

/** Call options carrying a user, for `broker.call(action, params, asUser(user))`. */
export function asUser(user: TestUser, via: AuthUser["via"] = user.via ?? "jwt"): { meta: { user: AuthUser } } {
  return { meta: { user: authUser({ ...user, via }) } };
}

// --- the service under test -----------------------------------------------------------

/** One domain event the service wrote to its outbox, decoded. */
export interface PublishedEvent extends Omit<Envelope, "payload"> {
  /** The topic's Event as JSON (enum names as strings, int64 as numbers). */
  event: Record<string, unknown>;
}

export interface ServiceUnderTestOptions {
  /** Neighbour services by name, each a map of action name → canned answer or function. */
  fakes?: Record<string, Record<string, FakeAnswer>>;
  /** Other real services to run beside it. */
  services?: ServiceSchema[];
  /** Environment variables for the node's config (DESIGN §3), over the kit's test defaults. */
  config?: Record<string, string>;
}

export interface ServiceUnderTest {
  broker: ServiceBroker;
  config: Config;
  /** The started service. */
  service: Service;
  /** The fakes, by service name. */
  fakes: Record<string, FakeService>;
  /** Calls an action as the mesh would; with `user`, as that signed-in user (access rules apply). */
  call<T = Json>(action: string, params?: object, opts?: { user?: TestUser | AuthUser }): Promise<T>;
  /** A fresh user identity (no account behind it), for `call(..., { user })`. */
  user(overrides?: TestUser): AuthUser;
  /** The domain events the service has committed, oldest first; optionally one topic's only. */
  published(topic?: Topic): Promise<PublishedEvent[]>;
  /** The service's database, for asserting rows. */
  db(): Promise<Sequelize>;
  stop(): Promise<void>;
}

function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: "test",
    // Its own in-memory embedded Postgres: two kits in one process never share data.
    DATA_DIR: `memory://kit-${randomUUID()}`,
    JWT_SECRET: randomBytes(32).toString("hex"),
    PORT: "0",
    HEALTH_PORT: "0",
    METRICS_PORT: "0",
    LOG_LEVEL: "fatal",
    ...env,
  });
}

function decodePublished(bytes: Buffer): PublishedEvent {
  const { payload, ...envelope } = decodeEnvelope(bytes);
  const mod = topicModules[envelope.topic as Topic];
  const event = mod ? mod.toJSON(mod.decode(payload) as never) : {};
  return { ...envelope, event: { ...event, type: envelope.type } };
}

/**
 * Runs `schema` on a broker configured like a real node (access rules, durable events delivered
 * in-process) with its own in-memory database, beside recording fakes of its neighbours.
 */
export async function serviceUnderTest<S, M, V>(
  schema: ServiceSchema<S, M, V>,
  opts: ServiceUnderTestOptions = {},
): Promise<ServiceUnderTest> {
  const config = testConfig(opts.config);
  const broker = new ServiceBroker({ ...brokerOptions(config), logger: false, metrics: { enabled: false } });
  const fakes = Object.fromEntries(
    Object.entries(opts.fakes ?? {}).map(([name, actions]) => [name, fakeService(name, actions)]),
  );
  for (const fake of Object.values(fakes)) broker.createService(fake.schema);
  for (const other of opts.services ?? []) broker.createService(other);
  // Any typed schema runs; its settings, methods and vars types only matter to its own handlers.
  const service = broker.createService(schema as unknown as ServiceSchema);
  await broker.start();
  const dbOptions = databaseOptions(config);
  const withDb = async <T>(work: (db: Sequelize) => Promise<T>): Promise<T> => {
    const database = await acquireDatabase(dbOptions);
    try {
      return await work(database.sequelize);
    } finally {
      await releaseDatabase(dbOptions);
    }
  };
  return {
    broker,
    config,
    service,
    fakes,
    call(action, params = {}, callOpts = {}) {
      const meta = callOpts.user ? { user: authUser(callOpts.user as TestUser) } : {};
      return broker.call(action, params, { meta });
    },
    user: (overrides = {}) => authUser(overrides),
    async published(topic) {
      const rows = await withDb((db) =>
        db.query<{ envelope: Buffer }>(`SELECT envelope FROM outbox ${topic ? "WHERE topic = $1" : ""} ORDER BY seq`, {
          type: QueryTypes.SELECT,
          bind: topic ? [topic] : [],
        }),
      );
      return rows.map((row) => decodePublished(row.envelope));
    },
    // The services hold the database open until stop(); the handle stays valid that long.
    db: () => withDb(async (db) => db),
    stop: () => broker.stop(),
  };
}
