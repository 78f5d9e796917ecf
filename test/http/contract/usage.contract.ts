/** Contract cases for usage: a team's usage per period and the admin ranking. */
import { expect } from "vitest";
import { eventually, expectJson, expectProblem, signup, type ApiClient } from "../../support/testkit.js";
import { expectPage, type ContractCases } from "./context.js";

const uuid = () => expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoDate = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const month = () => expect.stringMatching(/^\d{4}-\d\d$/);

function expectExactly(body: unknown, shape: Record<string, unknown>): void {
  expect(body).toEqual(shape);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(shape).sort());
}

export function expectUsage(body: unknown): void {
  expectExactly(body, {
    period: month(),
    periodStart: isoDate(),
    periodEnd: isoDate(),
    tier: expect.any(String),
    quota: expect.any(Number),
    used: expect.any(Number),
    remaining: expect.any(Number),
    serverErrors: expect.any(Number),
    overageCents: expect.any(Number),
    byEndpoint: expect.any(Array),
  });
  for (const row of (body as { byEndpoint: unknown[] }).byEndpoint) {
    expectExactly(row, {
      endpoint: expect.stringMatching(/^(GET|POST|PATCH|PUT|DELETE) \/\S*$/),
      count: expect.any(Number),
    });
  }
}

export function expectRank(body: unknown): void {
  expectExactly(body, {
    teamId: uuid(),
    period: month(),
    periodStart: isoDate(),
    periodEnd: isoDate(),
    tier: expect.toBeOneOf([null, expect.any(String)]),
    quota: expect.toBeOneOf([null, expect.any(Number)]),
    used: expect.any(Number),
    serverErrors: expect.any(Number),
    overageCents: expect.any(Number),
  });
}

/** A team whose key made `calls` metered calls, counted. */
async function meteredTeam(client: ApiClient, calls: number) {
  const owner = await signup(client);
  const team = await client.post("/teams", { name: "Metered team" }, { token: owner.accessToken });
  expectJson(team, 201);
  const key = await client.post(`/teams/${team.body.id}/keys`, { description: "meter" }, { token: owner.accessToken });
  expectJson(key, 201);
  for (let i = 0; i < calls; i++) expectJson(await client.get(`/teams/${team.body.id}`, { apiKey: key.body.key }));
  await eventually(async () => {
    const usage = await client.get(`/teams/${team.body.id}/usage`, { token: owner.accessToken });
    expect(usage.body.used).toBe(calls);
  });
  return { owner, teamId: team.body.id as string };
}

export const cases: ContractCases = {
  "GET /teams/:id/usage": async ({ client, node }) => {
    const { owner, teamId } = await meteredTeam(client, 3);
    const res = await client.get(`/teams/${teamId}/usage`, { token: owner.accessToken });
    expectJson(res);
    expectUsage(res.body);
    expect(res.body).toMatchObject({ tier: "free", quota: 1000, used: 3, remaining: 997 });
    expect(res.body.byEndpoint).toEqual([{ endpoint: "GET /teams/:id", count: 3 }]);
    // The same period asked by its month, and a month with nothing counted.
    const byMonth = await client.get(`/teams/${teamId}/usage?period=${res.body.period}`, { token: owner.accessToken });
    expect(byMonth.body).toEqual(res.body);
    const empty = await client.get(`/teams/${teamId}/usage?period=2001-01`, { token: owner.accessToken });
    expectJson(empty);
    expectUsage(empty.body);
    expect(empty.body).toMatchObject({ period: "2001-01", used: 0, byEndpoint: [] });
    const bad = await client.get(`/teams/${teamId}/usage?period=2024-13`, { token: owner.accessToken });
    expectProblem(bad, 422, "VALIDATION_ERROR", node);
    expect(bad.body.errors[0].field).toBe("period");
  },

  "GET /admin/usage/ranks": async ({ client, admin, node }) => {
    const busy = await meteredTeam(client, 4);
    const quiet = await meteredTeam(client, 1);
    const usage = await client.get(`/teams/${busy.teamId}/usage`, { token: busy.owner.accessToken });
    const res = await client.get(`/admin/usage/ranks?period=${usage.body.period}&pageSize=100`, {
      token: admin.accessToken,
    });
    expectJson(res);
    expectPage(res.body, expectRank);
    const ids = res.body.rows.map((r: { teamId: string }) => r.teamId);
    expect(ids.indexOf(busy.teamId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(busy.teamId)).toBeLessThan(ids.indexOf(quiet.teamId));
    expect(res.body.rows.find((r: { teamId: string }) => r.teamId === busy.teamId)).toMatchObject({
      used: 4,
      tier: "free",
      quota: 1000,
    });
    const used = res.body.rows.map((r: { used: number }) => r.used);
    expect(used).toEqual([...used].sort((a, b) => b - a));
    expectProblem(await client.get("/admin/usage/ranks", { token: busy.owner.accessToken }), 403, "FORBIDDEN", node);
  },
};
