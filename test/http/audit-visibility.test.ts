/** Audit visibility: another person's personal data in stored events reaches only platform admins and the team's administrators. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signupVerified } from "../support/mail.js";
import { expectAuditEvent } from "./contract/context.js";
import { auditRows, createCrewTeam, type Crew } from "../support/tenancy.js";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  signup,
  signupAdmin,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type Json,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let platformAdmin: SessionBody;
let teamId: string;
/** A pending invite of the crew's team, to an address nobody in the team has signed up with. */
let invite: { id: string; email: string };

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  // One sign-up at a time: password hashing is bounded per client address.
  const names = ["administrator", "editor", "commenter", "viewer", "nonmember", "target"] as const;
  crew = {} as Crew;
  for (const name of names) crew[name] = await signup(client, uniqueEmail(name));
  platformAdmin = await signupAdmin(client, node.broker);
  teamId = await createCrewTeam(client, crew);
  const email = uniqueEmail("invitee");
  const invited = await client.post(
    `/teams/${teamId}/invites`,
    { emails: [email], role: "viewer" },
    { token: crew.administrator.accessToken },
  );
  expect(invited.status, invited.text).toBe(201);
  invite = { id: invited.body.rows[0].id, email };
  // Wait until the event is stored (the administrator reads it), so every later read is about visibility.
  await auditRows(client, crew.administrator.accessToken, "invite", invite.id, ["InviteCreated"]);
});
afterAll(() => node.stop());

/** The InviteCreated event of the pending invite as `token` reads it through each audit route (the same event every time). */
async function inviteCreatedThroughEveryRoute(token: string): Promise<Json[]> {
  const searched = await client.get(`/audit/events?entity=invite&entityId=${invite.id}&type=InviteCreated`, { token });
  expectJson(searched, 200);
  expect(searched.body.rows).toHaveLength(1);
  const id = searched.body.rows[0].id;
  const one = await client.get(`/audit/events/${id}`, { token });
  expectJson(one, 200);
  const history = await client.get(`/audit/entities/invite/${invite.id}`, { token });
  expectJson(history, 200);
  const fromHistory = history.body.rows.find((e: { id: string }) => e.id === id);
  const events = [searched.body.rows[0], one.body, fromHistory];
  for (const event of events) {
    expectAuditEvent(event);
    expect(event).toMatchObject({
      topic: "teams",
      type: "InviteCreated",
      entity: "invite",
      entityId: invite.id,
      teamId,
    });
  }
  return events;
}

describe("audit visibility of personal data", () => {
  it("shows a team viewer, commenter and editor the InviteCreated event with the invitee's email redacted", async () => {
    for (const role of ["viewer", "commenter", "editor"] as const) {
      const token = crew[role].accessToken;
      for (const event of await inviteCreatedThroughEveryRoute(token)) {
        // The event stays readable and keeps its shape: only the personal field is emptied.
        expect(event.payload.invite).toEqual({
          id: invite.id,
          teamId,
          email: null,
          role: "viewer",
          status: "pending",
          invitedBy: crew.administrator.user.id,
          expiresAt: expect.any(Number),
          createdAt: expect.any(Number),
        });
      }
      // Nowhere in the team's trail does the invitee's address, or another member's, appear.
      const trail = await client.get(`/audit/events?teamId=${teamId}&limit=100`, { token });
      expectJson(trail, 200);
      expect(trail.body.rows.length).toBeGreaterThan(0);
      expect(trail.text).not.toContain(invite.email);
      for (const other of ["administrator", "editor", "commenter", "viewer"] as const) {
        if (other !== role) expect(trail.text, `${role} reads ${other}'s email`).not.toContain(crew[other].user.email);
      }
    }
  });

  it("shows the team's administrator and a platform admin the invitee's email in full", async () => {
    for (const session of [crew.administrator, platformAdmin]) {
      for (const event of await inviteCreatedThroughEveryRoute(session.accessToken)) {
        expect(event.payload.invite).toMatchObject({ id: invite.id, email: invite.email, status: "pending" });
      }
    }
  });

  it("shows an outsider nothing: an empty search, 404 for the event and an empty history", async () => {
    const token = crew.nonmember.accessToken;
    const searched = await client.get(`/audit/events?entityId=${invite.id}`, { token });
    expectJson(searched, 200);
    expect(searched.body).toEqual({ rows: [], nextCursor: null });
    const asTeam = await client.get(`/audit/events?teamId=${teamId}`, { token });
    expect(asTeam.body).toEqual({ rows: [], nextCursor: null });
    const full = await inviteCreatedThroughEveryRoute(crew.administrator.accessToken);
    expectProblem(await client.get(`/audit/events/${full[0].id}`, { token }), 404, "NOT_FOUND", node);
    const history = await client.get(`/audit/entities/invite/${invite.id}`, { token });
    expectJson(history, 200);
    expect(history.body).toEqual({ rows: [], nextCursor: null });
    expect(history.text + searched.text).not.toContain(invite.email);
  });

  it("lets a member who joined as a viewer read their own address in their invite's events, and nobody else's", async () => {
    const joiner = await signupVerified(client, uniqueEmail("joiner"));
    const invited = await client.post(
      `/teams/${teamId}/invites`,
      { emails: [joiner.user.email], role: "viewer" },
      { token: crew.administrator.accessToken },
    );
    expect(invited.status, invited.text).toBe(201);
    const inviteId = invited.body.rows[0].id;
    const accepted = await client.post(`/invites/${inviteId}/accept`, undefined, { token: joiner.accessToken });
    expect(accepted.status, accepted.text).toBe(200);
    const rows = await auditRows(client, joiner.accessToken, "invite", inviteId, ["InviteCreated", "InviteAccepted"]);
    for (const event of rows) expect(event.payload.invite).toMatchObject({ email: joiner.user.email });
    const trail = await eventually(async () => {
      const res = await client.get(`/audit/events?teamId=${teamId}&limit=100`, { token: joiner.accessToken });
      expect(res.text).toContain(joiner.user.email);
      return res;
    });
    expect(trail.text).not.toContain(invite.email);
    expect(trail.text).not.toContain(crew.viewer.user.email);
  });
});
