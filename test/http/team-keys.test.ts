/**
 * Team API keys over HTTP: only a team's administrators issue, list and revoke them; a team key acts
 * as its issuer inside its own team only (404 on every other team's resources, public ones included),
 * never above editor (write) or viewer (read), and is refused on routes that are nobody's team's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, createCrewTeam, createProject, signupCrew, type Crew } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;
/** Another team, with a private and a public project, that no team key of `teamId` may see. */
let other: { owner: SessionBody; teamId: string; privateProject: string; publicProject: string };

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew);
  const owner = await signup(client);
  const team = await client.post("/teams", { name: "Other team" }, { token: owner.accessToken });
  expectJson(team, 201);
  const privateProject = await createProject(client, owner.accessToken, team.body.id, "Private");
  const publicProject = await createProject(client, owner.accessToken, team.body.id, "Public", { public: true });
  other = { owner, teamId: team.body.id, privateProject: privateProject.id, publicProject: publicProject.id };
});
afterAll(() => node?.stop());

async function teamKey(scopes: string[] = ["read", "write"], on = teamId, issuer = crew.administrator) {
  const res = await client.post(`/teams/${on}/keys`, { description: "bot", scopes }, { token: issuer.accessToken });
  expectJson(res, 201);
  return res.body as { id: string; key: string; teamId: string; createdBy: string };
}

describe("who manages a team's keys", () => {
  it("lets only the team's administrators issue, list and revoke them (403 below, 404 outside, 401 without)", async () => {
    const key = await teamKey();
    for (const role of ["editor", "commenter", "viewer"] as const) {
      const token = crew[role].accessToken;
      expectProblem(await client.post(`/teams/${teamId}/keys`, { description: "x" }, { token }), 403, "ROLE_TOO_LOW");
      expectProblem(await client.get(`/teams/${teamId}/keys`, { token }), 403, "ROLE_TOO_LOW");
      expectProblem(await client.delete(`/teams/${teamId}/keys/${key.id}`, { token }), 403, "ROLE_TOO_LOW");
    }
    const outsider = crew.nonmember.accessToken;
    expectProblem(await client.post(`/teams/${teamId}/keys`, { description: "x" }, { token: outsider }), 404);
    expectProblem(await client.get(`/teams/${teamId}/keys`, { token: outsider }), 404);
    expectProblem(await client.delete(`/teams/${teamId}/keys/${key.id}`, { token: outsider }), 404);
    expectProblem(await client.get(`/teams/${teamId}/keys`), 401);
    // Another team's administrator can't revoke it through their own team either.
    expectProblem(
      await client.delete(`/teams/${other.teamId}/keys/${key.id}`, { token: other.owner.accessToken }),
      404,
      "NOT_FOUND",
    );
    expectJson(await client.get(`/teams/${teamId}`, { apiKey: key.key }));
  });

  it("lists every administrator's keys to every administrator, and keeps them out of personal key lists", async () => {
    const second = await signup(client);
    const team = await client.post("/teams", { name: "Two admins" }, { token: crew.administrator.accessToken });
    await addMember(client, team.body.id, crew.administrator, second, "administrator");
    const mine = await teamKey(["read"], team.body.id);
    const theirs = await teamKey(["read"], team.body.id, second);
    const listed = await client.get(`/teams/${team.body.id}/keys`, { token: second.accessToken });
    expectJson(listed);
    expect(listed.body.rows.map((k: { id: string }) => k.id).sort()).toEqual([mine.id, theirs.id].sort());
    expect(listed.body.total).toBe(2);
    const personal = await client.get("/keys", { token: second.accessToken });
    expect(personal.body.rows).toEqual([]);
    // Any administrator revokes any of them; the personal route doesn't reach a team key.
    expectProblem(await client.delete(`/keys/${mine.id}`, { token: crew.administrator.accessToken }), 404);
    expect((await client.delete(`/teams/${team.body.id}/keys/${mine.id}`, { token: second.accessToken })).status).toBe(
      204,
    );
    expectProblem(await client.get(`/teams/${team.body.id}`, { apiKey: mine.key }), 401, "INVALID_API_KEY");
  });

  it("ignores mass-assigned fields and refuses the admin scope", async () => {
    const res = await client.post(
      `/teams/${teamId}/keys`,
      { description: "sneaky", teamId: other.teamId, userId: other.owner.user.id, revokedAt: "2020-01-01T00:00:00Z" },
      { token: crew.administrator.accessToken },
    );
    expectJson(res, 201);
    expect(res.body).toMatchObject({ teamId, createdBy: crew.administrator.user.id });
    expectJson(await client.get(`/teams/${teamId}`, { apiKey: res.body.key }));
    const admin = await client.post(
      `/teams/${teamId}/keys`,
      { description: "too strong", scopes: ["admin"] },
      { token: crew.administrator.accessToken },
    );
    expectProblem(admin, 422, "VALIDATION_ERROR");
    expect(admin.body.errors[0].field).toMatch(/^scopes/);
    expectProblem(
      await client.post(`/teams/${teamId}/keys`, { description: "" }, { token: crew.administrator.accessToken }),
      422,
      "VALIDATION_ERROR",
    );
  });
});

describe("a team key", () => {
  it("works on its own team's resources, and lists only them", async () => {
    const key = await teamKey();
    const created = await client.post("/projects", { teamId, name: "Keyed" }, { apiKey: key.key });
    expectJson(created, 201);
    // It acts as the administrator who issued it.
    expect(created.body.createdBy).toBe(crew.administrator.user.id);
    expectJson(await client.get(`/projects/${created.body.id}`, { apiKey: key.key }));
    const list = await client.get("/projects", { apiKey: key.key });
    expectJson(list);
    expect(list.body.rows.length).toBeGreaterThan(0);
    expect(list.body.rows.every((p: { teamId: string }) => p.teamId === teamId)).toBe(true);
    // The issuer's own list (without ?teamId=) spans their teams; the key's stays in its team.
    const customers = await client.post("/customers", { teamId, name: "Acme" }, { apiKey: key.key });
    expectJson(customers, 201);
  });

  it("answers 404 on every other team's resources, public ones included", async () => {
    const key = await teamKey();
    const apiKey = key.key;
    expectProblem(await client.get(`/teams/${other.teamId}`, { apiKey }), 404, "NOT_FOUND");
    expectProblem(await client.get(`/teams/${other.teamId}/members`, { apiKey }), 404, "NOT_FOUND");
    expectProblem(await client.get(`/projects/${other.privateProject}`, { apiKey }), 404, "NOT_FOUND");
    expectProblem(await client.get(`/projects/${other.publicProject}`, { apiKey }), 404, "NOT_FOUND");
    expectProblem(await client.get(`/projects?teamId=${other.teamId}`, { apiKey }), 404, "NOT_FOUND");
    expectProblem(await client.post("/projects", { teamId: other.teamId, name: "Squat" }, { apiKey }), 404);
    expectProblem(await client.get(`/teams/${other.teamId}/usage`, { apiKey }), 404, "NOT_FOUND");
    // Even when its issuer belongs to that team too.
    await addMember(client, other.teamId, other.owner, crew.administrator, "editor");
    expectJson(await client.get(`/projects/${other.privateProject}`, { token: crew.administrator.accessToken }));
    expectProblem(await client.get(`/projects/${other.privateProject}`, { apiKey }), 404, "NOT_FOUND");
    expectProblem(await client.get(`/teams/${other.teamId}`, { apiKey }), 404, "NOT_FOUND");
  });

  it("is capped at editor with write and viewer with read, so team administration needs a person", async () => {
    const writer = await teamKey(["read", "write"]);
    const board = await client.post("/projects", { teamId, name: "Cap" }, { apiKey: writer.key });
    expectJson(board, 201);
    expectProblem(await client.delete(`/projects/${board.body.id}`, { apiKey: writer.key }), 403, "ROLE_TOO_LOW");
    expectProblem(
      await client.post(`/teams/${teamId}/keys`, { description: "minted" }, { apiKey: writer.key }),
      403,
      "ROLE_TOO_LOW",
    );
    expectProblem(await client.get(`/teams/${teamId}/billing`, { apiKey: writer.key }), 403, "ROLE_TOO_LOW");
    expectProblem(await client.patch(`/teams/${teamId}`, { name: "Renamed" }, { apiKey: writer.key }), 403);
    const reader = await teamKey(["read"]);
    expectJson(await client.get(`/projects/${board.body.id}`, { apiKey: reader.key }));
    expectProblem(await client.post("/projects", { teamId, name: "No" }, { apiKey: reader.key }), 403);
  });

  it("is refused on routes that are not a team's (403 TEAM_KEY_NOT_ALLOWED)", async () => {
    const { key } = await teamKey();
    for (const [method, path] of [
      ["GET", "/users/me"],
      ["GET", "/keys"],
      ["POST", "/keys"],
      ["GET", "/teams"],
      ["POST", "/teams"],
      ["GET", "/invites"],
      ["GET", "/notifications"],
      ["GET", "/audit/events"],
      ["POST", `/teams/${teamId}/leave`],
    ] as const) {
      const res = await client.request(method, path, { apiKey: key, body: method === "POST" ? {} : undefined });
      expectProblem(res, 403, "TEAM_KEY_NOT_ALLOWED", node);
    }
    // Its issuer is still in the team and still has no personal key.
    expectJson(await client.get(`/teams/${teamId}`, { token: crew.administrator.accessToken }));
    expect((await client.get("/keys", { token: crew.administrator.accessToken })).body.rows).toEqual([]);
  });

  it("follows its issuer's membership: demoted or removed, the key loses what they lost", async () => {
    const team = await client.post("/teams", { name: "Issuer leaves" }, { token: crew.administrator.accessToken });
    const issuer = await signup(client);
    await addMember(client, team.body.id, crew.administrator, issuer, "administrator");
    const key = await teamKey(["read", "write"], team.body.id, issuer);
    expectJson(await client.post("/projects", { teamId: team.body.id, name: "Before" }, { apiKey: key.key }), 201);
    const demoted = await client.patch(
      `/teams/${team.body.id}/members/${issuer.user.id}`,
      { role: "viewer" },
      { token: crew.administrator.accessToken },
    );
    expectJson(demoted);
    expectProblem(
      await client.post("/projects", { teamId: team.body.id, name: "After" }, { apiKey: key.key }),
      403,
      "ROLE_TOO_LOW",
    );
    const removed = await client.delete(`/teams/${team.body.id}/members/${issuer.user.id}`, {
      token: crew.administrator.accessToken,
    });
    expect(removed.status, removed.text).toBe(204);
    expectProblem(await client.get(`/teams/${team.body.id}`, { apiKey: key.key }), 404, "NOT_FOUND");
  });

  it("keeps its Idempotency-Key answers apart from its issuer's", async () => {
    const key = await teamKey();
    const headers = { "Idempotency-Key": "same-key-for-both" };
    const viaKey = await client.post("/projects", { teamId, name: "Once" }, { apiKey: key.key, headers });
    expectJson(viaKey, 201);
    const viaToken = await client.post(
      "/projects",
      { teamId, name: "Once" },
      { token: crew.administrator.accessToken, headers },
    );
    expectJson(viaToken, 201);
    expect(viaToken.headers.get("idempotent-replayed")).toBeNull();
    expect(viaToken.body.id).not.toBe(viaKey.body.id);
    const replay = await client.post("/projects", { teamId, name: "Once" }, { apiKey: key.key, headers });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(viaKey.body.id);
  });
});
