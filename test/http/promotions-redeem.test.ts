/**
 * Quote and redeem over HTTP, end to end: a team's products and customer, a promotion drafted, submitted
 * and approved by another administrator, quoted, redeemed and the redemption read back, its history in
 * audit; and redeem under an Idempotency-Key (DESIGN §4): a replay answers the first redemption without
 * spending another use, another body is 422, the same key while the first still runs is 409.
 */
import { randomUUID } from "node:crypto";
import type { Service } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  startTestNode,
  type ApiClient,
  type ApiResponse,
  type Json,
  type TestNode,
} from "../support/testkit.js";
import {
  approvedPromotion,
  daysFromNow,
  expectPromotion,
  expectQuote,
  expectRedemption,
  newShop,
  type Shop,
} from "./contract/promotions.contract.js";

let node: TestNode;
let client: ApiClient;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
});
afterAll(() => node.stop());

describe("a promotion from draft to redemption", () => {
  let shop: Shop;
  let promotion: Json;
  let extra: Json;
  const owner = () => ({ token: shop.owner.accessToken });
  const reviewer = () => ({ token: shop.reviewer.accessToken });
  const [tea, mug, pot] = [0, 1, 2];

  beforeAll(async () => {
    shop = await newShop(client, "Tea shop");
  });

  it("is drafted for a customer, submitted, refused to its author and approved by another administrator", async () => {
    const drafted = await client.post(
      "/promotions",
      {
        teamId: shop.teamId,
        name: "Loyal customer",
        customerId: shop.customerId,
        validFrom: daysFromNow(-1),
        validThru: daysFromNow(7),
        combinable: true,
        priority: 2,
        usageLimit: 2,
        lines: [
          { productId: shop.productIds[tea], type: "percent", value: 12.5 },
          { productId: shop.productIds[mug], type: "amount", value: 300 },
        ],
      },
      owner(),
    );
    expectJson(drafted, 201);
    expect(drafted.body.status).toBe("draft");
    const submitted = await client.post(`/promotions/${drafted.body.id}/submit`, {}, owner());
    expectJson(submitted);
    expect(submitted.body.status).toBe("pending");
    expectProblem(await client.post(`/promotions/${drafted.body.id}/approve`, {}, owner()), 403, "SELF_APPROVAL", node);
    const approved = await client.post(`/promotions/${drafted.body.id}/approve`, {}, reviewer());
    expectJson(approved);
    expectPromotion(approved.body);
    expect(approved.body).toMatchObject({ status: "approved", approvedBy: shop.reviewer.user.id });
    promotion = approved.body;
    // A second, combinable promotion for everyone on the tea.
    extra = await approvedPromotion(client, shop, {
      name: "Tea week",
      combinable: true,
      lines: [{ productId: shop.productIds[tea], type: "percent", value: 5 }],
    });
  });

  it("is quoted for its customer with the combinable promotions added up, and for nobody else", async () => {
    const lines = [
      { productId: shop.productIds[tea], quantity: 3, unitPriceCents: 999 },
      { productId: shop.productIds[mug], quantity: 2, unitPriceCents: 250 },
      { productId: shop.productIds[pot], quantity: 1, unitPriceCents: 4500 },
    ];
    const quote = await client.post(
      "/promotions/quote",
      { teamId: shop.teamId, customerId: shop.customerId, lines },
      { token: shop.owner.accessToken },
    );
    expectJson(quote);
    expectQuote(quote.body);
    // Tea: 2997 × 12.5 % = 374.625 → 375, + 2997 × 5 % = 149.85 → 150. Mug: 300 × 2 capped at the 500 subtotal.
    expect(quote.body).toEqual({
      lines: [
        {
          ...lines[0],
          subtotalCents: 2997,
          discountCents: 525,
          totalCents: 2472,
          applied: [
            { promotionId: promotion.id, discountCents: 375 },
            { promotionId: extra.id, discountCents: 150 },
          ],
        },
        {
          ...lines[1],
          subtotalCents: 500,
          discountCents: 500,
          totalCents: 0,
          applied: [{ promotionId: promotion.id, discountCents: 500 }],
        },
        { ...lines[2], subtotalCents: 4500, discountCents: 0, totalCents: 4500, applied: [] },
      ],
      subtotalCents: 7997,
      discountCents: 1025,
      totalCents: 6972,
    });
    const anonymous = await client.post("/promotions/quote", { teamId: shop.teamId, lines }, reviewer());
    expectJson(anonymous);
    expect(anonymous.body.discountCents).toBe(150);
  });

  it("is redeemed, readable at its Location, and spends one use of each promotion applied", async () => {
    const at = daysFromNow(0);
    const redeemed = await client.post(
      "/promotions/redeem",
      {
        teamId: shop.teamId,
        customerId: shop.customerId,
        at,
        lines: [{ productId: shop.productIds[tea], quantity: 1, unitPriceCents: 1000 }],
      },
      owner(),
    );
    expectJson(redeemed, 201);
    expectRedemption(redeemed.body);
    expect(redeemed.body).toMatchObject({ customerId: shop.customerId, at, discountCents: 175, totalCents: 825 });
    const location = redeemed.headers.get("location") as string;
    expect(location).toBe(`/api/v1/promotions/redemptions/${redeemed.body.id}`);
    const read = await api(node.baseUrl, "").get(location, reviewer());
    expectJson(read);
    expect(read.body).toEqual(redeemed.body);
    for (const [id, uses] of [
      [promotion.id, 1],
      [extra.id, 1],
    ] as const) {
      const current = await client.get(`/promotions/${id}`, owner());
      expect(current.body.usageCount).toBe(uses);
    }
    const history = await auditRows(client, shop.owner.accessToken, "promotion", promotion.id, [
      "Created",
      "ApprovalStatusChanged",
      "ApprovalStatusChanged",
      "Updated",
    ]);
    expect(history.map((e) => e.type)).toEqual([
      "Created",
      "ApprovalStatusChanged",
      "ApprovalStatusChanged",
      "Updated",
    ]);
    const [redemptionEvent] = await auditRows(client, shop.owner.accessToken, "redemption", redeemed.body.id, [
      "Redeemed",
    ]);
    expect(redemptionEvent).toMatchObject({ topic: "promotions", type: "Redeemed", teamId: shop.teamId });
  });

  it("stops applying a promotion once its usage limit is spent", async () => {
    const sent = {
      teamId: shop.teamId,
      customerId: shop.customerId,
      lines: [{ productId: shop.productIds[mug], quantity: 1, unitPriceCents: 1000 }],
    };
    const second = await client.post("/promotions/redeem", sent, owner());
    expectJson(second, 201);
    expect(second.body.discountCents).toBe(300);
    const third = await client.post("/promotions/redeem", sent, owner());
    expectJson(third, 201);
    expect(third.body).toMatchObject({ discountCents: 0, totalCents: 1000 });
    expect((await client.get(`/promotions/${promotion.id}`, owner())).body.usageCount).toBe(2);
    // A quote ignores usage: it still shows the discount, without spending anything.
    const quote = await client.post("/promotions/quote", sent, owner());
    expect(quote.body.discountCents).toBe(300);
  });
});

describe("redeem with an Idempotency-Key", () => {
  let shop: Shop;
  let promotion: Json;
  const sent = () => ({
    teamId: shop.teamId,
    lines: [{ productId: shop.productIds[0], quantity: 1, unitPriceCents: 1000 }],
  });
  const withKey = (key: string) => ({ token: shop.owner.accessToken, headers: { "Idempotency-Key": key } });
  const usageCount = async () =>
    (await client.get(`/promotions/${promotion.id}`, { token: shop.owner.accessToken })).body.usageCount as number;

  beforeAll(async () => {
    shop = await newShop(client, "Idempotent shop");
    promotion = await approvedPromotion(client, shop, { usageLimit: 10 });
  });

  function expectReplay(replay: ApiResponse, first: ApiResponse): void {
    expect(replay.status).toBe(first.status);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.headers.get("location")).toBe(first.headers.get("location"));
    expect(replay.body).toEqual(first.body);
  }

  it("replays the first redemption without spending another use; another body is 422", async () => {
    const key = `redeem-${randomUUID()}`;
    const first = await client.post("/promotions/redeem", sent(), withKey(key));
    expectJson(first, 201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const replay = await client.post("/promotions/redeem", sent(), withKey(key));
    expectReplay(replay, first);
    expect(await usageCount()).toBe(1);
    const other = { ...sent(), lines: [{ ...sent().lines[0], quantity: 2 }] };
    expectProblem(await client.post("/promotions/redeem", other, withKey(key)), 422, "IDEMPOTENCY_KEY_REUSED", node);
    expect(await usageCount()).toBe(1);
  });

  it("answers 409 to the same key while the first redemption still runs, then replays it", async () => {
    // Hold the service's redemption step until the concurrent request has been answered.
    const service = node.broker.getLocalService("promotions") as Service & {
      redeemBasket: (...a: unknown[]) => unknown;
    };
    const original = service.redeemBasket;
    let entered!: () => void;
    let release!: () => void;
    const running = new Promise<void>((resolve) => (entered = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    service.redeemBasket = async function held(this: Service, ...args: unknown[]) {
      entered();
      await released;
      return original.apply(this, args);
    };
    try {
      const key = `redeem-${randomUUID()}`;
      const firstCall = client.post("/promotions/redeem", sent(), withKey(key));
      await running;
      const concurrent = await client.post("/promotions/redeem", sent(), withKey(key));
      expectProblem(concurrent, 409, "IDEMPOTENCY_KEY_IN_USE", node);
      const before = await usageCount();
      release();
      const first = await firstCall;
      expectJson(first, 201);
      expectReplay(await client.post("/promotions/redeem", sent(), withKey(key)), first);
      expect(await usageCount()).toBe(before + 1);
    } finally {
      release();
      service.redeemBasket = original;
    }
  });
});
