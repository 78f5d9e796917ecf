/** Contract cases for teams, memberships and invites: /teams/*, /invites/*. */
import { expect } from "vitest";
import { signupVerified } from "../../support/mail.js";
import { expectJson, expectProblem, signup, type ApiClient, type SessionBody } from "../../support/testkit.js";
import { expectInvite, expectMembership, expectPage, expectTeam, type ContractCases } from "./context.js";

interface TeamBody {
  id: string;
  name: string;
}

async function newTeam(client: ApiClient, owner: SessionBody, name = "Contract team"): Promise<TeamBody> {
  const res = await client.post<TeamBody>("/teams", { name }, { token: owner.accessToken });
  expectJson(res, 201);
  return res.body;
}

/** Invites a fresh account and returns it with the pending invite's id. */
async function invitee(
  client: ApiClient,
  owner: SessionBody,
  team: TeamBody,
  role = "editor",
): Promise<{ session: SessionBody; inviteId: string }> {
  // Only a verified address may answer its invites.
  const session = await signupVerified(client);
  const res = await client.post(
    `/teams/${team.id}/invites`,
    { emails: [session.user.email], role },
    { token: owner.accessToken },
  );
  expectJson(res, 201);
  return { session, inviteId: res.body.rows[0].id };
}

/** A team with its owner and one more member. */
async function teamWithMember(client: ApiClient, role = "editor") {
  const owner = await signup(client);
  const team = await newTeam(client, owner);
  const { session: member, inviteId } = await invitee(client, owner, team, role);
  expectJson(await client.post(`/invites/${inviteId}/accept`, undefined, { token: member.accessToken }));
  return { owner, team, member };
}

export const cases: ContractCases = {
  "POST /teams": async ({ client }) => {
    const owner = await signup(client);
    const res = await client.post("/teams", { name: "  Platform  " }, { token: owner.accessToken });
    expectJson(res, 201);
    expectTeam(res.body);
    expect(res.body).toMatchObject({ name: "Platform", role: "administrator", createdBy: owner.user.id });
    expect(res.headers.get("location")).toBe(`/api/v1/teams/${res.body.id}`);
  },

  "GET /teams": async ({ client }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner);
    const res = await client.get("/teams", { token: owner.accessToken });
    expectJson(res);
    expectPage(res.body, (row) => expectTeam(row));
    expect(res.body.rows.map((t: TeamBody) => t.id)).toEqual([team.id]);
    const paged = await client.get("/teams?page=2&pageSize=1&sort=-createdAt", { token: owner.accessToken });
    expectJson(paged);
    expect(paged.body).toEqual({ rows: [], total: 1, page: 2, pageSize: 1, totalPages: 1 });
  },

  "GET /teams/:id": async ({ client, node }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner);
    const res = await client.get(`/teams/${team.id}`, { token: owner.accessToken });
    expectJson(res);
    expectTeam(res.body);
    expect(res.body).toMatchObject({ id: team.id, role: "administrator" });
    // Someone else's team is not found, not forbidden.
    const stranger = await signup(client);
    expectProblem(await client.get(`/teams/${team.id}`, { token: stranger.accessToken }), 404, "NOT_FOUND", node);
  },

  "PATCH /teams/:id": async ({ client }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner);
    const res = await client.patch(`/teams/${team.id}`, { name: "Renamed" }, { token: owner.accessToken });
    expectJson(res);
    expectTeam(res.body, false);
    expect(res.body).toMatchObject({ id: team.id, name: "Renamed" });
  },

  "DELETE /teams/:id": async ({ client, node }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner);
    const res = await client.delete(`/teams/${team.id}`, { token: owner.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/teams/${team.id}`, { token: owner.accessToken }), 404, "NOT_FOUND", node);
  },

  "GET /teams/:id/members": async ({ client }) => {
    const { owner, team, member } = await teamWithMember(client);
    const res = await client.get(`/teams/${team.id}/members`, { token: member.accessToken });
    expectJson(res);
    expectPage(res.body, expectMembership);
    const roles = Object.fromEntries(res.body.rows.map((m: { userId: string; role: string }) => [m.userId, m.role]));
    expect(roles).toEqual({ [owner.user.id]: "administrator", [member.user.id]: "editor" });
    const paged = await client.get(`/teams/${team.id}/members?pageSize=1&sort=-createdAt`, {
      token: member.accessToken,
    });
    expectJson(paged);
    expect(paged.body).toMatchObject({ total: 2, page: 1, pageSize: 1, totalPages: 2 });
    expect(paged.body.rows).toEqual([expect.objectContaining({ userId: member.user.id })]);
  },

  "PATCH /teams/:id/members/:userId": async ({ client }) => {
    const { owner, team, member } = await teamWithMember(client);
    const res = await client.patch(
      `/teams/${team.id}/members/${member.user.id}`,
      { role: "viewer" },
      { token: owner.accessToken },
    );
    expectJson(res);
    expectMembership(res.body);
    expect(res.body).toMatchObject({ teamId: team.id, userId: member.user.id, role: "viewer" });
  },

  "DELETE /teams/:id/members/:userId": async ({ client, node }) => {
    const { owner, team, member } = await teamWithMember(client);
    const res = await client.delete(`/teams/${team.id}/members/${member.user.id}`, { token: owner.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/teams/${team.id}`, { token: member.accessToken }), 404, "NOT_FOUND", node);
  },

  "POST /teams/:id/leave": async ({ client, node }) => {
    const { team, member } = await teamWithMember(client);
    const res = await client.post(`/teams/${team.id}/leave`, undefined, { token: member.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/teams/${team.id}/members`, { token: member.accessToken }), 404, "NOT_FOUND", node);
  },

  "POST /teams/:id/invites": async ({ client }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner);
    const res = await client.post(
      `/teams/${team.id}/invites`,
      { emails: ["New.Person@Example.test", owner.user.email], role: "commenter" },
      { token: owner.accessToken },
    );
    expectJson(res, 201);
    expect(res.body).toEqual({
      rows: [expect.any(Object)],
      skipped: [{ email: owner.user.email, reason: expect.any(String) }],
    });
    expectInvite(res.body.rows[0]);
    expect(res.body.rows[0]).toMatchObject({
      teamId: team.id,
      email: "new.person@example.test",
      role: "commenter",
      status: "pending",
    });
  },

  "GET /teams/:id/invites": async ({ client }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner);
    const { inviteId } = await invitee(client, owner, team);
    const res = await client.get(`/teams/${team.id}/invites`, { token: owner.accessToken });
    expectJson(res);
    expectPage(res.body, (row) => expectInvite(row));
    expect(res.body.rows.map((i: { id: string }) => i.id)).toEqual([inviteId]);
    const paged = await client.get(`/teams/${team.id}/invites?page=2&pageSize=1&sort=createdAt`, {
      token: owner.accessToken,
    });
    expectJson(paged);
    expect(paged.body).toEqual({ rows: [], total: 1, page: 2, pageSize: 1, totalPages: 1 });
  },

  "GET /invites": async ({ client }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner, "Invite list team");
    const { session, inviteId } = await invitee(client, owner, team);
    const res = await client.get("/invites", { token: session.accessToken });
    expectJson(res);
    expectPage(res.body, (row) => expectInvite(row, { teamName: expect.any(String) }));
    expect(res.body.rows).toEqual([
      expect.objectContaining({ id: inviteId, teamName: "Invite list team", status: "pending" }),
    ]);
    const paged = await client.get("/invites?pageSize=1&sort=createdAt", { token: session.accessToken });
    expectJson(paged);
    expect(paged.body).toEqual({ ...res.body, pageSize: 1 });
  },

  "POST /invites/:id/accept": async ({ client }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner);
    const { session, inviteId } = await invitee(client, owner, team, "viewer");
    const res = await client.post(`/invites/${inviteId}/accept`, undefined, { token: session.accessToken });
    expectJson(res);
    expectMembership(res.body);
    expect(res.body).toMatchObject({ teamId: team.id, userId: session.user.id, role: "viewer" });
    expectJson(await client.get(`/teams/${team.id}`, { token: session.accessToken }));
  },

  "POST /invites/:id/decline": async ({ client, node }) => {
    const owner = await signup(client);
    const team = await newTeam(client, owner);
    const { session, inviteId } = await invitee(client, owner, team);
    const res = await client.post(`/invites/${inviteId}/decline`, undefined, { token: session.accessToken });
    expectJson(res);
    expectInvite(res.body);
    expect(res.body).toMatchObject({ id: inviteId, status: "declined" });
    expectProblem(
      await client.post(`/invites/${inviteId}/accept`, undefined, { token: session.accessToken }),
      409,
      "INVITE_NOT_PENDING",
      node,
    );
  },
};
