/**
 * Subscriptions over HTTP on the test clock: an upgrade charges the prorated rest of the period and
 * applies once the provider confirms; a downgrade waits for the period end; a paid tier renews at the
 * period end, and a declined renewal falls back to free. Upgrade and downgrade follow tier rank, never
 * price.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  expectJson,
  expectProblem,
  signupAdmin,
  startTestNode,
  type ApiClient,
  type Json,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";
import { accountOf, billingEvents, billingTeam, chargesOf, settled, type BillingTeam } from "./billing-kit.js";

let node: TestNode;
let client: ApiClient;
let admin: SessionBody;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0", TEST_CLOCK: "1" });
  client = api(node.baseUrl);
  admin = await signupAdmin(client, node.broker);
});
afterAll(() => node?.stop());

/** Moves the platform clock; answers its new time. */
async function advance(seconds: number, on: { client: ApiClient; admin: SessionBody } = { client, admin }) {
  const res = await on.client.post("/admin/clock", { advanceSeconds: seconds }, { token: on.admin.accessToken });
  expectJson(res);
  return new Date(res.body.now);
}

/** The platform's current time (a zero-second move is refused, so one second). */
const platformNow = () => advance(1);

/** Moves the platform clock to `seconds` past `iso`. */
async function advancePast(iso: string, seconds = 60): Promise<void> {
  const now = await platformNow();
  await advance(Math.ceil((Date.parse(iso) - now.getTime()) / 1000) + seconds);
}

const subscribe = (team: BillingTeam, tier: string, on = client) =>
  on.post(`/teams/${team.teamId}/billing/subscription`, { tier }, team);

/** Upgrades and waits for the provider's confirmation. */
async function upgraded(team: BillingTeam, tier: string): Promise<Json> {
  const res = await subscribe(team, tier);
  expectJson(res);
  expect(await settled(client, team, res.body.charge.id)).toMatchObject({ status: "succeeded" });
  return res.body.charge;
}

/** What the rest of the period costs, as billing rounds it (half-even to the cent). */
function prorated(differenceCents: number, account: Json, now: Date): number {
  const start = Date.parse(account.periodStart);
  const end = Date.parse(account.periodEnd);
  return Math.round((differenceCents * (end - now.getTime())) / (end - start));
}

describe("an upgrade", () => {
  it("charges the price difference for the rest of the period and applies when the provider confirms", async () => {
    const team = await billingTeam(client, "tok_visa");
    const opened = await accountOf(client, team);
    const length = Date.parse(opened.periodEnd) - Date.parse(opened.periodStart);
    const now = await advance(Math.floor(length / 4000));
    const res = await subscribe(team, "pro");
    expectJson(res);
    // A quarter of the period gone: about three quarters of 2,900 (a few seconds of slack).
    expect(Math.abs(res.body.charge.amountCents - prorated(2_900, opened, now))).toBeLessThanOrEqual(2);
    expect(res.body.charge.amountCents).toBeGreaterThan(2_100);
    expect(res.body.charge.amountCents).toBeLessThan(2_250);
    expect(res.body.account.tier).toBe("free");
    await settled(client, team, res.body.charge.id);
    expect((await accountOf(client, team)).tier).toBe("pro");

    // pro → team: the difference (7,000) for what is left.
    const later = await platformNow();
    const toTeam = await subscribe(team, "team");
    expectJson(toTeam);
    expect(Math.abs(toTeam.body.charge.amountCents - prorated(7_000, opened, later))).toBeLessThanOrEqual(2);
    await settled(client, team, toTeam.body.charge.id);
    expect(await accountOf(client, team)).toMatchObject({ tier: "team", periodEnd: opened.periodEnd });
    const changed = (await billingEvents(node, team.teamId)).filter((e) => e.type === "SubscriptionChanged");
    expect(changed.map((e) => [e.event.previousTier, e.event.account.tier])).toEqual([
      ["free", "pro"],
      ["pro", "team"],
    ]);
  });

  it("leaves the tier alone when the card is declined", async () => {
    const team = await billingTeam(client, "tok_chargeDeclined");
    const res = await subscribe(team, "team");
    expectJson(res);
    expect(await settled(client, team, res.body.charge.id)).toMatchObject({
      status: "failed",
      failureReason: "card_declined",
    });
    expect((await accountOf(client, team)).tier).toBe("free");
    expect((await billingEvents(node, team.teamId)).map((e) => e.type)).not.toContain("SubscriptionChanged");
  });

  it("refuses without a card (409), to an unknown tier (422) and to the current tier (409)", async () => {
    const team = await billingTeam(client);
    expectProblem(await subscribe(team, "pro"), 409, "PAYMENT_METHOD_REQUIRED", node);
    const unknown = await subscribe(team, "platinum");
    expectProblem(unknown, 422, "VALIDATION_ERROR", node);
    expect(unknown.body.errors[0].field).toBe("tier");
    expectProblem(await subscribe(team, "free"), 409, "ALREADY_ON_TIER", node);
    expect(await chargesOf(client, team)).toEqual([]);
    expect((await billingEvents(node, team.teamId)).map((e) => e.type)).toEqual(["AccountCreated"]);
  });
});

describe("a downgrade", () => {
  it("waits for the period end, then applies without a charge; choosing the current tier cancels it", async () => {
    const team = await billingTeam(client, "tok_visa");
    await upgraded(team, "pro");
    const waiting = await subscribe(team, "free");
    expectJson(waiting);
    expect(waiting.body).toMatchObject({ account: { tier: "pro", pendingTier: "free" }, charge: null });
    const cancelled = await subscribe(team, "pro");
    expect(cancelled.body.account).toMatchObject({ tier: "pro", pendingTier: null });
    await subscribe(team, "free");

    const { periodEnd } = await accountOf(client, team);
    await advancePast(periodEnd, -3_600);
    expect(await accountOf(client, team)).toMatchObject({ tier: "pro", pendingTier: "free" });
    await advancePast(periodEnd);
    expect(await accountOf(client, team)).toMatchObject({ tier: "free", pendingTier: null, periodStart: periodEnd });
    expect((await chargesOf(client, team)).map((c) => c.purpose)).toEqual(["upgrade"]);
  });
});

describe("the period end", () => {
  it("renews a paid tier with a charge at its price for the new period", async () => {
    const team = await billingTeam(client, "tok_visa");
    await upgraded(team, "pro");
    const { periodEnd } = await accountOf(client, team);
    await advancePast(periodEnd);
    const renewal = (await chargesOf(client, team)).find((c) => c.purpose === "renewal");
    expect(renewal).toMatchObject({ tier: "pro", amountCents: 2_900 });
    expect(await settled(client, team, renewal.id)).toMatchObject({ status: "succeeded" });
    expect(await accountOf(client, team)).toMatchObject({ tier: "pro", periodStart: periodEnd });
  });

  it("falls back to free when the renewal is declined", async () => {
    const team = await billingTeam(client, "tok_visa");
    await upgraded(team, "team");
    await client.put(`/teams/${team.teamId}/billing/payment-method`, { token: "tok_chargeDeclined" }, team);
    const { periodEnd } = await accountOf(client, team);
    await advancePast(periodEnd);
    const renewal = (await chargesOf(client, team)).find((c) => c.purpose === "renewal");
    expect(renewal).toMatchObject({ tier: "team", amountCents: 9_900 });
    expect(await settled(client, team, renewal.id)).toMatchObject({ status: "failed", failureReason: "card_declined" });
    expect(await accountOf(client, team)).toMatchObject({ tier: "free", pendingTier: null });
    const last = (await billingEvents(node, team.teamId)).filter((e) => e.type === "SubscriptionChanged").at(-1)!;
    expect(last.event).toMatchObject({ previousTier: "team", account: { tier: "free" } });
    const failed = (await billingEvents(node, team.teamId)).filter((e) => e.type === "ChargeFailed");
    expect(failed.map((e) => e.event.charge.purpose)).toEqual(["renewal"]);
  });

  it("ends each period once however many sweeps run, and several periods in one move", async () => {
    const team = await billingTeam(client, "tok_visa");
    await upgraded(team, "pro");
    const { periodEnd } = await accountOf(client, team);
    const now = await platformNow();
    // Three months and a bit: the account lands in the period that contains the new time.
    await advance(Math.ceil((Date.parse(periodEnd) - now.getTime()) / 1000) + 62 * 86_400);
    await Promise.all(Array.from({ length: 4 }, () => advance(1)));
    const after = await accountOf(client, team);
    expect(Date.parse(after.periodStart)).toBeGreaterThan(Date.parse(periodEnd));
    const renewals = (await chargesOf(client, team)).filter((c) => c.purpose === "renewal");
    expect(renewals).toHaveLength(1);
  });
});

describe("tier rank, not price", () => {
  let ranked: TestNode;
  let rankedClient: ApiClient;
  let rankedAdmin: SessionBody;

  beforeAll(async () => {
    // team costs less than pro here, yet ranks above it.
    ranked = await startTestNode({ RATE_LIMIT: "0", TEST_CLOCK: "1", TIERS: '{"team":{"priceCents":1000}}' });
    rankedClient = api(ranked.baseUrl);
    rankedAdmin = await signupAdmin(rankedClient, ranked.broker);
  });
  afterAll(() => ranked?.stop());

  it("applies a move up to a cheaper tier at once, and makes a move down to a dearer one wait", async () => {
    const team = await billingTeam(rankedClient, "tok_visa");
    const toPro = await subscribe(team, "pro", rankedClient);
    await settled(rankedClient, team, toPro.body.charge.id);
    const up = await subscribe(team, "team", rankedClient);
    expectJson(up);
    expect(up.body).toMatchObject({ account: { tier: "team", pendingTier: null }, charge: null });
    const down = await subscribe(team, "pro", rankedClient);
    expect(down.body).toMatchObject({ account: { tier: "team", pendingTier: "pro" }, charge: null });
    const { periodEnd } = await accountOf(rankedClient, team);
    const now = await advance(1, { client: rankedClient, admin: rankedAdmin });
    await advance(Math.ceil((Date.parse(periodEnd) - now.getTime()) / 1000) + 60, {
      client: rankedClient,
      admin: rankedAdmin,
    });
    expect(await accountOf(rankedClient, team)).toMatchObject({ tier: "pro", pendingTier: null });
  });
});
