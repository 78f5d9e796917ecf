/** Contract cases for identity: /auth/*, /users/*, /keys. */
import { expect } from "vitest";
import {
  expectJson,
  expectProblem,
  login,
  signup,
  TEST_PASSWORD,
  uniqueEmail,
  type SessionBody,
} from "../../support/testkit.js";
import { tokenInLink, waitForMail } from "../../support/mail.js";
import { expectKey, expectPage, expectSession, expectUser, type ContractCases } from "./context.js";

export const cases: ContractCases = {
  "POST /auth/signup": async ({ client }) => {
    const email = uniqueEmail();
    const res = await client.post<SessionBody>("/auth/signup", {
      email,
      password: TEST_PASSWORD,
      firstName: "Ada",
      lastName: "Lovelace",
    });
    expectJson(res, 201);
    expectSession(res.body);
    expect(res.body.user).toMatchObject({
      email,
      firstName: "Ada",
      lastName: "Lovelace",
      status: "unverified",
      roles: ["user"],
    });
    expect(res.headers.get("location")).toBe("/api/v1/users/me");
  },

  "POST /auth/login": async ({ client }) => {
    const email = uniqueEmail();
    await signup(client, email);
    const res = await client.post("/auth/login", { email, password: TEST_PASSWORD });
    expectJson(res, 200);
    expectSession(res.body);
    expect(res.body.user.email).toBe(email);
  },

  "POST /auth/refresh": async ({ client }) => {
    const session = await signup(client);
    const res = await client.post("/auth/refresh", { refreshToken: session.refreshToken });
    expectJson(res, 200);
    expectSession(res.body);
    expect(res.body.refreshToken).not.toBe(session.refreshToken);
  },

  "POST /auth/logout": async ({ client, node }) => {
    const session = await signup(client);
    const res = await client.post(
      "/auth/logout",
      { refreshToken: session.refreshToken },
      { token: session.accessToken },
    );
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expectProblem(await client.post("/auth/refresh", { refreshToken: session.refreshToken }), 401, undefined, node);
  },

  "POST /auth/verify": async ({ client }) => {
    const session = await signup(client);
    // The token a user has: the link in the verification mail (a token issued beside it would race the mailer's).
    const [mail] = await waitForMail(client, session.user.email, "verify-email");
    const res = await client.post("/auth/verify", { token: tokenInLink(mail, "/verify-email") });
    expectJson(res, 200);
    expectUser(res.body);
    expect(res.body).toMatchObject({ id: session.user.id, status: "active", verifiedAt: expect.any(String) });
  },

  "POST /auth/recover": async ({ client }) => {
    const session = await signup(client);
    const known = await client.post("/auth/recover", { email: session.user.email });
    const unknown = await client.post("/auth/recover", { email: uniqueEmail("nobody") });
    expectJson(known, 202);
    expectJson(unknown, 202);
    expect(known.body).toEqual({ accepted: true });
    expect(unknown.body).toEqual(known.body);
  },

  "POST /auth/reset": async ({ client, node }) => {
    const email = uniqueEmail();
    await signup(client, email);
    const issued = await node.broker.call<{ token: string }, object>("users.issueResetToken", { email });
    const res = await client.post("/auth/reset", { token: issued.token, password: "a new password" });
    expectJson(res, 200);
    expectUser(res.body);
    await login(client, email, "a new password");
  },

  "GET /users/me": async ({ client }) => {
    const session = await signup(client);
    const res = await client.get("/users/me", { token: session.accessToken });
    expectJson(res, 200);
    expectUser(res.body);
    expect(res.body.id).toBe(session.user.id);
  },

  "PATCH /users/me": async ({ client }) => {
    const session = await signup(client);
    const res = await client.patch(
      "/users/me",
      { firstName: "Grace", lastName: null, roles: ["admin"] },
      { token: session.accessToken },
    );
    expectJson(res, 200);
    expectUser(res.body);
    expect(res.body).toMatchObject({ firstName: "Grace", lastName: null, roles: ["user"] });
  },

  "GET /users": async ({ client, admin }) => {
    const res = await client.get("/users?page=1&pageSize=5&sort=-createdAt", { token: admin.accessToken });
    expectJson(res, 200);
    expectPage(res.body, expectUser);
    expect(res.body).toMatchObject({ page: 1, pageSize: 5 });
    expect(res.body.total).toBeGreaterThanOrEqual(1);
  },

  "GET /users/:id": async ({ client, admin }) => {
    const session = await signup(client);
    const res = await client.get(`/users/${session.user.id}`, { token: admin.accessToken });
    expectJson(res, 200);
    expectUser(res.body);
    expect(res.body.email).toBe(session.user.email);
  },

  "POST /users/:id/ban": async ({ client, admin }) => {
    const session = await signup(client);
    const res = await client.post(`/users/${session.user.id}/ban`, undefined, { token: admin.accessToken });
    expectJson(res, 200);
    expectUser(res.body);
    expect(res.body.status).toBe("banned");
  },

  "POST /users/:id/unban": async ({ client, admin }) => {
    const session = await signup(client);
    await client.post(`/users/${session.user.id}/ban`, undefined, { token: admin.accessToken });
    const res = await client.post(`/users/${session.user.id}/unban`, undefined, { token: admin.accessToken });
    expectJson(res, 200);
    expectUser(res.body);
    expect(res.body.status).toBe("unverified");
  },

  "DELETE /users/:id": async ({ client, admin, node }) => {
    const session = await signup(client);
    const res = await client.delete(`/users/${session.user.id}`, { token: admin.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/users/${session.user.id}`, { token: admin.accessToken }), 404, "NOT_FOUND", node);
  },

  "POST /keys": async ({ client }) => {
    const session = await signup(client);
    const res = await client.post(
      "/keys",
      { description: "deploy bot", scopes: ["read", "write"] },
      { token: session.accessToken },
    );
    expectJson(res, 201);
    const { key, ...rest } = res.body;
    expectKey(rest);
    expect(key).toMatch(/^mw_/);
    expect(rest).toMatchObject({ description: "deploy bot", scopes: ["read", "write"] });
    expect(res.headers.get("location")).toBe(`/api/v1/keys/${rest.id}`);
  },

  "GET /keys": async ({ client }) => {
    const session = await signup(client);
    const created = await client.post("/keys", { description: "listed" }, { token: session.accessToken });
    const res = await client.get("/keys", { token: session.accessToken });
    expectJson(res, 200);
    expectPage(res.body, expectKey);
    expect(res.body.rows.map((k: { id: string }) => k.id)).toEqual([created.body.id]);
    expect(res.text).not.toContain(created.body.key);
  },

  "DELETE /keys/:id": async ({ client, node }) => {
    const session = await signup(client);
    const created = await client.post("/keys", { description: "revoked" }, { token: session.accessToken });
    const res = await client.delete(`/keys/${created.body.id}`, { token: session.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get("/users/me", { apiKey: created.body.key }), 401, undefined, node);
  },
};
