/**
 * users hardening: throttles that hold under concurrency, bounded password hashing, access tokens that
 * die with their session on every node, email and password hygiene, and inputs that once gave a 500.
 */
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { ServiceBroker, type Service } from "moleculer";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../config.js";
import { bindConfig, configOf } from "../../lib/runtime.js";
import { createValidator } from "../../lib/validation.js";
import { HashingGate } from "../../services/users/passwords.js";
import { authPerAddressLimit } from "../../services/users/throttle.js";
import UsersService, { type Session, type UsersSettings } from "../../services/users/users.service.js";
import type { User } from "../../services/users/store.js";
import { asUser, eventually, TEST_PASSWORD, testEnv, uniqueEmail, usersDb } from "../support/testkit.js";

// The node's own validator (NUL refused in every string, lib/validation.ts) and small limits so each
// behaviour shows in a few calls; calls without a client address (the mesh's own) have no per-address limit.
const broker = new ServiceBroker({ logger: false, validator: createValidator() });
const settings = UsersService.settings as UsersSettings;
const users = broker.createService({
  ...UsersService,
  settings: { ...settings, throttle: { ...settings.throttle, authPerAddressPerMinute: 20, loginFailuresPerEmail: 8 } },
});

beforeAll(() => broker.start());
afterAll(() => broker.stop());

/** A client address no other test uses (TEST-NET-2). */
function address(): string {
  return `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 6)}`;
}

const from = (clientAddress?: string) => ({ meta: clientAddress ? { clientAddress } : {} });

function signup(email = uniqueEmail(), password = TEST_PASSWORD): Promise<Session> {
  return broker.call("users.signup", { email, password });
}

function login(email: string, password = TEST_PASSWORD, clientAddress?: string): Promise<Session> {
  return broker.call("users.login", { email, password }, from(clientAddress));
}

/** The outcome of a call as `{ code, type, retryAfter }` (200 for a success). */
async function outcome(call: Promise<unknown>): Promise<{ code: number; type?: string; retryAfter?: number }> {
  try {
    await call;
    return { code: 200 };
  } catch (err) {
    const e = err as { code: number; type: string; data?: { retryAfter?: number } };
    return { code: e.code, type: e.type, retryAfter: e.data?.retryAfter };
  }
}

async function resetToken(email: string): Promise<string> {
  const issued = await broker.call<{ token: string } | null, object>("users.issueResetToken", { email });
  if (!issued) throw new Error(`no reset token for ${email}`);
  return issued.token;
}

/** users.resolveToken on `on`'s own users service (the one whose cache is under test). */
function resolve(token: string, on = broker) {
  return on.call<{ id: string }, object>("users.resolveToken", { token }, { nodeID: on.nodeID });
}

describe("login throttling under concurrency", () => {
  it("evaluates at most five of 30 parallel wrong passwords for one email; the rest get 429 with retryAfter", async () => {
    const email = uniqueEmail();
    await signup(email);
    const checks = vi.spyOn(users as Service & { checkCredentials(): Promise<unknown> }, "checkCredentials");
    try {
      const results = await Promise.all(Array.from({ length: 30 }, () => outcome(login(email, "wrong password!"))));
      expect(checks.mock.calls.length).toBeLessThanOrEqual(5);
      const refused = results.filter((r) => r.code === 401);
      expect(refused.length).toBeLessThanOrEqual(5);
      expect(results.filter((r) => r.code === 429)).toHaveLength(30 - refused.length);
      for (const r of results.filter((r) => r.code === 429)) {
        expect(r).toMatchObject({ type: "LOGIN_THROTTLED", retryAfter: expect.any(Number) });
        expect(r.retryAfter).toBeGreaterThan(0);
      }
    } finally {
      checks.mockRestore();
    }
  });

  it("limits a stranger's address, not the owner's: the owner signs in from elsewhere", async () => {
    const email = uniqueEmail();
    await signup(email);
    const stranger = address();
    for (let i = 0; i < 5; i++) {
      await expect(login(email, "guess number " + i, stranger)).rejects.toMatchObject({ code: 401 });
    }
    await expect(login(email, TEST_PASSWORD, stranger)).rejects.toMatchObject({ code: 429, type: "LOGIN_THROTTLED" });
    await expect(login(email, TEST_PASSWORD, address())).resolves.toMatchObject({ user: { email } });
  });

  it("caps failures per email across addresses, which bounds distributed guessing", async () => {
    const email = uniqueEmail();
    await signup(email);
    // Eight failures in all (the ceiling here), from two addresses that each stay under their pair limit.
    const [first, second] = [address(), address()];
    for (let i = 0; i < 4; i++) await expect(login(email, `guess ${i}`, first)).rejects.toMatchObject({ code: 401 });
    for (let i = 0; i < 4; i++) await expect(login(email, `guess ${i}`, second)).rejects.toMatchObject({ code: 401 });
    await expect(login(email, "guess 9", address())).rejects.toMatchObject({ code: 429, type: "LOGIN_THROTTLED" });
  });

  it("clears the pair's count on a successful login, and both counts on a password reset", async () => {
    const email = uniqueEmail();
    await signup(email);
    const here = address();
    for (let i = 0; i < 3; i++)
      await expect(login(email, "wrong password!", here)).rejects.toMatchObject({ code: 401 });
    await login(email, TEST_PASSWORD, here);
    // Seven failures from this address in all: only the four since the success count against the pair.
    for (let i = 0; i < 4; i++)
      await expect(login(email, "wrong password!", here)).rejects.toMatchObject({ code: 401 });
    await expect(login(email, TEST_PASSWORD, here)).resolves.toMatchObject({ user: { email } });

    // The email's own count is not cleared by a login: one more failure reaches its ceiling (8 here).
    await expect(login(email, "wrong password!", here)).rejects.toMatchObject({ code: 401 });
    await expect(login(email, TEST_PASSWORD, address())).rejects.toMatchObject({ code: 429 });
    const token = await resetToken(email);
    await broker.call("users.resetPassword", { token, password: "a fresh start here" }, from(here));
    await expect(login(email, "a fresh start here", here)).resolves.toMatchObject({ user: { email } });
  });
});

describe("the per-address limit of the auth routes", () => {
  it("answers 429 AUTH_RATE_LIMITED past the limit to that address only, on every auth route", async () => {
    const noisy = address();
    for (let i = 0; i < 20; i++) {
      await expect(broker.call("users.recover", { email: uniqueEmail() }, from(noisy))).resolves.toEqual({
        accepted: true,
      });
    }
    const limited = await outcome(broker.call("users.recover", { email: uniqueEmail() }, from(noisy)));
    expect(limited).toMatchObject({ code: 429, type: "AUTH_RATE_LIMITED" });
    expect(limited.retryAfter).toBeGreaterThan(0);
    expect(limited.retryAfter).toBeLessThanOrEqual(60);
    for (const [action, params] of [
      ["users.signup", { email: uniqueEmail(), password: TEST_PASSWORD }],
      ["users.login", { email: uniqueEmail(), password: TEST_PASSWORD }],
      ["users.resetPassword", { token: "whatever", password: TEST_PASSWORD }],
    ] as const) {
      await expect(broker.call(action, params, from(noisy))).rejects.toMatchObject({ code: 429 });
    }
    await expect(broker.call("users.recover", { email: uniqueEmail() }, from(address()))).resolves.toBeTruthy();
  });

  it("defaults to 20 a minute, off with RATE_LIMIT=0 (like every per-address limit) and under NODE_ENV=test", () => {
    expect(authPerAddressLimit(null, { rateLimit: 1200, nodeEnv: "production" })).toBe(20);
    expect(authPerAddressLimit(null, { rateLimit: 1200, nodeEnv: "development" })).toBe(20);
    expect(authPerAddressLimit(null, { rateLimit: 0, nodeEnv: "production" })).toBe(0);
    expect(authPerAddressLimit(null, { rateLimit: 1200, nodeEnv: "test" })).toBe(0);
    expect(authPerAddressLimit(5, { rateLimit: 0, nodeEnv: "test" })).toBe(5);
  });
});

describe("bounded password hashing", () => {
  function deferred() {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    return { done, release };
  }

  it("runs at most `concurrency` derivations, queues a few, and refuses the rest at once with 429", async () => {
    const gate = new HashingGate({ concurrency: 2, queue: 3, perAddress: 2 });
    const work = deferred();
    let running = 0;
    let most = 0;
    const derive = async () => {
      running++;
      most = Math.max(most, running);
      await work.done;
      running--;
      return "hash";
    };
    const runs = Array.from({ length: 10 }, () => outcome(gate.run(undefined, derive)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(gate.load).toEqual({ running: 2, waiting: 3 });
    work.release();
    const results = await Promise.all(runs);
    expect(most).toBe(2);
    expect(results.filter((r) => r.code === 200)).toHaveLength(5);
    expect(results.filter((r) => r.code === 429)).toEqual(
      Array.from({ length: 5 }, () => ({ code: 429, type: "HASHING_BUSY", retryAfter: 1 })),
    );
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("gives one client address only its share, so its flood can't take the queue from others", async () => {
    const gate = new HashingGate({ concurrency: 2, queue: 8, perAddress: 2 });
    const work = deferred();
    const derive = () => work.done.then(() => "hash");
    const flood = Array.from({ length: 40 }, () => outcome(gate.run("203.0.113.9", derive)));
    const other = outcome(gate.run("192.0.2.1", derive));
    work.release();
    const results = await Promise.all(flood);
    expect(results.filter((r) => r.code === 200)).toHaveLength(2);
    expect(results.filter((r) => r.type === "HASHING_BUSY")).toHaveLength(38);
    expect(await other).toEqual({ code: 200 });
  });

  it("serves waiting addresses in turn: one address's burst delays another's check by one derivation", async () => {
    const gate = new HashingGate({ concurrency: 1, queue: 32, perAddress: 8 });
    const order: string[] = [];
    const releases: (() => void)[] = [];
    const derive = (who: string) => () =>
      new Promise<string>((resolve) => {
        order.push(who);
        releases.push(() => resolve(who));
      });
    const burst = Array.from({ length: 6 }, (_, i) => gate.run("203.0.113.9", derive(`burst-${i}`)));
    const other = gate.run("192.0.2.1", derive("other"));
    for (let i = 0; i < 7; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()?.();
    }
    await Promise.all([...burst, other]);
    expect(order.slice(0, 3)).toEqual(["burst-0", "burst-1", "other"]);
    expect(order).toHaveLength(7);
  });

  it("lets a legitimate login through while 40 logins for unknown emails flood from one address", async () => {
    const email = uniqueEmail();
    await signup(email);
    const flooder = address();
    const flood = Promise.all(
      Array.from({ length: 40 }, () => outcome(login(uniqueEmail("nobody"), "some password", flooder))),
    );
    const started = Date.now();
    await expect(login(email, TEST_PASSWORD, address())).resolves.toMatchObject({ user: { email } });
    const took = Date.now() - started;
    const results = await flood;
    expect(results.every((r) => r.code === 401 || r.code === 429)).toBe(true);
    // The address's 20 requests a minute, of which two hash at a time; the rest are refused at once.
    expect(results.filter((r) => r.type === "AUTH_RATE_LIMITED")).toHaveLength(20);
    expect(results.filter((r) => r.type === "HASHING_BUSY").length).toBeGreaterThan(0);
    expect(took).toBeLessThan(5_000);
  });
});

describe("access tokens die with their session", () => {
  it("after logout: that session's token is refused at once, another session's still works", async () => {
    const email = uniqueEmail();
    const first = await signup(email);
    const second = await login(email);
    await resolve(first.accessToken);
    await broker.call("users.logout", { refreshToken: first.refreshToken }, asUser(first.user));
    await expect(resolve(first.accessToken)).rejects.toMatchObject({ code: 401, type: "SESSION_ENDED" });
    await expect(resolve(second.accessToken)).resolves.toMatchObject({ id: first.user.id });
  });

  it("after a password change, every session's token is refused", async () => {
    const session = await signup();
    const other = await login(session.user.email);
    await resolve(session.accessToken);
    await broker.call(
      "users.updateMe",
      { password: "a brand new secret", currentPassword: TEST_PASSWORD },
      asUser(session.user),
    );
    await expect(resolve(session.accessToken)).rejects.toMatchObject({ code: 401, type: "SESSION_ENDED" });
    await expect(resolve(other.accessToken)).rejects.toMatchObject({ code: 401 });
    await expect(resolve((await login(session.user.email, "a brand new secret")).accessToken)).resolves.toBeTruthy();
  });

  it("after a password reset, and after a spent refresh token is replayed", async () => {
    const email = uniqueEmail();
    const session = await signup(email);
    await resolve(session.accessToken);
    await broker.call("users.resetPassword", { token: await resetToken(email), password: "reset to this one" });
    await expect(resolve(session.accessToken)).rejects.toMatchObject({ code: 401, type: "SESSION_ENDED" });

    const fresh = await login(email, "reset to this one");
    const rotated = await broker.call<Session, object>("users.refresh", { refreshToken: fresh.refreshToken });
    await resolve(rotated.accessToken);
    await expect(broker.call("users.refresh", { refreshToken: fresh.refreshToken })).rejects.toMatchObject({
      type: "REFRESH_TOKEN_REUSED",
    });
    await expect(resolve(rotated.accessToken)).rejects.toMatchObject({ code: 401, type: "SESSION_ENDED" });
  });

  it("on every node: a logout on one users node ends the token cached on another", { timeout: 60_000 }, async () => {
    const namespace = `sessions-${randomUUID().slice(0, 8)}`;
    const env = testEnv({ DATA_DIR: `memory://${namespace}`, JWT_SECRET: "k".repeat(40) });
    const nodes = ["a", "b"].map((id) => {
      const node = new ServiceBroker({ logger: false, namespace, nodeID: id, transporter: "Fake", cacher: "Memory" });
      bindConfig(node, loadConfig(env));
      node.createService(UsersService);
      return node;
    });
    const [a, b] = nodes;
    await Promise.all([a.start(), b.start()]);
    try {
      // Each node must know the other's users service (its cache-clean listener) before a broadcast can reach it.
      const knows = async (node: ServiceBroker, other: string) =>
        (await node.call<{ name: string; nodeID: string }[], object>("$node.services", { grouping: false })).some(
          (s) => s.name === "users" && s.nodeID === other,
        );
      await eventually(async () => expect((await knows(a, "b")) && (await knows(b, "a"))).toBe(true), 30_000);
      const session = await a.call<Session, object>("users.signup", { email: uniqueEmail(), password: TEST_PASSWORD });
      await expect(resolve(session.accessToken, b)).resolves.toMatchObject({ id: session.user.id });
      await a.call("users.logout", { refreshToken: session.refreshToken }, { ...asUser(session.user), nodeID: "a" });
      // The broadcast that cleans caches travels asynchronously; without it b would serve its cached
      // answer for the cache's 30 s.
      await eventually(
        () => expect(resolve(session.accessToken, b)).rejects.toMatchObject({ code: 401, type: "SESSION_ENDED" }),
        5_000,
      );
    } finally {
      await b.stop();
      await a.stop();
    }
  });
});

describe("signed tokens with ids that are not UUIDs", () => {
  async function signed(typ: string, sub: string, claims: Record<string, unknown>): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", typ })
      .setSubject(sub)
      .setIssuer("meshwork")
      .setAudience("meshwork-api")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(configOf(broker).jwt.secret as string));
  }

  it("answers 401, never 500, to an access, refresh or logout token signed with the node's own secret", async () => {
    const session = await signup();
    const sid = randomUUID();
    for (const token of [
      await signed("at+jwt", "not-a-uuid", { email: "x@example.test", roles: ["admin"], sid }),
      await signed("at+jwt", session.user.id, { email: "x@example.test", roles: ["user"], sid: "'; DROP TABLE" }),
    ]) {
      await expect(resolve(token)).rejects.toMatchObject({ code: 401, type: "INVALID_TOKEN" });
    }
    const refresh = await signed("rt+jwt", session.user.id, { jti: "1", fam: randomUUID() });
    await expect(broker.call("users.refresh", { refreshToken: refresh })).rejects.toMatchObject({ code: 401 });
    await expect(broker.call("users.logout", { refreshToken: refresh }, asUser(session.user))).rejects.toMatchObject({
      code: 401,
    });
  });
});

describe("emails", () => {
  it("are normalised (NFKC, trimmed, lower case) on sign-up, login, recovery and admin search", async () => {
    const tag = randomUUID().slice(0, 8);
    const typed = ` Ａｄａ-${tag}@Ｅｘａｍｐｌｅ.test `;
    const session = await signup(typed);
    expect(session.user.email).toBe(`ada-${tag}@example.test`);
    await expect(login(`ADA-${tag}@example.TEST`)).resolves.toMatchObject({ user: { id: session.user.id } });
    await expect(signup(`ａｄａ-${tag}@example.test`)).rejects.toMatchObject({ code: 409, type: "EMAIL_TAKEN" });
    await expect(broker.call("users.issueResetToken", { email: typed })).resolves.toMatchObject({
      token: expect.any(String),
    });
    const page = await broker.call<{ rows: User[] }, object>("users.list", { q: `ＡＤＡ-${tag}` });
    expect(page.rows.map((u) => u.id)).toEqual([session.user.id]);
  });

  it.each([
    ["a zero-width space", "ada\u200b@example.test"],
    ["a zero-width joiner", "ada@exa\u200dmple.test"],
    ["a NUL", "ada\u0000@example.test"],
    ["a control character", "ada\u0007@example.test"],
    ["a trailing dot", "ada@example.test."],
    ["an empty label", "ada@example..test"],
    ["the reserved .invalid", "ada@deleted.invalid"],
    ["the reserved .localhost", "ada@my.localhost"],
  ])("refuses %s with 422 naming email", async (_what, address) => {
    await expect(signup(address)).rejects.toMatchObject({
      code: 422,
      type: "VALIDATION_ERROR",
      data: [expect.objectContaining({ field: "email", message: expect.any(String) })],
    });
  });
});

describe("the password policy (NIST SP 800-63B)", () => {
  it.each([
    ["a common password", "password123", /too common/],
    ["a common password in other case", "Qwerty123", /too common/],
    ["only whitespace", "          ", /only spaces/],
    ["eight UTF-16 units but four characters", "😀😀😀😀", /at least 8 characters/],
  ])("refuses %s on sign-up with 422 naming password", async (_what, password, message) => {
    await expect(signup(uniqueEmail(), password)).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "password", message: expect.stringMatching(message) })],
    });
  });

  it("refuses a password containing the email's name part, on sign-up, change and reset", async () => {
    const tag = randomUUID().slice(0, 8);
    const email = `grace${tag}@example.test`;
    const containsName = `my name is GRACE${tag}!`;
    const nameError = {
      code: 422,
      data: [expect.objectContaining({ field: "password", message: expect.stringMatching(/name part/) })],
    };
    await expect(signup(email, containsName)).rejects.toMatchObject(nameError);
    const session = await signup(email);
    await expect(
      broker.call("users.updateMe", { password: containsName, currentPassword: TEST_PASSWORD }, asUser(session.user)),
    ).rejects.toMatchObject(nameError);
    const token = await resetToken(email);
    await expect(broker.call("users.resetPassword", { token, password: containsName })).rejects.toMatchObject(
      nameError,
    );
    // A refused password leaves the reset token usable.
    await expect(
      broker.call("users.resetPassword", { token, password: "something else entirely" }),
    ).resolves.toBeTruthy();
  });

  it("does not apply to a short email name (under three characters)", async () => {
    const email = `al@${randomUUID().slice(0, 8)}.example.test`;
    await expect(signup(email, "al is my password")).resolves.toMatchObject({ user: { email } });
  });

  it("keeps any other character as typed, NUL included", async () => {
    const email = uniqueEmail();
    await signup(email, "nul\u0000inside the password");
    await expect(login(email, "nul\u0000inside the password")).resolves.toMatchObject({ user: { email } });
    await expect(login(email, "nulinside the password")).rejects.toMatchObject({ code: 401 });
  });
});

describe("NUL and control characters in text fields", () => {
  it("refuses them in names, API key descriptions and the admin search with 422 naming the field", async () => {
    await expect(
      broker.call("users.signup", { email: uniqueEmail(), password: TEST_PASSWORD, firstName: "Ada\u0000" }),
    ).rejects.toMatchObject({ code: 422, data: [expect.objectContaining({ field: "firstName" })] });
    const session = await signup();
    for (const lastName of ["Love\u0000lace", "Love\u0007lace", "Love\nlace"]) {
      await expect(
        broker.call("users.updateMe", { firstName: "Ada", lastName }, asUser(session.user)),
      ).rejects.toMatchObject({ code: 422, data: [expect.objectContaining({ field: "lastName" })] });
    }
    for (const description of ["bot\u0000", "bot\u001b[31m"]) {
      await expect(broker.call("users.createKey", { description }, asUser(session.user))).rejects.toMatchObject({
        code: 422,
        data: [expect.objectContaining({ field: "description" })],
      });
    }
    await expect(broker.call("users.list", { q: "a\u0000" })).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "q" })],
    });
    // Refused, not rewritten: the stored name is the one from before.
    await expect(broker.call("users.me", {}, asUser(session.user))).resolves.toMatchObject({ lastName: null });
  });
});

describe("deleting a user", () => {
  it("anonymises to an address no one can sign up with, so the delete never collides", async () => {
    const admin = await signup();
    const victim = await signup();
    await expect(signup(`deleted+${victim.user.id}@deleted.invalid`)).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "email" })],
    });
    await expect(broker.call("users.remove", { id: victim.user.id }, asUser(admin.user))).resolves.toBeNull();
  });

  it("still succeeds when an account registered before the rule holds the anonymised address", async () => {
    const admin = await signup();
    const victim = await signup();
    const squatter = await signup();
    const anonymised = `deleted+${victim.user.id}@deleted.invalid`;
    await usersDb(broker).query("UPDATE users SET email = $1 WHERE id = $2", { bind: [anonymised, squatter.user.id] });
    await expect(broker.call("users.remove", { id: victim.user.id }, asUser(admin.user))).resolves.toBeNull();
    const [row] = await usersDb(broker).query<{ email: string; status: string }>(
      "SELECT email, status FROM users WHERE id = $1",
      { bind: [victim.user.id], type: QueryTypes.SELECT },
    );
    expect(row.status).toBe("deleted");
    expect(row.email).toMatch(new RegExp(`^deleted\\+${victim.user.id}\\..+@deleted\\.invalid$`));
  });
});
