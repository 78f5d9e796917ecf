/** Contract cases for team API keys: /teams/:id/keys (team administrators). */
import { expect } from "vitest";
import { expectJson, expectProblem, signup, type ApiClient, type SessionBody } from "../../support/testkit.js";
import { expectPage, type ContractCases } from "./context.js";

const uuid = () => expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoDate = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

/** A team key as its team's administrators see it: exactly these fields, never the secret or its hash. */
export function expectTeamKey(body: unknown): void {
  const shape = {
    id: uuid(),
    teamId: uuid(),
    createdBy: uuid(),
    description: expect.any(String),
    scopes: expect.any(Array),
    prefix: expect.any(String),
    createdAt: isoDate(),
    lastUsedAt: expect.toBeOneOf([null, isoDate()]),
  };
  expect(body).toEqual(shape);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(shape).sort());
}

async function teamOf(client: ApiClient): Promise<{ owner: SessionBody; teamId: string }> {
  const owner = await signup(client);
  const team = await client.post("/teams", { name: "Keyed team" }, { token: owner.accessToken });
  expectJson(team, 201);
  return { owner, teamId: team.body.id };
}

export const cases: ContractCases = {
  "POST /teams/:id/keys": async ({ client }) => {
    const { owner, teamId } = await teamOf(client);
    const res = await client.post(
      `/teams/${teamId}/keys`,
      { description: "ingest bot", scopes: ["read", "write"] },
      { token: owner.accessToken },
    );
    expectJson(res, 201);
    const { key, ...rest } = res.body;
    expectTeamKey(rest);
    expect(key).toMatch(/^mw_/);
    expect(rest).toMatchObject({ teamId, createdBy: owner.user.id, scopes: ["read", "write"] });
    expect(res.headers.get("location")).toBe(`/api/v1/teams/${teamId}/keys/${rest.id}`);
    // The key works at once, on its team.
    expectJson(await client.get(`/teams/${teamId}`, { apiKey: key }));
  },

  "GET /teams/:id/keys": async ({ client }) => {
    const { owner, teamId } = await teamOf(client);
    const created = await client.post(`/teams/${teamId}/keys`, { description: "listed" }, { token: owner.accessToken });
    expectJson(created, 201);
    const res = await client.get(`/teams/${teamId}/keys`, { token: owner.accessToken });
    expectJson(res);
    expectPage(res.body, expectTeamKey);
    expect(res.body.rows.map((k: { id: string }) => k.id)).toEqual([created.body.id]);
    expect(res.body.rows[0].scopes).toEqual(["read"]);
    expect(res.text).not.toContain(created.body.key);
  },

  "DELETE /teams/:id/keys/:keyId": async ({ client, node }) => {
    const { owner, teamId } = await teamOf(client);
    const created = await client.post(
      `/teams/${teamId}/keys`,
      { description: "revoked" },
      { token: owner.accessToken },
    );
    expectJson(await client.get(`/teams/${teamId}`, { apiKey: created.body.key }));
    const res = await client.delete(`/teams/${teamId}/keys/${created.body.id}`, { token: owner.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/teams/${teamId}`, { apiKey: created.body.key }), 401, "INVALID_API_KEY", node);
    expectProblem(
      await client.delete(`/teams/${teamId}/keys/${created.body.id}`, { token: owner.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },
};
