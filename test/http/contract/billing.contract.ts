/** Contract cases for billing: tiers, a team's account and card, top-ups, subscriptions, lists, the webhook, admin routes. */
import { randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { expect } from "vitest";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  signup,
  signupAdmin,
  startTestNode,
  type ApiClient,
  type SessionBody,
} from "../../support/testkit.js";
import { expectPage, type ContractCases } from "./context.js";

const uuid = () => expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoDate = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const nullable = (matcher: unknown) => expect.toBeOneOf([null, matcher]);

/** Exactly these keys, each matching. */
function expectExactly(body: unknown, shape: Record<string, unknown>): void {
  expect(body).toEqual(shape);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(shape).sort());
}

function expectTier(body: unknown): void {
  expectExactly(body, {
    id: expect.stringMatching(/^(free|pro|team)$/),
    name: expect.any(String),
    rank: expect.any(Number),
    priceCents: expect.any(Number),
    currency: "USD",
    requestsPerMonth: expect.any(Number),
    overageCentsPer100: nullable(expect.any(Number)),
  });
}

function expectAccount(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    teamId: uuid(),
    tier: expect.stringMatching(/^(free|pro|team)$/),
    status: expect.stringMatching(/^(active|closed)$/),
    currency: "USD",
    balanceCents: expect.any(Number),
    periodStart: isoDate(),
    periodEnd: isoDate(),
    pendingTier: nullable(expect.stringMatching(/^(free|pro|team)$/)),
    paymentMethod: nullable({ brand: expect.any(String), last4: expect.stringMatching(/^\d{4}$/) }),
    createdAt: isoDate(),
    updatedAt: isoDate(),
  });
}

function expectCharge(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    teamId: uuid(),
    purpose: expect.stringMatching(/^(topup|upgrade|renewal)$/),
    tier: nullable(expect.stringMatching(/^(free|pro|team)$/)),
    amountCents: expect.any(Number),
    currency: "USD",
    status: expect.stringMatching(/^(pending|succeeded|failed)$/),
    failureReason: nullable(expect.any(String)),
    createdAt: isoDate(),
    updatedAt: isoDate(),
  });
}

function expectEntry(body: unknown): void {
  expectExactly(body, {
    id: uuid(),
    deltaCents: expect.any(Number),
    balanceAfterCents: expect.any(Number),
    reason: expect.stringMatching(/^(topup|usage|adjustment|renewal|refund)$/),
    reference: expect.any(String),
    idempotencyKey: expect.any(String),
    createdAt: isoDate(),
  });
}

interface BillingTeam {
  owner: SessionBody;
  teamId: string;
  token: string;
}

async function newTeam(client: ApiClient, card?: string): Promise<BillingTeam> {
  const owner = await signup(client);
  const team = await client.post("/teams", { name: "Billing team" }, { token: owner.accessToken });
  expectJson(team, 201);
  const billing = { owner, teamId: team.body.id as string, token: owner.accessToken };
  if (card) {
    const set = await client.put(`/teams/${billing.teamId}/billing/payment-method`, { token: card }, billing);
    expectJson(set);
  }
  return billing;
}

const key = () => ({ "Idempotency-Key": randomUUID() });

/** Tops up and waits for the provider's webhook to settle the charge. */
async function toppedUp(client: ApiClient, team: BillingTeam, amountCents: number): Promise<string> {
  const res = await client.post(`/teams/${team.teamId}/billing/top-ups`, { amountCents }, { ...team, headers: key() });
  expectJson(res, 202);
  await eventually(async () => {
    const account = await client.get(`/teams/${team.teamId}/billing`, team);
    expect(account.body.balanceCents).toBeGreaterThanOrEqual(amountCents);
  });
  return res.body.id;
}

export const cases: ContractCases = {
  "GET /billing/tiers": async ({ client }) => {
    const res = await client.get("/billing/tiers");
    expectJson(res);
    expectPage(res.body, expectTier);
    expect(res.body.rows.map((t: { id: string; rank: number }) => [t.id, t.rank])).toEqual([
      ["free", 0],
      ["pro", 1],
      ["team", 2],
    ]);
    expect(res.body.rows[1]).toMatchObject({ priceCents: 2_900, requestsPerMonth: 100_000, overageCentsPer100: 1 });
  },

  "GET /teams/:id/billing": async ({ client, node }) => {
    const team = await newTeam(client);
    const res = await client.get(`/teams/${team.teamId}/billing`, team);
    expectJson(res);
    expectAccount(res.body);
    expect(res.body).toMatchObject({ teamId: team.teamId, tier: "free", balanceCents: 0, paymentMethod: null });
    const stranger = await signup(client);
    expectProblem(
      await client.get(`/teams/${team.teamId}/billing`, { token: stranger.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },

  "PUT /teams/:id/billing/payment-method": async ({ client, node }) => {
    const team = await newTeam(client);
    const res = await client.put(`/teams/${team.teamId}/billing/payment-method`, { token: "tok_visa" }, team);
    expectJson(res);
    expectAccount(res.body);
    expect(res.body.paymentMethod).toEqual({ brand: "visa", last4: "4242" });
    const bad = await client.put(`/teams/${team.teamId}/billing/payment-method`, { token: "tok_mastercard" }, team);
    expectProblem(bad, 422, "VALIDATION_ERROR", node);
    expect(bad.body.errors).toEqual([{ field: "token", message: expect.any(String) }]);
  },

  "POST /teams/:id/billing/subscription": async ({ client }) => {
    const team = await newTeam(client, "tok_visa");
    const res = await client.post(`/teams/${team.teamId}/billing/subscription`, { tier: "pro" }, team);
    expectJson(res);
    expectExactly(res.body, { account: expect.any(Object), charge: expect.any(Object) });
    expectAccount(res.body.account);
    expectCharge(res.body.charge);
    expect(res.body.charge).toMatchObject({ purpose: "upgrade", tier: "pro", status: "pending" });
    await eventually(async () => {
      expect((await client.get(`/teams/${team.teamId}/billing`, team)).body.tier).toBe("pro");
    });
    const down = await client.post(`/teams/${team.teamId}/billing/subscription`, { tier: "free" }, team);
    expectJson(down);
    expect(down.body).toMatchObject({ account: { tier: "pro", pendingTier: "free" }, charge: null });
  },

  "POST /teams/:id/billing/top-ups": async ({ client, node }) => {
    const team = await newTeam(client, "tok_visa");
    const res = await client.post(
      `/teams/${team.teamId}/billing/top-ups`,
      { amountCents: 5_000 },
      {
        ...team,
        headers: key(),
      },
    );
    expectJson(res, 202);
    expectCharge(res.body);
    expect(res.body).toMatchObject({ purpose: "topup", amountCents: 5_000, status: "pending", tier: null });
    const tooSmall = await client.post(
      `/teams/${team.teamId}/billing/top-ups`,
      { amountCents: 10 },
      {
        ...team,
        headers: key(),
      },
    );
    expectProblem(tooSmall, 422, "VALIDATION_ERROR", node);
    expect(tooSmall.body.errors[0].field).toBe("amountCents");
  },

  "GET /teams/:id/billing/charges": async ({ client }) => {
    const team = await newTeam(client, "tok_visa");
    const chargeId = await toppedUp(client, team, 700);
    const res = await client.get(`/teams/${team.teamId}/billing/charges`, team);
    expectJson(res);
    expectPage(res.body, expectCharge);
    expect(res.body.rows).toEqual([expect.objectContaining({ id: chargeId, status: "succeeded" })]);
    expect(res.body.total).toBe(1);
  },

  "GET /teams/:id/billing/ledger": async ({ client }) => {
    const team = await newTeam(client, "tok_visa");
    const chargeId = await toppedUp(client, team, 800);
    const res = await client.get(`/teams/${team.teamId}/billing/ledger`, team);
    expectJson(res);
    expectPage(res.body, expectEntry);
    expect(res.body.rows).toEqual([
      expect.objectContaining({ deltaCents: 800, balanceAfterCents: 800, reason: "topup", reference: chargeId }),
    ]);
  },

  "POST /billing/webhooks/:provider": async ({ client, node }) => {
    const secret = node.config.billing.webhookSecrets[0];
    const body = JSON.stringify({ type: "invoice.created", data: { id: "in_1" } });
    const id = `msg_${randomUUID()}`;
    const now = new Date();
    const headers = {
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": new Webhook(secret).sign(id, now, body),
    };
    const res = await client.post("/billing/webhooks/fake", body, { headers });
    expectJson(res);
    expect(res.body).toEqual({ received: true, outcome: "ignored" });
    const unsigned = await client.post("/billing/webhooks/fake", body);
    expectProblem(unsigned, 401, "INVALID_SIGNATURE", node);
  },

  "POST /admin/billing/adjustments": async ({ client, admin, node }) => {
    const team = await newTeam(client);
    await client.get(`/teams/${team.teamId}/billing`, team);
    const res = await client.post(
      "/admin/billing/adjustments",
      { teamId: team.teamId, deltaCents: 1_250, reason: "refund", reference: "ticket-1" },
      { token: admin.accessToken, headers: key() },
    );
    expectJson(res, 201);
    expectEntry(res.body);
    expect(res.body).toMatchObject({ deltaCents: 1_250, balanceAfterCents: 1_250, reason: "refund" });
    const below = await client.post(
      "/admin/billing/adjustments",
      { teamId: team.teamId, deltaCents: -2_000, reference: "ticket-2" },
      { token: admin.accessToken, headers: key() },
    );
    expectProblem(below, 409, "INSUFFICIENT_BALANCE", node);
  },

  "POST /admin/clock": async ({ client, admin, node }) => {
    // The shared node runs without TEST_CLOCK: the route is there, the clock is not.
    const off = await client.post("/admin/clock", { advanceSeconds: 60 }, { token: admin.accessToken });
    expectProblem(off, 404, "NOT_FOUND", node);
    const clocked = await startTestNode({ TEST_CLOCK: "1" });
    try {
      const own = api(clocked.baseUrl);
      const boss = await signupAdmin(own, clocked.broker);
      const before = Date.now();
      const res = await own.post("/admin/clock", { advanceSeconds: 86_400 }, { token: boss.accessToken });
      expectJson(res);
      expectExactly(res.body, { now: isoDate(), offsetSeconds: 86_400, periodsEnded: expect.any(Number) });
      expect(Date.parse(res.body.now)).toBeGreaterThanOrEqual(before + 86_400_000);
    } finally {
      await clocked.stop();
    }
  },
};
