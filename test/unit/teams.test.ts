/** The teams service on an in-memory broker (meshwork/testing): roles, tenancy answers and the last-administrator rule. */
import type { ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import type { Page } from "../../lib/pagination.js";
import TeamsService, { type InviteResult } from "../../services/teams/teams.service.js";
import type { Invite, Membership, Team } from "../../services/teams/store.js";

let t: ServiceUnderTest;
type AuthUser = ReturnType<ServiceUnderTest["user"]>;
/** Accounts whose email is not verified yet, as the users service would answer for them. */
const unverified = new Set<string>();

beforeAll(async () => {
  // serviceUnderTest takes an untyped ServiceSchema; a schema typed with its methods needs widening.
  t = await serviceUnderTest(TeamsService as unknown as ServiceSchema, {
    fakes: { users: { emailVerified: (p: { id: string }) => ({ verified: !unverified.has(p.id) }) } },
  });
});
afterAll(() => t.stop());

async function newTeam(owner: AuthUser, name = "Team"): Promise<Team> {
  return t.call<Team>("teams.create", { name }, { user: owner });
}

/** Invites `member` at `role` and accepts as them: the way anyone joins a team. */
async function join(team: Team, owner: AuthUser, member: AuthUser, role: string): Promise<Membership> {
  const sent = await t.call<InviteResult>(
    "teams.invite",
    { id: team.id, emails: [member.email], role },
    { user: owner },
  );
  return t.call<Membership>("teams.accept", { id: sent.rows[0].id }, { user: member });
}

const events = async (teamId: string) =>
  (await t.published("teams")).filter((e) => e.teamId === teamId).map((e) => `${e.type} ${e.entity}`);

describe("teams.create", () => {
  it("makes the creator the team's administrator, and says so in its events", async () => {
    const owner = t.user();
    const team = await newTeam(owner, "  Platform ");
    expect(team).toMatchObject({ name: "Platform", createdBy: owner.id, role: "administrator" });

    const members = await t.call<Page<Membership>>("teams.members", { id: team.id }, { user: owner });
    expect(members).toMatchObject({ total: 1, page: 1, totalPages: 1 });
    expect(members.rows).toEqual([
      expect.objectContaining({ teamId: team.id, userId: owner.id, role: "administrator" }),
    ]);
    expect(await t.call("teams.membership", { teamId: team.id, userId: owner.id })).toEqual({
      role: "administrator",
    });
    expect(await events(team.id)).toEqual(["TeamCreated team", "MembershipCreated membership"]);
    const [created] = (await t.published("teams")).filter((e) => e.teamId === team.id);
    expect(created).toMatchObject({ actorId: owner.id, entityId: team.id });
    expect(created.event).toMatchObject({ team: { id: team.id, name: "Platform", createdBy: owner.id } });
  });
});

describe("team rules", () => {
  let owner: AuthUser;
  let editor: AuthUser;
  let team: Team;

  beforeAll(async () => {
    owner = t.user();
    editor = t.user();
    team = await newTeam(owner);
    await join(team, owner, editor, "editor");
  });

  it("refuse an invite from an editor with 403, and send none", async () => {
    const invitee = t.user();
    await expect(
      t.call("teams.invite", { id: team.id, emails: [invitee.email] }, { user: editor }),
    ).rejects.toMatchObject({ code: 403, type: "ROLE_TOO_LOW" });
    const pending = await t.call<Page<Invite>>("teams.invites", { id: team.id }, { user: owner });
    expect(pending.rows.map((i) => i.email)).not.toContain(invitee.email);
  });

  it("answer 404 to a non-member, on reads and writes alike", async () => {
    const stranger = t.user();
    for (const [action, params] of [
      ["teams.get", { id: team.id }],
      ["teams.members", { id: team.id }],
      ["teams.rename", { id: team.id, name: "Mine now" }],
      ["teams.leave", { id: team.id }],
    ] as const) {
      await expect(t.call(action, params, { user: stranger }), action).rejects.toMatchObject({
        code: 404,
        type: "NOT_FOUND",
      });
    }
    expect((await t.call<Team>("teams.get", { id: team.id }, { user: editor })).name).toBe("Team");
  });

  it("let an editor read the team with their own role", async () => {
    expect(await t.call<Team>("teams.get", { id: team.id }, { user: editor })).toMatchObject({
      id: team.id,
      role: "editor",
    });
  });
});

describe("invites to an address", () => {
  it("can be answered only once the invitee has verified it (403 EMAIL_NOT_VERIFIED), and stay pending until then", async () => {
    const owner = t.user();
    const squatter = t.user();
    unverified.add(squatter.id);
    const team = await newTeam(owner);
    const sent = await t.call<InviteResult>("teams.invite", { id: team.id, emails: [squatter.email] }, { user: owner });
    const inviteId = sent.rows[0].id;
    for (const action of ["teams.accept", "teams.decline"]) {
      await expect(t.call(action, { id: inviteId }, { user: squatter }), action).rejects.toMatchObject({
        code: 403,
        type: "EMAIL_NOT_VERIFIED",
      });
    }
    expect(await t.call("teams.membership", { teamId: team.id, userId: squatter.id })).toBeNull();
    expect(t.fakes.users.callsTo("emailVerified").at(-1)?.params).toEqual({ id: squatter.id });

    // Someone else's invite is still not found, verified or not: the refusal says nothing about it.
    const stranger = t.user();
    unverified.add(stranger.id);
    await expect(t.call("teams.accept", { id: inviteId }, { user: stranger })).rejects.toMatchObject({ code: 404 });

    unverified.delete(squatter.id);
    const joined = await t.call<Membership>("teams.accept", { id: inviteId }, { user: squatter });
    expect(joined).toMatchObject({ teamId: team.id, userId: squatter.id, role: "editor" });
  });
});

describe("the last administrator", () => {
  it("can't leave (409 LAST_ADMINISTRATOR): the membership and the events stay as they were", async () => {
    const owner = t.user();
    const team = await newTeam(owner);
    const before = await events(team.id);
    await expect(t.call("teams.leave", { id: team.id }, { user: owner })).rejects.toMatchObject({
      code: 409,
      type: "LAST_ADMINISTRATOR",
    });
    expect(await t.call("teams.membership", { teamId: team.id, userId: owner.id })).toEqual({
      role: "administrator",
    });
    expect(await events(team.id)).toEqual(before);
  });

  it("may leave once another administrator exists", async () => {
    const owner = t.user();
    const other = t.user();
    const team = await newTeam(owner);
    await join(team, owner, other, "administrator");
    await t.call("teams.leave", { id: team.id }, { user: owner });
    expect(await t.call("teams.membership", { teamId: team.id, userId: owner.id })).toBeNull();
    expect((await events(team.id)).at(-1)).toBe("MembershipDeleted membership");
  });
});
