/** Every users route, called through the gateway, leaves its users-topic event in audit; audit answers admins, non-members and other tenants as DESIGN §6 says. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendToChannel, envelopeBytes } from "../support/events.js";
import { eventually } from "../support/processes.js";
import {
  api,
  signup,
  signupAdmin,
  startTestNode,
  TEST_PASSWORD,
  uniqueEmail,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let admin: SessionBody;

interface AuditEventBody {
  id: string;
  seq: number;
  topic: string;
  type: string;
  entity: string;
  entityId: string;
  actorId: string | null;
  teamId: string | null;
  traceId: string | null;
  payload: { user?: Record<string, unknown>; sessionFamily?: string; [field: string]: unknown };
}

/** The entity's history as the admin sees it, once it holds at least `count` events. */
async function history(entity: string, id: string, count: number): Promise<AuditEventBody[]> {
  return eventually(
    async () => {
      const res = await client.get<{ rows: AuditEventBody[] }>(`/audit/entities/${entity}/${id}`, {
        token: admin.accessToken,
      });
      expect(res.status, res.text).toBe(200);
      return res.body.rows.length >= count ? res.body.rows : null;
    },
    10_000,
    `${count} audit events of ${entity} ${id}`,
    25,
  );
}

const typesOf = (events: AuditEventBody[]) => events.map((e) => e.type);

beforeAll(async () => {
  node = await startTestNode({ SERVICES: "api,users,audit" });
  client = api(node.baseUrl);
  admin = await signupAdmin(client, node.broker);
});

afterAll(() => node?.stop());

describe("users routes publish their users-topic events", () => {
  it("signup → Created and Signup, with the user snapshot and the request id as trace id", async () => {
    const email = uniqueEmail("signup");
    const requestId = randomUUID();
    const res = await client.post<SessionBody>(
      "/auth/signup",
      { email, password: TEST_PASSWORD, firstName: "Ada" },
      { headers: { "X-Request-Id": requestId } },
    );
    expect(res.status, res.text).toBe(201);
    const events = await history("user", res.body.user.id, 2);
    expect(typesOf(events)).toEqual(["Created", "Signup"]);
    for (const event of events) {
      expect(event).toMatchObject({
        topic: "users",
        entity: "user",
        entityId: res.body.user.id,
        actorId: res.body.user.id,
        traceId: requestId,
      });
      expect(event.payload.user).toMatchObject({ id: res.body.user.id, email, firstName: "Ada", status: "unverified" });
      expect(JSON.stringify(event.payload)).not.toMatch(/hash|password/i);
    }
  });

  it("login → Login, refresh → TokenRefreshed, logout → Logout, all of one session family", async () => {
    const session = await signup(client);
    const login = await client.post<SessionBody>("/auth/login", { email: session.user.email, password: TEST_PASSWORD });
    expect(login.status, login.text).toBe(200);
    const refreshed = await client.post<SessionBody>("/auth/refresh", { refreshToken: login.body.refreshToken });
    expect(refreshed.status, refreshed.text).toBe(200);
    const logout = await client.post(
      "/auth/logout",
      { refreshToken: refreshed.body.refreshToken },
      { token: refreshed.body.accessToken },
    );
    expect(logout.status, logout.text).toBe(204);
    const events = await history("user", session.user.id, 5);
    expect(typesOf(events)).toEqual(["Created", "Signup", "Login", "TokenRefreshed", "Logout"]);
    const family = events[3].payload.sessionFamily;
    expect(family).toMatch(/^[0-9a-f-]{36}$/);
    expect(events[4].payload.sessionFamily).toBe(family);
  });

  it("verify → Verified, recover → PasswordResetRequested, reset → PasswordReset", async () => {
    const session = await signup(client);
    const { token: verifyToken } = await node.broker.call<{ token: string }, object>("users.issueVerificationToken", {
      userId: session.user.id,
    });
    expect((await client.post("/auth/verify", { token: verifyToken })).status).toBe(200);
    expect((await client.post("/auth/recover", { email: session.user.email })).status).toBe(202);
    const reset = await node.broker.call<{ token: string }, object>("users.issueResetToken", {
      email: session.user.email,
    });
    expect((await client.post("/auth/reset", { token: reset.token, password: "a brand new passphrase" })).status).toBe(
      200,
    );
    const events = await history("user", session.user.id, 5);
    expect(typesOf(events)).toEqual(["Created", "Signup", "Verified", "PasswordResetRequested", "PasswordReset"]);
    expect(events[2].payload.user).toMatchObject({ status: "active" });
  });

  it("updateMe → Updated naming the changed fields", async () => {
    const session = await signup(client);
    const res = await client.patch("/users/me", { firstName: "Grace" }, { token: session.accessToken });
    expect(res.status, res.text).toBe(200);
    const events = await history("user", session.user.id, 3);
    expect(events[2]).toMatchObject({
      type: "Updated",
      actorId: session.user.id,
      payload: { changed: ["firstName"], user: { firstName: "Grace" } },
    });
  });

  it("ban → Banned, unban → Unbanned, remove → Deleted, with the admin as actor", async () => {
    const session = await signup(client);
    const id = session.user.id;
    expect((await client.post(`/users/${id}/ban`, {}, { token: admin.accessToken })).status).toBe(200);
    expect((await client.post(`/users/${id}/unban`, {}, { token: admin.accessToken })).status).toBe(200);
    expect((await client.delete(`/users/${id}`, { token: admin.accessToken })).status).toBe(204);
    const events = await history("user", id, 5);
    expect(typesOf(events)).toEqual(["Created", "Signup", "Banned", "Unbanned", "Deleted"]);
    for (const event of events.slice(2)) expect(event.actorId).toBe(admin.user.id);
    expect(events[4].payload.user).toMatchObject({ status: "deleted" });
    expect(events[4].payload.user?.email).not.toBe(session.user.email);
  });

  it("createKey → ApiKeyCreated, revokeKey → ApiKeyRevoked, on the apikey entity and without the secret", async () => {
    const session = await signup(client);
    const created = await client.post<{ id: string; key: string }>(
      "/keys",
      { description: "ci", scopes: ["read"] },
      { token: session.accessToken },
    );
    expect(created.status, created.text).toBe(201);
    expect((await client.delete(`/keys/${created.body.id}`, { token: session.accessToken })).status).toBe(204);
    const events = await history("apikey", created.body.id, 2);
    expect(typesOf(events)).toEqual(["ApiKeyCreated", "ApiKeyRevoked"]);
    for (const event of events) {
      expect(event).toMatchObject({
        topic: "users",
        actorId: session.user.id,
        payload: { apiKey: { id: created.body.id, userId: session.user.id, scopes: ["read"] } },
      });
      expect(JSON.stringify(event)).not.toContain(created.body.key);
    }
  });
});

describe("who reads audit", () => {
  const teamId = randomUUID();
  const teamEvent = envelopeBytes({ topic: "teams", type: "TeamCreated", entity: "team", teamId, entityId: teamId });
  let member: SessionBody;

  beforeAll(async () => {
    member = await signup(client);
    await sendToChannel(node.broker, "events.teams", teamEvent.bytes);
  });

  it("lets an admin see every event, of any team", async () => {
    const all = await client.get<{ rows: AuditEventBody[] }>("/audit/events?limit=100", { token: admin.accessToken });
    expect(all.status).toBe(200);
    expect(all.body.rows.map((e) => e.topic)).toEqual(expect.arrayContaining(["users", "teams"]));
    const one = await client.get<AuditEventBody>(`/audit/events/${teamEvent.envelope.id}`, {
      token: admin.accessToken,
    });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: teamEvent.envelope.id, teamId, type: "TeamCreated" });
  });

  it("shows a user who belongs to no team nothing, not even their own account's events", async () => {
    const search = await client.get<{ rows: AuditEventBody[]; nextCursor: string | null }>("/audit/events", {
      token: member.accessToken,
    });
    expect(search.status).toBe(200);
    expect(search.body).toEqual({ rows: [], nextCursor: null });
    const own = await client.get<{ rows: AuditEventBody[] }>(`/audit/entities/user/${member.user.id}`, {
      token: member.accessToken,
    });
    expect(own.status).toBe(200);
    expect(own.body.rows).toEqual([]);
  });

  it("answers 404 for one event of another team, as for an event that does not exist", async () => {
    const other = await client.get(`/audit/events/${teamEvent.envelope.id}`, { token: member.accessToken });
    const missing = await client.get(`/audit/events/${randomUUID()}`, { token: member.accessToken });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(other.body.detail).toBe(missing.body.detail);
  });

  it("shows a team member their team's events only", async () => {
    const meta = {
      user: { id: member.user.id, email: member.user.email, roles: ["user"], teamIds: [teamId], via: "jwt" },
    };
    const search = await node.broker.call<{ rows: AuditEventBody[] }, object>("audit.search", {}, { meta });
    expect(search.rows.map((e) => e.id)).toEqual([teamEvent.envelope.id]);
    await expect(node.broker.call("audit.get", { id: teamEvent.envelope.id }, { meta })).resolves.toMatchObject({
      teamId,
    });
  });

  it("keeps replay to admins (403 for a user)", async () => {
    const res = await client.post("/audit/replay", { fromSeq: 1, group: "probe" }, { token: member.accessToken });
    expect(res.status).toBe(403);
  });
});
