/** Honest outages and shared limits, in process: a lost database is a 503, a failing Redis never blocks the rate limit, safe calls are the only ones retried. */
import { createServer, type Server } from "node:net";
import { Errors, ServiceBroker } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRetrySafe } from "../../lib/failover.js";
import {
  DATABASE_UNAVAILABLE,
  DatabaseOutage,
  DatabaseUnavailableError,
  isDatabaseUnavailable,
} from "../../lib/outage.js";
import { RedisGate } from "../../lib/redis.js";
import { toProblem } from "../../services/api/problem.js";
import { GatewayRateLimitStore } from "../../services/api/rate-limit.js";

/** A Sequelize query error wrapping what pg raised. */
function sequelizeError(parent: Error & { code?: string }, name = "SequelizeDatabaseError"): Error {
  return Object.assign(new Error(parent.message), { name, parent, original: parent });
}

describe("isDatabaseUnavailable", () => {
  it("recognises a refused, dropped, restarting or full server", () => {
    const lost = [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { name: "SequelizeConnectionRefusedError" }),
      Object.assign(new Error("timeout"), { name: "SequelizeConnectionAcquireTimeoutError" }),
      sequelizeError(new Error("Connection terminated unexpectedly")),
      sequelizeError(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })),
      sequelizeError(
        Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      ),
      sequelizeError(Object.assign(new Error("the database system is starting up"), { code: "57P03" })),
      Object.assign(new Error("remote"), { type: DATABASE_UNAVAILABLE, code: 503 }),
    ];
    for (const err of lost) expect(isDatabaseUnavailable(err), err.message).toBe(true);
  });

  it("leaves statement errors and other clients' socket errors alone", () => {
    const other = [
      sequelizeError(Object.assign(new Error("duplicate key"), { code: "23505" })),
      sequelizeError(Object.assign(new Error("relation does not exist"), { code: "42P01" })),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:587"), { code: "ECONNREFUSED" }),
      new Error("Something else"),
      null,
    ];
    for (const err of other) expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe("the DatabaseOutage middleware", () => {
  const broker = new ServiceBroker({ logger: false, middlewares: [DatabaseOutage()] });
  beforeAll(async () => {
    broker.createService({
      name: "store",
      actions: {
        lost: () => Promise.reject(sequelizeError(new Error("Connection terminated unexpectedly"))),
        conflict: () => Promise.reject(sequelizeError(Object.assign(new Error("duplicate"), { code: "23505" }))),
      },
    });
    await broker.start();
  });
  afterAll(() => broker.stop());

  it("turns a lost connection into a retryable 503 the gateway answers SERVICE_UNAVAILABLE with", async () => {
    const err = await broker.call("store.lost").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect(err).toMatchObject({ code: 503, type: DATABASE_UNAVAILABLE, retryable: true });
    const { problem } = toProblem(err, "");
    expect(problem).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE" });
    expect(JSON.stringify(problem)).not.toMatch(/terminated|store\.lost/);
  });

  it("passes other database errors through unchanged", async () => {
    const err = await broker.call("store.conflict").catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(DatabaseUnavailableError);
    expect(toProblem(err, "").problem.status).toBe(500);
  });
});

describe("outage messages", () => {
  it("say a node was lost, not that it is shutting down", () => {
    const { problem } = toProblem(new Errors.RequestRejectedError({ action: "users.me", nodeID: "core-1" }), "");
    expect(problem).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE" });
    expect(problem.detail).toMatch(/node handling this request was lost/);
    expect(problem.detail).not.toMatch(/shutting down|core-1|users/);
  });
});

describe("isRetrySafe", () => {
  it("repeats GET routes and cached reads, never writes", () => {
    expect(isRetrySafe({ name: "users.me", rest: "GET /users/me" })).toBe(true);
    expect(isRetrySafe({ name: "users.resolveToken", cache: { keys: ["token"] } })).toBe(true);
    expect(isRetrySafe({ name: "projects.createTask", rest: "POST /projects/:id/tasks" })).toBe(false);
    expect(isRetrySafe({ name: "billing.debit" })).toBe(false);
    expect(isRetrySafe(undefined)).toBe(false);
  });
});

describe("RedisGate", () => {
  it("skips Redis for its cooldown after a failure, then tries again", async () => {
    const gate = new RedisGate(50);
    expect(gate.open).toBe(true);
    gate.failed();
    expect(gate.open).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(gate.open).toBe(true);
  });
});

describe("GatewayRateLimitStore", () => {
  let silent: Server;
  let silentUrl = "";
  beforeAll(async () => {
    // Accepts connections and never answers: a Redis that is there but says nothing.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    silentUrl = `redis://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it("counts per client in memory without Redis, past the limit too", async () => {
    const store = new GatewayRateLimitStore({ windowMs: 60_000, limit: 2, redisUrl: null, prefix: "t" });
    expect([await store.inc("a"), await store.inc("a"), await store.inc("a"), await store.inc("b")]).toEqual([
      1, 2, 3, 1,
    ]);
    expect(store.resetTime).toBeGreaterThan(Date.now());
    expect(store.resetTime).toBeLessThanOrEqual(Date.now() + 60_000);
    await store.close();
  });

  it("falls back to its own count at once when Redis doesn't answer, and says so", async () => {
    let fallbacks = 0;
    const store = new GatewayRateLimitStore({
      windowMs: 60_000,
      limit: 5,
      redisUrl: silentUrl,
      prefix: "t",
      onFallback: () => fallbacks++,
    });
    const started = performance.now();
    const counts = [];
    for (let i = 0; i < 10; i++) counts.push(await store.inc("client"));
    const ms = performance.now() - started;
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(fallbacks).toBe(10);
    expect(ms).toBeLessThan(500);
    await store.close();
  });
});
