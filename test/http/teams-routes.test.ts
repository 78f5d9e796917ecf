/** Teams over HTTP: every teams route's status and body, invites end to end, and the last-administrator rule. */
import { randomUUID } from "node:crypto";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signupVerified } from "../support/mail.js";
import { addMember, createCrewTeam, signupCrew, teamsDb, type Crew } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;

const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
});
afterAll(() => node.stop());

const as = (who: keyof Crew) => ({ token: crew[who].accessToken });

describe("team routes", () => {
  it("POST /teams creates a team with the caller as administrator and a Location", async () => {
    const res = await client.post("/teams", { name: "  Platform  " }, as("administrator"));
    expectJson(res, 201);
    expect(res.body).toEqual({
      id: UUID,
      name: "Platform",
      createdBy: crew.administrator.user.id,
      createdAt: ISO,
      updatedAt: ISO,
      role: "administrator",
    });
    expect(res.headers.get("location")).toBe(`/api/v1/teams/${res.body.id}`);
  });

  it("POST /teams answers 422 to a missing or empty name", async () => {
    expectProblem(await client.post("/teams", {}, as("administrator")), 422, "VALIDATION_ERROR", node);
    expectProblem(await client.post("/teams", { name: "" }, as("administrator")), 422, "VALIDATION_ERROR", node);
    expectProblem(
      await client.post("/teams", { name: "x".repeat(101) }, as("administrator")),
      422,
      "VALIDATION_ERROR",
      node,
    );
  });

  it("GET /teams lists exactly the caller's teams with the caller's role in each", async () => {
    const me = await signup(client);
    const first = await client.post("/teams", { name: "Mine 1" }, { token: me.accessToken });
    const teamId = await createCrewTeam(client, crew, { name: "Theirs" });
    const res = await client.get("/teams", { token: me.accessToken });
    expectJson(res);
    expect(res.body).toEqual({ rows: [{ ...first.body }], total: 1, page: 1, pageSize: 20, totalPages: 1 });

    const viewer = await client.get("/teams", as("viewer"));
    expect(viewer.body.rows.find((t: { id: string }) => t.id === teamId)).toMatchObject({
      id: teamId,
      name: "Theirs",
      role: "viewer",
    });
  });

  it("GET /teams answers an empty page to a user without teams", async () => {
    const loner = await signup(client);
    const res = await client.get("/teams", { token: loner.accessToken });
    expectJson(res);
    expect(res.body).toEqual({ rows: [], total: 0, page: 1, pageSize: 20, totalPages: 0 });
  });

  it("GET /teams/:id answers the team with the caller's own role", async () => {
    const teamId = await createCrewTeam(client, crew);
    const res = await client.get(`/teams/${teamId}`, as("commenter"));
    expectJson(res);
    expect(res.body).toEqual({
      id: teamId,
      name: "Crew team",
      createdBy: crew.administrator.user.id,
      createdAt: ISO,
      updatedAt: ISO,
      role: "commenter",
    });
  });

  it("GET /teams/:id answers 404 to an unknown id and 422 to a malformed one", async () => {
    expectProblem(await client.get(`/teams/${randomUUID()}`, as("administrator")), 404, "NOT_FOUND", node);
    expectProblem(await client.get(`/teams/not-a-uuid`, as("administrator")), 422, "VALIDATION_ERROR", node);
  });

  it("PATCH /teams/:id renames the team", async () => {
    const teamId = await createCrewTeam(client, crew);
    const res = await client.patch(`/teams/${teamId}`, { name: "Renamed" }, as("administrator"));
    expectJson(res);
    expect(res.body).toMatchObject({
      id: teamId,
      name: "Renamed",
      createdBy: crew.administrator.user.id,
      updatedAt: ISO,
    });
    expect((await client.get(`/teams/${teamId}`, as("viewer"))).body.name).toBe("Renamed");
  });

  it("DELETE /teams/:id deletes the team for every member", async () => {
    const teamId = await createCrewTeam(client, crew);
    const res = await client.delete(`/teams/${teamId}`, as("administrator"));
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/teams/${teamId}`, as("administrator")), 404, "NOT_FOUND", node);
    expectProblem(await client.get(`/teams/${teamId}`, as("editor")), 404, "NOT_FOUND", node);
    const mine = await client.get("/teams", as("editor"));
    expect(mine.body.rows.map((t: { id: string }) => t.id)).not.toContain(teamId);
  });

  it("GET /teams/:id/members lists memberships with roles, creator first", async () => {
    const teamId = await createCrewTeam(client, crew);
    const res = await client.get(`/teams/${teamId}/members`, as("viewer"));
    expectJson(res);
    expect(res.body).toMatchObject({ total: 4, page: 1, pageSize: 20, totalPages: 1 });
    expect(res.body.rows).toEqual([
      { id: UUID, teamId, userId: crew.administrator.user.id, role: "administrator", createdAt: ISO, updatedAt: ISO },
      { id: UUID, teamId, userId: crew.editor.user.id, role: "editor", createdAt: ISO, updatedAt: ISO },
      { id: UUID, teamId, userId: crew.commenter.user.id, role: "commenter", createdAt: ISO, updatedAt: ISO },
      { id: UUID, teamId, userId: crew.viewer.user.id, role: "viewer", createdAt: ISO, updatedAt: ISO },
    ]);
  });

  it("PATCH /teams/:id/members/:userId changes a role, and the new role applies at once", async () => {
    const teamId = await createCrewTeam(client, crew);
    expectProblem(await client.patch(`/teams/${teamId}`, { name: "Nope" }, as("viewer")), 403, "ROLE_TOO_LOW", node);
    const res = await client.patch(
      `/teams/${teamId}/members/${crew.viewer.user.id}`,
      { role: "administrator" },
      as("administrator"),
    );
    expectJson(res);
    expect(res.body).toEqual({
      id: UUID,
      teamId,
      userId: crew.viewer.user.id,
      role: "administrator",
      createdAt: ISO,
      updatedAt: ISO,
    });
    expectJson(await client.patch(`/teams/${teamId}`, { name: "Now allowed" }, as("viewer")));
  });

  it("PATCH /teams/:id/members/:userId answers 422 to an unknown role and 404 to a non-member", async () => {
    const teamId = await createCrewTeam(client, crew);
    expectProblem(
      await client.patch(`/teams/${teamId}/members/${crew.viewer.user.id}`, { role: "owner" }, as("administrator")),
      422,
      "VALIDATION_ERROR",
      node,
    );
    expectProblem(
      await client.patch(`/teams/${teamId}/members/${crew.viewer.user.id}`, {}, as("administrator")),
      422,
      "VALIDATION_ERROR",
      node,
    );
    expectProblem(
      await client.patch(`/teams/${teamId}/members/${crew.nonmember.user.id}`, { role: "editor" }, as("administrator")),
      404,
      "NOT_FOUND",
      node,
    );
  });

  it("DELETE /teams/:id/members/:userId removes a member, who then gets 404", async () => {
    const teamId = await createCrewTeam(client, crew);
    const res = await client.delete(`/teams/${teamId}/members/${crew.editor.user.id}`, as("administrator"));
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/teams/${teamId}`, as("editor")), 404, "NOT_FOUND", node);
    const members = await client.get(`/teams/${teamId}/members`, as("administrator"));
    expect(members.body.rows.map((m: { userId: string }) => m.userId)).not.toContain(crew.editor.user.id);
    expectProblem(
      await client.delete(`/teams/${teamId}/members/${crew.editor.user.id}`, as("administrator")),
      404,
      "NOT_FOUND",
      node,
    );
  });

  it("POST /teams/:id/leave removes the caller", async () => {
    const teamId = await createCrewTeam(client, crew);
    const res = await client.post(`/teams/${teamId}/leave`, undefined, as("commenter"));
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/teams/${teamId}`, as("commenter")), 404, "NOT_FOUND", node);
    expectProblem(await client.post(`/teams/${teamId}/leave`, undefined, as("commenter")), 404, "NOT_FOUND", node);
  });
});

describe("invites", () => {
  it("POST /teams/:id/invites invites emails at the editor role by default", async () => {
    const teamId = await createCrewTeam(client, crew);
    const email = uniqueEmail("invitee");
    const res = await client.post(`/teams/${teamId}/invites`, { emails: [email.toUpperCase()] }, as("administrator"));
    expectJson(res, 201);
    expect(res.body).toEqual({
      rows: [
        {
          id: UUID,
          teamId,
          email,
          role: "editor",
          status: "pending",
          invitedBy: crew.administrator.user.id,
          expiresAt: ISO,
          createdAt: ISO,
        },
      ],
      skipped: [],
    });
    const days = (Date.parse(res.body.rows[0].expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4.99);
    expect(days).toBeLessThanOrEqual(5);
  });

  it("POST /teams/:id/invites skips the inviter's own email and takes a role", async () => {
    const teamId = await createCrewTeam(client, crew);
    const email = uniqueEmail("invitee");
    const res = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [email, crew.administrator.user.email], role: "commenter" },
      as("administrator"),
    );
    expectJson(res, 201);
    expect(res.body.rows).toHaveLength(1);
    expect(res.body.rows[0]).toMatchObject({ email, role: "commenter", status: "pending" });
    expect(res.body.skipped).toEqual([{ email: crew.administrator.user.email, reason: expect.any(String) }]);
  });

  it("POST /teams/:id/invites answers 422 to bad emails, an empty list and an unknown role", async () => {
    const teamId = await createCrewTeam(client, crew);
    for (const body of [
      { emails: ["not-an-email"] },
      { emails: [] },
      {},
      { emails: [uniqueEmail()], role: "owner" },
      { emails: uniqueEmail() },
    ]) {
      expectProblem(
        await client.post(`/teams/${teamId}/invites`, body, as("administrator")),
        422,
        "VALIDATION_ERROR",
        node,
      );
    }
  });

  it("re-inviting a pending email refreshes the one invite instead of adding another", async () => {
    const teamId = await createCrewTeam(client, crew);
    const email = uniqueEmail("again");
    const first = await client.post(`/teams/${teamId}/invites`, { emails: [email] }, as("administrator"));
    const second = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [email, email], role: "viewer" },
      as("administrator"),
    );
    expectJson(second, 201);
    expect(second.body.rows).toHaveLength(1);
    expect(second.body.rows[0].id).toBe(first.body.rows[0].id);
    expect(second.body.rows[0].role).toBe("viewer");
    const pending = await client.get(`/teams/${teamId}/invites`, as("administrator"));
    expectJson(pending);
    expect(pending.body.rows.filter((i: { email: string }) => i.email === email)).toHaveLength(1);
    expect(pending.body).toMatchObject({ total: 1, page: 1, totalPages: 1 });
  });

  it("GET /teams/:id/invites lists pending invites only", async () => {
    const teamId = await createCrewTeam(client, crew);
    const invitee = await signup(client);
    const pendingEmail = uniqueEmail("pending");
    await client.post(`/teams/${teamId}/invites`, { emails: [pendingEmail] }, as("administrator"));
    await addMember(client, teamId, crew.administrator, invitee, "viewer");
    const res = await client.get(`/teams/${teamId}/invites`, as("administrator"));
    expectJson(res);
    expect(res.body.rows.map((i: { email: string }) => i.email)).toEqual([pendingEmail]);
    expect(res.body.rows[0]).toMatchObject({ id: UUID, teamId, status: "pending", role: "editor" });
  });

  it("GET /invites lists the caller's pending invites with the team name", async () => {
    const teamId = await createCrewTeam(client, crew, { name: "Inviting team" });
    const invitee = await signupVerified(client);
    const invited = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [invitee.user.email], role: "viewer" },
      as("administrator"),
    );
    const res = await client.get("/invites", { token: invitee.accessToken });
    expectJson(res);
    expect(res.body).toEqual({
      rows: [{ ...invited.body.rows[0], teamName: "Inviting team" }],
      total: 1,
      page: 1,
      pageSize: 20,
      totalPages: 1,
    });
    expect((await client.get("/invites", as("nonmember"))).body.rows).toEqual([]);
  });

  it("POST /invites/:id/accept makes the invitee a member at the invite's role", async () => {
    const teamId = await createCrewTeam(client, crew);
    const invitee = await signupVerified(client);
    const invited = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [invitee.user.email], role: "commenter" },
      as("administrator"),
    );
    const res = await client.post(`/invites/${invited.body.rows[0].id}/accept`, undefined, {
      token: invitee.accessToken,
    });
    expectJson(res);
    expect(res.body).toEqual({
      id: UUID,
      teamId,
      userId: invitee.user.id,
      role: "commenter",
      createdAt: ISO,
      updatedAt: ISO,
    });
    expect((await client.get(`/teams/${teamId}`, { token: invitee.accessToken })).body.role).toBe("commenter");
    expect((await client.get("/invites", { token: invitee.accessToken })).body.rows).toEqual([]);
    expect((await client.get(`/teams/${teamId}/invites`, as("administrator"))).body.rows).toEqual([]);
  });

  it("POST /invites/:id/decline declines; the invitee does not join", async () => {
    const teamId = await createCrewTeam(client, crew);
    const invitee = await signupVerified(client);
    const invited = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [invitee.user.email] },
      as("administrator"),
    );
    const res = await client.post(`/invites/${invited.body.rows[0].id}/decline`, undefined, {
      token: invitee.accessToken,
    });
    expectJson(res);
    expect(res.body).toMatchObject({
      id: invited.body.rows[0].id,
      teamId,
      email: invitee.user.email,
      status: "declined",
    });
    expectProblem(await client.get(`/teams/${teamId}`, { token: invitee.accessToken }), 404, "NOT_FOUND", node);
    expect((await client.get(`/teams/${teamId}/invites`, as("administrator"))).body.rows).toEqual([]);
  });

  it("only the invited user may accept or decline: everyone else gets 404", async () => {
    const teamId = await createCrewTeam(client, crew);
    const invitee = await signupVerified(client);
    const invited = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [invitee.user.email] },
      as("administrator"),
    );
    const id = invited.body.rows[0].id;
    for (const who of ["administrator", "editor", "nonmember"] as const) {
      expectProblem(await client.post(`/invites/${id}/accept`, undefined, as(who)), 404, "NOT_FOUND", node);
      expectProblem(await client.post(`/invites/${id}/decline`, undefined, as(who)), 404, "NOT_FOUND", node);
    }
    expectProblem(
      await client.post(`/invites/${randomUUID()}/accept`, undefined, { token: invitee.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
    // Still answerable by the invitee.
    expectJson(await client.post(`/invites/${id}/accept`, undefined, { token: invitee.accessToken }));
  });

  it("an accepted or declined invite can't be answered again (409)", async () => {
    const teamId = await createCrewTeam(client, crew);
    const [a, b] = [await signupVerified(client), await signupVerified(client)];
    const invited = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [a.user.email, b.user.email] },
      as("administrator"),
    );
    const byEmail = (email: string) => invited.body.rows.find((i: { email: string }) => i.email === email).id;
    expectJson(await client.post(`/invites/${byEmail(a.user.email)}/accept`, undefined, { token: a.accessToken }));
    expectJson(await client.post(`/invites/${byEmail(b.user.email)}/decline`, undefined, { token: b.accessToken }));
    expectProblem(
      await client.post(`/invites/${byEmail(a.user.email)}/accept`, undefined, { token: a.accessToken }),
      409,
      "INVITE_NOT_PENDING",
      node,
    );
    expectProblem(
      await client.post(`/invites/${byEmail(a.user.email)}/decline`, undefined, { token: a.accessToken }),
      409,
      "INVITE_NOT_PENDING",
      node,
    );
    expectProblem(
      await client.post(`/invites/${byEmail(b.user.email)}/accept`, undefined, { token: b.accessToken }),
      409,
      "INVITE_NOT_PENDING",
      node,
    );
    expectProblem(
      await client.post(`/invites/${byEmail(b.user.email)}/decline`, undefined, { token: b.accessToken }),
      409,
      "INVITE_NOT_PENDING",
      node,
    );
    expectProblem(await client.get(`/teams/${teamId}`, { token: b.accessToken }), 404, "NOT_FOUND", node);
  });

  it("an expired invite answers 409 INVITE_EXPIRED and shows as expired to the team", async () => {
    const teamId = await createCrewTeam(client, crew);
    const invitee = await signupVerified(client);
    const invited = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [invitee.user.email] },
      as("administrator"),
    );
    const id = invited.body.rows[0].id;
    await teamsDb(node.broker).query("UPDATE invites SET expires_at = now() - interval '1 minute' WHERE id = $1", {
      bind: [id],
      type: QueryTypes.UPDATE,
    });
    expectProblem(
      await client.post(`/invites/${id}/accept`, undefined, { token: invitee.accessToken }),
      409,
      "INVITE_EXPIRED",
      node,
    );
    expectProblem(await client.get(`/teams/${teamId}`, { token: invitee.accessToken }), 404, "NOT_FOUND", node);
    expect((await client.get("/invites", { token: invitee.accessToken })).body.rows).toEqual([]);
    const team = await client.get(`/teams/${teamId}/invites`, as("administrator"));
    expect(team.body.rows).toEqual([expect.objectContaining({ id, status: "expired" })]);

    // Re-inviting renews the same invite, which can then be accepted.
    const again = await client.post(`/teams/${teamId}/invites`, { emails: [invitee.user.email] }, as("administrator"));
    expect(again.body.rows[0]).toMatchObject({ id, status: "pending" });
    expectJson(await client.post(`/invites/${id}/accept`, undefined, { token: invitee.accessToken }));
  });

  it("a new invite can follow a declined one", async () => {
    const teamId = await createCrewTeam(client, crew);
    const invitee = await signupVerified(client);
    const first = await client.post(`/teams/${teamId}/invites`, { emails: [invitee.user.email] }, as("administrator"));
    await client.post(`/invites/${first.body.rows[0].id}/decline`, undefined, { token: invitee.accessToken });
    const second = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [invitee.user.email], role: "viewer" },
      as("administrator"),
    );
    expectJson(second, 201);
    expect(second.body.rows[0].id).not.toBe(first.body.rows[0].id);
    const accepted = await client.post(`/invites/${second.body.rows[0].id}/accept`, undefined, {
      token: invitee.accessToken,
    });
    expect(accepted.body.role).toBe("viewer");
  });
});

describe("the last administrator", () => {
  it("can't leave (409 LAST_ADMINISTRATOR)", async () => {
    const teamId = await createCrewTeam(client, crew);
    expectProblem(
      await client.post(`/teams/${teamId}/leave`, undefined, as("administrator")),
      409,
      "LAST_ADMINISTRATOR",
      node,
    );
    expect((await client.get(`/teams/${teamId}`, as("administrator"))).body.role).toBe("administrator");
  });

  it("can't be demoted (409 LAST_ADMINISTRATOR), not even by themself", async () => {
    const teamId = await createCrewTeam(client, crew);
    for (const role of ["editor", "commenter", "viewer"]) {
      expectProblem(
        await client.patch(`/teams/${teamId}/members/${crew.administrator.user.id}`, { role }, as("administrator")),
        409,
        "LAST_ADMINISTRATOR",
        node,
      );
    }
    expect((await client.get(`/teams/${teamId}`, as("administrator"))).body.role).toBe("administrator");
  });

  it("can't be removed (409 LAST_ADMINISTRATOR)", async () => {
    const teamId = await createCrewTeam(client, crew);
    expectProblem(
      await client.delete(`/teams/${teamId}/members/${crew.administrator.user.id}`, as("administrator")),
      409,
      "LAST_ADMINISTRATOR",
      node,
    );
    expect((await client.get(`/teams/${teamId}/members`, as("administrator"))).body.total).toBe(4);
  });

  it("may leave, be demoted or removed once another administrator exists", async () => {
    const teamId = await createCrewTeam(client, crew);
    expectJson(
      await client.patch(
        `/teams/${teamId}/members/${crew.editor.user.id}`,
        { role: "administrator" },
        as("administrator"),
      ),
    );
    const demoted = await client.patch(
      `/teams/${teamId}/members/${crew.administrator.user.id}`,
      { role: "viewer" },
      as("administrator"),
    );
    expectJson(demoted);
    expect(demoted.body.role).toBe("viewer");
    // Now the editor is the last administrator.
    expectProblem(
      await client.post(`/teams/${teamId}/leave`, undefined, as("editor")),
      409,
      "LAST_ADMINISTRATOR",
      node,
    );
    expect((await client.post(`/teams/${teamId}/leave`, undefined, as("administrator"))).status).toBe(204);
  });

  it("two administrators demoting each other at once leave one administrator", async () => {
    const teamId = await createCrewTeam(client, crew);
    await client.patch(
      `/teams/${teamId}/members/${crew.editor.user.id}`,
      { role: "administrator" },
      as("administrator"),
    );
    const [a, b] = await Promise.all([
      client.patch(`/teams/${teamId}/members/${crew.editor.user.id}`, { role: "viewer" }, as("administrator")),
      client.patch(`/teams/${teamId}/members/${crew.administrator.user.id}`, { role: "viewer" }, as("editor")),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const members = await client.get(`/teams/${teamId}/members`, as("viewer"));
    expect(members.body.rows.filter((m: { role: string }) => m.role === "administrator")).toHaveLength(1);
  });
});

describe("administrator-only team management", () => {
  it("answers 403 to editors, commenters and viewers inviting, re-roling, removing, renaming or deleting", async () => {
    const teamId = await createCrewTeam(client, crew, { withTarget: true });
    for (const who of ["editor", "commenter", "viewer"] as const) {
      const calls = [
        client.post(`/teams/${teamId}/invites`, { emails: [uniqueEmail()] }, as(who)),
        client.get(`/teams/${teamId}/invites`, as(who)),
        client.patch(`/teams/${teamId}/members/${crew.target.user.id}`, { role: "editor" }, as(who)),
        client.patch(`/teams/${teamId}/members/${crew[who].user.id}`, { role: "administrator" }, as(who)),
        client.delete(`/teams/${teamId}/members/${crew.target.user.id}`, as(who)),
        client.patch(`/teams/${teamId}`, { name: "Hijacked" }, as(who)),
        client.delete(`/teams/${teamId}`, as(who)),
      ];
      for (const res of await Promise.all(calls)) expectProblem(res, 403, "ROLE_TOO_LOW", node);
    }
    const members = await client.get(`/teams/${teamId}/members`, as("administrator"));
    expect(members.body.rows.map((m: { role: string }) => m.role)).toEqual([
      "administrator",
      "editor",
      "commenter",
      "viewer",
      "viewer",
    ]);
    expect((await client.get(`/teams/${teamId}`, as("administrator"))).body.name).toBe("Crew team");
  });
});
