/** A gateway node and a users node as separate processes over NATS, Postgres and Redis: sessions work, a dead service is 503, a restarted one serves again. */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NATS_URL,
  SHARED_REDIS_URL,
  cleanupAll,
  createDatabase,
  deleteStreams,
  eventually,
  http,
  spawnNode,
  streamMessages,
  uniqueName,
  type MeshworkNode,
  type TestDatabase,
} from "../support/processes.js";

const PROBLEM = /^application\/problem\+json/;

describe("a mesh of a gateway node and a users node over NATS", () => {
  let db: TestDatabase;
  let gateway: MeshworkNode;
  let users: MeshworkNode;
  let sharedEnv: Record<string, string>;
  const namespace = uniqueName("mwit");
  const email = `mesh-${randomBytes(4).toString("hex")}@example.com`;
  const password = "correct horse battery";
  let accessToken = "";

  const startUsers = (name: string) => spawnNode({ name, env: { ...sharedEnv, SERVICES: "users", NODE_ID: name } });

  /** Waits until the gateway routes to a users node (it learns about it via NATS INFO packets). */
  const waitForUsersRoute = () =>
    eventually(
      async () => (await http(`${gateway.baseUrl}/users/me`, { token: accessToken || "x" })).status < 500,
      20_000,
      "the gateway to see the users service",
    );

  beforeAll(async () => {
    db = await createDatabase();
    sharedEnv = {
      TRANSPORTER: NATS_URL,
      NAMESPACE: namespace,
      DATABASE_URL: db.url,
      REDIS_URL: SHARED_REDIS_URL,
      JWT_SECRET: randomBytes(32).toString("hex"),
    };
    [gateway, users] = await Promise.all([
      spawnNode({ name: "gateway", env: { ...sharedEnv, SERVICES: "api", NODE_ID: `${namespace}-gw` } }),
      startUsers(`${namespace}-users-1`),
    ]);
    await Promise.all([gateway.waitReady(), users.waitReady()]);
    await waitForUsersRoute();
  });

  afterAll(async () => {
    const dropKeys = async () => {
      const redis = new Redis(SHARED_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
      try {
        await redis.connect();
        const keys = await redis.keys(`MW-${namespace}-*`);
        if (keys.length) await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    };
    // Processes first (they hold the streams and keys), then every leftover, each attempted even if another fails.
    const results: PromiseSettledResult<unknown>[] = await Promise.allSettled([cleanupAll()]);
    results.push(...(await Promise.allSettled([deleteStreams(namespace), dropKeys()])));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
  });

  it("signs up, logs in, reads the profile, refreshes and logs out through the gateway", async () => {
    const signup = await http(`${gateway.baseUrl}/auth/signup`, { body: { email, password, firstName: "Mesh" } });
    expect(signup.status).toBe(201);
    expect(signup.body).toMatchObject({ user: { email, firstName: "Mesh" }, tokenType: "Bearer" });
    expect(signup.body.user).not.toHaveProperty("passwordHash");
    expect(signup.headers.get("x-request-id")).toBeTruthy();

    const login = await http(`${gateway.baseUrl}/auth/login`, { body: { email, password } });
    expect(login.status).toBe(200);
    accessToken = login.body.accessToken;

    const me = await http(`${gateway.baseUrl}/users/me`, { token: accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: signup.body.user.id, email });

    // The users node resolved the token through the shared Redis cacher, under this namespace's prefix.
    const redis = new Redis(SHARED_REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      const keys = await redis.keys(`MW-${namespace}-users.resolveToken*`);
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }

    const refreshed = await http(`${gateway.baseUrl}/auth/refresh`, {
      body: { refreshToken: login.body.refreshToken },
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);

    const logout = await http(`${gateway.baseUrl}/auth/logout`, {
      body: { refreshToken: refreshed.body.refreshToken },
      token: refreshed.body.accessToken,
    });
    expect(logout.status).toBe(204);
    const afterLogout = await http(`${gateway.baseUrl}/auth/refresh`, {
      body: { refreshToken: refreshed.body.refreshToken },
    });
    expect(afterLogout.status).toBe(401);
    // The logged-out session's access token dies with it; a new login gives the token the outage steps use.
    const ended = await http(`${gateway.baseUrl}/users/me`, { token: accessToken });
    expect(ended.status).toBe(401);
    const again = await http(`${gateway.baseUrl}/auth/login`, { body: { email, password } });
    expect(again.status).toBe(200);
    accessToken = again.body.accessToken;

    const rows = await db.query<{ email: string }>("SELECT email FROM users WHERE email = $1", [email]);
    expect(rows).toHaveLength(1);

    // Each of those steps wrote a users-topic event to the outbox; the relay published every one to JetStream.
    const relayed = await eventually(
      async () => {
        const [outbox] = await db.query<{ total: number; pending: number }>(
          "SELECT count(*)::int AS total, count(*) FILTER (WHERE sent_at IS NULL)::int AS pending FROM outbox WHERE topic = 'users'",
        );
        const streams = await streamMessages(namespace);
        if (outbox.total > 0 && outbox.pending === 0 && streams[`${namespace}_events_users`] === outbox.total)
          return outbox.total;
        throw new Error(`outbox ${JSON.stringify(outbox)}, streams ${JSON.stringify(streams)}`);
      },
      15_000,
      "the outbox relay to publish every users event to JetStream",
      250,
    );
    expect(relayed).toBeGreaterThanOrEqual(5);
  });

  it("answers 503 problem+json (not 404) soon after the users node stops with SIGTERM, and serves again after a restart", async () => {
    const exit = await users.stop("SIGTERM");
    expect(exit).toEqual({ code: 0, signal: null });

    // A clean stop sends DISCONNECT: the gateway forgets the node at once.
    const down = await http(`${gateway.baseUrl}/users/me`, { token: accessToken });
    expect(down.status).toBe(503);
    expect(down.headers.get("content-type")).toMatch(PROBLEM);
    expect(down.body).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE" });
    expect(down.headers.get("retry-after")).toBe("5");
    expect(JSON.stringify(down.body)).not.toMatch(/users\.|mwit|stack/);
    expect(down.ms).toBeLessThan(2000);
    const login = await http(`${gateway.baseUrl}/auth/login`, { body: { email, password } });
    expect(login.status).toBe(503);

    users = await startUsers(`${namespace}-users-2`);
    await users.waitReady();
    await waitForUsersRoute();
    // The access token from before the outage still works: same secret, same database.
    const me = await http(`${gateway.baseUrl}/users/me`, { token: accessToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);
  });

  it("answers 503 (never 404 or 500) after the users node is SIGKILLed, and fast once the heartbeat times out", async () => {
    const exit = await users.stop("SIGKILL");
    expect(exit.signal).toBe("SIGKILL");
    const killedAt = Date.now();

    // Until the heartbeat timeout (15 s) the gateway still believes in the node: calls time out (10 s) into 503.
    // After it, the node is gone from the registry and the 503 is immediate.
    const answers: { status: number; ms: number; type: string | null }[] = [];
    await eventually(
      async () => {
        const res = await http(`${gateway.baseUrl}/users/me`, { token: accessToken, timeoutMs: 15_000 });
        answers.push({ status: res.status, ms: res.ms, type: res.headers.get("content-type") });
        return res.status === 503 && res.ms < 1000;
      },
      40_000,
      "a fast 503 after the heartbeat timeout",
      250,
    );
    const seconds = (Date.now() - killedAt) / 1000;
    console.log(
      `SIGKILLed users node: ${answers.length} request(s) until a fast 503 after ${seconds.toFixed(1)} s: ${JSON.stringify(answers)}`,
    );
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.type).toMatch(PROBLEM);
      expect(answer.ms).toBeLessThan(12_000);
    }

    users = await startUsers(`${namespace}-users-3`);
    await users.waitReady();
    await waitForUsersRoute();
    const login = await http(`${gateway.baseUrl}/auth/login`, { body: { email, password } });
    expect(login.status).toBe(200);
  });
});
