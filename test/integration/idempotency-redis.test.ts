/**
 * Idempotency-Key across gateways: two nodes (separate brokers, one PostgreSQL) share their records
 * through the machine's Redis, so a key used on one is replayed on the other and a key running on one
 * is 409 on the other; concurrent same-key requests on both create one team. A Redis outage is 503.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { Context, ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Meta } from "../../lib/auth.js";
import { RedisIdempotencyStore } from "../../services/api/idempotency-store.js";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  type ApiClient,
  type ApiResponse,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";
import {
  cleanupAll,
  createDatabase,
  SHARED_REDIS_URL,
  sleep,
  spawnRedis,
  uniqueName,
  type RedisServer,
  type TestDatabase,
} from "../support/processes.js";

let db: TestDatabase;
let a: TestNode;
let b: TestNode;
let clientA: ApiClient;
let clientB: ApiClient;
let alice: SessionBody;
const namespace = uniqueName("mwidem");
const secret = randomBytes(32).toString("hex");

/** One gate for both brokers (they share this process): the stand-in's handler waits on it. */
let gate: { entered: Promise<void>; enter(): void; released: Promise<void>; release(): void } | null = null;
let runs = 0;

/** Stands in for the projects domain behind its real `POST /projects` route, on both nodes. */
const HeldProjects: ServiceSchema = {
  name: "projects",
  actions: {
    create: {
      rest: "POST /projects",
      access: "user",
      params: { name: "string|min:1|max:100" },
      async handler(ctx: Context<{ name: string }, Meta>) {
        runs++;
        if (gate) {
          gate.enter();
          await gate.released;
        }
        return { id: randomUUID(), name: ctx.params.name, node: ctx.nodeID };
      },
    },
  },
};

function newGate() {
  const g = {} as NonNullable<typeof gate>;
  g.entered = new Promise<void>((resolve) => (g.enter = resolve));
  g.released = new Promise<void>((resolve) => (g.release = resolve));
  return g;
}

function gatewayEnv(redisUrl: string): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    NAMESPACE: namespace, // the records' key prefix: unique per run
    JWT_SECRET: secret,
    SERVICES: "api,users,teams",
    RATE_LIMIT: "0",
  };
}

async function gateway(redisUrl: string): Promise<TestNode> {
  const node = await startTestNode(gatewayEnv(redisUrl));
  node.broker.createService(HeldProjects);
  await node.broker.waitForServices("projects", 10_000);
  return node;
}

beforeAll(async () => {
  db = await createDatabase();
  a = await gateway(SHARED_REDIS_URL); // migrates first
  b = await gateway(SHARED_REDIS_URL);
  // The held projects stand-in answers its own shape, not a Project: no contract check on these clients.
  clientA = api(a.baseUrl, undefined, { checkContract: false });
  clientB = api(b.baseUrl, undefined, { checkContract: false });
  alice = await signup(clientA);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await cleanupAll();
  // The records would expire in 24 h; this run's prefix is unique, so they can go now.
  const redis = new Redis(SHARED_REDIS_URL);
  try {
    const keys = await redis.keys(`${namespace}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
});

const as = (k: string) => ({ token: alice.accessToken, headers: { "Idempotency-Key": k } });

async function teamsNamed(name: string): Promise<number> {
  const rows = await db.query("SELECT id FROM teams WHERE name = $1", [name]);
  return rows.length;
}

function expectReplay(replayed: ApiResponse, first: ApiResponse): void {
  expect(replayed.status).toBe(first.status);
  expect(replayed.text).toBe(first.text);
  expect(replayed.headers.get("location")).toBe(first.headers.get("location"));
  expect(replayed.headers.get("idempotent-replayed")).toBe("true");
}

/** Every record of this run sits under its namespace and expires within 24 h. */
async function expectKeptFor24Hours(): Promise<void> {
  const redis = new Redis(SHARED_REDIS_URL);
  try {
    const keys = await redis.keys(`${namespace}:idempotency:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(23 * 3600_000);
      expect(ttl).toBeLessThanOrEqual(24 * 3600_000);
    }
  } finally {
    redis.disconnect();
  }
}

describe("two gateways sharing Redis", () => {
  it("replay on gateway B the answer gateway A gave, without a second team", async () => {
    const name = `Shared ${randomUUID().slice(0, 8)}`;
    const k = randomUUID();
    const first = await clientA.post("/teams", { name }, as(k));
    expectJson(first, 201);
    const onB = await clientB.post("/teams", { name }, as(k));
    expectReplay(onB, first);
    expect(await teamsNamed(name)).toBe(1);
    await expectKeptFor24Hours();
    // And another body under that key is refused on B too.
    expectProblem(await clientB.post("/teams", { name: `${name}!` }, as(k)), 422, "IDEMPOTENCY_KEY_REUSED");
  });

  it("answer 409 on B while A still runs the key, then replay A's answer", async () => {
    gate = newGate();
    runs = 0;
    const k = randomUUID();
    const onA = clientA.post("/projects", { name: "held" }, as(k));
    await gate.entered;
    const onB = await clientB.post("/projects", { name: "held" }, as(k));
    expectProblem(onB, 409, "IDEMPOTENCY_KEY_IN_USE");
    gate.release();
    gate = null;
    const first = await onA;
    expectJson(first, 201);
    expect(first.body.node).toBe(a.broker.nodeID);
    expectReplay(await clientB.post("/projects", { name: "held" }, as(k)), first);
    expect(runs).toBe(1);
  });

  it("create one team when the same key reaches both gateways at once", async () => {
    const names: string[] = [];
    for (let round = 0; round < 10; round++) {
      const name = `Race ${round} ${randomUUID().slice(0, 8)}`;
      names.push(name);
      const k = randomUUID();
      const answers = await Promise.all([
        clientA.post("/teams", { name }, as(k)),
        clientB.post("/teams", { name }, as(k)),
      ]);
      const ran = answers.filter((res) => res.status === 201 && res.headers.get("idempotent-replayed") === null);
      expect(ran, answers.map((res) => `${res.status} ${res.text}`).join("\n")).toHaveLength(1);
      for (const res of answers) {
        if (res !== ran[0]) {
          // The other one either met the running claim or the kept answer.
          if (res.status === 409) expectProblem(res, 409, "IDEMPOTENCY_KEY_IN_USE");
          else expectReplay(res, ran[0]);
        }
      }
    }
    for (const name of names) expect(await teamsNamed(name)).toBe(1);
  });
});

describe("RedisIdempotencyStore", () => {
  const prefix = `${namespace}:store-test`;

  it("lets a claim's lease run out (PX), so a crashed gateway doesn't block its key", async () => {
    const store = new RedisIdempotencyStore(SHARED_REDIS_URL);
    try {
      expect(await store.claim(`${prefix}:lease`, "crashed", 300)).toEqual({ claimed: true });
      expect(await store.claim(`${prefix}:lease`, "retry", 300)).toEqual({ claimed: false, existing: "crashed" });
      await sleep(400);
      expect(await store.claim(`${prefix}:lease`, "retry", 300)).toEqual({ claimed: true });
    } finally {
      await store.close();
    }
  });

  it("completes or releases only its own claim", async () => {
    const store = new RedisIdempotencyStore(SHARED_REDIS_URL);
    try {
      const key = `${prefix}:own`;
      await store.claim(key, "newer", 10_000);
      await store.complete(key, "older", "late answer", 10_000);
      await store.release(key, "older");
      expect(await store.claim(key, "x", 10_000)).toEqual({ claimed: false, existing: "newer" });
      await store.complete(key, "newer", "answer", 10_000);
      expect(await store.claim(key, "x", 10_000)).toEqual({ claimed: false, existing: "answer" });
    } finally {
      await store.close();
    }
  });
});

describe("a Redis outage", () => {
  let redis: RedisServer;
  let c: TestNode;

  beforeAll(async () => {
    redis = await spawnRedis();
    c = await gateway(redis.url);
  });
  afterAll(() => c?.stop());

  it("answers a keyed POST 503 with Retry-After (running nothing), and serves again once Redis is back", async () => {
    const client = api(c.baseUrl);
    const before = await client.post("/teams", { name: `Up ${randomUUID().slice(0, 8)}` }, as(randomUUID()));
    expectJson(before, 201);

    const port = redis.port;
    await redis.stop("SIGKILL");
    const name = `Down ${randomUUID().slice(0, 8)}`;
    const started = Date.now();
    const down = await client.post("/teams", { name }, as(randomUUID()));
    expectProblem(down, 503, "SERVICE_UNAVAILABLE", c);
    expect(Number(down.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await teamsNamed(name)).toBe(0);
    // Without a key nothing needs the store.
    expectJson(await client.post("/teams", { name: `${name} unkeyed` }, { token: alice.accessToken }), 201);

    redis = await spawnRedis(port);
    const k = randomUUID();
    let back: ApiResponse | null = null;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(200)) {
      back = await client.post("/teams", { name }, as(k));
      if (back.status !== 503) break;
    }
    expectJson(back as ApiResponse, 201);
    expectReplay(await client.post("/teams", { name }, as(k)), back as ApiResponse);
    expect(await teamsNamed(name)).toBe(1);
  });
});
