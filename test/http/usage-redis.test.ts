/**
 * The gateway's quota counters in the machine's Redis (under this run's own NAMESPACE; only its keys
 * are ever deleted, never the shared Redis flushed), with PostgreSQL's counters as the truth: after
 * the counters are flushed a team's next call continues from the count in PostgreSQL (quota boundary
 * exact), and the sweep raises a counter that fell behind and reports by how much (on /metrics:
 * test/integration/usage-distributed.test.ts).
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Metering } from "../../services/api/metering.js";
import { SHARED_REDIS_URL } from "../support/processes.js";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  startTestNode,
  type ApiClient,
  type TestNode,
} from "../support/testkit.js";
import { billingTeam, type BillingTeam } from "./billing-kit.js";

const QUOTA = 15;
const NAMESPACE = `mwusage${randomUUID().slice(0, 8)}`;
let node: TestNode;
let client: ApiClient;
const redis = new Redis(SHARED_REDIS_URL);

beforeAll(async () => {
  node = await startTestNode({
    RATE_LIMIT: "0",
    REDIS_URL: SHARED_REDIS_URL,
    NAMESPACE,
    TIERS: JSON.stringify({ free: { requestsPerMonth: QUOTA } }),
  });
  client = api(node.baseUrl);
});
afterAll(async () => {
  await node?.stop();
  await deleteCounters();
  redis.disconnect();
});

/** This run's quota counters, and only those. */
async function deleteCounters(): Promise<number> {
  const keys = await redis.keys(`${NAMESPACE}:usage:*`);
  if (keys.length) await redis.del(...keys);
  return keys.length;
}

const metering = () => (node.broker.getLocalService("api") as unknown as { metering: Metering }).metering;

async function keyed(): Promise<BillingTeam & { key: string }> {
  const team = await billingTeam(client);
  const res = await client.post(`/teams/${team.teamId}/keys`, { description: "redis" }, { token: team.token });
  expectJson(res, 201);
  return { ...team, key: res.body.key };
}

async function counted(team: BillingTeam, used: number): Promise<void> {
  await eventually(async () => {
    const res = await client.get(`/teams/${team.teamId}/usage`, { token: team.token });
    expect(res.body.used).toBe(used);
  });
}

describe("quota counters in Redis", () => {
  it("continue from PostgreSQL's count after they are flushed: the boundary stays exact", async () => {
    const team = await keyed();
    for (let i = 0; i < 10; i++) expectJson(await client.get(`/teams/${team.teamId}`, { apiKey: team.key }));
    const [key] = await redis.keys(`${NAMESPACE}:usage:${team.teamId}:*`);
    expect(await redis.get(key)).toBe("10");
    await counted(team, 10);
    expect(await deleteCounters()).toBeGreaterThan(0);
    const next = await client.get(`/teams/${team.teamId}`, { apiKey: team.key });
    expectJson(next);
    expect(next.headers.get("ratelimit-remaining")).toBe(String(QUOTA - 11));
    const rest = await Promise.all(
      Array.from({ length: 8 }, () => client.get(`/teams/${team.teamId}`, { apiKey: team.key })),
    );
    expect(rest.filter((r) => r.status === 200)).toHaveLength(4);
    for (const refused of rest.filter((r) => r.status !== 200)) expectProblem(refused, 429, "QUOTA_EXCEEDED");
    expect(await redis.get(key)).toBe(String(QUOTA));
    await counted(team, QUOTA);
  });

  it("are raised by the sweep when they fell behind PostgreSQL, and the gap is reported", async () => {
    const team = await keyed();
    for (let i = 0; i < 6; i++) expectJson(await client.get("/projects", { apiKey: team.key }));
    await counted(team, 6);
    const [key] = await redis.keys(`${NAMESPACE}:usage:${team.teamId}:*`);
    await redis.set(key, "2", "KEEPTTL");
    const result = await metering().reconcile();
    expect(result.raised).toBeGreaterThanOrEqual(1);
    expect(result.behind).toBeGreaterThanOrEqual(4);
    expect(await redis.get(key)).toBe("6");
    // A counter ahead of the truth (requests on their way) is left as it is.
    await redis.set(key, "9", "KEEPTTL");
    const ahead = await metering().reconcile();
    expect(ahead.ahead).toBeGreaterThanOrEqual(3);
    expect(await redis.get(key)).toBe("9");
  });
});
