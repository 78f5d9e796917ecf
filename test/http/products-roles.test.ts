/**
 * The products role matrix: every products route × administrator, editor, commenter, viewer, non-member
 * and anonymous, with the exact status (viewers read, editors write, administrators delete); and the
 * tenant boundary: another team's products are 404 on every route, even to that team's administrator.
 */
import { randomUUID } from "node:crypto";
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
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;
/** A product every non-destructive case reads or edits. */
let productId: string;

/** A sku no other request uses. */
const freshSku = () => `SKU-${randomUUID().slice(0, 8)}`;

async function createProduct(token: string, team: string, name = "Mug"): Promise<{ id: string; sku: string }> {
  const res = await client.post("/products", { teamId: team, name, sku: freshSku(), priceCents: 500 }, { token });
  expectJson(res, 201);
  return res.body;
}

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew);
  productId = (await createProduct(crew.administrator.accessToken, teamId, "Shared")).id;
});
afterAll(() => node.stop());

const CASES: RoleCase[] = [
  {
    method: "POST",
    route: "/products",
    need: "editor",
    ok: 201,
    request: async () => ({ path: "/products", body: { teamId, name: "New", sku: freshSku() } }),
  },
  { method: "GET", route: "/products", need: "any", ok: 200, request: async () => ({ path: "/products" }) },
  {
    method: "GET",
    route: "/products?teamId=",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/products?teamId=${teamId}` }),
  },
  {
    method: "GET",
    route: "/products/:id",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/products/${productId}` }),
  },
  {
    method: "PATCH",
    route: "/products/:id",
    need: "editor",
    ok: 200,
    request: async () => ({ path: `/products/${productId}`, body: { priceCents: 600 } }),
  },
  {
    method: "DELETE",
    route: "/products/:id",
    need: "administrator",
    ok: 204,
    request: async () => ({
      path: `/products/${(await createProduct(crew.administrator.accessToken, teamId, "Doomed")).id}`,
    }),
  },
];

describe.each(CASES)("$method $route", (c) => {
  const rows = CALLERS.map((caller: Caller) => ({ caller, status: expectedStatus(c.need, c.ok, caller) }));
  it.each(rows)("answers $status to $caller", async ({ caller, status }) => {
    const { path, body } = await c.request();
    const res = await client.request(c.method, path, { token: tokenOf(crew, caller), body });
    expectMatrixAnswer(res, status, node);
  });
});

it("covers every products route of the gateway's route table", () => expectEveryRoute("products", CASES));

describe("what refused callers leave behind", () => {
  it("keeps the product as it was after refused edits and deletions", async () => {
    const product = await createProduct(crew.administrator.accessToken, teamId, "Guarded");
    const before = await client.get(`/products/${product.id}`, { token: crew.viewer.accessToken });
    const refusals = { viewer: 403, commenter: 403, nonmember: 404 } as const;
    for (const [caller, status] of Object.entries(refusals) as [keyof typeof refusals, number][]) {
      const token = crew[caller].accessToken;
      expect((await client.patch(`/products/${product.id}`, { name: "Hacked" }, { token })).status).toBe(status);
      expect((await client.delete(`/products/${product.id}`, { token })).status).toBe(status);
    }
    expect((await client.delete(`/products/${product.id}`, { token: crew.editor.accessToken })).status).toBe(403);
    const after = await client.get(`/products/${product.id}`, { token: crew.viewer.accessToken });
    expectJson(after);
    expect(after.body).toEqual(before.body);
  });

  it("creates nothing for a refused creation", async () => {
    const sku = freshSku();
    const refusals = { viewer: 403, commenter: 403, nonmember: 404 } as const;
    for (const [caller, status] of Object.entries(refusals) as [keyof typeof refusals, number][]) {
      const res = await client.post("/products", { teamId, name: "No", sku }, { token: crew[caller].accessToken });
      expect(res.status, res.text).toBe(status);
    }
    const found = await client.get(`/products?teamId=${teamId}&q=${sku}`, { token: crew.viewer.accessToken });
    expect(found.body.total).toBe(0);
  });
});

describe("another team's products", () => {
  let outsider: SessionBody;
  let outsiderTeam: string;

  beforeAll(async () => {
    // The administrator of a team of their own: a high role elsewhere opens nothing here.
    ({ owner: outsider, teamId: outsiderTeam } = await signupWithTeam(client, "Elsewhere"));
    await createProduct(outsider.accessToken, outsiderTeam, "Theirs");
  });

  it("are 404 on every route, as if they didn't exist", async () => {
    const as = { token: outsider.accessToken };
    const unknown = randomUUID();
    for (const id of [productId, unknown]) {
      expectProblem(await client.get(`/products/${id}`, as), 404, "NOT_FOUND", node);
      expectProblem(await client.patch(`/products/${id}`, { name: "Mine now" }, as), 404, "NOT_FOUND", node);
      expectProblem(await client.delete(`/products/${id}`, as), 404, "NOT_FOUND", node);
    }
    expectProblem(await client.get(`/products?teamId=${teamId}`, as), 404, "NOT_FOUND", node);
    expectProblem(
      await client.post("/products", { teamId, name: "Planted", sku: freshSku() }, as),
      404,
      "NOT_FOUND",
      node,
    );
    const still = await client.get(`/products/${productId}`, { token: crew.viewer.accessToken });
    expect(still.body.name).toBe("Shared");
  });

  it("never appear in a list of the caller's own teams", async () => {
    const mine = await client.get("/products?pageSize=100", { token: outsider.accessToken });
    expectJson(mine);
    expect(mine.body.rows.map((p: { teamId: string }) => p.teamId)).toEqual([outsiderTeam]);
    const theirs = await client.get("/products?pageSize=100", { token: crew.viewer.accessToken });
    expect(theirs.body.rows.map((p: { teamId: string }) => p.teamId)).not.toContain(outsiderTeam);
  });

  it("don't block a sku: each team has its own", async () => {
    const sku = freshSku();
    const here = await client.post("/products", { teamId, name: "A", sku }, { token: crew.editor.accessToken });
    const there = await client.post(
      "/products",
      { teamId: outsiderTeam, name: "B", sku },
      { token: outsider.accessToken },
    );
    expectJson(here, 201);
    expectJson(there, 201);
  });
});
