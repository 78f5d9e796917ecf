/** A Redis outage degrades the cacher to "uncached": authenticated requests keep answering 200 quickly, and caching resumes when Redis returns. */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cleanupAll,
  createDatabase,
  eventually,
  http,
  sleep,
  spawnNode,
  spawnRedis,
  uniqueName,
  type MeshworkNode,
  type RedisServer,
} from "../support/processes.js";

describe("Redis outage under a running node", () => {
  let redis: RedisServer;
  let node: MeshworkNode;
  let accessToken = "";
  const namespace = uniqueName("mwredis");

  /** Cache keys of users.resolveToken in the private Redis, or null while it is down. */
  async function cachedTokenKeys(): Promise<string[] | null> {
    const client = new Redis(redis.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      connectTimeout: 500,
    });
    client.on("error", () => undefined);
    try {
      await client.connect();
      return await client.keys(`MW-${namespace}-users.resolveToken*`);
    } catch {
      return null;
    } finally {
      client.disconnect();
    }
  }

  beforeAll(async () => {
    redis = await spawnRedis();
    const db = await createDatabase();
    node = await spawnNode({
      name: "cached",
      env: {
        DATABASE_URL: db.url,
        REDIS_URL: redis.url,
        NAMESPACE: namespace,
        JWT_SECRET: randomBytes(32).toString("hex"),
      },
    });
    await node.waitReady();
    // The Redis cacher connects after broker.start() resolves (DESIGN §9): wait for it before relying on it.
    await eventually(
      async () => node.output().includes("Redis cacher connected"),
      10_000,
      "the Redis cacher to connect",
    );
    const signup = await http(`${node.baseUrl}/auth/signup`, {
      body: { email: `redis-${randomBytes(3).toString("hex")}@example.com`, password: "redis password 1" },
    });
    expect(signup.status).toBe(201);
    accessToken = signup.body.accessToken;
  });

  afterAll(cleanupAll);

  it("caches the token lookup in Redis while Redis is up", async () => {
    const me = await http(`${node.baseUrl}/users/me`, { token: accessToken });
    expect(me.status).toBe(200);
    expect(await cachedTokenKeys()).toHaveLength(1);
  });

  it("keeps answering 200 within a second while Redis is dead, then caches again once it is back", async () => {
    const port = redis.port;
    expect((await redis.stop("SIGKILL")).signal).toBe("SIGKILL");

    // Straight after the kill and for a few seconds of reconnect attempts (ping every 1 s, retry up to 2 s).
    const during: { status: number; ms: number; at?: number; body?: unknown }[] = [];
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      const res = await http(`${node.baseUrl}/users/me`, { token: accessToken, timeoutMs: 5000 });
      during.push({
        status: res.status,
        ms: res.ms,
        ...(res.status === 200 ? {} : { at: during.length, body: res.body }),
      });
      await sleep(100);
    }
    const slowest = Math.max(...during.map((r) => r.ms));
    console.log(
      `Redis down: ${during.length} requests, statuses ${[...new Set(during.map((r) => r.status))].join(",")}, slowest ${slowest} ms`,
    );
    expect(during.length).toBeGreaterThan(10);
    expect(during.filter((r) => r.status !== 200)).toEqual([]);
    expect(slowest).toBeLessThan(1000);
    // Signups and logins (writes, cache invalidation) are unaffected too.
    const signup = await http(`${node.baseUrl}/auth/signup`, {
      body: { email: `redis-down-${randomBytes(3).toString("hex")}@example.com`, password: "redis password 2" },
    });
    expect(signup.status).toBe(201);
    expect(node.running()).toBe(true);

    redis = await spawnRedis(port);
    expect(await cachedTokenKeys()).toEqual([]);
    // ioredis reconnects on its own; the next lookups are cached in the new, empty Redis.
    await eventually(
      async () => {
        const res = await http(`${node.baseUrl}/users/me`, { token: accessToken });
        expect(res.status).toBe(200);
        return ((await cachedTokenKeys()) ?? []).length > 0;
      },
      15_000,
      "the token lookup to be cached again",
      250,
    );
    const after = await http(`${node.baseUrl}/users/me`, { token: signup.body.accessToken });
    expect(after.status).toBe(200);
  });

  it("shuts down cleanly with exit 0 while Redis is down", async () => {
    await redis.stop("SIGKILL");
    await sleep(300);
    const exit = await node.stop("SIGTERM");
    expect(exit).toEqual({ code: 0, signal: null });
    // The whole stop sequence ran: a failing cacher close() would skip the rest of it.
    expect(node.output()).toContain("ServiceBroker is stopped. Good bye.");
    expect(node.output()).not.toMatch(/ERROR .*BROKER/);
  });
});
