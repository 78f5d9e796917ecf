/**
 * The billing service on its own broker and database, a fake teams service deciding who administers
 * which team, and a small HTTP endpoint standing in for the gateway: the fake provider's signed
 * webhooks reach `billing.webhook` through it, so charges settle as they would behind a real gateway.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServiceSchema } from "moleculer";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import { encodeEnvelope } from "../../lib/events/envelope.js";
import { sendToChannel, topicChannel } from "../../lib/events/channels.js";
import { topicModules } from "../../events/topics.js";
import BillingService, { type Account, type Charge, type LedgerEntry } from "../../services/billing/billing.service.js";
import type { Page } from "../../lib/pagination.js";

const SECRET = `whsec_${Buffer.alloc(32, 3).toString("base64")}`;
type User = ReturnType<ServiceUnderTest["user"]>;

let kit: ServiceUnderTest;
let gateway: Server;
/** Every webhook the stand-in gateway received, and what it answered. */
const received: { headers: Record<string, string>; body: string; status: number }[] = [];
/** Answer the next N webhooks with 503 (a gateway having a bad moment). */
let failNext = 0;
const admins = new Map<string, string>(); // teamId → administrator's user id
let admin: User;
let platformAdmin: User;

beforeAll(async () => {
  gateway = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let status = 200;
      if (failNext > 0) {
        failNext -= 1;
        status = 503;
      } else {
        try {
          await kit.broker.call("billing.webhook", { provider: "fake", rawBody: body, headers });
        } catch (err) {
          status = (err as { code?: number }).code ?? 500;
        }
      }
      received.push({ headers, body, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  const port = (gateway.address() as AddressInfo).port;
  kit = await serviceUnderTest(BillingService as unknown as ServiceSchema, {
    config: {
      TEST_CLOCK: "1",
      PAYMENTS_WEBHOOK_SECRETS: SECRET,
      PAYMENTS_WEBHOOK_URL: `http://127.0.0.1:${port}/api/v1/billing/webhooks/fake`,
      TIERS: '{"team":{"priceCents":12000}}',
    },
    fakes: {
      teams: {
        membership: (p: { teamId: string; userId: string }) =>
          admins.get(p.teamId) === p.userId ? { role: "administrator" } : null,
      },
    },
  });
  admin = kit.user();
  platformAdmin = kit.user({ roles: ["user", "admin"] });
});
afterAll(async () => {
  await kit?.stop();
  await new Promise((resolve) => gateway?.close(resolve));
});

/** A team administered by `admin`, with its account. */
async function newTeam(card?: string): Promise<string> {
  const teamId = randomUUID();
  admins.set(teamId, admin.id);
  await kit.call<Account>("billing.account", { id: teamId }, { user: admin });
  if (card) await kit.call("billing.setPaymentMethod", { id: teamId, token: card }, { user: admin });
  return teamId;
}

async function until<T>(probe: () => Promise<T | null | undefined | false>, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const account = (teamId: string) => kit.call<Account>("billing.account", { id: teamId }, { user: admin });
const charges = (teamId: string) => kit.call<Page<Charge>>("billing.charges", { id: teamId }, { user: admin });
const settled = (teamId: string, chargeId: string) =>
  until(async () => {
    const charge = (await charges(teamId)).rows.find((c) => c.id === chargeId);
    return charge && charge.status !== "pending" ? charge : null;
  }, `charge ${chargeId} to settle`);

/** Credits a team through an admin adjustment (no card involved). */
async function credit(teamId: string, cents: number): Promise<void> {
  await kit.call("billing.adjust", { teamId, deltaCents: cents, reference: "seed" }, { user: platformAdmin });
}

const billingEvents = async (teamId: string) => (await kit.published("billing")).filter((e) => e.teamId === teamId);

describe("billing.tiers", () => {
  it("lists free < pro < team with TIERS merged over the defaults", async () => {
    const page = await kit.call("billing.tiers", {});
    expect(page.rows.map((t: { id: string }) => t.id)).toEqual(["free", "pro", "team"]);
    expect(page.rows[2]).toEqual({
      id: "team",
      name: "Team",
      rank: 2,
      priceCents: 12_000,
      currency: "USD",
      requestsPerMonth: 1_000_000,
      overageCentsPer100: 1,
    });
    expect(page).toMatchObject({ total: 3, page: 1, totalPages: 1 });
  });
});

describe("accounts", () => {
  const teamsEvent = (type: string, teamId: string) =>
    Buffer.from(
      encodeEnvelope({
        id: randomUUID(),
        topic: "teams",
        type,
        occurredAt: Date.now(),
        actorId: admin.id,
        teamId,
        entity: "team",
        entityId: teamId,
        traceId: randomUUID(),
        schemaVersion: 1,
        payload: topicModules.teams.encode(type as "TeamCreated", { team: { id: teamId, name: "T" } }),
      }),
    );

  it("opens one free account per team on TeamCreated, however often it is delivered", async () => {
    const teamId = randomUUID();
    await sendToChannel(kit.broker, topicChannel("teams"), teamsEvent("TeamCreated", teamId));
    await sendToChannel(kit.broker, topicChannel("teams"), teamsEvent("TeamCreated", teamId));
    admins.set(teamId, admin.id);
    const opened = await account(teamId);
    expect(opened).toMatchObject({ teamId, tier: "free", status: "active", balanceCents: 0, pendingTier: null });
    expect(opened.paymentMethod).toBeNull();
    const created = (await billingEvents(teamId)).filter((e) => e.type === "AccountCreated");
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ entity: "account", entityId: opened.id, actorId: admin.id });
  });

  it("closes the account on TeamDeleted, and a late TeamCreated does not reopen it", async () => {
    const teamId = await newTeam();
    await sendToChannel(kit.broker, topicChannel("teams"), teamsEvent("TeamDeleted", teamId));
    await sendToChannel(kit.broker, topicChannel("teams"), teamsEvent("TeamCreated", teamId));
    const closed = await kit.call("billing.accountOf", { teamId });
    expect(closed.account.status).toBe("closed");
    expect((await billingEvents(teamId)).map((e) => e.type)).toEqual(["AccountCreated", "AccountClosed"]);
    await expect(kit.call("billing.debit", { teamId, amountCents: 1, idempotencyKey: "x" })).rejects.toMatchObject({
      code: 404,
    });
    // Deleted before it was ever created: a closed account waits for the late TeamCreated.
    const never = randomUUID();
    await sendToChannel(kit.broker, topicChannel("teams"), teamsEvent("TeamDeleted", never));
    await sendToChannel(kit.broker, topicChannel("teams"), teamsEvent("TeamCreated", never));
    expect((await kit.call("billing.accountOf", { teamId: never })).account.status).toBe("closed");
  });

  it("answers 404 to a non-administrator and refuses a token the provider does not know", async () => {
    const teamId = await newTeam();
    await expect(kit.call("billing.account", { id: teamId }, { user: kit.user() })).rejects.toMatchObject({
      code: 404,
    });
    await expect(
      kit.call("billing.setPaymentMethod", { id: teamId, token: "tok_unknown" }, { user: admin }),
    ).rejects.toMatchObject({ code: 422, data: [{ field: "token" }] });
    const withCard = await kit.call<Account>(
      "billing.setPaymentMethod",
      { id: teamId, token: "tok_visa", balanceCents: 1_000_000 },
      { user: admin },
    );
    expect(withCard.paymentMethod).toEqual({ brand: "visa", last4: "4242" });
    expect(withCard.balanceCents).toBe(0);
  });
});

describe("the ledger", () => {
  it("never goes below zero, moves once per key, and says BalanceZero once per crossing", async () => {
    const teamId = await newTeam();
    await credit(teamId, 30);
    const debit = (amountCents: number, idempotencyKey: string) =>
      kit.call<LedgerEntry>("billing.debit", { teamId, amountCents, idempotencyKey, reference: "req-1" });
    const first = await debit(20, "usage-1");
    expect(first).toMatchObject({ deltaCents: -20, balanceAfterCents: 10, reason: "usage", reference: "req-1" });
    expect(await debit(20, "usage-1")).toEqual(first);
    await expect(debit(21, "usage-1")).rejects.toMatchObject({ code: 422, type: "IDEMPOTENCY_KEY_REUSED" });
    await expect(debit(11, "usage-2")).rejects.toMatchObject({ code: 409, type: "INSUFFICIENT_BALANCE" });
    await debit(10, "usage-3");
    await expect(debit(1, "usage-4")).rejects.toMatchObject({ code: 409, type: "INSUFFICIENT_BALANCE" });
    await credit(teamId, 5);
    await debit(5, "usage-5");
    const ledger = await kit.call<Page<LedgerEntry>>(
      "billing.ledger",
      { id: teamId, sort: "createdAt" },
      { user: admin },
    );
    expect(ledger.rows.map((e) => [e.deltaCents, e.balanceAfterCents])).toEqual([
      [30, 30],
      [-20, 10],
      [-10, 0],
      [5, 5],
      [-5, 0],
    ]);
    const types = (await billingEvents(teamId)).map((e) => e.type).filter((t) => t !== "AccountCreated");
    expect(types).toEqual([
      "BalanceIncremented",
      "BalanceDecremented",
      "BalanceDecremented",
      "BalanceZero",
      "BalanceIncremented",
      "BalanceDecremented",
      "BalanceZero",
    ]);
    const decremented = (await billingEvents(teamId)).find((e) => e.type === "BalanceDecremented")!;
    expect(decremented).toMatchObject({ entity: "adjustment", entityId: first.id });
    expect(decremented.event).toMatchObject({ amountCents: 20, idempotencyKey: "usage-1" });
  });

  it("serialises 40 parallel debits of 1 against a balance of 25: 25 pass, the balance ends at 0", async () => {
    const teamId = await newTeam();
    await credit(teamId, 25);
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        kit.call("billing.debit", { teamId, amountCents: 1, idempotencyKey: `p-${i}` }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(25);
    const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(refused.every((r) => (r.reason as { type?: string }).type === "INSUFFICIENT_BALANCE")).toBe(true);
    expect((await account(teamId)).balanceCents).toBe(0);
    expect((await billingEvents(teamId)).filter((e) => e.type === "BalanceZero")).toHaveLength(1);
  });

  it("takes admin adjustments with a reason, refuses zero and below-zero ones, and keeps the Idempotency-Key", async () => {
    const teamId = await newTeam();
    const call = (params: object, idempotencyKey?: string) =>
      kit.broker.call<LedgerEntry, object>(
        "billing.adjust",
        { teamId, reference: "ticket-42", ...params },
        { meta: { user: platformAdmin, idempotencyKey } },
      );
    const refund = await call({ deltaCents: 700, reason: "refund" }, "key-1");
    expect(refund).toMatchObject({ deltaCents: 700, reason: "refund", idempotencyKey: "adjustment:key-1" });
    expect(await call({ deltaCents: 700, reason: "refund" }, "key-1")).toEqual(refund);
    await expect(call({ deltaCents: 0 })).rejects.toMatchObject({ code: 422, data: [{ field: "deltaCents" }] });
    await expect(call({ deltaCents: -701 })).rejects.toMatchObject({ code: 409, type: "INSUFFICIENT_BALANCE" });
    await expect(call({ deltaCents: 1.5 })).rejects.toMatchObject({ code: 422 });
    await expect(
      kit.call("billing.adjust", { teamId, deltaCents: 1, reference: "x" }, { user: admin }),
    ).rejects.toMatchObject({ code: 403 });
    expect((await account(teamId)).balanceCents).toBe(700);
  });
});

describe("charges through the fake provider", () => {
  it("credits a top-up once its signed webhook lands, retrying a gateway that answered 503", async () => {
    const teamId = await newTeam("tok_visa");
    failNext = 2;
    const before = received.length;
    const charge = await kit.call<Charge>("billing.topUp", { id: teamId, amountCents: 5_000 }, { user: admin });
    expect(charge).toMatchObject({ purpose: "topup", status: "pending", amountCents: 5_000, currency: "USD" });
    expect((await account(teamId)).balanceCents).toBe(0);
    expect(await settled(teamId, charge.id)).toMatchObject({ status: "succeeded", failureReason: null });
    expect((await account(teamId)).balanceCents).toBe(5_000);
    const attempts = received.slice(before).filter((r) => r.body.includes(charge.id));
    expect(attempts.map((a) => a.status)).toEqual([503, 503, 200]);
    // Every attempt: the same webhook-id, signed afresh, verifiable with the secret over the exact body.
    expect(new Set(attempts.map((a) => a.headers["webhook-id"])).size).toBe(1);
    for (const a of attempts) expect(() => new Webhook(SECRET).verify(a.body, a.headers)).not.toThrow();
    expect(JSON.parse(attempts[0].body)).toMatchObject({
      type: "charge.succeeded",
      data: { chargeId: charge.id, teamId, amountCents: 5_000, currency: "USD" },
    });
    const types = (await billingEvents(teamId)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["ChargeSucceeded", "BalanceIncremented"]));
  });

  it("keeps a top-up's Idempotency-Key for good: the same key is the same charge, another amount is 422", async () => {
    const teamId = await newTeam("tok_visa");
    const topUp = (amountCents: number) =>
      kit.broker.call<Charge, object>(
        "billing.topUp",
        { id: teamId, amountCents },
        { meta: { user: admin, idempotencyKey: "topup-1" } },
      );
    const first = await topUp(1_000);
    expect((await topUp(1_000)).id).toBe(first.id);
    await expect(topUp(2_000)).rejects.toMatchObject({ code: 422, type: "IDEMPOTENCY_KEY_REUSED" });
    await settled(teamId, first.id);
    expect((await charges(teamId)).total).toBe(1);
    expect((await account(teamId)).balanceCents).toBe(1_000);
  });

  it("fails a declined card's top-up with ChargeFailed and its reason, crediting nothing", async () => {
    const teamId = await newTeam("tok_chargeDeclined");
    const charge = await kit.call<Charge>("billing.topUp", { id: teamId, amountCents: 900 }, { user: admin });
    expect(await settled(teamId, charge.id)).toMatchObject({ status: "failed", failureReason: "card_declined" });
    expect((await account(teamId)).balanceCents).toBe(0);
    const failed = (await billingEvents(teamId)).find((e) => e.type === "ChargeFailed")!;
    expect(failed).toMatchObject({ entity: "charge", entityId: charge.id });
    expect(failed.event).toMatchObject({ failureReason: "card_declined", amountCents: 900, chargeId: charge.id });
  });

  it("refuses a top-up without a card (409) or under 50 cents (422)", async () => {
    const teamId = await newTeam();
    await expect(kit.call("billing.topUp", { id: teamId, amountCents: 500 }, { user: admin })).rejects.toMatchObject({
      code: 409,
      type: "PAYMENT_METHOD_REQUIRED",
    });
    await expect(kit.call("billing.topUp", { id: teamId, amountCents: 49 }, { user: admin })).rejects.toMatchObject({
      code: 422,
      data: [{ field: "amountCents" }],
    });
  });
});

describe("the webhook receiver", () => {
  const sign = (body: string, id = `msg_${randomUUID()}`, at = new Date(), secret = SECRET) => ({
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, at, body),
  });
  const deliver = (rawBody: string, headers: Record<string, string>, provider = "fake") =>
    kit.call("billing.webhook", { provider, rawBody, headers });

  it("acknowledges an unknown event type and does nothing with it", async () => {
    const body = JSON.stringify({ type: "customer.created", data: {} });
    expect(await deliver(body, sign(body))).toEqual({ received: true, outcome: "ignored" });
  });

  it("refuses a missing, tampered or stale signature with 401, and an unknown provider with 404", async () => {
    const body = JSON.stringify({ type: "charge.succeeded", data: {} });
    await expect(deliver(body, {})).rejects.toMatchObject({ code: 401, type: "INVALID_SIGNATURE" });
    await expect(deliver(`${body} `, sign(body))).rejects.toMatchObject({ code: 401, type: "INVALID_SIGNATURE" });
    const stale = sign(body, "msg_old", new Date(Date.now() - 6 * 60_000));
    await expect(deliver(body, stale)).rejects.toMatchObject({
      code: 401,
      message: expect.stringMatching(/5 minutes/),
    });
    await expect(deliver(body, sign(body), "stripe")).rejects.toMatchObject({ code: 404 });
  });

  it("answers a signed body that is not a charge event with 400 and records nothing", async () => {
    const body = JSON.stringify({ type: "charge.succeeded", data: { chargeId: "nope" } });
    const headers = sign(body);
    await expect(deliver(body, headers)).rejects.toMatchObject({ code: 400, type: "MALFORMED_WEBHOOK" });
    const rows = await (
      await kit.db()
    ).query("SELECT 1 FROM billing_webhook_events WHERE webhook_id = $1", {
      bind: [headers["webhook-id"]],
    });
    expect(rows[0]).toHaveLength(0);
  });

  it("ignores an outcome for a charge it does not know, or one that does not match the charge", async () => {
    const teamId = await newTeam("tok_visa");
    const charge = await kit.call<Charge>("billing.topUp", { id: teamId, amountCents: 100 }, { user: admin });
    await settled(teamId, charge.id);
    const forged = JSON.stringify({
      type: "charge.succeeded",
      data: { chargeId: randomUUID(), teamId, amountCents: 100, currency: "USD" },
    });
    expect(await deliver(forged, sign(forged))).toMatchObject({ outcome: "ignored" });
    // Another webhook id for a charge already settled: no second credit.
    const again = JSON.stringify({
      type: "charge.succeeded",
      data: { chargeId: charge.id, teamId, amountCents: 100, currency: "USD" },
    });
    expect(await deliver(again, sign(again))).toMatchObject({ outcome: "ignored" });
    expect((await account(teamId)).balanceCents).toBe(100);
  });
});

describe("subscriptions on the test clock", () => {
  const subscribe = (teamId: string, tier: string) =>
    kit.call<{ account: Account; charge: Charge | null }>("billing.subscribe", { id: teamId, tier }, { user: admin });
  const advance = (seconds: number) =>
    kit.call("billing.advanceClock", { advanceSeconds: seconds }, { user: platformAdmin });
  /** Moves the platform clock a minute past `iso` (a period end). */
  const advancePast = async (iso: string) => {
    const { now } = await kit.call<{ now: string }>("billing.now");
    await advance(Math.ceil((Date.parse(iso) - Date.parse(now)) / 1000) + 60);
  };

  it("charges an upgrade the prorated rest of the period and applies it on confirmation", async () => {
    const teamId = await newTeam("tok_visa");
    const opened = await account(teamId);
    const length = Date.parse(opened.periodEnd) - Date.parse(opened.periodStart);
    // Half the period gone (to the second): pro costs about half its price.
    await advance(Math.floor(length / 2000));
    // The gateway refuses the first delivery: the upgrade stays pending a little while.
    failNext = 1;
    const { account: during, charge } = await subscribe(teamId, "pro");
    expect(during.tier).toBe("free");
    expect(charge!.purpose).toBe("upgrade");
    expect(charge!.amountCents).toBeGreaterThanOrEqual(1_449);
    expect(charge!.amountCents).toBeLessThanOrEqual(1_451);
    await expect(subscribe(teamId, "team")).rejects.toMatchObject({ code: 409, type: "SUBSCRIPTION_CHANGE_PENDING" });
    await settled(teamId, charge!.id);
    expect((await account(teamId)).tier).toBe("pro");
    const changed = (await billingEvents(teamId)).filter((e) => e.type === "SubscriptionChanged");
    expect(changed.at(-1)!.event).toMatchObject({ previousTier: "free", account: { tier: "pro" } });
    await expect(subscribe(teamId, "pro")).rejects.toMatchObject({ code: 409, type: "ALREADY_ON_TIER" });
  });

  it("makes a downgrade wait for the period end, and the current tier cancel a waiting one", async () => {
    const teamId = await newTeam("tok_visa");
    const { charge } = await subscribe(teamId, "team");
    await settled(teamId, charge!.id);
    const waiting = (await subscribe(teamId, "free")).account;
    expect(waiting).toMatchObject({ tier: "team", pendingTier: "free" });
    expect((await subscribe(teamId, "team")).account).toMatchObject({ tier: "team", pendingTier: null });
    const pending = (await subscribe(teamId, "pro")).account;
    expect(pending).toMatchObject({ tier: "team", pendingTier: "pro" });
    await advancePast(pending.periodEnd);
    const after = await account(teamId);
    expect(after).toMatchObject({ tier: "pro", pendingTier: null, periodStart: pending.periodEnd });
    // The new period's renewal is charged at the new tier's price.
    const renewal = (await charges(teamId)).rows.find((c) => c.purpose === "renewal")!;
    expect(renewal).toMatchObject({ tier: "pro", amountCents: 2_900 });
    expect(await settled(teamId, renewal.id)).toMatchObject({ status: "succeeded" });
    expect((await account(teamId)).tier).toBe("pro");
  });

  it("falls back to free when the renewal is declined", async () => {
    const teamId = await newTeam("tok_visa");
    const { charge } = await subscribe(teamId, "pro");
    await settled(teamId, charge!.id);
    await kit.call("billing.setPaymentMethod", { id: teamId, token: "tok_chargeDeclined" }, { user: admin });
    const before = await account(teamId);
    await advancePast(before.periodEnd);
    const renewal = (await charges(teamId)).rows.find((c) => c.purpose === "renewal")!;
    expect(await settled(teamId, renewal.id)).toMatchObject({ status: "failed", failureReason: "card_declined" });
    expect((await account(teamId)).tier).toBe("free");
    const last = (await billingEvents(teamId)).filter((e) => e.type === "SubscriptionChanged").at(-1)!;
    expect(last.event).toMatchObject({ previousTier: "pro", account: { tier: "free" } });
  });

  it("answers the clock only to admins, and 404 when TEST_CLOCK is off", async () => {
    await expect(kit.call("billing.advanceClock", { advanceSeconds: 1 }, { user: admin })).rejects.toMatchObject({
      code: 403,
    });
    await expect(advance(0)).rejects.toMatchObject({ code: 422 });
    const plain = await serviceUnderTest(BillingService as unknown as ServiceSchema);
    try {
      await expect(
        plain.call("billing.advanceClock", { advanceSeconds: 60 }, { user: platformAdmin }),
      ).rejects.toMatchObject({ code: 404 });
    } finally {
      await plain.stop();
    }
  });
});
