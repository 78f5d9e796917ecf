/**
 * Metering over HTTP on one embedded node with a free quota of 20 (TIERS): a team key's 21st call is
 * 429 QUOTA_EXCEEDED with Retry-After at the period end and RateLimit headers on every metered answer,
 * the refused call is not counted, GET /teams/:id/usage shows the 20 by endpoint template, and an
 * upgrade mid-period lets the calls flow again in the same period, with the month's count kept.
 */
import { QueryTypes, type Sequelize } from "sequelize";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { topicModules } from "../../events/topics.js";
import { decodeEnvelope, type Envelope } from "../../lib/events/envelope.js";
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

/** The requests.Request envelopes the node's outbox holds for a team. */
async function requestEvents(teamId: string): Promise<Envelope[]> {
  const usage = node.broker.getLocalService("usage") as unknown as { sql(): Sequelize };
  const rows = await usage
    .sql()
    .query<{ envelope: Buffer }>("SELECT envelope FROM outbox WHERE topic = 'requests' ORDER BY seq", {
      type: QueryTypes.SELECT,
    });
  return rows.map((r) => decodeEnvelope(r.envelope)).filter((e) => e.teamId === teamId && e.type === "Request");
}

describe("request events", () => {
  it("name the endpoint by its route template, whatever the path, method or outcome", async () => {
    const team = await keyed();
    const project = await client.post("/projects", { teamId: team.teamId, name: "Templates" }, { apiKey: team.key });
    expectJson(project, 201);
    const columns = await client.get(`/projects/${project.body.id}/columns`, { apiKey: team.key });
    const task = await client.post(
      `/projects/${project.body.id}/tasks`,
      { columnId: columns.body.rows[0].id, title: "Count me" },
      { apiKey: team.key },
    );
    expectJson(task, 201);
    expectJson(await client.patch(`/tasks/${task.body.id}`, { title: "Counted" }, { apiKey: team.key }));
    // HEAD runs as GET; a 404 and a 422 from the action are still calls to their endpoint.
    expect((await client.request("HEAD", `/projects/${project.body.id}`, { apiKey: team.key })).status).toBe(200);
    expectProblem(await client.get(`/tasks/${randomUUID()}`, { apiKey: team.key }), 404);
    expectProblem(await client.post(`/projects/${project.body.id}/tasks`, { title: "" }, { apiKey: team.key }), 422);
    const usage = await eventually(async () => {
      const body = await usageOf(team);
      expect(body.used).toBe(7);
      return body;
    });
    expect(usage.byEndpoint).toEqual([
      { endpoint: "POST /projects/:id/tasks", count: 2 },
      { endpoint: "GET /projects/:id", count: 1 },
      { endpoint: "GET /projects/:id/columns", count: 1 },
      { endpoint: "GET /tasks/:id", count: 1 },
      { endpoint: "PATCH /tasks/:id", count: 1 },
      { endpoint: "POST /projects", count: 1 },
    ]);
    const events = (await requestEvents(team.teamId)).map((e) => ({
      ...e,
      event: topicModules.requests.decode(e.payload),
    }));
    expect(events.map((e) => `${e.event.method} ${e.event.route} ${e.event.status}`).sort()).toEqual(
      [
        "GET /projects/:id 200",
        "GET /projects/:id/columns 200",
        "GET /tasks/:id 404",
        "PATCH /tasks/:id 200",
        "POST /projects 201",
        "POST /projects/:id/tasks 201",
        "POST /projects/:id/tasks 422",
      ].sort(),
    );
    for (const e of events) {
      expect(e.event.apiKeyId).toBeTruthy();
      expect(e.actorId).toBe(team.owner.user.id);
      expect(e.event.serverError).toBe(false);
      expect(e.event.durationMs).toBeGreaterThanOrEqual(0);
    }
  });

  it("take the request id as their id, unless the caller chose the request id (it may repeat)", async () => {
    const team = await keyed();
    const made = await client.get("/projects", { apiKey: team.key });
    const chosen = await client.get("/projects", { apiKey: team.key, headers: { "X-Request-Id": "my-trace-7" } });
    const again = await client.get("/projects", { apiKey: team.key, headers: { "X-Request-Id": "my-trace-7" } });
    expect(chosen.headers.get("x-request-id")).toBe("my-trace-7");
    const events = await eventually(async () => {
      const found = await requestEvents(team.teamId);
      expect(found).toHaveLength(3);
      return found;
    });
    expect(events.map((e) => e.id)).toContain(made.headers.get("x-request-id"));
    const traced = events.filter((e) => e.traceId === "my-trace-7");
    expect(traced).toHaveLength(2);
    expect(new Set(traced.map((e) => e.id)).size).toBe(2);
    expectJson(again);
    await eventually(async () => expect((await usageOf(team)).used).toBe(3));
  });
});
