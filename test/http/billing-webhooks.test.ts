/**
 * The payment webhook over HTTP: the signature covers the raw body as sent (a tampered, re-serialised,
 * stale or foreign one is 401 and changes nothing), any listed secret verifies (rotation), and a
 * webhook delivered twice, or ten times at once, credits once. The fake provider delivers to a sink
 * here, so the test holds its signed requests and sends them to the gateway itself.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, expectJson, expectProblem, startTestNode, type ApiClient, type TestNode } from "../support/testkit.js";
import {
  accountOf,
  billingEvents,
  billingRows,
  billingTeam,
  chargeEvent,
  deliver,
  signed,
  topUp,
  webhookFor,
  webhookSink,
  type BillingTeam,
  type ReceivedWebhook,
  type WebhookSink,
} from "./billing-kit.js";

const secret = () => `whsec_${randomBytes(32).toString("base64")}`;
const NEWEST = secret();
const OLDER = secret();

let node: TestNode;
let client: ApiClient;
let sink: WebhookSink;

beforeAll(async () => {
  sink = await webhookSink();
  node = await startTestNode({
    RATE_LIMIT: "0",
    PAYMENTS_WEBHOOK_SECRETS: `${NEWEST},${OLDER}`,
    PAYMENTS_WEBHOOK_URL: sink.url,
  });
  client = api(node.baseUrl);
});
afterAll(async () => {
  await node?.stop();
  await sink?.close();
});

/** A team with a pending top-up of `amountCents` and the signed webhook the provider sent for it. */
async function pendingTopUp(
  amountCents: number,
  card = "tok_visa",
): Promise<{ team: BillingTeam; chargeId: string; webhook: ReceivedWebhook }> {
  const team = await billingTeam(client, card);
  const res = await topUp(client, team, amountCents);
  expectJson(res, 202);
  return { team, chargeId: res.body.id, webhook: await webhookFor(sink, res.body.id) };
}

async function ledgerOf(team: BillingTeam) {
  const res = await client.get(`/teams/${team.teamId}/billing/ledger`, team);
  expectJson(res);
  return res.body;
}

const recorded = (webhookId: string) =>
  billingRows(node, "SELECT webhook_id FROM billing_webhook_events WHERE webhook_id = $1", [webhookId]);

describe("a charge webhook", () => {
  it("credits the top-up once delivered as the provider signed it", async () => {
    const { team, chargeId, webhook } = await pendingTopUp(5_000);
    expect((await accountOf(client, team)).balanceCents).toBe(0);
    expect(JSON.parse(webhook.body)).toMatchObject({
      type: "charge.succeeded",
      data: { chargeId, teamId: team.teamId, amountCents: 5_000, currency: "USD" },
    });
    const res = await deliver(client, webhook);
    expectJson(res);
    expect(res.body).toEqual({ received: true, outcome: "applied" });
    expect((await accountOf(client, team)).balanceCents).toBe(5_000);
    const ledger = await ledgerOf(team);
    expect(ledger.rows).toEqual([
      expect.objectContaining({ deltaCents: 5_000, balanceAfterCents: 5_000, reason: "topup", reference: chargeId }),
    ]);
    const charges = await client.get(`/teams/${team.teamId}/billing/charges`, team);
    expect(charges.body.rows[0]).toMatchObject({ id: chargeId, status: "succeeded" });
  });

  it("answers a replay 200 without a second credit", async () => {
    const { team, webhook } = await pendingTopUp(1_200);
    expect((await deliver(client, webhook)).body.outcome).toBe("applied");
    const again = await deliver(client, webhook);
    expectJson(again);
    expect(again.body).toEqual({ received: true, outcome: "duplicate" });
    expect((await accountOf(client, team)).balanceCents).toBe(1_200);
    expect((await ledgerOf(team)).total).toBe(1);
  });

  it("credits once when the same webhook arrives ten times at once", async () => {
    const { team, webhook } = await pendingTopUp(3_300);
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(client, webhook)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((a) => a.body.outcome === "applied")).toHaveLength(1);
    expect(answers.filter((a) => a.body.outcome === "duplicate")).toHaveLength(9);
    expect((await accountOf(client, team)).balanceCents).toBe(3_300);
    expect((await ledgerOf(team)).total).toBe(1);
    const events = await billingEvents(node, team.teamId);
    expect(events.filter((e) => e.type === "BalanceIncremented")).toHaveLength(1);
    expect(events.filter((e) => e.type === "ChargeSucceeded")).toHaveLength(1);
  });

  it("ignores a second webhook id for a charge already settled", async () => {
    const { team, chargeId, webhook } = await pendingTopUp(400);
    await deliver(client, webhook);
    const body = chargeEvent("charge.succeeded", { id: chargeId, teamId: team.teamId, amountCents: 400 });
    const other = await deliver(client, { headers: signed(NEWEST, body), body });
    expect(other.body).toEqual({ received: true, outcome: "ignored" });
    expect((await accountOf(client, team)).balanceCents).toBe(400);
  });

  it("fails a declined card's charge: ChargeFailed with the reason, no credit", async () => {
    const { team, chargeId, webhook } = await pendingTopUp(2_000, "tok_chargeDeclined");
    expect(JSON.parse(webhook.body)).toMatchObject({ type: "charge.failed", data: { reason: "card_declined" } });
    expect((await deliver(client, webhook)).body.outcome).toBe("applied");
    const charges = await client.get(`/teams/${team.teamId}/billing/charges`, team);
    expect(charges.body.rows[0]).toMatchObject({ id: chargeId, status: "failed", failureReason: "card_declined" });
    expect((await accountOf(client, team)).balanceCents).toBe(0);
    expect((await ledgerOf(team)).total).toBe(0);
    const failed = (await billingEvents(node, team.teamId)).filter((e) => e.type === "ChargeFailed");
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ entity: "charge", entityId: chargeId });
    expect(failed[0].event).toMatchObject({ chargeId, amountCents: 2_000, failureReason: "card_declined" });
  });
});

describe("the signature", () => {
  it("refuses tampered, re-serialised, stale, future, unsigned and foreign webhooks with 401, changing nothing", async () => {
    const { team, webhook } = await pendingTopUp(700);
    const id = webhook.headers["webhook-id"];
    const now = Date.now();
    const parsed = JSON.parse(webhook.body);
    const refused: ReceivedWebhook[] = [
      // More money, same signature.
      { headers: webhook.headers, body: webhook.body.replace('"amountCents":700', '"amountCents":70000') },
      // The same JSON, re-serialised by a parser: other bytes, so another signature.
      { headers: webhook.headers, body: JSON.stringify(parsed, null, 2) },
      { headers: webhook.headers, body: JSON.stringify({ data: parsed.data, type: parsed.type }) },
      // Signed correctly, but six minutes old or six minutes ahead.
      { headers: signed(NEWEST, webhook.body, { id, at: new Date(now - 6 * 60_000) }), body: webhook.body },
      { headers: signed(NEWEST, webhook.body, { id, at: new Date(now + 6 * 60_000) }), body: webhook.body },
      // No signature headers; a secret not on the list; a signature of another version.
      { headers: { "content-type": "application/json" }, body: webhook.body },
      { headers: signed(secret(), webhook.body, { id }), body: webhook.body },
      {
        headers: {
          ...webhook.headers,
          "webhook-signature": webhook.headers["webhook-signature"].replace("v1,", "v2,"),
        },
        body: webhook.body,
      },
    ];
    for (const attempt of refused) {
      const res = await deliver(client, attempt);
      expectProblem(res, 401, "INVALID_SIGNATURE", node);
    }
    expect(await recorded(id)).toEqual([]);
    expect((await accountOf(client, team)).balanceCents).toBe(0);
    expect((await client.get(`/teams/${team.teamId}/billing/charges`, team)).body.rows[0].status).toBe("pending");
    // The genuine one still goes through afterwards.
    expect((await deliver(client, webhook)).body.outcome).toBe("applied");
    expect(await recorded(id)).toEqual([{ webhook_id: id }]);
  });

  it("signs with the newest secret and accepts any listed one, so secrets rotate without losing webhooks", async () => {
    const { team, chargeId, webhook } = await pendingTopUp(900);
    expect(() => new Webhook(NEWEST).verify(webhook.body, webhook.headers)).not.toThrow();
    expect(() => new Webhook(OLDER).verify(webhook.body, webhook.headers)).toThrow();
    // A webhook signed before the rotation, with the older secret, is still good.
    const body = chargeEvent("charge.succeeded", { id: chargeId, teamId: team.teamId, amountCents: 900 });
    const res = await deliver(client, { headers: signed(OLDER, body), body });
    expectJson(res);
    expect(res.body.outcome).toBe("applied");
    expect((await accountOf(client, team)).balanceCents).toBe(900);
  });

  it("accepts a header listing several signatures when one of them matches", async () => {
    const body = JSON.stringify({ type: "payout.paid", data: {} });
    const headers = signed(NEWEST, body);
    const foreign = signed(secret(), body, { id: headers["webhook-id"] })["webhook-signature"];
    headers["webhook-signature"] = `${foreign} ${headers["webhook-signature"]}`;
    const res = await deliver(client, { headers, body });
    expectJson(res);
    expect(res.body.outcome).toBe("ignored");
  });
});

describe("other webhooks", () => {
  it("acknowledges an event type billing does not handle, once, and does nothing with it", async () => {
    const body = JSON.stringify({ type: "customer.subscription.trial_will_end", data: { id: "sub_1" } });
    const headers = signed(NEWEST, body);
    const first = await deliver(client, { headers, body });
    expectJson(first);
    expect(first.body).toEqual({ received: true, outcome: "ignored" });
    expect((await deliver(client, { headers, body })).body.outcome).toBe("duplicate");
  });

  it("answers an unknown provider 404, a signed body that says nothing 400, an oversized body 413", async () => {
    const body = chargeEvent("charge.succeeded", { id: randomUUID(), teamId: randomUUID(), amountCents: 1 });
    expectProblem(await deliver(client, { headers: signed(NEWEST, body), body }, "stripe"), 404, "NOT_FOUND", node);
    for (const bad of ["not json", "[]", JSON.stringify({ type: "charge.failed", data: { chargeId: "x" } })]) {
      const res = await deliver(client, { headers: signed(NEWEST, bad), body: bad });
      expectProblem(res, 400, undefined, node);
    }
    const huge = JSON.stringify({ type: "charge.succeeded", padding: "x".repeat(70 * 1024) });
    expectProblem(await deliver(client, { headers: signed(NEWEST, huge), body: huge }), 413, "PAYLOAD_TOO_LARGE", node);
  });

  it("reads the body raw whatever its content type, and never takes rawBody from the query", async () => {
    const body = JSON.stringify({ type: "balance.available", data: {} });
    const headers = { ...signed(NEWEST, body), "content-type": "text/plain" };
    const res = await client.post("/billing/webhooks/fake?rawBody=forged&headers=x", body, { headers });
    expectJson(res);
    expect(res.body.outcome).toBe("ignored");
  });
});
