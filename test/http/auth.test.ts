/** Credentials over HTTP: the session lifecycle, forged and misused tokens, bans, login throttling and API keys. */
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  expectJson,
  expectProblem,
  login,
  randomSecret,
  signup,
  signupAdmin,
  startTestNode,
  TEST_PASSWORD,
  uniqueEmail,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";
import { tokenInLink, waitForMail } from "../support/mail.js";

let node: TestNode;
let client: ApiClient;

beforeAll(async () => {
  node = await startTestNode();
  client = api(node.baseUrl);
});
afterAll(() => node.stop());

describe("a session from sign-up to logout", () => {
  it("signs up, logs in, reads /users/me, rotates, detects reuse and logs out", async () => {
    const email = uniqueEmail();
    const signedUp = await signup(client, email);

    const loggedIn = await login(client, email);
    expect(loggedIn.user.id).toBe(signedUp.user.id);

    const me = await client.get("/users/me", { token: loggedIn.accessToken });
    expectJson(me);
    expect(me.body).toMatchObject({ id: signedUp.user.id, email });

    const rotated = await client.post<SessionBody>("/auth/refresh", { refreshToken: loggedIn.refreshToken });
    expectJson(rotated);
    expect((await client.get("/users/me", { token: rotated.body.accessToken })).status).toBe(200);

    // The spent token presented again: refused, and the whole login (family) ends.
    expectProblem(
      await client.post("/auth/refresh", { refreshToken: loggedIn.refreshToken }),
      401,
      "REFRESH_TOKEN_REUSED",
      node,
    );
    expectProblem(
      await client.post("/auth/refresh", { refreshToken: rotated.body.refreshToken }),
      401,
      "INVALID_REFRESH_TOKEN",
      node,
    );

    // The sign-up's own session is another family: still alive until logout.
    const logout = await client.post(
      "/auth/logout",
      { refreshToken: signedUp.refreshToken },
      { token: signedUp.accessToken },
    );
    expect(logout.status).toBe(204);
    expect(logout.text).toBe("");
    expectProblem(
      await client.post("/auth/refresh", { refreshToken: signedUp.refreshToken }),
      401,
      "INVALID_REFRESH_TOKEN",
      node,
    );
  });

  it("answers 409 to a second sign-up with the same email, in any case", async () => {
    const email = uniqueEmail();
    await signup(client, email);
    expectProblem(
      await client.post("/auth/signup", { email: email.toUpperCase(), password: TEST_PASSWORD }),
      409,
      "EMAIL_TAKEN",
      node,
    );
  });

  it("answers 401 with one message to a wrong password and to an unknown email", async () => {
    const email = uniqueEmail();
    await signup(client, email);
    const wrong = await client.post("/auth/login", { email, password: "not the password" });
    const unknown = await client.post("/auth/login", { email: uniqueEmail(), password: "not the password" });
    expectProblem(wrong, 401, "INVALID_CREDENTIALS", node);
    expectProblem(unknown, 401, "INVALID_CREDENTIALS", node);
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it("refuses to log out someone else's session", async () => {
    const victim = await signup(client);
    const attacker = await signup(client);
    expectProblem(
      await client.post("/auth/logout", { refreshToken: victim.refreshToken }, { token: attacker.accessToken }),
      401,
      undefined,
      node,
    );
    expectJson(await client.post("/auth/refresh", { refreshToken: victim.refreshToken }));
  });
});

describe("one-time tokens over HTTP", () => {
  it("verifies once; the token then answers 422 with a per-field error", async () => {
    const session = await signup(client);
    // The mailed link's token: one issued beside it would race the mailer's (a new token replaces the old).
    const [mail] = await waitForMail(client, session.user.email, "verify-email");
    const token = tokenInLink(mail, "/verify-email");
    expectJson(await client.post("/auth/verify", { token }));
    const again = await client.post("/auth/verify", { token });
    expectProblem(again, 422, "INVALID_TOKEN", node);
    expect(again.body.errors).toEqual([{ field: "token", message: "is invalid, used or expired" }]);
  });

  it("resets the password once and ends the old sessions", async () => {
    const email = uniqueEmail();
    const session = await signup(client, email);
    const issued = await node.broker.call<{ token: string }, object>("users.issueResetToken", { email });
    expectJson(await client.post("/auth/reset", { token: issued.token, password: "brand new password" }));
    expectProblem(
      await client.post("/auth/reset", { token: issued.token, password: "another new password" }),
      422,
      "INVALID_TOKEN",
      node,
    );
    expectProblem(await client.post("/auth/refresh", { refreshToken: session.refreshToken }), 401, undefined, node);
    expectProblem(
      await client.post("/auth/login", { email, password: TEST_PASSWORD }),
      401,
      "INVALID_CREDENTIALS",
      node,
    );
    await login(client, email, "brand new password");
  });
});

describe("forged and misused access tokens", () => {
  let victim: SessionBody;
  const secret = () => new TextEncoder().encode(node.config.jwt.secret as string);

  beforeAll(async () => {
    victim = await signup(client);
  });

  /** An access token like the node's own, with any part overridden. */
  async function forge(
    opts: {
      key?: Uint8Array;
      alg?: string;
      typ?: string;
      iss?: string;
      aud?: string;
      exp?: number;
      iat?: number;
      roles?: string[];
    } = {},
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    // The victim's live session, so the token dies only for the one thing each test changes.
    const { sid } = JSON.parse(Buffer.from(victim.accessToken.split(".")[1], "base64url").toString());
    return new SignJWT({ email: victim.user.email, roles: opts.roles ?? ["user"], jti: randomUUID(), sid })
      .setProtectedHeader({ alg: opts.alg ?? "HS256", typ: opts.typ ?? "at+jwt" })
      .setSubject(victim.user.id)
      .setIssuer(opts.iss ?? "meshwork")
      .setAudience(opts.aud ?? "meshwork-api")
      .setIssuedAt(opts.iat ?? now)
      .setExpirationTime(opts.exp ?? now + 300)
      .sign(opts.key ?? secret());
  }

  function b64(value: object): string {
    return Buffer.from(JSON.stringify(value)).toString("base64url");
  }

  it("accepts a token built like the node's own (so each refusal below is about the one thing changed)", async () => {
    expectJson(await client.get("/users/me", { token: await forge() }));
  });

  it("refuses alg none", async () => {
    const [, payload] = victim.accessToken.split(".");
    const unsigned = `${b64({ alg: "none", typ: "at+jwt" })}.${payload}.`;
    expectProblem(await client.get("/users/me", { token: unsigned }), 401, undefined, node);
    expectProblem(
      await client.get("/users/me", { headers: { Authorization: `Bearer ${unsigned.slice(0, -1)}` } }),
      401,
      undefined,
      node,
    );
  });

  it("refuses an expired token", async () => {
    const now = Math.floor(Date.now() / 1000);
    expectProblem(
      await client.get("/users/me", { token: await forge({ iat: now - 3600, exp: now - 60 }) }),
      401,
      undefined,
      node,
    );
  });

  it("refuses a tampered payload that claims admin", async () => {
    const [header, payload, signature] = victim.accessToken.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const tampered = `${header}.${b64({ ...claims, roles: ["user", "admin"] })}.${signature}`;
    expectProblem(await client.get("/users", { token: tampered }), 401, undefined, node);
    expectProblem(await client.get("/users/me", { token: tampered }), 401, undefined, node);
  });

  it("refuses a token signed with another key", async () => {
    const token = await forge({ key: new TextEncoder().encode(randomSecret()) });
    expectProblem(await client.get("/users/me", { token }), 401, undefined, node);
  });

  it("refuses a wrong issuer and a wrong audience", async () => {
    expectProblem(await client.get("/users/me", { token: await forge({ iss: "someone-else" }) }), 401, undefined, node);
    expectProblem(await client.get("/users/me", { token: await forge({ aud: "another-api" }) }), 401, undefined, node);
  });

  it("refuses a refresh token used as an access token, and the reverse", async () => {
    expectProblem(await client.get("/users/me", { token: victim.refreshToken }), 401, undefined, node);
    expectProblem(await client.get("/users/me", { token: await forge({ typ: "JWT" }) }), 401, undefined, node);
    expectProblem(
      await client.post("/auth/refresh", { refreshToken: victim.accessToken }),
      401,
      "INVALID_REFRESH_TOKEN",
      node,
    );
  });

  it("refuses a token for an account that does not exist", async () => {
    const token = await new SignJWT({ email: "ghost@example.test", roles: ["admin"] })
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
      .setSubject(randomUUID())
      .setIssuer("meshwork")
      .setAudience("meshwork-api")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(secret());
    expectProblem(await client.get("/users/me", { token }), 401, undefined, node);
  });

  it("takes roles from the account, not from the token", async () => {
    const token = await forge({ roles: ["user", "admin"] });
    expectProblem(await client.get("/users", { token }), 403, "FORBIDDEN", node);
  });

  it("refuses an Authorization header that is not Bearer", async () => {
    expectProblem(
      await client.get("/users/me", { headers: { Authorization: `Basic ${btoa("a:b")}` } }),
      401,
      "UNAUTHORIZED",
      node,
    );
  });
});

describe("bans", () => {
  it("refuses a banned user's live access token on the very next request, and their refresh and login, until a new login", async () => {
    const admin = await signupAdmin(client, node.broker);
    const email = uniqueEmail();
    const user = await signup(client, email);
    expectJson(await client.get("/users/me", { token: user.accessToken }));

    expectJson(await client.post(`/users/${user.user.id}/ban`, undefined, { token: admin.accessToken }));
    expectProblem(await client.get("/users/me", { token: user.accessToken }), 401, "ACCOUNT_BANNED", node);
    expectProblem(await client.post("/auth/refresh", { refreshToken: user.refreshToken }), 401, undefined, node);
    expectProblem(await client.post("/auth/login", { email, password: TEST_PASSWORD }), 403, "ACCOUNT_BANNED", node);

    expectJson(await client.post(`/users/${user.user.id}/unban`, undefined, { token: admin.accessToken }));
    // The ban ended every session: the old token stays dead; signing in again works.
    expectProblem(await client.get("/users/me", { token: user.accessToken }), 401, "SESSION_ENDED", node);
    expectJson(await client.get("/users/me", { token: (await login(client, email)).accessToken }));
  });

  it("answers 409 to an admin banning themself and 404 to an unknown id", async () => {
    const admin = await signupAdmin(client, node.broker);
    expectProblem(
      await client.post(`/users/${admin.user.id}/ban`, undefined, { token: admin.accessToken }),
      409,
      "SELF_BAN",
      node,
    );
    expectProblem(
      await client.post(`/users/${randomUUID()}/ban`, undefined, { token: admin.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  });
});

describe("login throttling", () => {
  it("answers 429 with Retry-After after five failures for one email, while other emails still sign in", async () => {
    const email = uniqueEmail();
    const bystander = uniqueEmail();
    await signup(client, email);
    await signup(client, bystander);
    for (let i = 0; i < 5; i++) {
      expectProblem(
        await client.post("/auth/login", { email, password: "wrong password" }),
        401,
        "INVALID_CREDENTIALS",
        node,
      );
    }
    const throttled = await client.post("/auth/login", { email, password: TEST_PASSWORD });
    expectProblem(throttled, 429, "LOGIN_THROTTLED", node);
    const retryAfter = Number(throttled.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    await login(client, bystander);
  });
});

describe("API keys", () => {
  it("authenticates with X-API-Key within the key's scopes", async () => {
    const user = await signup(client);
    const readKey = (await client.post("/keys", { description: "read", scopes: ["read"] }, { token: user.accessToken }))
      .body.key;
    const me = await client.get("/users/me", { apiKey: readKey });
    expectJson(me);
    expect(me.body.id).toBe(user.user.id);
    expectProblem(await client.patch("/users/me", { firstName: "X" }, { apiKey: readKey }), 403, "FORBIDDEN", node);
    expectProblem(await client.post("/keys", { description: "more" }, { apiKey: readKey }), 403, "FORBIDDEN", node);
  });

  it("needs both the admin role and the admin scope for admin routes", async () => {
    const admin = await signupAdmin(client, node.broker);
    const readKey = (await client.post("/keys", { description: "r", scopes: ["read"] }, { token: admin.accessToken }))
      .body.key;
    const adminKey = (
      await client.post("/keys", { description: "a", scopes: ["read", "admin"] }, { token: admin.accessToken })
    ).body.key;
    expectProblem(await client.get("/users", { apiKey: readKey }), 403, "FORBIDDEN", node);
    expectJson(await client.get("/users", { apiKey: adminKey }));
  });

  it("does not let a write key mint an admin key", async () => {
    const admin = await signupAdmin(client, node.broker);
    const writeKey = (await client.post("/keys", { description: "w", scopes: ["write"] }, { token: admin.accessToken }))
      .body.key;
    expectProblem(
      await client.post("/keys", { description: "up", scopes: ["admin"] }, { apiKey: writeKey }),
      403,
      "FORBIDDEN",
      node,
    );
  });

  it("refuses the admin scope to a non-admin", async () => {
    const user = await signup(client);
    expectProblem(
      await client.post("/keys", { description: "a", scopes: ["admin"] }, { token: user.accessToken }),
      403,
      "FORBIDDEN",
      node,
    );
  });

  it("refuses an unknown key and a revoked key with 401", async () => {
    const user = await signup(client);
    const created = await client.post("/keys", { description: "soon gone" }, { token: user.accessToken });
    expectJson(await client.get("/users/me", { apiKey: created.body.key }));
    expect((await client.delete(`/keys/${created.body.id}`, { token: user.accessToken })).status).toBe(204);
    expectProblem(await client.get("/users/me", { apiKey: created.body.key }), 401, "INVALID_API_KEY", node);
    expectProblem(await client.get("/users/me", { apiKey: "mw_fake_key" }), 401, "INVALID_API_KEY", node);
  });

  it("answers 404 when revoking another user's key", async () => {
    const owner = await signup(client);
    const other = await signup(client);
    const created = await client.post("/keys", { description: "mine" }, { token: owner.accessToken });
    expectProblem(
      await client.delete(`/keys/${created.body.id}`, { token: other.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  });
});
