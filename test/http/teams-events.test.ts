/** Every teams change emits its teams-topic event, readable by a team member through the audit entity history. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signupVerified } from "../support/mail.js";
import { addMember, auditRows, auditTypes } from "../support/tenancy.js";
import {
  api,
  expectJson,
  signup,
  signupAdmin,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let admin: SessionBody;
let member: SessionBody;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  [admin, member] = await Promise.all([
    signup(client, uniqueEmail("admin")),
    signupVerified(client, uniqueEmail("member")),
  ]);
});
afterAll(() => node.stop());

async function membershipOf(teamId: string, userId: string): Promise<string> {
  const members = await client.get(`/teams/${teamId}/members`, { token: admin.accessToken });
  return members.body.rows.find((m: { userId: string }) => m.userId === userId).id;
}

describe("teams-topic events in the audit trail", () => {
  it("team: TeamCreated and TeamUpdated carry actor, team, entity and the request's trace id", async () => {
    const created = await client.post(
      "/teams",
      { name: "Evented" },
      { token: admin.accessToken, headers: { "X-Request-Id": "trace-team-create" } },
    );
    const teamId = created.body.id;
    const renamed = await client.patch(
      `/teams/${teamId}`,
      { name: "Evented again" },
      { token: admin.accessToken, headers: { "X-Request-Id": "trace-team-rename" } },
    );
    expect(renamed.headers.get("x-request-id")).toBe("trace-team-rename");
    const rows = await auditRows(client, admin.accessToken, "team", teamId, ["TeamCreated", "TeamUpdated"]);
    expect(rows.map((e) => e.type)).toEqual(["TeamCreated", "TeamUpdated"]);
    expect(rows[0]).toMatchObject({
      topic: "teams",
      entity: "team",
      entityId: teamId,
      teamId,
      actorId: admin.user.id,
      traceId: "trace-team-create",
    });
    expect(rows[0].payload).toMatchObject({ team: { id: teamId, name: "Evented" } });
    expect(rows[1]).toMatchObject({
      traceId: "trace-team-rename",
      payload: { team: { name: "Evented again" }, changed: ["name"] },
    });
  });

  it("team: TeamDeleted (and MembershipDeleted for every member) reach the audit trail", async () => {
    // Once the team is gone nobody is its member: a platform admin reads its history.
    const platformAdmin = await signupAdmin(client, node.broker);
    const teamId = (await client.post("/teams", { name: "Doomed" }, { token: admin.accessToken })).body.id;
    await addMember(client, teamId, admin, member, "viewer");
    const memberships = [await membershipOf(teamId, admin.user.id), await membershipOf(teamId, member.user.id)];
    expect((await client.delete(`/teams/${teamId}`, { token: admin.accessToken })).status).toBe(204);
    expect(await auditTypes(client, platformAdmin.accessToken, "team", teamId, ["TeamDeleted"])).toEqual([
      "TeamCreated",
      "TeamDeleted",
    ]);
    for (const id of memberships) {
      expect(await auditTypes(client, platformAdmin.accessToken, "membership", id, ["MembershipDeleted"])).toEqual([
        "MembershipCreated",
        "MembershipDeleted",
      ]);
    }
  });

  it("membership: MembershipCreated, MembershipUpdated, MembershipDeleted", async () => {
    const teamId = (await client.post("/teams", { name: "Memberships" }, { token: admin.accessToken })).body.id;
    const adminMembership = await membershipOf(teamId, admin.user.id);
    expect(await auditTypes(client, admin.accessToken, "membership", adminMembership, ["MembershipCreated"])).toEqual([
      "MembershipCreated",
    ]);

    await addMember(client, teamId, admin, member, "viewer");
    const id = await membershipOf(teamId, member.user.id);
    expectJson(
      await client.patch(
        `/teams/${teamId}/members/${member.user.id}`,
        { role: "editor" },
        { token: admin.accessToken },
      ),
    );
    expect(
      (await client.delete(`/teams/${teamId}/members/${member.user.id}`, { token: admin.accessToken })).status,
    ).toBe(204);
    const rows = await auditRows(client, admin.accessToken, "membership", id, ["MembershipDeleted"]);
    expect(rows.map((e) => e.type)).toEqual(["MembershipCreated", "MembershipUpdated", "MembershipDeleted"]);
    expect(rows[0]).toMatchObject({
      teamId,
      actorId: member.user.id,
      payload: { membership: { userId: member.user.id, role: "viewer" } },
    });
    expect(rows[1]).toMatchObject({
      actorId: admin.user.id,
      payload: { membership: { role: "editor" }, previousRole: "viewer", changed: ["role"] },
    });
    expect(rows[2]).toMatchObject({ actorId: admin.user.id, payload: { membership: { userId: member.user.id } } });
  });

  it("membership: leaving emits MembershipDeleted by the member", async () => {
    const teamId = (await client.post("/teams", { name: "Leavers" }, { token: admin.accessToken })).body.id;
    await addMember(client, teamId, admin, member, "commenter");
    const id = await membershipOf(teamId, member.user.id);
    expect((await client.post(`/teams/${teamId}/leave`, undefined, { token: member.accessToken })).status).toBe(204);
    const rows = await auditRows(client, admin.accessToken, "membership", id, ["MembershipDeleted"]);
    expect(rows.at(-1)).toMatchObject({ type: "MembershipDeleted", actorId: member.user.id });
  });

  it("invite: InviteCreated then InviteAccepted, or InviteDeclined; a re-invite adds no second InviteCreated", async () => {
    const teamId = (await client.post("/teams", { name: "Invites" }, { token: admin.accessToken })).body.id;
    const accepted = (
      await client.post(`/teams/${teamId}/invites`, { emails: [member.user.email] }, { token: admin.accessToken })
    ).body.rows[0].id;
    await client.post(`/teams/${teamId}/invites`, { emails: [member.user.email] }, { token: admin.accessToken });
    expectJson(await client.post(`/invites/${accepted}/accept`, undefined, { token: member.accessToken }));
    const rows = await auditRows(client, admin.accessToken, "invite", accepted, ["InviteAccepted"]);
    expect(rows.map((e) => e.type)).toEqual(["InviteCreated", "InviteAccepted"]);
    expect(rows[0]).toMatchObject({
      teamId,
      actorId: admin.user.id,
      payload: { invite: { email: member.user.email, role: "editor", status: "pending" } },
    });
    expect(rows[1]).toMatchObject({ actorId: member.user.id, payload: { invite: { status: "accepted" } } });

    const decliner = await signupVerified(client);
    const declined = (
      await client.post(`/teams/${teamId}/invites`, { emails: [decliner.user.email] }, { token: admin.accessToken })
    ).body.rows[0].id;
    expectJson(await client.post(`/invites/${declined}/decline`, undefined, { token: decliner.accessToken }));
    expect(await auditTypes(client, admin.accessToken, "invite", declined, ["InviteDeclined"])).toEqual([
      "InviteCreated",
      "InviteDeclined",
    ]);
  });

  it("shows a member the team's events but not after they have left", async () => {
    const teamId = (await client.post("/teams", { name: "Visible" }, { token: admin.accessToken })).body.id;
    await addMember(client, teamId, admin, member, "viewer");
    expect(await auditTypes(client, member.accessToken, "team", teamId, ["TeamCreated"])).toEqual(["TeamCreated"]);
    await client.post(`/teams/${teamId}/leave`, undefined, { token: member.accessToken });
    const after = await client.get(`/audit/entities/team/${teamId}`, { token: member.accessToken });
    expectJson(after);
    expect(after.body.rows).toEqual([]);
  });
});
