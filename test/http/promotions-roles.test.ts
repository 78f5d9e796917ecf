/**
 * The promotions role matrix: every promotions route × administrator, editor, commenter, viewer,
 * non-member and anonymous, with the exact status. Viewers read and quote, editors write, submit and
 * redeem, administrators delete, approve and reject; outsiders get 404, as if nothing existed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CALLERS,
  createCrewTeam,
  expectedStatus,
  expectEveryRoute,
  expectMatrixAnswer,
  signupCrew,
  tokenOf,
  type Caller,
  type Crew,
  type RoleCase,
} from "../support/tenancy.js";
import { api, expectJson, startTestNode, type ApiClient, type Json, type TestNode } from "../support/testkit.js";
import { daysFromNow, expectPromotion, expectQuote, expectRedemption } from "./contract/promotions.contract.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;
let productId: string;
/** A draft written by the editor, and a redemption: for the routes that consume nothing. */
let shared: { promotionId: string; redemptionId: string };

const as = (who: "administrator" | "editor") => ({ token: crew[who].accessToken });
const body = (extra: Json = {}) => ({
  teamId,
  name: "Matrix sale",
  validFrom: daysFromNow(-1),
  validThru: daysFromNow(10),
  lines: [{ productId, type: "percent", value: 5 }],
  ...extra,
});
const basket = () => ({ teamId, lines: [{ productId, quantity: 2, unitPriceCents: 500 }] });

/** A promotion written by the editor, moved to `status` (the administrator approves). */
async function promotionIn(status: "draft" | "pending"): Promise<string> {
  const created = await client.post("/promotions", body(), as("editor"));
  expectJson(created, 201);
  if (status === "pending") expectJson(await client.post(`/promotions/${created.body.id}/submit`, {}, as("editor")));
  return created.body.id;
}

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew);
  const product = await client.post("/products", { teamId, name: "Kettle", sku: "KET-1" }, as("administrator"));
  expectJson(product, 201);
  productId = product.body.id;
  const promotionId = await promotionIn("pending");
  expectJson(await client.post(`/promotions/${promotionId}/approve`, {}, as("administrator")));
  const redeemed = await client.post("/promotions/redeem", basket(), as("editor"));
  expectJson(redeemed, 201);
  shared = { promotionId, redemptionId: redeemed.body.id };
});
afterAll(() => node.stop());

/** The lists answer a page. */
const expectPage = (page: Json) => expect(page).toMatchObject({ rows: expect.any(Array), total: expect.any(Number) });

const CASES: RoleCase[] = [
  {
    method: "POST",
    route: "/promotions",
    need: "editor",
    ok: 201,
    request: async () => ({ path: "/promotions", body: body() }),
    shape: expectPromotion,
  },
  { method: "GET", route: "/promotions", need: "any", ok: 200, request: async () => ({ path: "/promotions" }) },
  {
    method: "GET",
    route: "/promotions?teamId=",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/promotions?teamId=${teamId}` }),
  },
  {
    method: "GET",
    route: "/promotions/:id",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/promotions/${shared.promotionId}` }),
    shape: expectPromotion,
  },
  {
    method: "PATCH",
    route: "/promotions/:id",
    need: "editor",
    ok: 200,
    request: async () => ({ path: `/promotions/${await promotionIn("draft")}`, body: { description: "Edited" } }),
    shape: expectPromotion,
  },
  {
    method: "DELETE",
    route: "/promotions/:id",
    need: "administrator",
    ok: 204,
    request: async () => ({ path: `/promotions/${await promotionIn("draft")}` }),
  },
  {
    method: "POST",
    route: "/promotions/:id/submit",
    need: "editor",
    ok: 200,
    request: async () => ({ path: `/promotions/${await promotionIn("draft")}/submit`, body: {} }),
    shape: expectPromotion,
  },
  {
    method: "POST",
    route: "/promotions/:id/approve",
    need: "administrator",
    ok: 200,
    request: async () => ({ path: `/promotions/${await promotionIn("pending")}/approve`, body: {} }),
    shape: expectPromotion,
  },
  {
    method: "POST",
    route: "/promotions/:id/reject",
    need: "administrator",
    ok: 200,
    request: async () => ({ path: `/promotions/${await promotionIn("pending")}/reject`, body: { reason: "No" } }),
    shape: expectPromotion,
  },
  {
    method: "POST",
    route: "/promotions/quote",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: "/promotions/quote", body: basket() }),
    shape: expectQuote,
  },
  {
    method: "POST",
    route: "/promotions/redeem",
    need: "editor",
    ok: 201,
    request: async () => ({ path: "/promotions/redeem", body: basket() }),
    shape: expectRedemption,
  },
  {
    method: "GET",
    route: "/promotions/redemptions/:id",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/promotions/redemptions/${shared.redemptionId}` }),
    shape: expectRedemption,
  },
];

describe.each(CASES)("$method $route", (c) => {
  const rows = CALLERS.map((caller: Caller) => ({ caller, status: expectedStatus(c.need, c.ok, caller) }));
  it.each(rows)("answers $status to $caller", async ({ caller, status }) => {
    const { path, body: sent } = await c.request();
    const res = await client.request(c.method, path, { token: tokenOf(crew, caller), body: sent });
    expectMatrixAnswer(res, status, node, c.shape ?? expectPage);
  });
});

describe("what refused callers leave behind", () => {
  it("no promotion written or approved by a refused caller, and no use taken by one", async () => {
    const res = await client.get(`/promotions?teamId=${teamId}&pageSize=100`, as("administrator"));
    expectJson(res);
    const refused = new Set([crew.viewer.user.id, crew.commenter.user.id, crew.nonmember.user.id]);
    for (const promotion of res.body.rows as Json[]) {
      expect(refused.has(promotion.createdBy)).toBe(false);
      if (promotion.approvedBy) expect(promotion.approvedBy).toBe(crew.administrator.user.id);
    }
    // Each redemption applied one promotion (the best of equal non-combinables): the fixture's plus the
    // matrix's two allowed ones (administrator and editor), none for the refused callers.
    const uses = (res.body.rows as Json[]).reduce((sum, p) => sum + (p.usageCount as number), 0);
    expect(uses).toBe(3);
  });
});

it("covers every promotions route of the gateway's route table", () => expectEveryRoute("promotions", CASES));
