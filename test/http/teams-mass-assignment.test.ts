/** Mass assignment on teams: ids, roles, owners and team ids in request bodies never change what they must not. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signupVerified } from "../support/mail.js";
import { createCrewTeam, signupCrew, type Crew } from "../support/tenancy.js";
import { api, expectJson, startTestNode, uniqueEmail, type ApiClient, type TestNode } from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
});
afterAll(() => node.stop());

const as = (who: keyof Crew) => ({ token: crew[who].accessToken });

describe("teams ignore what a body may not set", () => {
  it("POST /teams with role, id and createdBy still makes the caller its administrator", async () => {
    const forgedId = randomUUID();
    const res = await client.post(
      "/teams",
      { name: "Mine", role: "viewer", id: forgedId, createdBy: crew.editor.user.id, teamId: forgedId },
      as("viewer"),
    );
    expectJson(res, 201);
    expect(res.body.id).not.toBe(forgedId);
    expect(res.body).toMatchObject({ name: "Mine", role: "administrator", createdBy: crew.viewer.user.id });
    const members = await client.get(`/teams/${res.body.id}/members`, as("viewer"));
    expect(members.body.rows).toEqual([
      expect.objectContaining({ userId: crew.viewer.user.id, role: "administrator" }),
    ]);
    expectJson(await client.patch(`/teams/${res.body.id}`, { name: "Still mine" }, as("viewer")));
  });

  it("PATCH /teams/:id renames only the team in the path, whatever id the body names", async () => {
    const teamId = await createCrewTeam(client, crew, { name: "Path team" });
    const other = await createCrewTeam(client, crew, { name: "Body team" });
    const res = await client.patch(
      `/teams/${teamId}`,
      { name: "Renamed", id: other, createdBy: crew.viewer.user.id, createdAt: "2000-01-01T00:00:00Z" },
      as("administrator"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({ id: teamId, name: "Renamed", createdBy: crew.administrator.user.id });
    expect(res.body.createdAt).not.toBe("2000-01-01T00:00:00.000Z");
    expect((await client.get(`/teams/${other}`, as("administrator"))).body.name).toBe("Body team");
  });

  it("PATCH /teams/:id/members/:userId can't move a membership to another team or user", async () => {
    const teamId = await createCrewTeam(client, crew, { name: "Home" });
    const elsewhere = await createCrewTeam(client, crew, { name: "Elsewhere" });
    const res = await client.patch(
      `/teams/${teamId}/members/${crew.viewer.user.id}`,
      { role: "commenter", teamId: elsewhere, userId: crew.editor.user.id, id: randomUUID() },
      as("administrator"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({ teamId, userId: crew.viewer.user.id, role: "commenter" });
    const home = await client.get(`/teams/${teamId}/members`, as("administrator"));
    expect(home.body.rows.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
      [crew.administrator.user.id, "administrator"],
      [crew.editor.user.id, "editor"],
      [crew.commenter.user.id, "commenter"],
      [crew.viewer.user.id, "commenter"],
    ]);
    const away = await client.get(`/teams/${elsewhere}/members`, as("administrator"));
    expect(away.body.rows.find((m: { userId: string }) => m.userId === crew.viewer.user.id).role).toBe("viewer");
  });

  it("POST /teams/:id/invites can't set the status, expiry, inviter or team of an invite", async () => {
    const teamId = await createCrewTeam(client, crew);
    const other = await createCrewTeam(client, crew);
    const email = uniqueEmail("forged");
    const res = await client.post(
      `/teams/${teamId}/invites`,
      {
        emails: [email],
        role: "viewer",
        teamId: other,
        status: "accepted",
        expiresAt: "2999-01-01T00:00:00Z",
        invitedBy: crew.viewer.user.id,
      },
      as("administrator"),
    );
    expectJson(res, 201);
    expect(res.body.rows[0]).toMatchObject({
      teamId,
      email,
      role: "viewer",
      status: "pending",
      invitedBy: crew.administrator.user.id,
    });
    expect(Date.parse(res.body.rows[0].expiresAt)).toBeLessThan(Date.now() + 5 * 86_400_000 + 60_000);
    expect((await client.get(`/teams/${other}/invites`, as("administrator"))).body.rows).toEqual([]);
  });

  it("accepting an invite can't choose the role or the team", async () => {
    const teamId = await createCrewTeam(client, crew);
    const other = await createCrewTeam(client, crew);
    const invitee = await signupVerified(client);
    const invited = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [invitee.user.email], role: "viewer" },
      as("administrator"),
    );
    const res = await client.post(
      `/invites/${invited.body.rows[0].id}/accept`,
      { role: "administrator", teamId: other, userId: crew.administrator.user.id, id: randomUUID() },
      { token: invitee.accessToken },
    );
    expectJson(res);
    expect(res.body).toMatchObject({ teamId, userId: invitee.user.id, role: "viewer" });
    expect((await client.get(`/teams/${teamId}`, { token: invitee.accessToken })).body.role).toBe("viewer");
    expect((await client.get(`/teams/${other}`, { token: invitee.accessToken })).status).toBe(404);
  });

  it("a query-string id doesn't redirect a path-addressed call", async () => {
    const teamId = await createCrewTeam(client, crew, { name: "Query path" });
    const other = await createCrewTeam(client, crew, { name: "Query other" });
    const res = await client.patch(`/teams/${teamId}?id=${other}`, { name: "Query renamed" }, as("administrator"));
    expectJson(res);
    expect(res.body.id).toBe(teamId);
    expect((await client.get(`/teams/${other}`, as("administrator"))).body.name).toBe("Query other");
  });
});
