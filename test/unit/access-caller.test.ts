/** The access middleware on actions: admin role and API-key scopes, for HTTP-style and internal calls alike. */
import type { Context, ServiceSchema } from "moleculer";
import { ServiceBroker } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { brokerOptions } from "../../moleculer.config.js";
import { serviceUnderTest, type ServiceUnderTest } from "../../testing/index.js";

/** A service whose actions call each other on behalf of the caller, as real domains do. */
const Vault: ServiceSchema = {
  name: "vault",
  actions: {
    read: { rest: "GET /vault", access: "user", handler: () => "read" },
    write: { rest: "POST /vault", access: "user", handler: () => "written" },
    purge: { rest: "POST /vault/purge", access: "admin", handler: () => "purged" },
    open: { rest: "GET /vault/open", access: "public", handler: () => "open" },
    /** A user action that calls an admin action internally, carrying the same user. */
    sneak: { access: "user", handler: (ctx: Context) => ctx.call("vault.purge") },
    /** No declaration: only mesh-internal callers reach it, with or without a user. */
    internal: { handler: () => "internal" },
  },
};

let kit: ServiceUnderTest;
beforeAll(async () => {
  kit = await serviceUnderTest(Vault);
});
afterAll(() => kit.stop());

const admin = () => kit.user({ roles: ["user", "admin"] });

describe("access: admin", () => {
  it("refuses a non-admin with 403 FORBIDDEN and lets an admin through", async () => {
    await expect(kit.call("vault.purge", {}, { user: kit.user() })).rejects.toMatchObject({
      code: 403,
      type: "FORBIDDEN",
    });
    expect(await kit.call("vault.purge", {}, { user: admin() })).toBe("purged");
  });

  it("checks an internal call made on behalf of a user like an HTTP call", async () => {
    await expect(kit.call("vault.sneak", {}, { user: kit.user() })).rejects.toMatchObject({ code: 403 });
    expect(await kit.call("vault.sneak", {}, { user: admin() })).toBe("purged");
  });

  it("lets a call with no user (a service, a consumer, the REPL) through", async () => {
    expect(await kit.call("vault.purge")).toBe("purged");
    expect(await kit.call("vault.internal", {}, { user: kit.user() })).toBe("internal");
  });
});

describe("access: API-key scopes", () => {
  const key = (scopes: ("read" | "write" | "admin")[], roles = ["user"]) => kit.user({ via: "apikey", scopes, roles });

  it("needs read for GET routes and write for the others", async () => {
    expect(await kit.call("vault.read", {}, { user: key(["read"]) })).toBe("read");
    await expect(kit.call("vault.write", {}, { user: key(["read"]) })).rejects.toMatchObject({ code: 403 });
    expect(await kit.call("vault.write", {}, { user: key(["write"]) })).toBe("written");
  });

  it("needs both the admin role and the admin scope for admin actions", async () => {
    await expect(kit.call("vault.purge", {}, { user: key(["write"], ["user", "admin"]) })).rejects.toMatchObject({
      code: 403,
    });
    await expect(kit.call("vault.purge", {}, { user: key(["admin"]) })).rejects.toMatchObject({ code: 403 });
    expect(await kit.call("vault.purge", {}, { user: key(["admin"], ["user", "admin"]) })).toBe("purged");
  });

  it("asks nothing of public actions", async () => {
    expect(await kit.call("vault.open", {}, { user: key([]) })).toBe("open");
  });
});

describe("access: order", () => {
  it("refuses a non-admin before validating params, so a 403 tells nothing about the body", async () => {
    const strict: ServiceSchema = {
      name: "strict",
      actions: { purge: { access: "admin", params: { reason: "string|min:10" }, handler: () => "ok" } },
    };
    const t = await serviceUnderTest(strict);
    try {
      await expect(t.call("strict.purge", {}, { user: t.user() })).rejects.toMatchObject({ code: 403 });
      await expect(t.call("strict.purge", {}, { user: t.user({ roles: ["user", "admin"] }) })).rejects.toMatchObject({
        code: 422,
      });
    } finally {
      await t.stop();
    }
  });

  it("refuses at boot a cached action with a team rule (the cacher would answer before the rule)", () => {
    const config = loadConfig({ NODE_ENV: "test", DATA_DIR: "memory://unused", JWT_SECRET: "x".repeat(40) });
    const broker = new ServiceBroker({ ...brokerOptions(config), logger: false });
    expect(() =>
      broker.createService({
        name: "leaky",
        actions: { list: { cache: true, team: { role: "viewer", param: "teamId" }, handler: () => [] } },
      }),
    ).toThrow(/can't be cached/);
  });
});
