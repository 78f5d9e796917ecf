/** The team-authorization middleware on an in-memory broker, with a fake `teams` service and a fake entity service. */
import { randomUUID } from "node:crypto";
import { Errors, ServiceBroker, type Context, type ServiceSchema } from "moleculer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Meta } from "../../lib/auth.js";
import {
  checkTeamRole,
  roleAtLeast,
  TEAM_ROLES,
  TeamAccessRules,
  type Owner,
  type TeamAccess,
  type TeamRole,
} from "../../lib/access.js";
import { asUser, fakeService, type FakeService } from "../support/testkit.js";

const TEAM = randomUUID();
const OTHER_TEAM = randomUUID();
const PRIVATE_BOARD = randomUUID();
const PUBLIC_BOARD = randomUUID();
const MISSING_BOARD = randomUUID();

/** userId → role in TEAM; anyone else is a non-member. */
const roles = new Map<string, TeamRole>();
const member = (role: TeamRole) => {
  const id = randomUUID();
  roles.set(id, role);
  return asUser({ id, email: `${role}@example.test`, roles: ["user"] });
};
const outsider = () => asUser({ id: randomUUID(), email: "outsider@example.test", roles: ["user"] });

/** Which boards exist, which team owns them, whether public; and every lookup made. */
const boards = new Map<string, Owner>([
  [PRIVATE_BOARD, { teamId: TEAM, isPublic: false }],
  [PUBLIC_BOARD, { teamId: TEAM, isPublic: true }],
]);
const lookups: { entity: string; id: string }[] = [];
const handled: string[] = [];

interface BoardMethods {
  ownerOf(entity: string, id: string): Promise<Owner | null>;
}

function reply(name: string) {
  return async function (ctx: Context<unknown, Meta>) {
    handled.push(name);
    return { ran: name, team: (ctx.locals as { team?: TeamAccess }).team ?? null };
  };
}

const Boards: ServiceSchema<object, BoardMethods> = {
  name: "boards",
  actions: {
    teamView: { team: { role: "viewer", param: "teamId" }, handler: reply("teamView") },
    teamEdit: { team: { role: "editor", param: "teamId" }, handler: reply("teamEdit") },
    teamAdmin: { team: { role: "administrator", param: "teamId" }, handler: reply("teamAdmin") },
    read: { team: { role: "viewer", entity: "board", param: "id", publicRead: true }, handler: reply("read") },
    comment: { team: { role: "commenter", entity: "board", param: "id" }, handler: reply("comment") },
    edit: { team: { role: "editor", entity: "board", param: "id" }, handler: reply("edit") },
    open: { handler: reply("open") },
    /** Authorizes by hand, as an optional team filter does. */
    filtered: {
      async handler(ctx: Context<{ teamId: string }, Meta>) {
        const access = await checkTeamRole(ctx, { teamId: ctx.params.teamId }, "viewer", "team");
        handled.push("filtered");
        return access;
      },
    },
  },
  methods: {
    async ownerOf(entity: string, id: string): Promise<Owner | null> {
      lookups.push({ entity, id });
      return boards.get(id) ?? null;
    },
  },
};

const Broken: ServiceSchema = {
  name: "broken",
  actions: { read: { team: { role: "viewer", entity: "thing", param: "id" }, handler: reply("broken") } },
};

let broker: ServiceBroker;
let teams: FakeService;

beforeAll(async () => {
  broker = new ServiceBroker({ logger: false, middlewares: [TeamAccessRules()] });
  teams = fakeService("teams", {
    membership: (p: { teamId: string; userId: string }) => {
      const role = p.teamId === TEAM ? roles.get(p.userId) : undefined;
      return role ? { role } : null;
    },
  });
  broker.createService(teams.schema);
  broker.createService(Boards as never);
  broker.createService(Broken as never);
  await broker.start();
});
afterAll(() => broker.stop());
beforeEach(() => {
  teams.reset();
  lookups.length = 0;
  handled.length = 0;
});

/** The error a refused call rejects with (errors from another node are rebuilt, so no instanceof). */
async function refusal(promise: Promise<unknown>): Promise<Errors.MoleculerError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, "the call should have been refused").toBeInstanceOf(Error);
  expect(err).toHaveProperty("code");
  return err as Errors.MoleculerError;
}

describe("TeamAccessRules on a team-id param", () => {
  it("answers 404 NOT_FOUND to a non-member and never runs the handler", async () => {
    const err = await refusal(broker.call("boards.teamView", { teamId: TEAM }, outsider()));
    expect(err).toMatchObject({ code: 404, type: "NOT_FOUND", message: "team not found" });
    expect(handled).toEqual([]);
  });

  it("answers 404 to a member of another team", async () => {
    const viewer = member("administrator");
    const err = await refusal(broker.call("boards.teamView", { teamId: OTHER_TEAM }, viewer));
    expect(err.code).toBe(404);
    expect(teams.callsTo("membership")[0].params).toEqual({ teamId: OTHER_TEAM, userId: viewer.meta.user.id });
  });

  it("answers 403 ROLE_TOO_LOW to a member whose role is too low", async () => {
    for (const role of ["viewer", "commenter"] as const) {
      const err = await refusal(broker.call("boards.teamEdit", { teamId: TEAM }, member(role)));
      expect(err).toMatchObject({ code: 403, type: "ROLE_TOO_LOW" });
      expect(err.message).toMatch(/editor/);
    }
    const err = await refusal(broker.call("boards.teamAdmin", { teamId: TEAM }, member("editor")));
    expect(err).toMatchObject({ code: 403, type: "ROLE_TOO_LOW" });
    expect(handled).toEqual([]);
  });

  it("passes a member with the role or a higher one, and sets ctx.locals.team", async () => {
    for (const role of ["editor", "administrator"] as const) {
      const res = await broker.call<{ ran: string; team: TeamAccess }, object>(
        "boards.teamEdit",
        { teamId: TEAM },
        member(role),
      );
      expect(res).toEqual({ ran: "teamEdit", team: { teamId: TEAM, role } });
    }
    expect(handled).toEqual(["teamEdit", "teamEdit"]);
  });

  it("asks teams.membership once per call with the team and the caller", async () => {
    const viewer = member("viewer");
    await broker.call("boards.teamView", { teamId: TEAM }, viewer);
    expect(teams.callsTo("membership").map((c) => c.params)).toEqual([{ teamId: TEAM, userId: viewer.meta.user.id }]);
  });

  it("answers 404 when the param is missing or not a string", async () => {
    expect((await refusal(broker.call("boards.teamView", {}, member("administrator")))).code).toBe(404);
    expect((await refusal(broker.call("boards.teamView", { teamId: 42 }, member("administrator")))).code).toBe(404);
    expect(teams.calls).toEqual([]);
  });
});

describe("TeamAccessRules on an entity looked up through ownerOf()", () => {
  it("looks the entity up with its name and id, then checks the owning team", async () => {
    const editor = member("editor");
    const res = await broker.call<{ team: TeamAccess }, object>("boards.edit", { id: PRIVATE_BOARD }, editor);
    expect(res.team).toEqual({ teamId: TEAM, role: "editor" });
    expect(lookups).toEqual([{ entity: "board", id: PRIVATE_BOARD }]);
    expect(teams.callsTo("membership")[0].params).toEqual({ teamId: TEAM, userId: editor.meta.user.id });
  });

  it("answers 404 '<entity> not found' for an entity that doesn't exist, without asking teams", async () => {
    const err = await refusal(broker.call("boards.edit", { id: MISSING_BOARD }, member("administrator")));
    expect(err).toMatchObject({ code: 404, type: "NOT_FOUND", message: "board not found" });
    expect(teams.calls).toEqual([]);
  });

  it("answers 404 to a non-member and 403 to a too-low role on a private entity", async () => {
    expect((await refusal(broker.call("boards.read", { id: PRIVATE_BOARD }, outsider()))).code).toBe(404);
    expect((await refusal(broker.call("boards.comment", { id: PRIVATE_BOARD }, member("viewer")))).code).toBe(403);
    await expect(broker.call("boards.comment", { id: PRIVATE_BOARD }, member("commenter"))).resolves.toMatchObject({
      ran: "comment",
    });
  });

  it("publicRead lets a non-member read a public entity, with no role", async () => {
    const res = await broker.call<{ ran: string; team: TeamAccess }, object>(
      "boards.read",
      { id: PUBLIC_BOARD },
      outsider(),
    );
    expect(res).toEqual({ ran: "read", team: { teamId: TEAM, role: null } });
  });

  it("publicRead doesn't open writes: a non-member gets 404 and a viewer 403 on a public entity", async () => {
    expect((await refusal(broker.call("boards.edit", { id: PUBLIC_BOARD }, outsider()))).code).toBe(404);
    expect((await refusal(broker.call("boards.comment", { id: PUBLIC_BOARD }, outsider()))).code).toBe(404);
    expect((await refusal(broker.call("boards.edit", { id: PUBLIC_BOARD }, member("viewer")))).code).toBe(403);
    expect(handled).toEqual([]);
  });

  it("fails loudly (not a client error) when a service declares entity rules without ownerOf()", async () => {
    const err = await broker.call("broken.read", { id: randomUUID() }, member("administrator")).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(Errors.MoleculerClientError);
    expect((err as Error).message).toMatch(/ownerOf/);
  });
});

describe("calls without a user", () => {
  it("trusts mesh-internal calls: no lookup, no membership check, the handler runs", async () => {
    await expect(broker.call("boards.teamAdmin", { teamId: TEAM })).resolves.toEqual({ ran: "teamAdmin", team: null });
    await expect(broker.call("boards.edit", { id: MISSING_BOARD })).resolves.toMatchObject({ ran: "edit" });
    expect(teams.calls).toEqual([]);
    expect(lookups).toEqual([]);
  });

  it("leaves actions without a team rule alone", async () => {
    await expect(broker.call("boards.open", {}, outsider())).resolves.toMatchObject({ ran: "open", team: null });
    expect(teams.calls).toEqual([]);
  });
});

describe("checkTeamRole in a handler", () => {
  it("answers 404 to a non-member and the access to a member", async () => {
    expect((await refusal(broker.call("boards.filtered", { teamId: TEAM }, outsider()))).code).toBe(404);
    const viewer = member("viewer");
    await expect(broker.call("boards.filtered", { teamId: TEAM }, viewer)).resolves.toEqual({
      teamId: TEAM,
      role: "viewer",
    });
  });
});

describe("roleAtLeast", () => {
  it("orders viewer < commenter < editor < administrator and refuses null", () => {
    for (const [i, role] of TEAM_ROLES.entries()) {
      for (const [j, needed] of TEAM_ROLES.entries())
        expect(roleAtLeast(role, needed), `${role} ≥ ${needed}`).toBe(i >= j);
      expect(roleAtLeast(null, role)).toBe(false);
    }
    expect(TEAM_ROLES).toEqual(["viewer", "commenter", "editor", "administrator"]);
  });
});

describe("across brokers", () => {
  const namespace = `team-auth-${randomUUID().slice(0, 8)}`;
  const caller = new ServiceBroker({ logger: false, namespace, nodeID: "caller", transporter: "Fake" });
  const owner = new ServiceBroker({
    logger: false,
    namespace,
    nodeID: "owner",
    transporter: "Fake",
    middlewares: [TeamAccessRules()],
  });
  const remoteTeams = fakeService("teams", {
    membership: (p: { teamId: string; userId: string }) =>
      p.teamId === TEAM && roles.has(p.userId) ? { role: roles.get(p.userId) } : null,
  });
  owner.createService(remoteTeams.schema);
  owner.createService({ ...Boards, name: "remoteBoards" } as never);

  beforeAll(async () => {
    await Promise.all([caller.start(), owner.start()]);
    await caller.waitForServices(["remoteBoards"], 5000);
  });
  afterAll(() => Promise.all([caller.stop(), owner.stop()]));

  it("enforces the rule on the node that runs the action, with the caller's user from meta", async () => {
    expect((await refusal(caller.call("remoteBoards.edit", { id: PRIVATE_BOARD }, outsider()))).code).toBe(404);
    expect((await refusal(caller.call("remoteBoards.edit", { id: PRIVATE_BOARD }, member("viewer")))).code).toBe(403);
    await expect(caller.call("remoteBoards.edit", { id: PRIVATE_BOARD }, member("editor"))).resolves.toMatchObject({
      ran: "edit",
    });
    expect(remoteTeams.callsTo("membership")).toHaveLength(3);
  });
});
