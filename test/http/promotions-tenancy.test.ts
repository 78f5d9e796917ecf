/**
 * Promotions across teams and against forged bodies: another team's promotions and redemptions are
 * 404 on every route; a promotion or basket may name only its own team's products and customers;
 * status, counters, authors, team and computed amounts in bodies are ignored.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  type ApiClient,
  type Json,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";
import {
  approvedPromotion,
  basket,
  newPromotion,
  newShop,
  pendingPromotion,
  promotionBody,
  type Shop,
} from "./contract/promotions.contract.js";

let node: TestNode;
let client: ApiClient;
let home: Shop;
let away: Shop;
/** An editor of both teams: a forged reference from one team into the other would pass a naive check. */
let both: SessionBody;
let homePromotion: Json;
let homeRedemption: Json;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  [home, away] = await Promise.all([newShop(client, "Home"), newShop(client, "Away")]);
  both = await signup(client);
  await addMember(client, home.teamId, home.owner, both, "editor");
  await addMember(client, away.teamId, away.owner, both, "editor");
  homePromotion = await approvedPromotion(client, home);
  const redeemed = await client.post("/promotions/redeem", basket(home), { token: home.owner.accessToken });
  expectJson(redeemed, 201);
  homeRedemption = redeemed.body;
});
afterAll(() => node.stop());

const fields = (res: { body: Json }) => (res.body.errors as { field: string }[]).map((e) => e.field);

describe("another team's administrator", () => {
  const token = () => ({ token: away.owner.accessToken });

  it.each([
    ["GET", "/promotions/:id", undefined],
    ["PATCH", "/promotions/:id", { name: "Taken over" }],
    ["DELETE", "/promotions/:id", undefined],
    ["POST", "/promotions/:id/submit", {}],
    ["POST", "/promotions/:id/approve", {}],
    ["POST", "/promotions/:id/reject", { reason: "Mine now" }],
  ])("gets 404 on %s %s", async (method, route, sent) => {
    const res = await client.request(method, route.replace(":id", homePromotion.id), { ...token(), body: sent });
    expectProblem(res, 404, "NOT_FOUND", node);
  });

  it("gets 404 on the redemption, and on a team-scoped call naming the other team", async () => {
    expectProblem(await client.get(`/promotions/redemptions/${homeRedemption.id}`, token()), 404, "NOT_FOUND", node);
    for (const [path, sent] of [
      ["/promotions", promotionBody(home)],
      ["/promotions/quote", basket(home)],
      ["/promotions/redeem", basket(home)],
    ] as const) {
      expectProblem(await client.post(path, sent, token()), 404, "NOT_FOUND", node);
    }
    expectProblem(await client.get(`/promotions?teamId=${home.teamId}`, token()), 404, "NOT_FOUND", node);
  });

  it("lists none of them and changed nothing", async () => {
    const mine = await client.get("/promotions?pageSize=100", token());
    expectJson(mine);
    expect(mine.body.rows.every((p: Json) => p.teamId === away.teamId)).toBe(true);
    const still = await client.get(`/promotions/${homePromotion.id}`, { token: home.owner.accessToken });
    expectJson(still);
    expect(still.body).toMatchObject({ name: homePromotion.name, status: "approved", usageCount: 1 });
  });

  it("prices its own baskets without them, even for the same product ids", async () => {
    const quote = await client.post("/promotions/quote", { ...basket(home), teamId: away.teamId }, token());
    expectJson(quote);
    expect(quote.body.discountCents).toBe(0);
  });
});

describe("references into another team", () => {
  const token = () => ({ token: both.accessToken });

  it("refuse a line naming another team's product, by its index", async () => {
    const res = await client.post(
      "/promotions",
      promotionBody(away, {
        lines: [
          { productId: away.productIds[0], type: "percent", value: 5 },
          { productId: home.productIds[0], type: "percent", value: 5 },
        ],
      }),
      token(),
    );
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(fields(res)).toEqual(["lines[1].productId"]);
  });

  it("refuse another team's customer on a promotion, a PATCH, a quote and a redemption", async () => {
    const created = await client.post("/promotions", promotionBody(away, { customerId: home.customerId }), token());
    expectProblem(created, 422, "VALIDATION_ERROR", node);
    expect(fields(created)).toEqual(["customerId"]);
    const promotion = await newPromotion(client, away, {}, both.accessToken);
    const patched = await client.patch(`/promotions/${promotion.id}`, { customerId: home.customerId }, token());
    expectProblem(patched, 422, "VALIDATION_ERROR", node);
    expect(fields(patched)).toEqual(["customerId"]);
    for (const path of ["/promotions/quote", "/promotions/redeem"]) {
      const res = await client.post(path, basket(away, { customerId: home.customerId }), token());
      expectProblem(res, 422, "VALIDATION_ERROR", node);
      expect(fields(res)).toEqual(["customerId"]);
    }
  });

  it("answer 422 naming id for an id that is no UUID (also /promotions/redemptions without one)", async () => {
    for (const path of ["/promotions/not-a-uuid", "/promotions/redemptions", "/promotions/redemptions/42"]) {
      const res = await client.get(path, token());
      expectProblem(res, 422, "VALIDATION_ERROR", node);
      expect(fields(res)).toEqual(["id"]);
    }
  });
});

describe("forged fields in bodies", () => {
  const owner = () => ({ token: home.owner.accessToken });

  it("POST /promotions derives id, status, counters and authors itself", async () => {
    const forged = randomUUID();
    const res = await client.post(
      "/promotions",
      promotionBody(home, {
        id: forged,
        status: "approved",
        usageCount: 99,
        approvedBy: home.reviewer.user.id,
        createdBy: home.reviewer.user.id,
        rejectionReason: "forged",
        revision: 7,
        createdAt: "2000-01-01T00:00:00Z",
      }),
      owner(),
    );
    expectJson(res, 201);
    expect(res.body.id).not.toBe(forged);
    expect(res.body).toMatchObject({
      status: "draft",
      usageCount: 0,
      approvedBy: null,
      createdBy: home.owner.user.id,
      rejectionReason: null,
    });
    expect(res.body.createdAt).not.toBe("2000-01-01T00:00:00.000Z");
  });

  it("PATCH /promotions/:id keeps team, status, counters and authors", async () => {
    const promotion = await approvedPromotion(client, home, { usageLimit: 5 });
    const res = await client.patch(
      `/promotions/${promotion.id}`,
      {
        description: "Changed",
        teamId: away.teamId,
        status: "approved",
        usageCount: 4,
        approvedBy: home.reviewer.user.id,
        createdBy: home.reviewer.user.id,
      },
      owner(),
    );
    expectJson(res);
    expect(res.body).toMatchObject({
      id: promotion.id,
      teamId: home.teamId,
      description: "Changed",
      status: "draft",
      usageCount: 0,
      approvedBy: null,
      createdBy: home.owner.user.id,
    });
  });

  it("workflow steps take no status or approver from the body", async () => {
    const draft = await newPromotion(client, home);
    const submitted = await client.post(`/promotions/${draft.id}/submit`, { status: "approved" }, owner());
    expectJson(submitted);
    expect(submitted.body.status).toBe("pending");
    const pending = await pendingPromotion(client, home);
    const approved = await client.post(
      `/promotions/${pending.id}/approve`,
      { approvedBy: home.owner.user.id, status: "rejected" },
      { token: home.reviewer.accessToken },
    );
    expectJson(approved);
    expect(approved.body).toMatchObject({ status: "approved", approvedBy: home.reviewer.user.id });
  });

  it("a redemption computes its own amounts and id", async () => {
    const forged = randomUUID();
    const sent = basket(home, { id: forged, discountCents: 3000, totalCents: 0, createdBy: home.reviewer.user.id });
    sent.lines[0] = { ...sent.lines[0], discountCents: 1000, applied: [{ promotionId: forged, discountCents: 1000 }] };
    const res = await client.post("/promotions/redeem", sent, owner());
    expectJson(res, 201);
    expect(res.body.id).not.toBe(forged);
    expect(res.body.subtotalCents).toBe(3000);
    expect(res.body.totalCents).toBe(res.body.subtotalCents - res.body.discountCents);
    expect(res.body.lines[0].applied.every((a: Json) => a.promotionId !== forged)).toBe(true);
  });
});
