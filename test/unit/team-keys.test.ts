/**
 * A team key's rights in lib/access.ts on an in-memory broker with a fake `teams` service: its role in
 * its own team is its issuer's, capped by its scopes; every other team is a non-member's (404, public
 * entities too); routes that are not a team's are refused before validation.
 */
import { randomUUID } from "node:crypto";
import { Errors, ServiceBroker, type Context } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiKeyScope, AuthUser, Meta } from "../../lib/auth.js";
import {
  CallerAccess,
  checkTeamRole,
  teamKeyCap,
  TEAM_ROLES,
  type TeamAccess,
  type TeamRole,
} from "../../lib/access.js";

const TEAM = randomUUID();
const OTHER = randomUUID();
/** `${teamId}:${userId}` → role. */
const memberships = new Map<string, TeamRole>();

const broker = new ServiceBroker({ logger: false, middlewares: [CallerAccess()] });
broker.createService({
  name: "teams",
  actions: {
    membership(ctx: Context<{ teamId: string; userId: string }>) {
      const role = memberships.get(`${ctx.params.teamId}:${ctx.params.userId}`);
      return role ? { role } : null;
    },
  },
});
broker.createService({
  name: "routes",
  actions: {
    teamScoped: {
      access: "user",
      rest: "GET /teams/:id/things",
      team: { role: "viewer", param: "id" },
      handler: () => "ok",
    },
    personal: { access: "user", rest: "GET /me/things", handler: () => "ok" },
    /** checkTeamRole as a handler with an optional team filter calls it, on the caller's context. */
    probe: {
      handler(ctx: Context<{ teamId: string; needed: TeamRole; publicEntity: boolean }, Meta>) {
        const { teamId, needed, publicEntity } = ctx.params;
        return checkTeamRole(ctx, { teamId, isPublic: publicEntity }, needed, "team", publicEntity);
      },
    },
  },
});
beforeAll(() => broker.start());
afterAll(() => broker.stop());

function teamKey(issuerRole: TeamRole | null, scopes: ApiKeyScope[], otherRole: TeamRole | null = null): AuthUser {
  const id = randomUUID();
  if (issuerRole) memberships.set(`${TEAM}:${id}`, issuerRole);
  if (otherRole) memberships.set(`${OTHER}:${id}`, otherRole);
  return { id, email: "bot@example.test", roles: ["user"], via: "apikey", scopes, keyId: randomUUID(), teamId: TEAM };
}

/** The role checkTeamRole grants `user` on `teamId`, or the refusal's status. */
async function roleOf(user: AuthUser, teamId: string, publicEntity = false): Promise<TeamRole | number | null> {
  for (const needed of [...TEAM_ROLES].reverse()) {
    try {
      const access = await broker.call<TeamAccess, object>(
        "routes.probe",
        { teamId, needed, publicEntity },
        { meta: { user } },
      );
      if (access.role === null) return null;
      return needed;
    } catch (err) {
      const code = (err as Errors.MoleculerError).code;
      if (code === 404) return 404;
    }
  }
  return 403;
}

describe("a team key's role", () => {
  it("is capped at editor with write and viewer with read", () => {
    expect(teamKeyCap(["read", "write"])).toBe("editor");
    expect(teamKeyCap(["write"])).toBe("editor");
    expect(teamKeyCap(["read"])).toBe("viewer");
    expect(teamKeyCap(undefined)).toBe("viewer");
  });

  it("is its issuer's current role in its team, never above its cap", async () => {
    expect(await roleOf(teamKey("administrator", ["read", "write"]), TEAM)).toBe("editor");
    expect(await roleOf(teamKey("administrator", ["read"]), TEAM)).toBe("viewer");
    expect(await roleOf(teamKey("commenter", ["write"]), TEAM)).toBe("commenter");
    expect(await roleOf(teamKey("viewer", ["write"]), TEAM)).toBe("viewer");
    expect(await roleOf(teamKey(null, ["write"]), TEAM)).toBe(404);
  });

  it("has none in any other team, even one its issuer belongs to, and reads no public entity there", async () => {
    const key = teamKey("administrator", ["read", "write"], "administrator");
    expect(await roleOf(key, OTHER)).toBe(404);
    expect(await roleOf(key, OTHER, true)).toBe(404);
    // The same person signed in reaches both.
    const person: AuthUser = { ...key, via: "jwt", scopes: undefined, keyId: undefined, teamId: undefined };
    expect(await roleOf(person, OTHER)).toBe("administrator");
  });
});

describe("routes that are not a team's", () => {
  it("refuse a team key with 403 TEAM_KEY_NOT_ALLOWED, and let the same key reach its team's", async () => {
    const key = teamKey("editor", ["read"]);
    await expect(broker.call("routes.personal", {}, { meta: { user: key } })).rejects.toMatchObject({
      code: 403,
      type: "TEAM_KEY_NOT_ALLOWED",
    });
    const person: AuthUser = { ...key, via: "jwt", scopes: undefined, keyId: undefined, teamId: undefined };
    await expect(broker.call("routes.personal", {}, { meta: { user: person } })).resolves.toBe("ok");
    await expect(broker.call("routes.teamScoped", { id: TEAM }, { meta: { user: key } })).resolves.toBe("ok");
  });
});
