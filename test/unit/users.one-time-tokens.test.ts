/** users: email verification and password reset with single-use, expiring tokens stored as hashes. */
import { ServiceBroker } from "moleculer";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import UsersService, { type Session } from "../../services/users/users.service.js";
import { sha256 } from "../../services/users/tokens.js";
import { TEST_PASSWORD, uniqueEmail, usersDb } from "../support/testkit.js";

const broker = new ServiceBroker({ logger: false });
broker.createService(UsersService);

beforeAll(() => broker.start());
afterAll(() => broker.stop());

function signup(email = uniqueEmail()): Promise<Session> {
  return broker.call("users.signup", { email, password: TEST_PASSWORD });
}

async function verificationToken(userId: string): Promise<string> {
  return (await broker.call<{ token: string }, object>("users.issueVerificationToken", { userId })).token;
}

async function resetToken(email: string): Promise<string> {
  const issued = await broker.call<{ token: string } | null, object>("users.issueResetToken", { email });
  if (!issued) throw new Error(`no reset token for ${email}`);
  return issued.token;
}

async function expire(token: string): Promise<void> {
  await usersDb(broker).query(
    "UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1",
    {
      bind: [sha256(token)],
    },
  );
}

describe("users.verify", () => {
  it("activates the account once; the same token then answers 422", async () => {
    const session = await signup();
    const token = await verificationToken(session.user.id);
    const user = await broker.call("users.verify", { token });
    expect(user).toMatchObject({ id: session.user.id, status: "active", verifiedAt: expect.any(String) });
    await expect(broker.call("users.verify", { token })).rejects.toMatchObject({
      code: 422,
      type: "INVALID_TOKEN",
      data: [{ field: "token", message: "is invalid, used or expired" }],
    });
  });

  it("refuses an expired token", async () => {
    const session = await signup();
    const token = await verificationToken(session.user.id);
    await expire(token);
    await expect(broker.call("users.verify", { token })).rejects.toMatchObject({ code: 422, type: "INVALID_TOKEN" });
    await expect(broker.call("users.me", {}, { meta: { user: { id: session.user.id } } })).resolves.toMatchObject({
      status: "unverified",
    });
  });

  it("invalidates an older token when a new one is issued", async () => {
    const session = await signup();
    const older = await verificationToken(session.user.id);
    const newer = await verificationToken(session.user.id);
    await expect(broker.call("users.verify", { token: older })).rejects.toMatchObject({ code: 422 });
    await expect(broker.call("users.verify", { token: newer })).resolves.toMatchObject({ status: "active" });
  });

  it("does not accept a reset token as a verification token", async () => {
    const session = await signup();
    const token = await resetToken(session.user.email);
    await expect(broker.call("users.verify", { token })).rejects.toMatchObject({ code: 422 });
  });

  it("stores only the token's SHA-256", async () => {
    const session = await signup();
    const token = await verificationToken(session.user.id);
    const rows = await usersDb(broker).query<{ token_hash: string }>(
      "SELECT token_hash FROM one_time_tokens WHERE user_id = $1 AND used_at IS NULL",
      { bind: [session.user.id], type: QueryTypes.SELECT },
    );
    expect(rows.map((row) => row.token_hash)).toEqual([sha256(token)]);
  });
});

describe("users.recover", () => {
  it("answers 202 {accepted} for a known and an unknown email alike", async () => {
    const session = await signup();
    const known = await broker.call("users.recover", { email: session.user.email });
    const unknown = await broker.call("users.recover", { email: uniqueEmail("nobody") });
    expect(known).toEqual({ accepted: true });
    expect(unknown).toEqual(known);
    // The gateway answers with the status the action declares, whatever the outcome.
    expect(UsersService.actions?.recover).toMatchObject({ status: 202 });
  });

  it("validates the email", async () => {
    await expect(broker.call("users.recover", { email: "nope" })).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "email" })],
    });
  });
});

describe("users.resetPassword", () => {
  it("sets the new password, ends every session, and the token works once", async () => {
    const email = uniqueEmail();
    const session = await signup(email);
    const token = await resetToken(email);
    await expect(
      broker.call("users.resetPassword", { token, password: "a brand new password" }),
    ).resolves.toMatchObject({ email });

    await expect(broker.call("users.login", { email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 401 });
    await expect(broker.call("users.login", { email, password: "a brand new password" })).resolves.toMatchObject({
      user: { email },
    });
    await expect(broker.call("users.refresh", { refreshToken: session.refreshToken })).rejects.toMatchObject({
      code: 401,
    });
    await expect(broker.call("users.resetPassword", { token, password: "yet another password" })).rejects.toMatchObject(
      {
        code: 422,
        type: "INVALID_TOKEN",
      },
    );
  });

  it("refuses an expired reset token and leaves the password alone", async () => {
    const email = uniqueEmail();
    await signup(email);
    const token = await resetToken(email);
    await expire(token);
    await expect(broker.call("users.resetPassword", { token, password: "a brand new password" })).rejects.toMatchObject(
      { code: 422 },
    );
    await expect(broker.call("users.login", { email, password: TEST_PASSWORD })).resolves.toMatchObject({
      user: { email },
    });
  });

  it("lifts the login throttle of the email it resets", async () => {
    const email = uniqueEmail();
    await signup(email);
    for (let i = 0; i < 5; i++) {
      await expect(broker.call("users.login", { email, password: "wrong password" })).rejects.toMatchObject({
        code: 401,
      });
    }
    await expect(broker.call("users.login", { email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 429 });
    const token = await resetToken(email);
    await broker.call("users.resetPassword", { token, password: "a brand new password" });
    await expect(broker.call("users.login", { email, password: "a brand new password" })).resolves.toMatchObject({
      user: { email },
    });
  });

  it("validates the new password before touching the token", async () => {
    const email = uniqueEmail();
    await signup(email);
    const token = await resetToken(email);
    await expect(broker.call("users.resetPassword", { token, password: "short" })).rejects.toMatchObject({
      code: 422,
      type: "VALIDATION_ERROR",
      data: [expect.objectContaining({ field: "password" })],
    });
    await expect(broker.call("users.resetPassword", { token, password: "long enough now" })).resolves.toMatchObject({
      email,
    });
  });
});
