/**
 * Contract cases for promotions: /promotions/*, the approval workflow, quotes and redemptions. The shop
 * fixtures (a team with a second administrator, products, a customer) serve the promotions-* suites too.
 */
import { expect } from "vitest";
import { addMember } from "../../support/tenancy.js";
import {
  expectJson,
  expectProblem,
  signup,
  type ApiClient,
  type Json,
  type SessionBody,
} from "../../support/testkit.js";
import { expectPage, type ContractCases } from "./context.js";

const uuid = () => expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoDate = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const nullable = (matcher: unknown) => expect.toBeOneOf([null, matcher]);
const cents = () => expect.toSatisfy((n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0);

/** Exactly these keys, each matching. */
function expectExactly(body: unknown, shape: Record<string, unknown>): void {
  expect(body).toEqual(shape);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(shape).sort());
}

/** A promotion response: exactly these keys, each of its type; lines exactly {productId, type, value}. */
export function expectPromotion(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    teamId: uuid(),
    name: expect.any(String),
    description: expect.any(String),
    customerId: nullable(uuid()),
    validFrom: isoDate(),
    validThru: isoDate(),
    status: expect.stringMatching(/^(draft|pending|approved|rejected)$/),
    combinable: expect.any(Boolean),
    priority: expect.any(Number),
    usageLimit: nullable(expect.any(Number)),
    usageCount: expect.any(Number),
    lines: expect.any(Array),
    createdBy: uuid(),
    approvedBy: nullable(uuid()),
    rejectionReason: nullable(expect.any(String)),
    createdAt: isoDate(),
    updatedAt: isoDate(),
  });
  for (const line of (body as { lines: unknown[] }).lines) {
    expectExactly(line, {
      productId: uuid(),
      type: expect.stringMatching(/^(percent|amount)$/),
      value: expect.any(Number),
    });
  }
}

/** A priced basket as DESIGN §6 shows it; every amount a safe non-negative integer. */
export function expectQuote(body: unknown, extra: Record<string, unknown> = {}): void {
  expectExactly(body, {
    lines: expect.any(Array),
    subtotalCents: cents(),
    discountCents: cents(),
    totalCents: cents(),
    ...extra,
  });
  for (const line of (body as { lines: { applied: unknown[] }[] }).lines) {
    expectExactly(line, {
      productId: uuid(),
      quantity: expect.any(Number),
      unitPriceCents: cents(),
      subtotalCents: cents(),
      discountCents: cents(),
      totalCents: cents(),
      applied: expect.any(Array),
    });
    for (const applied of line.applied) expectExactly(applied, { promotionId: uuid(), discountCents: cents() });
  }
}

/** A redemption: the quote's shape plus its id, customer, pricing time and creation time. */
export function expectRedemption(body: unknown): void {
  expectQuote(body, { id: uuid(), customerId: nullable(uuid()), at: isoDate(), createdAt: isoDate() });
}

/** A team with an owner (administrator, writes promotions) and a reviewer (a second administrator, approves them). */
export interface Shop {
  owner: SessionBody;
  reviewer: SessionBody;
  teamId: string;
  /** Three products of the team, list price 1,000 cents. */
  productIds: string[];
  customerId: string;
}

export async function newShop(client: ApiClient, name = "Shop"): Promise<Shop> {
  const [owner, reviewer] = await Promise.all([signup(client), signup(client)]);
  const team = await client.post("/teams", { name }, { token: owner.accessToken });
  expectJson(team, 201);
  const teamId = team.body.id as string;
  await addMember(client, teamId, owner, reviewer, "administrator");
  const productIds: string[] = [];
  for (const sku of ["TEA-1", "MUG-2", "POT-3"]) {
    const product = await client.post(
      "/products",
      { teamId, name: `Product ${sku}`, sku, priceCents: 1000 },
      { token: owner.accessToken },
    );
    expectJson(product, 201);
    productIds.push(product.body.id);
  }
  const customer = await client.post("/customers", { teamId, name: "Globex" }, { token: owner.accessToken });
  expectJson(customer, 201);
  return { owner, reviewer, teamId, productIds, customerId: customer.body.id };
}

const day = 86_400_000;
/** An ISO instant `days` from now. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * day).toISOString();

/** A promotion body: 10 % off the first product, 2.50 off each unit of the second, valid since yesterday for 30 days. */
export function promotionBody(shop: Shop, extra: Json = {}): Json {
  return {
    teamId: shop.teamId,
    name: "Spring sale",
    validFrom: daysFromNow(-1),
    validThru: daysFromNow(30),
    lines: [
      { productId: shop.productIds[0], type: "percent", value: 10 },
      { productId: shop.productIds[1], type: "amount", value: 250 },
    ],
    ...extra,
  };
}

/** A draft promotion, written by `token` (the owner by default). */
export async function newPromotion(client: ApiClient, shop: Shop, extra: Json = {}, token = shop.owner.accessToken) {
  const res = await client.post("/promotions", promotionBody(shop, extra), { token });
  expectJson(res, 201);
  return res.body as Json;
}

/** A pending promotion: written and submitted by the owner. */
export async function pendingPromotion(client: ApiClient, shop: Shop, extra: Json = {}) {
  const promotion = await newPromotion(client, shop, extra);
  const submitted = await client.post(`/promotions/${promotion.id}/submit`, {}, { token: shop.owner.accessToken });
  expectJson(submitted);
  return submitted.body as Json;
}

/** An approved promotion: written and submitted by the owner, approved by the reviewer. */
export async function approvedPromotion(client: ApiClient, shop: Shop, extra: Json = {}) {
  const pending = await pendingPromotion(client, shop, extra);
  const approved = await client.post(`/promotions/${pending.id}/approve`, {}, { token: shop.reviewer.accessToken });
  expectJson(approved);
  return approved.body as Json;
}

/** A basket of one unit of each shop product at list price. */
export function basket(shop: Shop, extra: Json = {}): Json {
  return {
    teamId: shop.teamId,
    lines: shop.productIds.map((productId) => ({ productId, quantity: 1, unitPriceCents: 1000 })),
    ...extra,
  };
}

export const cases: ContractCases = {
  "POST /promotions": async ({ client, node }) => {
    const shop = await newShop(client);
    const body = promotionBody(shop, {
      description: "Tea and mugs",
      customerId: shop.customerId,
      combinable: true,
      priority: 3,
      usageLimit: 100,
      lines: [
        { productId: shop.productIds[0], type: "percent", value: 12.5 },
        { productId: shop.productIds[1], type: "amount", value: 250 },
      ],
    });
    const res = await client.post("/promotions", body, { token: shop.owner.accessToken });
    expectJson(res, 201);
    expectPromotion(res.body);
    expect(res.body).toMatchObject({
      teamId: shop.teamId,
      name: "Spring sale",
      description: "Tea and mugs",
      customerId: shop.customerId,
      status: "draft",
      combinable: true,
      priority: 3,
      usageLimit: 100,
      usageCount: 0,
      lines: body.lines,
      createdBy: shop.owner.user.id,
      approvedBy: null,
      rejectionReason: null,
    });
    expect(res.body.validFrom).toBe(body.validFrom);
    expect(res.headers.get("location")).toBe(`/api/v1/promotions/${res.body.id}`);
    const backwards = await client.post(
      "/promotions",
      promotionBody(shop, { validFrom: daysFromNow(2), validThru: daysFromNow(1) }),
      { token: shop.owner.accessToken },
    );
    expectProblem(backwards, 422, "VALIDATION_ERROR", node);
    expect(backwards.body.errors.map((e: { field: string }) => e.field)).toEqual(["validThru"]);
  },

  "GET /promotions": async ({ client }) => {
    const shop = await newShop(client);
    const approved = await approvedPromotion(client, shop);
    const draft = await newPromotion(client, shop, {
      lines: [{ productId: shop.productIds[2], type: "amount", value: 1 }],
    });
    const token = { token: shop.owner.accessToken };
    const res = await client.get(`/promotions?teamId=${shop.teamId}`, token);
    expectJson(res);
    expectPage(res.body, expectPromotion);
    expect(res.body.rows.map((p: Json) => p.id)).toEqual([draft.id, approved.id]);
    const filtered = await client.get(
      `/promotions?teamId=${shop.teamId}&status=approved&productId=${shop.productIds[0]}&activeAt=${encodeURIComponent(daysFromNow(1))}`,
      token,
    );
    expectJson(filtered);
    expect(filtered.body).toMatchObject({ total: 1, page: 1, totalPages: 1 });
    expect(filtered.body.rows[0].id).toBe(approved.id);
    const all = await client.get("/promotions?sort=createdAt", token);
    expectJson(all);
    expect(all.body.rows.map((p: Json) => p.id)).toEqual([approved.id, draft.id]);
  },

  "GET /promotions/:id": async ({ client, node }) => {
    const shop = await newShop(client);
    const promotion = await newPromotion(client, shop);
    const res = await client.get(`/promotions/${promotion.id}`, { token: shop.owner.accessToken });
    expectJson(res);
    expectPromotion(res.body);
    expect(res.body).toEqual(promotion);
    const stranger = await signup(client);
    expectProblem(
      await client.get(`/promotions/${promotion.id}`, { token: stranger.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },

  "PATCH /promotions/:id": async ({ client }) => {
    const shop = await newShop(client);
    const approved = await approvedPromotion(client, shop);
    const res = await client.patch(
      `/promotions/${approved.id}`,
      { name: "Summer sale", lines: [{ productId: shop.productIds[2], type: "percent", value: 33.33 }] },
      { token: shop.owner.accessToken },
    );
    expectJson(res);
    expectPromotion(res.body);
    expect(res.body).toMatchObject({
      id: approved.id,
      name: "Summer sale",
      status: "draft",
      approvedBy: null,
      lines: [{ productId: shop.productIds[2], type: "percent", value: 33.33 }],
    });
  },

  "DELETE /promotions/:id": async ({ client, node }) => {
    const shop = await newShop(client);
    const promotion = await newPromotion(client, shop);
    const res = await client.delete(`/promotions/${promotion.id}`, { token: shop.owner.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(
      await client.get(`/promotions/${promotion.id}`, { token: shop.owner.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },

  "POST /promotions/:id/submit": async ({ client, node }) => {
    const shop = await newShop(client);
    const promotion = await newPromotion(client, shop);
    const res = await client.post(`/promotions/${promotion.id}/submit`, {}, { token: shop.owner.accessToken });
    expectJson(res);
    expectPromotion(res.body);
    expect(res.body).toMatchObject({ id: promotion.id, status: "pending" });
    const again = await client.post(`/promotions/${promotion.id}/submit`, {}, { token: shop.owner.accessToken });
    expectProblem(again, 409, "INVALID_TRANSITION", node);
  },

  "POST /promotions/:id/approve": async ({ client, node }) => {
    const shop = await newShop(client);
    const pending = await pendingPromotion(client, shop);
    const own = await client.post(`/promotions/${pending.id}/approve`, {}, { token: shop.owner.accessToken });
    expectProblem(own, 403, "SELF_APPROVAL", node);
    const res = await client.post(`/promotions/${pending.id}/approve`, {}, { token: shop.reviewer.accessToken });
    expectJson(res);
    expectPromotion(res.body);
    expect(res.body).toMatchObject({ status: "approved", approvedBy: shop.reviewer.user.id });
  },

  "POST /promotions/:id/reject": async ({ client, node }) => {
    const shop = await newShop(client);
    const pending = await pendingPromotion(client, shop);
    const token = { token: shop.reviewer.accessToken };
    const unexplained = await client.post(`/promotions/${pending.id}/reject`, {}, token);
    expectProblem(unexplained, 422, "VALIDATION_ERROR", node);
    expect(unexplained.body.errors.map((e: { field: string }) => e.field)).toEqual(["reason"]);
    const res = await client.post(`/promotions/${pending.id}/reject`, { reason: "Margins too thin" }, token);
    expectJson(res);
    expectPromotion(res.body);
    expect(res.body).toMatchObject({ status: "rejected", rejectionReason: "Margins too thin", approvedBy: null });
  },

  "POST /promotions/quote": async ({ client }) => {
    const shop = await newShop(client);
    const promotion = await approvedPromotion(client, shop, { usageLimit: 1 });
    const res = await client.post("/promotions/quote", basket(shop), { token: shop.owner.accessToken });
    expectJson(res);
    expectQuote(res.body);
    expect(res.body).toMatchObject({ subtotalCents: 3000, discountCents: 350, totalCents: 2650 });
    expect(res.body.lines.map((l: Json) => l.applied)).toEqual([
      [{ promotionId: promotion.id, discountCents: 100 }],
      [{ promotionId: promotion.id, discountCents: 250 }],
      [],
    ]);
    // A quote uses nothing up.
    const after = await client.get(`/promotions/${promotion.id}`, { token: shop.owner.accessToken });
    expect(after.body.usageCount).toBe(0);
  },

  "POST /promotions/redeem": async ({ client }) => {
    const shop = await newShop(client);
    await approvedPromotion(client, shop, { usageLimit: 1 });
    const token = { token: shop.owner.accessToken };
    const at = daysFromNow(0);
    const res = await client.post("/promotions/redeem", basket(shop, { customerId: shop.customerId, at }), token);
    expectJson(res, 201);
    expectRedemption(res.body);
    expect(res.body).toMatchObject({ customerId: shop.customerId, at, discountCents: 350, totalCents: 2650 });
    expect(res.headers.get("location")).toBe(`/api/v1/promotions/redemptions/${res.body.id}`);
    // The budget is spent: the next redemption pays full price.
    const next = await client.post("/promotions/redeem", basket(shop), token);
    expectJson(next, 201);
    expect(next.body).toMatchObject({ customerId: null, discountCents: 0, totalCents: 3000 });
  },

  "GET /promotions/redemptions/:id": async ({ client, node }) => {
    const shop = await newShop(client);
    await approvedPromotion(client, shop);
    const redeemed = await client.post("/promotions/redeem", basket(shop), { token: shop.owner.accessToken });
    expectJson(redeemed, 201);
    const res = await client.get(`/promotions/redemptions/${redeemed.body.id}`, { token: shop.reviewer.accessToken });
    expectJson(res);
    expectRedemption(res.body);
    expect(res.body).toEqual(redeemed.body);
    const stranger = await signup(client);
    expectProblem(
      await client.get(`/promotions/redemptions/${redeemed.body.id}`, { token: stranger.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },
};
