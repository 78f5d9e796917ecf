/**
 * Credentials under attack, over HTTP: throttles that hold under concurrency without locking the owner
 * out, bounded hashing, access tokens that die with their session, email and password hygiene, and
 * inputs that once answered 500.
 */
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  expectJson,
  expectProblem,
  login,
  signup,
  signupAdmin,
  startTestNode,
  TEST_PASSWORD,
  uniqueEmail,
  type ApiClient,
  type ApiResponse,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;

// The gateway believes X-Forwarded-For from loopback, so each test can speak from its own addresses.
beforeAll(async () => {
  node = await startTestNode({ TRUSTED_PROXIES: "127.0.0.1", SERVICES: "api,users" });
  client = api(node.baseUrl);
}, 120_000);
afterAll(() => node.stop());

let nextAddress = 1;
/** A client address no other test uses (TEST-NET-3). */
function address(): string {
  return `203.0.113.${nextAddress++}`;
}

const fromAddress = (ip: string) => ({ headers: { "X-Forwarded-For": ip } });

function loginFrom(ip: string, email: string, password: string): Promise<ApiResponse> {
  return client.post("/auth/login", { email, password }, fromAddress(ip));
}

describe("login throttling over HTTP", () => {
  it("evaluates at most five of 30 parallel wrong passwords; the rest are 429 with Retry-After", async () => {
    const email = uniqueEmail();
    await signup(client, email);
    const attacker = address();
    const answers = await Promise.all(Array.from({ length: 30 }, () => loginFrom(attacker, email, "wrong password")));
    const wrong = answers.filter((res) => res.status === 401);
    const limited = answers.filter((res) => res.status === 429);
    expect(wrong.length).toBeLessThanOrEqual(5);
    expect(wrong.length + limited.length).toBe(30);
    for (const res of limited) {
      expectProblem(res, 429, undefined, node);
      expect(["LOGIN_THROTTLED", "HASHING_BUSY"]).toContain(res.body.code);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    // Refused attempts (throttled or hashing busy) were never evaluated; the evaluated failures count.
    for (let i = wrong.length; i < 5; i++) {
      expectProblem(await loginFrom(attacker, email, "wrong password"), 401, "INVALID_CREDENTIALS", node);
    }
    // The attacker's address is now refused even the right password...
    expectProblem(await loginFrom(attacker, email, TEST_PASSWORD), 429, "LOGIN_THROTTLED", node);
    // ...while the owner, elsewhere, signs in.
    expectJson(await loginFrom(address(), email, TEST_PASSWORD));
  });

  it("answers a login flood for unknown emails from one address quickly, and serves a real user meanwhile", async () => {
    const email = uniqueEmail();
    await signup(client, email);
    const flooder = address();
    const flood = Promise.all(
      Array.from({ length: 40 }, () => loginFrom(flooder, uniqueEmail("nobody"), "some password")),
    );
    const started = Date.now();
    expectJson(await loginFrom(address(), email, TEST_PASSWORD));
    const took = Date.now() - started;
    const answers = await flood;
    expect(answers.every((res) => res.status === 401 || res.status === 429)).toBe(true);
    const busy = answers.filter((res) => res.status === 429);
    expect(busy.length).toBeGreaterThan(0);
    for (const res of busy) {
      expectProblem(res, 429, "HASHING_BUSY", node);
      expect(res.headers.get("retry-after")).toBe("1");
    }
    expect(took).toBeLessThan(5_000);
  });
});

describe("the auth routes' per-address limit", () => {
  let dev: TestNode;
  beforeAll(async () => {
    // Outside NODE_ENV=test the limit is on by default: 20 requests a minute per address.
    dev = await startTestNode({ NODE_ENV: "development", TRUSTED_PROXIES: "127.0.0.1", SERVICES: "api,users" });
  }, 120_000);
  afterAll(() => dev.stop());

  it("answers the 21st auth request in a minute from one address 429 with Retry-After; other addresses go on", async () => {
    const devClient = api(dev.baseUrl);
    const noisy = address();
    for (let i = 0; i < 20; i++) {
      expectJson(await devClient.post("/auth/recover", { email: uniqueEmail() }, fromAddress(noisy)), 202);
    }
    for (const [path, body] of [
      ["/auth/recover", { email: uniqueEmail() }],
      ["/auth/login", { email: uniqueEmail(), password: TEST_PASSWORD }],
      ["/auth/signup", { email: uniqueEmail(), password: TEST_PASSWORD }],
      ["/auth/reset", { token: "x", password: TEST_PASSWORD }],
    ] as const) {
      const limited = await devClient.post(path, body, fromAddress(noisy));
      expectProblem(limited, 429, "AUTH_RATE_LIMITED", dev);
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
    expectJson(await devClient.post("/auth/recover", { email: uniqueEmail() }, fromAddress(address())), 202);
  });
});

describe("access tokens die with their session", () => {
  const me = (token: string) => client.get("/users/me", { token });

  it("after logout: that session's token answers 401 at once; another session's still works", async () => {
    const email = uniqueEmail();
    const first = await signup(client, email);
    const second = await login(client, email);
    expectJson(await me(first.accessToken));
    expect(
      (await client.post("/auth/logout", { refreshToken: first.refreshToken }, { token: first.accessToken })).status,
    ).toBe(204);
    expectProblem(await me(first.accessToken), 401, "SESSION_ENDED", node);
    expectJson(await me(second.accessToken));
  });

  it("after a password change", async () => {
    const session = await signup(client);
    expectJson(await me(session.accessToken));
    expectJson(
      await client.patch(
        "/users/me",
        { password: "a whole new secret", currentPassword: TEST_PASSWORD },
        { token: session.accessToken },
      ),
    );
    expectProblem(await me(session.accessToken), 401, "SESSION_ENDED", node);
  });

  it("after a password reset", async () => {
    const email = uniqueEmail();
    const session = await signup(client, email);
    expectJson(await me(session.accessToken));
    const { token } = await node.broker.call<{ token: string }, object>("users.issueResetToken", { email });
    expectJson(await client.post("/auth/reset", { token, password: "reset it to this" }));
    expectProblem(await me(session.accessToken), 401, "SESSION_ENDED", node);
  });

  it("after a ban, and still after the unban", async () => {
    const admin = await signupAdmin(client, node.broker);
    const email = uniqueEmail();
    const session = await signup(client, email);
    expectJson(await me(session.accessToken));
    expectJson(await client.post(`/users/${session.user.id}/ban`, undefined, { token: admin.accessToken }));
    expectProblem(await me(session.accessToken), 401, "ACCOUNT_BANNED", node);
    expectJson(await client.post(`/users/${session.user.id}/unban`, undefined, { token: admin.accessToken }));
    expectProblem(await me(session.accessToken), 401, "SESSION_ENDED", node);
    expectJson(await me((await login(client, email)).accessToken));
  });
});

describe("inputs that once answered 500", () => {
  const secret = () => new TextEncoder().encode(node.config.jwt.secret as string);

  function token(sub: string, claims: Record<string, unknown>): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
      .setSubject(sub)
      .setIssuer("meshwork")
      .setAudience("meshwork-api")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(secret());
  }

  it("answers 401 to a token signed with the node's secret whose sub or sid is not a UUID", async () => {
    const session = await signup(client);
    for (const forged of [
      await token("not-a-uuid", { email: "x@example.test", roles: ["admin"], sid: randomUUID() }),
      await token("00000000-0000-0000-0000-00000000000g", { sid: randomUUID() }),
      await token(session.user.id, { email: session.user.email, roles: ["user"], sid: "not-a-session" }),
    ]) {
      expectProblem(await client.get("/users/me", { token: forged }), 401, undefined, node);
    }
  });

  it("refuses a NUL in names, key descriptions, emails and searches with 422 naming the field", async () => {
    const admin = await signupAdmin(client, node.broker);
    const cases: [Promise<ApiResponse>, string][] = [
      [
        client.post("/auth/signup", { email: uniqueEmail(), password: TEST_PASSWORD, firstName: "A\u0000" }),
        "firstName",
      ],
      [client.post("/auth/signup", { email: "nul\u0000@example.test", password: TEST_PASSWORD }), "email"],
      [client.post("/auth/login", { email: "nul\u0000@example.test", password: TEST_PASSWORD }), "email"],
      [client.patch("/users/me", { lastName: "B\u0000" }, { token: admin.accessToken }), "lastName"],
      [client.post("/keys", { description: "k\u0000" }, { token: admin.accessToken }), "description"],
      [client.get(`/users?q=${encodeURIComponent("a\u0000")}`, { token: admin.accessToken }), "q"],
    ];
    for (const [pending, field] of cases) {
      const res = await pending;
      expectProblem(res, 422, "VALIDATION_ERROR", node);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
  });

  it("keeps a NUL inside a password as typed", async () => {
    const email = uniqueEmail();
    await signup(client, email, "with a \u0000 inside it");
    await login(client, email, "with a \u0000 inside it");
    expectProblem(await client.post("/auth/login", { email, password: "with a  inside it" }), 401, undefined, node);
  });

  it("refuses the anonymised address of a user at sign-up, so deleting that user can't collide", async () => {
    const admin = await signupAdmin(client, node.broker);
    const victim = await signup(client);
    const squat = await client.post("/auth/signup", {
      email: `deleted+${victim.user.id}@deleted.invalid`,
      password: TEST_PASSWORD,
    });
    expectProblem(squat, 422, "VALIDATION_ERROR", node);
    expect(squat.body.errors).toEqual([{ field: "email", message: expect.stringMatching(/reserved/) }]);
    expect((await client.delete(`/users/${victim.user.id}`, { token: admin.accessToken })).status).toBe(204);
  });
});

describe("account hygiene", () => {
  it("normalises an email (NFKC, trimmed, lower case) so every spelling reaches one account", async () => {
    const tag = randomUUID().slice(0, 8);
    const created = await client.post<SessionBody>("/auth/signup", {
      email: ` Ｇｒａｃｅ-${tag}@EXAMPLE.test `,
      password: TEST_PASSWORD,
    });
    expectJson(created, 201);
    expect(created.body.user.email).toBe(`grace-${tag}@example.test`);
    expectJson(await client.post("/auth/login", { email: `GRACE-${tag}@example.test`, password: TEST_PASSWORD }));
    expectProblem(
      await client.post("/auth/signup", { email: `grace-${tag}@example.test`, password: TEST_PASSWORD }),
      409,
      "EMAIL_TAKEN",
      node,
    );
  });

  it.each([
    ["a zero-width space", "grace\u200b@example.test"],
    ["a trailing dot", "grace@example.test."],
    ["a reserved domain", "grace@example.invalid"],
  ])("refuses %s in an email with 422 naming email", async (_what, email) => {
    const res = await client.post("/auth/signup", { email, password: TEST_PASSWORD });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual([{ field: "email", message: expect.any(String) }]);
  });

  it.each([
    ["common", "password123", /too common/],
    ["only whitespace", "            ", /only spaces/],
    ["too short", "short1!", /8 characters/],
  ])("refuses a %s password with 422 naming password and saying why", async (_what, password, why) => {
    const res = await client.post("/auth/signup", { email: uniqueEmail(), password });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual([{ field: "password", message: expect.stringMatching(why) }]);
  });

  it("refuses a password that contains the email's name part", async () => {
    const email = `ada${randomUUID().slice(0, 8)}@example.test`;
    const res = await client.post("/auth/signup", { email, password: `${email.split("@")[0]}2024` });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual([{ field: "password", message: expect.stringMatching(/name part/) }]);
  });
});
