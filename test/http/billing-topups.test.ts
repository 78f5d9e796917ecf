/**
 * Top-ups over HTTP, as the "done when" reads: a team administrator adds tok_visa, tops up
 * 5,000 cents with an Idempotency-Key (a replay, a mismatch and a concurrent retry change nothing),
 * sees the balance once the provider's webhook lands, upgrades to pro, and sees a downgrade wait for
 * the period end on the test clock. The fake provider's webhooks go to this node's own gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  signupAdmin,
  type ApiClient,
  type SessionBody,
  type TestNode,
  startTestNode,
} from "../support/testkit.js";
import {
  accountOf,
  billingEvents,
  billingRows,
  billingTeam,
  chargesOf,
  idempotencyKey,
  settled,
  topUp,
} from "./billing-kit.js";
import { Idempotency } from "../../services/api/idempotency.js";

let node: TestNode;
let client: ApiClient;
let admin: SessionBody;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0", TEST_CLOCK: "1" });
  client = api(node.baseUrl);
  admin = await signupAdmin(client, node.broker);
});
afterAll(() => node?.stop());

describe("a team administrator, over HTTP alone", () => {
  it("adds a card, tops up with a key, sees the balance, upgrades, and sees a downgrade wait for the period end", async () => {
    const team = await billingTeam(client);
    const card = await client.put(`/teams/${team.teamId}/billing/payment-method`, { token: "tok_visa" }, team);
    expectJson(card);
    expect(card.body.paymentMethod).toEqual({ brand: "visa", last4: "4242" });

    const first = await topUp(client, team, 5_000, "done-when-1");
    expectJson(first, 202);
    expect(first.body).toMatchObject({ purpose: "topup", amountCents: 5_000, status: "pending" });
    const replay = await topUp(client, team, 5_000, "done-when-1");
    expect(replay.status).toBe(202);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(first.body);

    await eventually(async () => expect((await accountOf(client, team)).balanceCents).toBe(5_000));
    expect(await chargesOf(client, team)).toHaveLength(1);

    const upgrade = await client.post(`/teams/${team.teamId}/billing/subscription`, { tier: "pro" }, team);
    expectJson(upgrade);
    expect(upgrade.body.charge).toMatchObject({ purpose: "upgrade", tier: "pro", status: "pending" });
    expect(await settled(client, team, upgrade.body.charge.id)).toMatchObject({ status: "succeeded" });
    expect(await accountOf(client, team)).toMatchObject({ tier: "pro", balanceCents: 5_000 });

    const downgrade = await client.post(`/teams/${team.teamId}/billing/subscription`, { tier: "free" }, team);
    expectJson(downgrade);
    expect(downgrade.body).toMatchObject({ account: { tier: "pro", pendingTier: "free" }, charge: null });

    const { periodEnd } = await accountOf(client, team);
    const clock = await client.post(
      "/admin/clock",
      { advanceSeconds: Math.ceil((Date.parse(periodEnd) - Date.now()) / 1000) + 3_600 },
      { token: admin.accessToken },
    );
    expectJson(clock);
    expect(clock.body.periodsEnded).toBeGreaterThanOrEqual(1);
    expect(await accountOf(client, team)).toMatchObject({
      tier: "free",
      pendingTier: null,
      periodStart: periodEnd,
      balanceCents: 5_000,
    });
    // Free renews for nothing: no charge beyond the top-up and the upgrade.
    expect((await chargesOf(client, team)).map((c) => c.purpose).sort()).toEqual(["topup", "upgrade"]);
    const changes = (await billingEvents(node, team.teamId)).filter((e) => e.type === "SubscriptionChanged");
    expect(changes.map((e) => [e.event.previousTier, e.event.account.tier, e.event.account.pendingTier])).toEqual([
      ["free", "pro", ""],
      ["pro", "pro", "free"],
      ["pro", "free", ""],
    ]);
  });
});

describe("the top-up Idempotency-Key", () => {
  it("is required: without it nothing is charged", async () => {
    const team = await billingTeam(client, "tok_visa");
    const res = await client.post(`/teams/${team.teamId}/billing/top-ups`, { amountCents: 1_000 }, team);
    expectProblem(res, 400, "IDEMPOTENCY_KEY_REQUIRED", node);
    expect(await chargesOf(client, team)).toEqual([]);
  });

  it("answers another amount under the same key 422 and charges nothing more", async () => {
    const team = await billingTeam(client, "tok_visa");
    const first = await topUp(client, team, 1_000, "mismatch-key");
    expectJson(first, 202);
    const other = await topUp(client, team, 2_000, "mismatch-key");
    expectProblem(other, 422, "IDEMPOTENCY_KEY_REUSED", node);
    await settled(client, team, first.body.id);
    expect(await chargesOf(client, team)).toHaveLength(1);
    expect((await accountOf(client, team)).balanceCents).toBe(1_000);
  });

  it("lets eight concurrent retries of one top-up charge the card once", async () => {
    const team = await billingTeam(client, "tok_visa");
    const answers = await Promise.all(Array.from({ length: 8 }, () => topUp(client, team, 2_500, "concurrent-key")));
    // The first runs; the others wait their turn (409 while it runs) or get its answer replayed.
    for (const answer of answers) expect([202, 409]).toContain(answer.status);
    const accepted = answers.filter((a) => a.status === 202);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(new Set(accepted.map((a) => a.body.id)).size).toBe(1);
    for (const busy of answers.filter((a) => a.status === 409)) {
      expectProblem(busy, 409, "IDEMPOTENCY_KEY_IN_USE", node);
    }
    const charges = await chargesOf(client, team);
    expect(charges).toHaveLength(1);
    await settled(client, team, charges[0].id);
    expect((await accountOf(client, team)).balanceCents).toBe(2_500);
  });

  it("treats the same key on two teams as two top-ups", async () => {
    const [a, b] = [await billingTeam(client, "tok_visa"), await billingTeam(client, "tok_visa")];
    const [ra, rb] = [await topUp(client, a, 600, "shared-key"), await topUp(client, b, 600, "shared-key")];
    expectJson(ra, 202);
    expectJson(rb, 202);
    expect(ra.body.id).not.toBe(rb.body.id);
  });
});

describe("past the gateway's 24 hours", () => {
  /** The gateway forgets every key, as it does after 24 h (or as another gateway without Redis never knew them). */
  function forgetKeys(): void {
    const gateway = node.broker.getLocalService("api") as unknown as { idempotency: Idempotency };
    void gateway.idempotency.close();
    gateway.idempotency = Idempotency.open({
      redisUrl: null,
      prefix: "forgotten",
      callTimeoutMs: 10_000,
      logger: { warn: () => undefined },
    });
  }

  it("answers a top-up's key with the same charge for good, and another amount under it 422", async () => {
    const team = await billingTeam(client, "tok_visa");
    const first = await topUp(client, team, 1_500, "kept-for-good");
    expectJson(first, 202);
    await settled(client, team, first.body.id);
    forgetKeys();
    const again = await topUp(client, team, 1_500, "kept-for-good");
    expectJson(again, 202);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    expect(again.body.id).toBe(first.body.id);
    forgetKeys();
    expectProblem(await topUp(client, team, 1_600, "kept-for-good"), 422, "IDEMPOTENCY_KEY_REUSED", node);
    expect(await chargesOf(client, team)).toHaveLength(1);
    expect((await accountOf(client, team)).balanceCents).toBe(1_500);
  });

  it("moves an admin adjustment once per key, however late the retry", async () => {
    const team = await billingTeam(client);
    const adjust = () =>
      client.post(
        "/admin/billing/adjustments",
        { teamId: team.teamId, deltaCents: 4_000, reference: "goodwill" },
        { token: admin.accessToken, headers: idempotencyKey("adjust-once") },
      );
    const first = await adjust();
    expectJson(first, 201);
    forgetKeys();
    const again = await adjust();
    expectJson(again, 201);
    expect(again.body).toEqual(first.body);
    expect(first.body.idempotencyKey).toBe("adjustment:adjust-once");
    expect((await accountOf(client, team)).balanceCents).toBe(4_000);
  });
});

describe("top-up refusals", () => {
  it("answers 409 without a card, 422 for amounts out of range, and ignores forged fields", async () => {
    const team = await billingTeam(client);
    expectProblem(await topUp(client, team, 1_000), 409, "PAYMENT_METHOD_REQUIRED", node);
    await client.put(`/teams/${team.teamId}/billing/payment-method`, { token: "tok_visa" }, team);
    for (const amountCents of [0, 49, -100, 10.5, 2_000_000_000, "1000x"]) {
      const res = await client.post(
        `/teams/${team.teamId}/billing/top-ups`,
        { amountCents },
        { token: team.token, headers: idempotencyKey() },
      );
      expectProblem(res, 422, "VALIDATION_ERROR", node);
      expect(res.body.errors[0].field).toBe("amountCents");
    }
    const forged = await client.post(
      `/teams/${team.teamId}/billing/top-ups`,
      { amountCents: 100, status: "succeeded", teamId: "00000000-0000-4000-8000-000000000000", balanceCents: 1e6 },
      { token: team.token, headers: idempotencyKey() },
    );
    expectJson(forged, 202);
    expect(forged.body).toMatchObject({ status: "pending", teamId: team.teamId, amountCents: 100 });
    expect((await accountOf(client, team)).balanceCents).toBe(0);
  });

  it("keeps a declined top-up failed with its reason and the balance untouched", async () => {
    const team = await billingTeam(client, "tok_chargeDeclined");
    const res = await topUp(client, team, 3_000);
    expectJson(res, 202);
    expect(await settled(client, team, res.body.id)).toMatchObject({
      status: "failed",
      failureReason: "card_declined",
    });
    expect((await accountOf(client, team)).balanceCents).toBe(0);
    const ledger = await billingRows(node, "SELECT id FROM billing_ledger WHERE team_id = $1", [team.teamId]);
    expect(ledger).toEqual([]);
    const failed = (await billingEvents(node, team.teamId)).filter((e) => e.type === "ChargeFailed");
    expect(failed.map((e) => e.event.failureReason)).toEqual(["card_declined"]);
  });
});
