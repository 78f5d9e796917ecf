/** The teams role matrix: every teams route × administrator, editor, commenter, viewer, non-member and anonymous, with the exact status. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRoutes } from "../../lib/domains.js";
import {
  CALLERS,
  createCrewTeam,
  expectedStatus,
  REFUSAL_CODES,
  signupCrew,
  tokenOf,
  type Caller,
  type Crew,
  type Need,
} from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type TestNode,
} from "../support/testkit.js";

const ROUTES = await allRoutes();

let node: TestNode;
let client: ApiClient;
let crew: Crew;
/** Shared by the routes that consume nothing: the crew at their roles plus the target as viewer. */
let teamId: string;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew, { withTarget: true });
});
afterAll(() => node.stop());

interface Case {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  route: string;
  need: Need;
  ok: number;
  /** The request for one caller; destructive cases build what the call consumes. */
  request(caller: Caller): Promise<{ path: string; body?: unknown }>;
}

/** A fresh team where the target is a second administrator, so even the crew's administrator may leave it. */
async function freshTeam(): Promise<string> {
  const id = await createCrewTeam(client, crew, { withTarget: true });
  const promoted = await client.patch(
    `/teams/${id}/members/${crew.target.user.id}`,
    { role: "administrator" },
    { token: crew.administrator.accessToken },
  );
  expect(promoted.status, promoted.text).toBe(200);
  return id;
}

/** A pending invite addressed to nobody of the crew. */
async function someoneElsesInvite(): Promise<string> {
  const res = await client.post(
    `/teams/${teamId}/invites`,
    { emails: [uniqueEmail("someone")] },
    { token: crew.administrator.accessToken },
  );
  expect(res.status, res.text).toBe(201);
  return res.body.rows[0].id;
}

const CASES: Case[] = [
  {
    method: "POST",
    route: "/teams",
    need: "any",
    ok: 201,
    request: async () => ({ path: "/teams", body: { name: "Another" } }),
  },
  { method: "GET", route: "/teams", need: "any", ok: 200, request: async () => ({ path: "/teams" }) },
  { method: "GET", route: "/teams/:id", need: "viewer", ok: 200, request: async () => ({ path: `/teams/${teamId}` }) },
  {
    method: "PATCH",
    route: "/teams/:id",
    need: "administrator",
    ok: 200,
    request: async () => ({ path: `/teams/${teamId}`, body: { name: "Crew team" } }),
  },
  {
    method: "DELETE",
    route: "/teams/:id",
    need: "administrator",
    ok: 204,
    request: async () => ({ path: `/teams/${await freshTeam()}` }),
  },
  {
    method: "GET",
    route: "/teams/:id/members",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/teams/${teamId}/members` }),
  },
  {
    method: "PATCH",
    route: "/teams/:id/members/:userId",
    need: "administrator",
    ok: 200,
    request: async () => ({ path: `/teams/${teamId}/members/${crew.target.user.id}`, body: { role: "commenter" } }),
  },
  {
    method: "DELETE",
    route: "/teams/:id/members/:userId",
    need: "administrator",
    ok: 204,
    request: async () => ({ path: `/teams/${await freshTeam()}/members/${crew.viewer.user.id}` }),
  },
  {
    method: "POST",
    route: "/teams/:id/leave",
    need: "viewer",
    ok: 204,
    request: async () => ({ path: `/teams/${await freshTeam()}/leave` }),
  },
  {
    method: "POST",
    route: "/teams/:id/invites",
    need: "administrator",
    ok: 201,
    request: async () => ({ path: `/teams/${teamId}/invites`, body: { emails: [uniqueEmail()] } }),
  },
  {
    method: "GET",
    route: "/teams/:id/invites",
    need: "administrator",
    ok: 200,
    request: async () => ({ path: `/teams/${teamId}/invites` }),
  },
  { method: "GET", route: "/invites", need: "any", ok: 200, request: async () => ({ path: "/invites" }) },
  {
    method: "POST",
    route: "/invites/:id/accept",
    need: "invitee",
    ok: 200,
    request: async () => ({ path: `/invites/${await someoneElsesInvite()}/accept` }),
  },
  {
    method: "POST",
    route: "/invites/:id/decline",
    need: "invitee",
    ok: 200,
    request: async () => ({ path: `/invites/${await someoneElsesInvite()}/decline` }),
  },
];

describe.each(CASES)("$method $route", (c) => {
  it.each(CALLERS.map((caller) => ({ caller, status: expectedStatus(c.need, c.ok, caller) })))(
    "answers $status to $caller",
    async ({ caller, status }) => {
      const { path, body } = await c.request(caller);
      const res = await client.request(c.method, path, { token: tokenOf(crew, caller), body });
      if (status >= 400) {
        expectProblem(res, status, REFUSAL_CODES[status], node);
      } else if (status === 204) {
        expect(res.status, res.text).toBe(204);
        expect(res.text).toBe("");
      } else {
        expectJson(res, status);
        expect(res.body).toBeTypeOf("object");
        expect(res.body).not.toBeNull();
      }
    },
  );
});

it("keeps the shared team intact through the refused calls", async () => {
  const members = await client.get(`/teams/${teamId}/members`, { token: crew.administrator.accessToken });
  expectJson(members);
  expect(members.body.rows.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
    [crew.administrator.user.id, "administrator"],
    [crew.editor.user.id, "editor"],
    [crew.commenter.user.id, "commenter"],
    [crew.viewer.user.id, "viewer"],
    // Only the administrator's own call may have re-roled the target.
    [crew.target.user.id, expect.stringMatching(/^(viewer|commenter)$/)],
  ]);
  expect((await client.get(`/teams/${teamId}`, { token: crew.viewer.accessToken })).body.name).toBe("Crew team");
});

it("covers every teams route of the gateway's route table", () => {
  const table = ROUTES.filter((r) => r.tag === "teams").map((r) => `${r.method} ${r.path}`);
  expect(CASES.map((c) => `${c.method} ${c.route}`).sort()).toEqual(table.sort());
});
