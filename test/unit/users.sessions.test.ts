/** users: sign-up, login, rotating refresh tokens, logout, login throttling and bans, called on an in-memory broker. */
import { ServiceBroker } from "moleculer";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthUser } from "../../lib/auth.js";
import UsersService, { type Session, type UsersSettings } from "../../services/users/users.service.js";
import { asUser, TEST_PASSWORD, uniqueEmail, usersDb } from "../support/testkit.js";

const broker = new ServiceBroker({ logger: false });
broker.createService(UsersService);

beforeAll(() => broker.start());
afterAll(() => broker.stop());

function signup(email = uniqueEmail(), password = TEST_PASSWORD): Promise<Session> {
  return broker.call("users.signup", { email, password });
}

function login(email: string, password = TEST_PASSWORD): Promise<Session> {
  return broker.call("users.login", { email, password });
}

function refresh(refreshToken: string): Promise<Session> {
  return broker.call("users.refresh", { refreshToken });
}

async function refreshRows(userId: string) {
  return usersDb(broker).query<{ family_id: string; spent_at: Date | null; revoked_at: Date | null }>(
    "SELECT family_id, spent_at, revoked_at FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at",
    { bind: [userId], type: QueryTypes.SELECT },
  );
}

describe("users.signup", () => {
  it("creates an unverified user with a Bearer session and answers 201", async () => {
    const email = uniqueEmail();
    const session = await broker.call<Session, object>("users.signup", {
      email,
      password: TEST_PASSWORD,
      firstName: " Ada ",
    });
    expect(session).toMatchObject({
      user: { email, firstName: "Ada", lastName: null, status: "unverified", roles: ["user"], verifiedAt: null },
      tokenType: "Bearer",
      expiresIn: 900,
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
    });
    // The gateway answers with the status the action declares.
    expect(UsersService.actions?.signup).toMatchObject({ status: 201 });
    const resolved = await broker.call<AuthUser, object>("users.resolveToken", { token: session.accessToken });
    expect(resolved).toEqual({ id: session.user.id, email, roles: ["user"], via: "jwt" });
  });

  it("normalizes the email so a second sign-up in other case conflicts with 409 EMAIL_TAKEN", async () => {
    const email = uniqueEmail();
    await signup(email);
    await expect(signup(email.toUpperCase())).rejects.toMatchObject({ code: 409, type: "EMAIL_TAKEN" });
    await expect(login(email.toUpperCase())).resolves.toMatchObject({ user: { email } });
  });

  it("stores a scrypt hash, never the password", async () => {
    const session = await signup();
    const [row] = await usersDb(broker).query<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE id = $1",
      {
        bind: [session.user.id],
        type: QueryTypes.SELECT,
      },
    );
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it("refuses short passwords and bad emails with per-field validation errors", async () => {
    await expect(signup("not-an-email", "short")).rejects.toMatchObject({
      code: 422,
      type: "VALIDATION_ERROR",
      data: expect.arrayContaining([
        expect.objectContaining({ field: "email" }),
        expect.objectContaining({ field: "password" }),
      ]),
    });
  });
});

describe("users.login", () => {
  it("opens a new session for the right password", async () => {
    const email = uniqueEmail();
    const first = await signup(email);
    const session = await login(email);
    expect(session.user.id).toBe(first.user.id);
    expect(session.refreshToken).not.toBe(first.refreshToken);
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const email = uniqueEmail();
    await signup(email);
    const wrong = await login(email, "wrong password!").catch((err: unknown) => err);
    const unknown = await login(uniqueEmail(), "wrong password!").catch((err: unknown) => err);
    expect(wrong).toMatchObject({ code: 401, type: "INVALID_CREDENTIALS", message: "Invalid email or password" });
    expect(unknown).toMatchObject({ code: 401, type: "INVALID_CREDENTIALS", message: "Invalid email or password" });
  });
});

describe("login throttling", () => {
  it("refuses a sixth attempt after five failures with 429 and retryAfter, even with the right password", async () => {
    const email = uniqueEmail();
    await signup(email);
    for (let i = 0; i < 5; i++) await expect(login(email, "wrong password!")).rejects.toMatchObject({ code: 401 });
    const err = await login(email).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 429, type: "LOGIN_THROTTLED" });
    const retryAfter = (err as { data: { retryAfter: number } }).data.retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it("throttles per email: another account still signs in", async () => {
    const victim = uniqueEmail();
    const bystander = uniqueEmail();
    await signup(victim);
    await signup(bystander);
    for (let i = 0; i < 5; i++) await login(victim, "wrong password!").catch(() => undefined);
    await expect(login(victim)).rejects.toMatchObject({ code: 429 });
    await expect(login(bystander)).resolves.toMatchObject({ user: { email: bystander } });
  });

  it("lets the email try again once the window has passed", async () => {
    const quick = new ServiceBroker({ logger: false });
    const settings = UsersService.settings as UsersSettings;
    quick.createService({
      ...UsersService,
      settings: { ...settings, throttle: { ...settings.throttle, loginWindowSeconds: 2 } },
    });
    await quick.start();
    try {
      const email = uniqueEmail();
      await quick.call("users.signup", { email, password: TEST_PASSWORD });
      // Counted as they arrive, all within the window however long the password checks take.
      const attempts = await Promise.all(
        Array.from({ length: 6 }, () =>
          quick.call("users.login", { email, password: "wrong password!" }).catch((err: { code: number }) => err.code),
        ),
      );
      expect(attempts.sort()).toEqual([401, 401, 401, 401, 401, 429]);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      await expect(quick.call("users.login", { email, password: TEST_PASSWORD })).resolves.toMatchObject({
        user: { email },
      });
    } finally {
      await quick.stop();
    }
  });

  it("forgets earlier failures after a successful login", async () => {
    const email = uniqueEmail();
    await signup(email);
    for (let i = 0; i < 4; i++) await login(email, "wrong password!").catch(() => undefined);
    await login(email);
    for (let i = 0; i < 4; i++) await login(email, "wrong password!").catch(() => undefined);
    await expect(login(email)).resolves.toMatchObject({ user: { email } });
  });
});

describe("users.refresh", () => {
  it("rotates: a new pair in the same family, and the old refresh token is spent", async () => {
    const first = await signup();
    const second = await refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.user.id).toBe(first.user.id);
    const rows = await refreshRows(first.user.id);
    expect(rows).toHaveLength(2);
    expect(rows[0].family_id).toBe(rows[1].family_id);
    expect(rows[0].spent_at).not.toBeNull();
    expect(rows[1].spent_at).toBeNull();
  });

  it("treats reuse of a spent token as theft: 401 and the whole family revoked", async () => {
    const email = uniqueEmail();
    const first = await signup(email);
    const otherLogin = await login(email);
    const second = await refresh(first.refreshToken);
    await expect(refresh(first.refreshToken)).rejects.toMatchObject({ code: 401, type: "REFRESH_TOKEN_REUSED" });
    await expect(refresh(second.refreshToken)).rejects.toMatchObject({ code: 401, type: "INVALID_REFRESH_TOKEN" });
    const family = (await refreshRows(first.user.id)).filter((row) => row.revoked_at !== null);
    expect(family).toHaveLength(2);
    // Another login (another family) is untouched.
    await expect(refresh(otherLogin.refreshToken)).resolves.toMatchObject({ user: { email } });
  });

  it("refuses an access token, a garbage string and a tampered refresh token", async () => {
    const session = await signup();
    await expect(refresh(session.accessToken)).rejects.toMatchObject({ code: 401, type: "INVALID_REFRESH_TOKEN" });
    await expect(refresh("garbage")).rejects.toMatchObject({ code: 401 });
    const [header, payload, signature] = session.refreshToken.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: "00000000-0000-4000-8000-000000000000" })).toString(
      "base64url",
    );
    await expect(refresh(`${header}.${forged}.${signature}`)).rejects.toMatchObject({ code: 401 });
  });
});

describe("users.logout", () => {
  it("revokes the refresh token's family", async () => {
    const session = await signup();
    await expect(
      broker.call("users.logout", { refreshToken: session.refreshToken }, asUser(session.user)),
    ).resolves.toBeNull();
    expect(UsersService.actions?.logout).toMatchObject({ status: 204 });
    await expect(refresh(session.refreshToken)).rejects.toMatchObject({ code: 401 });
  });

  it("refuses to log out someone else's session", async () => {
    const victim = await signup();
    const attacker = await signup();
    await expect(
      broker.call("users.logout", { refreshToken: victim.refreshToken }, asUser(attacker.user)),
    ).rejects.toMatchObject({
      code: 401,
      type: "INVALID_REFRESH_TOKEN",
    });
    await expect(refresh(victim.refreshToken)).resolves.toMatchObject({ user: { id: victim.user.id } });
  });
});

describe("bans", () => {
  it("refuses a banned user's live access token, refresh token and password; unban restores the password only", async () => {
    const admin = await signup();
    const email = uniqueEmail();
    const session = await signup(email);
    // Warm the token cache first: the ban must reach through it.
    await broker.call("users.resolveToken", { token: session.accessToken });

    const banned = await broker.call("users.ban", { id: session.user.id }, asUser(admin.user));
    expect(banned).toMatchObject({ id: session.user.id, status: "banned" });
    await expect(broker.call("users.resolveToken", { token: session.accessToken })).rejects.toMatchObject({
      code: 401,
      type: "ACCOUNT_BANNED",
    });
    await expect(refresh(session.refreshToken)).rejects.toMatchObject({ code: 401 });
    await expect(login(email)).rejects.toMatchObject({ code: 403, type: "ACCOUNT_BANNED" });

    const unbanned = await broker.call("users.unban", { id: session.user.id }, asUser(admin.user));
    expect(unbanned).toMatchObject({ status: "unverified" });
    // The ban ended every session: the old access token stays dead, a new login works.
    await expect(broker.call("users.resolveToken", { token: session.accessToken })).rejects.toMatchObject({
      code: 401,
      type: "SESSION_ENDED",
    });
    const again = await login(email);
    await expect(broker.call("users.resolveToken", { token: again.accessToken })).resolves.toMatchObject({
      id: session.user.id,
    });
  });

  it("does not let an admin ban themself", async () => {
    const admin = await signup();
    await expect(broker.call("users.ban", { id: admin.user.id }, asUser(admin.user))).rejects.toMatchObject({
      code: 409,
      type: "SELF_BAN",
    });
  });
});
