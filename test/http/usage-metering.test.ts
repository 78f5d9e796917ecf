/**
 * Metering over HTTP on one embedded node with a free quota of 20 (TIERS): a team key's 21st call is
 * 429 QUOTA_EXCEEDED with Retry-After at the period end and RateLimit headers on every metered answer,
 * the refused call is not counted, GET /teams/:id/usage shows the 20 by endpoint template, and an
 * upgrade mid-period lets the calls flow again in the same period, with the month's count kept.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  startTestNode,
  type ApiClient,
  type TestNode,
} from "../support/testkit.js";
import { billingTeam, settled, type BillingTeam } from "./billing-kit.js";

const QUOTA = 20;
let node: TestNode;
let client: ApiClient;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0", TIERS: JSON.stringify({ free: { requestsPerMonth: QUOTA } }) });
  client = api(node.baseUrl);
});
afterAll(() => node?.stop());

async function keyed(card?: string): Promise<BillingTeam & { key: string }> {
  const team = await billingTeam(client, card);
  const res = await client.post(
    `/teams/${team.teamId}/keys`,
    { description: "metered", scopes: ["read", "write"] },
    { token: team.token },
  );
  expectJson(res, 201);
  return { ...team, key: res.body.key };
}

async function usageOf(team: BillingTeam, query = ""): Promise<{ used: number; [key: string]: unknown }> {
  const res = await client.get(`/teams/${team.teamId}/usage${query}`, { token: team.token });
  expectJson(res);
  return res.body;
}

describe("a free team's key with a quota of 20", () => {
  it("answers calls 1..20 with RateLimit headers, the 21st with 429 QUOTA_EXCEEDED, and counts 20 by endpoint", async () => {
    const team = await keyed();
    const account = (await client.get(`/teams/${team.teamId}/billing`, { token: team.token })).body;
    for (let i = 1; i <= QUOTA; i++) {
      const res =
        i % 2
          ? await client.get(`/teams/${team.teamId}`, { apiKey: team.key })
          : await client.get("/projects", { apiKey: team.key });
      expectJson(res);
      expect(res.headers.get("ratelimit-limit")).toBe(String(QUOTA));
      expect(res.headers.get("ratelimit-remaining")).toBe(String(QUOTA - i));
      const reset = Number(res.headers.get("ratelimit-reset"));
      expect(Math.abs(reset - (Date.parse(account.periodEnd) - Date.now()) / 1000)).toBeLessThan(60);
    }
    const refused = await client.get(`/teams/${team.teamId}`, { apiKey: team.key });
    expectProblem(refused, 429, "QUOTA_EXCEEDED", node);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(Math.abs(retryAfter - (Date.parse(account.periodEnd) - Date.now()) / 1000)).toBeLessThan(60);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    // Refused calls are not counted: a few more change nothing.
    for (let i = 0; i < 3; i++)
      expectProblem(await client.get("/projects", { apiKey: team.key }), 429, "QUOTA_EXCEEDED");
    const usage = await eventually(async () => {
      const body = await usageOf(team);
      expect(body.used).toBe(QUOTA);
      return body;
    });
    expect(usage).toMatchObject({ tier: "free", quota: QUOTA, remaining: 0, overageCents: 0, serverErrors: 0 });
    expect(usage.byEndpoint).toEqual([
      { endpoint: "GET /projects", count: QUOTA / 2 },
      { endpoint: "GET /teams/:id", count: QUOTA / 2 },
    ]);
    // The team's members (a person) are not metered.
    expectJson(await client.get(`/teams/${team.teamId}`, { token: team.token }));
  });

  it("lets the calls flow again in the same period after an upgrade, with the month's count kept", async () => {
    const team = await keyed("tok_visa");
    for (let i = 0; i < QUOTA; i++) expectJson(await client.get("/projects", { apiKey: team.key }));
    expectProblem(await client.get("/projects", { apiKey: team.key }), 429, "QUOTA_EXCEEDED");
    const before = await usageOf(team);
    const upgrade = await client.post(
      `/teams/${team.teamId}/billing/subscription`,
      { tier: "pro" },
      { token: team.token },
    );
    expectJson(upgrade);
    await settled(client, team, upgrade.body.charge.id);
    const flowing = await eventually(async () => {
      const res = await client.get("/projects", { apiKey: team.key });
      expectJson(res);
      return res;
    });
    expect(flowing.headers.get("ratelimit-limit")).toBe("100000");
    expect(Number(flowing.headers.get("ratelimit-remaining"))).toBe(100_000 - QUOTA - 1);
    const after = await eventually(async () => {
      const body = await usageOf(team);
      expect(body.used).toBe(QUOTA + 1);
      return body;
    });
    expect(after).toMatchObject({
      tier: "pro",
      quota: 100_000,
      period: before.period,
      periodStart: before.periodStart,
    });
  });
});
