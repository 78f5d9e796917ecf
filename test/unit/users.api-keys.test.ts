/** users: scoped API keys shown once, stored as hashes, revocable. */
import { ServiceBroker } from "moleculer";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthUser } from "../../lib/auth.js";
import UsersService, { type CreatedKey, type Session } from "../../services/users/users.service.js";
import type { ApiKey } from "../../services/users/store.js";
import type { Page } from "../../lib/pagination.js";
import { sha256 } from "../../services/users/tokens.js";
import { asUser, TEST_PASSWORD, uniqueEmail, usersDb } from "../support/testkit.js";

const broker = new ServiceBroker({ logger: false });
broker.createService(UsersService);
let owner: Session;

beforeAll(async () => {
  await broker.start();
  owner = await broker.call("users.signup", { email: uniqueEmail(), password: TEST_PASSWORD });
});
afterAll(() => broker.stop());

function createKey(params: object, meta = asUser(owner.user)): Promise<CreatedKey> {
  return broker.call("users.createKey", params, meta);
}

describe("users.createKey", () => {
  it("shows the key once, with read scope by default, and answers 201", async () => {
    const created = await createKey({ description: "CI" });
    expect(created).toMatchObject({ id: expect.any(String), description: "CI", scopes: ["read"], lastUsedAt: null });
    expect(created.key).toMatch(new RegExp(`^mw_${created.prefix}_[A-Za-z0-9_-]{40,}$`));
    expect(UsersService.actions?.createKey).toMatchObject({ status: 201, location: "/keys/:id" });

    const list = await broker.call<Page<ApiKey>, object>("users.listKeys", {}, asUser(owner.user));
    const listed = list.rows.find((key) => key.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      description: "CI",
      scopes: ["read"],
      prefix: created.prefix,
      createdAt: created.createdAt,
      lastUsedAt: null,
    });
    expect(JSON.stringify(list)).not.toContain(created.key);
  });

  it("stores the key's SHA-256 and nothing from which the key could be read back", async () => {
    const created = await createKey({ description: "stored", scopes: ["read", "write"] });
    const [row] = await usersDb(broker).query<Record<string, unknown>>("SELECT * FROM api_keys WHERE id = $1", {
      bind: [created.id],
      type: QueryTypes.SELECT,
    });
    expect(row.key_hash).toBe(sha256(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(JSON.stringify(row)).not.toContain(created.key.slice(12));
  });

  it("refuses the admin scope to a non-admin with 403", async () => {
    await expect(createKey({ description: "sneaky", scopes: ["admin"] })).rejects.toMatchObject({ code: 403 });
  });

  it("does not let an API key mint a key with scopes it lacks", async () => {
    const adminEmail = uniqueEmail("admin");
    const admin = await broker.call<Session, object>("users.signup", { email: adminEmail, password: TEST_PASSWORD });
    await usersDb(broker).query("UPDATE users SET roles = ARRAY['user','admin'] WHERE id = $1", {
      bind: [admin.user.id],
    });
    const writeKey = await createKey({ description: "write only", scopes: ["write"] }, asUser(admin.user));
    const viaKey = await broker.call<AuthUser, object>("users.resolveApiKey", { key: writeKey.key });
    await expect(
      createKey({ description: "escalated", scopes: ["admin"] }, { meta: { user: viaKey } }),
    ).rejects.toMatchObject({ code: 403 });
    await expect(
      createKey({ description: "same", scopes: ["write"] }, { meta: { user: viaKey } }),
    ).resolves.toMatchObject({ scopes: ["write"] });
  });

  it("validates the description and scopes per field", async () => {
    await expect(createKey({ description: "", scopes: ["delete"] })).rejects.toMatchObject({
      code: 422,
      data: expect.arrayContaining([
        expect.objectContaining({ field: "description" }),
        expect.objectContaining({ field: "scopes[0]" }),
      ]),
    });
  });
});

describe("users.resolveApiKey", () => {
  it("resolves a key to its owner with the key's scopes and records its use", async () => {
    const created = await createKey({ description: "resolve", scopes: ["read", "write"] });
    const user = await broker.call<AuthUser, object>("users.resolveApiKey", { key: created.key });
    expect(user).toEqual({
      id: owner.user.id,
      email: owner.user.email,
      roles: ["user"],
      via: "apikey",
      scopes: ["read", "write"],
    });
    const list = await broker.call<Page<ApiKey>, object>("users.listKeys", {}, asUser(owner.user));
    expect(list.rows.find((key) => key.id === created.id)?.lastUsedAt).toEqual(expect.any(String));
  });

  it("refuses an unknown key with 401 INVALID_API_KEY", async () => {
    await expect(broker.call("users.resolveApiKey", { key: "mw_nothing_here" })).rejects.toMatchObject({
      code: 401,
      type: "INVALID_API_KEY",
    });
  });
});

describe("users.revokeKey", () => {
  it("revokes at once, even a key whose lookup is cached", async () => {
    const created = await createKey({ description: "short-lived" });
    await broker.call("users.resolveApiKey", { key: created.key });
    await expect(broker.call("users.revokeKey", { id: created.id }, asUser(owner.user))).resolves.toBeNull();
    expect(UsersService.actions?.revokeKey).toMatchObject({ status: 204 });
    await expect(broker.call("users.resolveApiKey", { key: created.key })).rejects.toMatchObject({ code: 401 });
    const list = await broker.call<Page<ApiKey>, object>("users.listKeys", {}, asUser(owner.user));
    expect(list.rows.map((key) => key.id)).not.toContain(created.id);
  });

  it("answers 404 for another user's key and leaves it working", async () => {
    const created = await createKey({ description: "mine" });
    const other = await broker.call<Session, object>("users.signup", { email: uniqueEmail(), password: TEST_PASSWORD });
    await expect(broker.call("users.revokeKey", { id: created.id }, asUser(other.user))).rejects.toMatchObject({
      code: 404,
    });
    await expect(broker.call("users.resolveApiKey", { key: created.key })).resolves.toMatchObject({
      id: owner.user.id,
    });
  });
});

describe("users.listKeys", () => {
  /** A fresh owner with `count` keys named k1…kN, created one after another. */
  async function ownerWithKeys(count: number): Promise<Session> {
    const session = await broker.call<Session, object>("users.signup", {
      email: uniqueEmail(),
      password: TEST_PASSWORD,
    });
    for (let i = 1; i <= count; i++) await createKey({ description: `k${i}` }, asUser(session.user));
    return session;
  }

  const list = (session: Session, params: object) =>
    broker.call<Page<ApiKey>, object>("users.listKeys", params, asUser(session.user));
  const names = (page: Page<ApiKey>) => page.rows.map((key) => key.description);

  it("pages the owner's keys, newest first, with the real total on every page", async () => {
    const session = await ownerWithKeys(5);
    const first = await list(session, { pageSize: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2, totalPages: 3 });
    expect(names(first)).toEqual(["k5", "k4"]);
    const second = await list(session, { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2, totalPages: 3 });
    expect(names(second)).toEqual(["k3", "k2"]);
  });

  it("answers the real total past the last page", async () => {
    const session = await ownerWithKeys(3);
    await expect(list(session, { page: 4, pageSize: 2 })).resolves.toEqual({
      rows: [],
      total: 3,
      page: 4,
      pageSize: 2,
      totalPages: 2,
    });
  });

  it("sorts by createdAt either way and refuses another sort field with 422 naming sort", async () => {
    const session = await ownerWithKeys(3);
    expect(names(await list(session, { sort: "createdAt" }))).toEqual(["k1", "k2", "k3"]);
    expect(names(await list(session, { sort: "-createdAt" }))).toEqual(["k3", "k2", "k1"]);
    await expect(list(session, { sort: "keyHash" })).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "sort" })],
    });
  });

  it("refuses a page size over 100 with 422 naming pageSize", async () => {
    await expect(list(owner, { pageSize: 101 })).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "pageSize" })],
    });
  });

  it("counts neither revoked keys nor other users' keys", async () => {
    const session = await ownerWithKeys(2);
    const [newest] = (await list(session, {})).rows;
    await broker.call("users.revokeKey", { id: newest.id }, asUser(session.user));
    const page = await list(session, {});
    expect(page).toMatchObject({ total: 1, totalPages: 1 });
    expect(names(page)).toEqual(["k1"]);
  });
});
