/** users: administration (list, get, delete), the ADMIN_EMAIL bootstrap, and no password hash in any answer. */
import { randomUUID } from "node:crypto";
import { ServiceBroker } from "moleculer";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import type { Page } from "../../lib/pagination.js";
import UsersService, { type Session } from "../../services/users/users.service.js";
import type { User } from "../../services/users/store.js";
import { asUser, TEST_PASSWORD, testEnv, uniqueEmail, usersDb } from "../support/testkit.js";
import { bindConfig } from "../../lib/runtime.js";

/** A broker with the node config a real deployment would give it (here: a shared in-memory database). */
function brokerWith(env: Record<string, string>): ServiceBroker {
  const broker = new ServiceBroker({ logger: false });
  bindConfig(broker, loadConfig(testEnv(env)));
  broker.createService(UsersService);
  return broker;
}

function signup(broker: ServiceBroker, email = uniqueEmail()): Promise<Session> {
  return broker.call("users.signup", { email, password: TEST_PASSWORD });
}

/** Verifies the account's email as its owner would: with the token the verification mail carries. */
async function verify(broker: ServiceBroker, userId: string): Promise<User> {
  const { token } = await broker.call<{ token: string }, object>("users.issueVerificationToken", { userId });
  return broker.call<User, object>("users.verify", { token });
}

// These tests boot brokers (each a fresh embedded database) in their bodies: a hook's time budget.
describe("ADMIN_EMAIL", { timeout: 60_000 }, () => {
  const dataDir = `memory://admin-bootstrap-${randomUUID()}`;
  const secret = "x".repeat(40);
  const bossEmail = uniqueEmail("boss");
  const squatterEmail = uniqueEmail("squatter");
  const before = brokerWith({ DATA_DIR: dataDir, JWT_SECRET: secret });
  const withAdmin = brokerWith({ DATA_DIR: dataDir, JWT_SECRET: secret, ADMIN_EMAIL: bossEmail.toUpperCase() });
  const withSquatted = brokerWith({ DATA_DIR: dataDir, JWT_SECRET: secret, ADMIN_EMAIL: squatterEmail });

  afterAll(async () => {
    await withSquatted.stop();
    await withAdmin.stop();
    await before.stop();
  });

  it("grants admin at boot to an account that already exists with its email verified", async () => {
    await before.start();
    const boss = await signup(before, bossEmail);
    expect(boss.user.roles).toEqual(["user"]);
    await verify(before, boss.user.id);
    await withAdmin.start();
    const after = await before.call<User, object>("users.get", { id: boss.user.id });
    expect(after.roles).toEqual(["user", "admin"]);
  });

  it("does not grant it twice on the next boot", async () => {
    await withAdmin.stop();
    await withAdmin.start();
    const [row] = await withAdmin.call<Page<User>, object>("users.list", { q: bossEmail }).then((page) => page.rows);
    expect(row.roles).toEqual(["user", "admin"]);
  });

  it("does not grant it at boot to an account whose email is not verified", async () => {
    const squatter = await signup(before, squatterEmail);
    await withSquatted.start();
    const after = await before.call<User, object>("users.get", { id: squatter.user.id });
    expect(after).toMatchObject({ status: "unverified", roles: ["user"] });
  });

  it("grants admin at verification, not at sign-up, whatever the email's case, and to no one else", async () => {
    const fresh = brokerWith({ ADMIN_EMAIL: "Chief@Example.Test" });
    await fresh.start();
    try {
      const chief = await signup(fresh, "chief@EXAMPLE.test");
      const someone = await signup(fresh);
      // Signing up first with the address proves nothing: the stranger who did is no admin.
      expect(chief.user.roles).toEqual(["user"]);
      await expect(fresh.call("users.resolveToken", { token: chief.accessToken })).resolves.toMatchObject({
        roles: ["user"],
      });

      const verified = await verify(fresh, chief.user.id);
      expect(verified).toMatchObject({ status: "active", roles: ["user", "admin"] });
      // The session it already holds carries the role from its next request.
      await expect(fresh.call("users.resolveToken", { token: chief.accessToken })).resolves.toMatchObject({
        roles: ["user", "admin"],
      });
      await verify(fresh, someone.user.id);
      const other = await fresh.call<User, object>("users.get", { id: someone.user.id });
      expect(other.roles).toEqual(["user"]);
    } finally {
      await fresh.stop();
    }
  });
});

describe("administration actions", () => {
  const broker = new ServiceBroker({ logger: false });
  broker.createService(UsersService);
  let admin: Session;

  beforeAll(async () => {
    await broker.start();
    admin = await signup(broker);
  });
  afterAll(() => broker.stop());

  it("lists users a page at a time, filtered and sorted", async () => {
    const tag = randomUUID().slice(0, 8);
    for (const name of ["c", "a", "b"]) await signup(broker, `${name}-${tag}@example.test`);
    const page = await broker.call<Page<User>, object>("users.list", { q: tag, sort: "email", pageSize: 2 });
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2, totalPages: 2 });
    expect(page.rows.map((u) => u.email)).toEqual([`a-${tag}@example.test`, `b-${tag}@example.test`]);
    const last = await broker.call<Page<User>, object>("users.list", { q: tag, sort: "email", pageSize: 2, page: 2 });
    expect(last.rows.map((u) => u.email)).toEqual([`c-${tag}@example.test`]);
  });

  it("reports the filtered total even past the last page", async () => {
    const tag = randomUUID().slice(0, 8);
    await signup(broker, `only-${tag}@example.test`);
    const beyond = await broker.call<Page<User>, object>("users.list", { q: tag, page: 5 });
    expect(beyond).toMatchObject({ rows: [], total: 1, totalPages: 1, page: 5 });
  });

  it("sorts by createdAt either way, newest first by default", async () => {
    const tag = randomUUID().slice(0, 8);
    for (const name of ["first", "second", "third"]) await signup(broker, `${name}-${tag}@example.test`);
    const names = async (params: object) =>
      (await broker.call<Page<User>, object>("users.list", { q: tag, ...params })).rows.map(
        (u) => u.email.split("-")[0],
      );
    expect(await names({})).toEqual(["third", "second", "first"]);
    expect(await names({ sort: "-createdAt" })).toEqual(["third", "second", "first"]);
    expect(await names({ sort: "createdAt", pageSize: 2, page: 2 })).toEqual(["third"]);
  });

  it("answers only the public fields of each user", async () => {
    const page = await broker.call<Page<User>, object>("users.list", { q: admin.user.email });
    expect(page.rows).toEqual([admin.user]);
  });

  it("treats LIKE wildcards in q literally", async () => {
    const page = await broker.call<Page<User>, object>("users.list", { q: "%" });
    expect(page.total).toBe(0);
  });

  it("refuses an unknown sort field with 422 naming sort", async () => {
    await expect(broker.call("users.list", { sort: "password_hash" })).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "sort" })],
    });
  });

  it("answers 404 for an unknown id and 422 for a malformed one", async () => {
    await expect(broker.call("users.get", { id: randomUUID() })).rejects.toMatchObject({
      code: 404,
      type: "NOT_FOUND",
      message: "user not found",
    });
    await expect(broker.call("users.get", { id: "list" })).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "id" })],
    });
  });

  it("deletes an account: personal data gone, email freed, sessions and keys revoked, 404 afterwards", async () => {
    const email = uniqueEmail();
    const victim = await broker.call<Session, object>("users.signup", {
      email,
      password: TEST_PASSWORD,
      firstName: "Vic",
      lastName: "Tim",
    });
    const key = await broker.call<{ key: string }, object>(
      "users.createKey",
      { description: "k" },
      asUser(victim.user),
    );
    await expect(broker.call("users.remove", { id: victim.user.id }, asUser(admin.user))).resolves.toBeNull();
    expect(UsersService.actions?.remove).toMatchObject({ status: 204 });

    await expect(broker.call("users.get", { id: victim.user.id })).rejects.toMatchObject({ code: 404 });
    const [row] = await usersDb(broker).query<Record<string, unknown>>("SELECT * FROM users WHERE id = $1", {
      bind: [victim.user.id],
      type: QueryTypes.SELECT,
    });
    expect(row).toMatchObject({
      status: "deleted",
      email: `deleted+${victim.user.id}@deleted.invalid`,
      first_name: null,
      last_name: null,
      password_hash: "!",
    });
    await expect(broker.call("users.resolveToken", { token: victim.accessToken })).rejects.toMatchObject({ code: 401 });
    await expect(broker.call("users.resolveApiKey", { key: key.key })).rejects.toMatchObject({ code: 401 });
    await expect(broker.call("users.refresh", { refreshToken: victim.refreshToken })).rejects.toMatchObject({
      code: 401,
    });
    await expect(broker.call("users.login", { email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 401 });
    await expect(signup(broker, email)).resolves.toMatchObject({ user: { email } });
    await expect(broker.call("users.remove", { id: victim.user.id }, asUser(admin.user))).rejects.toMatchObject({
      code: 404,
    });
  });

  it("does not let an admin delete themself", async () => {
    await expect(broker.call("users.remove", { id: admin.user.id }, asUser(admin.user))).rejects.toMatchObject({
      code: 409,
      type: "SELF_DELETE",
    });
  });

  it("updates the own profile, ignoring fields a user may not set", async () => {
    const session = await signup(broker);
    const updated = await broker.call<User, object>(
      "users.updateMe",
      { firstName: "Grace", lastName: "Hopper", roles: ["admin"], status: "active", email: "x@y.z" },
      asUser(session.user),
    );
    expect(updated).toMatchObject({
      firstName: "Grace",
      lastName: "Hopper",
      roles: ["user"],
      status: "unverified",
      email: session.user.email,
    });
  });

  it("changes the password only with the current one", async () => {
    const session = await signup(broker);
    await expect(
      broker.call("users.updateMe", { password: "another password" }, asUser(session.user)),
    ).rejects.toMatchObject({
      code: 422,
      data: [{ field: "currentPassword", message: "is missing or wrong" }],
    });
    await expect(
      broker.call(
        "users.updateMe",
        { password: "another password", currentPassword: "wrong one" },
        asUser(session.user),
      ),
    ).rejects.toMatchObject({ code: 422 });
    await broker.call(
      "users.updateMe",
      { password: "another password", currentPassword: TEST_PASSWORD },
      asUser(session.user),
    );
    await expect(
      broker.call("users.login", { email: session.user.email, password: "another password" }),
    ).resolves.toMatchObject({
      user: { id: session.user.id },
    });
  });

  it("ends every refresh chain when the password changes", async () => {
    const session = await signup(broker);
    await broker.call(
      "users.updateMe",
      { password: "a brand new one", currentPassword: TEST_PASSWORD },
      asUser(session.user),
    );
    await expect(broker.call("users.refresh", { refreshToken: session.refreshToken })).rejects.toMatchObject({
      code: 401,
    });
  });

  it("leaves deleted accounts out of the list unless asked for by status", async () => {
    const gone = await signup(broker);
    await broker.call("users.remove", { id: gone.user.id });
    const all = await broker.call<{ rows: { id: string; status: string }[] }, object>("users.list", { pageSize: 100 });
    expect(all.rows.map((u) => u.status)).not.toContain("deleted");
    const deleted = await broker.call<{ rows: { id: string }[] }, object>("users.list", {
      status: "deleted",
      pageSize: 100,
    });
    expect(deleted.rows.map((u) => u.id)).toContain(gone.user.id);
  });
});

describe("what leaves the users service", () => {
  const broker = new ServiceBroker({ logger: false });
  broker.createService(UsersService);
  beforeAll(() => broker.start());
  afterAll(() => broker.stop());

  it("never contains a password or its hash, in any action's answer", async () => {
    const answers: unknown[] = [];
    const keep = <T>(value: T): T => {
      answers.push(value);
      return value;
    };
    const email = uniqueEmail();
    const admin = keep(await signup(broker));
    const session = keep(await signup(broker, email));
    const me = asUser(session.user);
    keep(await broker.call("users.login", { email, password: TEST_PASSWORD }));
    keep(await broker.call("users.refresh", { refreshToken: session.refreshToken }));
    keep(await broker.call("users.me", {}, me));
    keep(
      await broker.call(
        "users.updateMe",
        { firstName: "Z", password: "new password 1", currentPassword: TEST_PASSWORD },
        me,
      ),
    );
    keep(await broker.call("users.get", { id: session.user.id }));
    keep(await broker.call("users.list", {}));
    keep(await broker.call("users.ban", { id: session.user.id }, asUser(admin.user)));
    keep(await broker.call("users.unban", { id: session.user.id }, asUser(admin.user)));
    const { token } = await broker.call<{ token: string }, object>("users.issueVerificationToken", {
      userId: session.user.id,
    });
    keep(await broker.call("users.verify", { token }));
    const reset = await broker.call<{ token: string }, object>("users.issueResetToken", { email });
    keep(await broker.call("users.resetPassword", { token: reset.token, password: "new password 2" }));
    keep(await broker.call("users.createKey", { description: "k" }, me));
    keep(await broker.call("users.listKeys", {}, me));
    // The password changes above ended the first sessions: resolve a live one.
    const live = await broker.call<Session, object>("users.login", { email, password: "new password 2" });
    keep(await broker.call("users.resolveToken", { token: live.accessToken }));

    expect(answers).toHaveLength(15);
    for (const answer of answers) {
      const text = JSON.stringify(answer);
      expect(text).not.toMatch(/password|_hash|scrypt\$/i);
      expect(text).not.toMatch(/"\w*Hash"/);
      expect(text).not.toContain(TEST_PASSWORD);
      expect(text).not.toContain("new password");
    }
  });
});
