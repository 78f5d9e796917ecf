/**
 * The customers role matrix: every customers route × administrator, editor, commenter, viewer, non-member
 * and anonymous, with the exact status (viewers read, editors write, administrators delete); and across
 * tenants: another team's administrator gets 404 on every route of a customer that isn't their team's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CALLERS,
  createCrewTeam,
  expectedStatus,
  expectEveryRoute,
  expectMatrixAnswer,
  signupCrew,
  signupWithTeam,
  tokenOf,
  type Caller,
  type Crew,
  type RoleCase,
} from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type Json,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";
import { expectCustomer } from "./contract/customers.contract.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;
/** A customer every non-destructive case works on. */
let customerId: string;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew);
  customerId = await createCustomer(crew.administrator.accessToken, teamId);
});
afterAll(() => node.stop());

async function createCustomer(token: string, team: string, fields: Record<string, unknown> = {}): Promise<string> {
  const res = await client.post(
    "/customers",
    { teamId: team, name: "Initech", email: uniqueEmail("c"), ...fields },
    { token },
  );
  expectJson(res, 201);
  return res.body.id;
}

const admin = () => crew.administrator.accessToken;

/** A list's rows are customers (any other success is one). */
function listShape(body: Json): void {
  expect(body).toMatchObject({ rows: expect.any(Array), total: expect.any(Number) });
  for (const row of body.rows) expectCustomer(row);
}

const CASES: RoleCase[] = [
  {
    method: "POST",
    route: "/customers",
    need: "editor",
    ok: 201,
    request: async () => ({ path: "/customers", body: { teamId, name: "New customer", email: uniqueEmail("n") } }),
  },
  {
    method: "GET",
    route: "/customers",
    need: "any",
    ok: 200,
    request: async () => ({ path: "/customers" }),
    shape: listShape,
  },
  {
    method: "GET",
    route: "/customers?teamId=",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/customers?teamId=${teamId}` }),
    shape: listShape,
  },
  {
    method: "GET",
    route: "/customers/:id",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/customers/${customerId}` }),
  },
  {
    method: "PATCH",
    route: "/customers/:id",
    need: "editor",
    ok: 200,
    request: async () => ({ path: `/customers/${customerId}`, body: { extraFields: { touched: Date.now() } } }),
  },
  {
    method: "DELETE",
    route: "/customers/:id",
    need: "administrator",
    ok: 204,
    request: async () => ({ path: `/customers/${await createCustomer(admin(), teamId)}` }),
  },
  {
    method: "POST",
    route: "/customers/:id/activate",
    need: "editor",
    ok: 200,
    request: async () => ({
      path: `/customers/${await createCustomer(admin(), teamId, { status: "inactive" })}/activate`,
    }),
  },
  {
    method: "POST",
    route: "/customers/:id/deactivate",
    need: "editor",
    ok: 200,
    request: async () => ({ path: `/customers/${await createCustomer(admin(), teamId)}/deactivate` }),
  },
];

describe.each(CASES)("$method $route", (c) => {
  const rows = CALLERS.map((caller: Caller) => ({ caller, status: expectedStatus(c.need, c.ok, caller) }));
  it.each(rows)("answers $status to $caller", async ({ caller, status }) => {
    const { path, body } = await c.request();
    const res = await client.request(c.method, path, { token: tokenOf(crew, caller), body });
    expectMatrixAnswer(res, status, node, c.shape ?? expectCustomer);
  });
});

describe("refused callers leave nothing behind", () => {
  it("a viewer's and a commenter's writes change nothing", async () => {
    const id = await createCustomer(admin(), teamId, { name: "Untouched" });
    const before = (await client.get(`/customers/${id}`, { token: admin() })).body;
    for (const who of ["viewer", "commenter"] as const) {
      const token = crew[who].accessToken;
      expectProblem(await client.patch(`/customers/${id}`, { name: "Hacked" }, { token }), 403, "ROLE_TOO_LOW");
      expectProblem(await client.post(`/customers/${id}/deactivate`, undefined, { token }), 403, "ROLE_TOO_LOW");
      expectProblem(await client.delete(`/customers/${id}`, { token }), 403, "ROLE_TOO_LOW");
    }
    expect((await client.get(`/customers/${id}`, { token: admin() })).body).toEqual(before);
  });
});

describe("across tenants", () => {
  let rival: SessionBody;
  let rivalTeam: string;
  let rivalCustomer: string;

  beforeAll(async () => {
    ({ owner: rival, teamId: rivalTeam } = await signupWithTeam(client, "Rival"));
    rivalCustomer = await createCustomer(rival.accessToken, rivalTeam, { name: "Rival's customer" });
  });

  it("answers 404 to another team's administrator on every route of a customer, and changes nothing", async () => {
    const token = rival.accessToken;
    const before = (await client.get(`/customers/${customerId}`, { token: admin() })).body;
    const attempts = [
      client.get(`/customers/${customerId}`, { token }),
      client.patch(`/customers/${customerId}`, { name: "Stolen" }, { token }),
      client.delete(`/customers/${customerId}`, { token }),
      client.post(`/customers/${customerId}/activate`, undefined, { token }),
      client.post(`/customers/${customerId}/deactivate`, undefined, { token }),
      client.get(`/customers?teamId=${teamId}`, { token }),
      client.post("/customers", { teamId, name: "Planted" }, { token }),
    ];
    for (const res of await Promise.all(attempts)) expectProblem(res, 404, "NOT_FOUND", node);
    expect((await client.get(`/customers/${customerId}`, { token: admin() })).body).toEqual(before);
  });

  it("answers 404 to this team's administrator on the rival's customer, as for an id that doesn't exist", async () => {
    const token = admin();
    expectProblem(await client.get(`/customers/${rivalCustomer}`, { token }), 404, "NOT_FOUND", node);
    expectProblem(
      await client.get("/customers/00000000-0000-4000-8000-000000000000", { token }),
      404,
      "NOT_FOUND",
      node,
    );
  });

  it("lists only the caller's teams' customers without teamId", async () => {
    const mine = await client.get("/customers?pageSize=100", { token: admin() });
    expectJson(mine);
    expect(mine.body.rows.length).toBeGreaterThan(0);
    expect(new Set(mine.body.rows.map((c: { teamId: string }) => c.teamId))).toEqual(new Set([teamId]));
    const theirs = await client.get("/customers?pageSize=100", { token: rival.accessToken });
    expect(theirs.body.rows.map((c: { id: string }) => c.id)).toEqual([rivalCustomer]);
  });

  it("searches never reach another team: the rival's customer isn't found by name from this team", async () => {
    const res = await client.get(`/customers?q=${encodeURIComponent("Rival's")}`, { token: admin() });
    expectJson(res);
    expect(res.body.total).toBe(0);
  });
});

it("covers every customers route of the gateway's route table", () => expectEveryRoute("customers", CASES));
