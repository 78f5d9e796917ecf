/** billing's parts on their own: proration, Standard Webhooks signing, the fake provider's events, delivery backoff, the gateway's raw-body route. */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { IncomingMessage } from "node:http";
import type { Transaction } from "sequelize";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import type { Route } from "../../lib/actions.js";
import {
  readRawBody,
  visibleHeaders,
  withRawBodyRoutes,
  type GatewayRouteOptions,
} from "../../services/api/raw-body.js";
import { retryDelaySeconds, type WebhookDeliveries } from "../../services/billing/providers/deliveries.js";
import { FakeProvider } from "../../services/billing/providers/fake.js";
import { WebhookSignatureError, WebhookSigner } from "../../services/billing/providers/signing.js";
import { proratedCents, tierOf } from "../../services/billing/tiers.js";

const secret = (fill: number) => `whsec_${Buffer.alloc(32, fill).toString("base64")}`;
const tiers = loadConfig({ DATA_DIR: "memory://parts", JWT_SECRET: "s".repeat(40) }).billing.tiers;
const [free, pro, team] = ["free", "pro", "team"].map((id) => tierOf(tiers, id));

describe("proratedCents", () => {
  const start = new Date("2026-01-01T00:00:00Z");
  const end = new Date("2026-01-31T00:00:00Z"); // 30 days
  const at = (days: number) => new Date(start.getTime() + days * 86_400_000);

  it("charges the price difference for the part of the period left", () => {
    expect(proratedCents(free, pro, { start, end }, at(0))).toBe(2_900);
    expect(proratedCents(free, pro, { start, end }, at(15))).toBe(1_450);
    expect(proratedCents(pro, team, { start, end }, at(10))).toBe(4_667); // 7,000 × 20/30
    expect(proratedCents(free, team, { start, end }, at(30))).toBe(0);
    expect(proratedCents(free, team, { start, end }, at(45))).toBe(0);
  });

  it("rounds half to even, in integers", () => {
    const cheap = { ...pro, priceCents: 1 };
    // 1 cent × 1/2 of the period = 0.5 → 0; 3 cents × 1/2 = 1.5 → 2.
    expect(proratedCents(free, cheap, { start, end }, at(15))).toBe(0);
    expect(proratedCents(free, { ...pro, priceCents: 3 }, { start, end }, at(15))).toBe(2);
    expect(proratedCents(free, { ...pro, priceCents: 5 }, { start, end }, at(15))).toBe(2);
    expect(Number.isInteger(proratedCents(free, pro, { start, end }, new Date(start.getTime() + 123_457)))).toBe(true);
  });

  it("costs nothing when the higher tier is not dearer", () => {
    expect(proratedCents(pro, { ...team, priceCents: 1_000 }, { start, end }, at(1))).toBe(0);
  });
});

describe("WebhookSigner", () => {
  const body = JSON.stringify({ type: "charge.succeeded", data: { amountCents: 5 } });

  it("signs as Standard Webhooks does, and verifies with any listed secret", () => {
    const signer = new WebhookSigner([secret(1), secret(2)]);
    const headers = signer.sign("msg_1", new Date(), body);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(() => new Webhook(secret(1)).verify(body, headers)).not.toThrow();
    expect(signer.verify(body, headers)).toBe("msg_1");
    const old = new WebhookSigner([secret(2)]).sign("msg_2", new Date(), body);
    expect(signer.verify(body, old)).toBe("msg_2");
  });

  it("names why it refuses: missing, invalid or stale", () => {
    const signer = new WebhookSigner([secret(1)]);
    const reason = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        expect(err).toBeInstanceOf(WebhookSignatureError);
        return (err as WebhookSignatureError).reason;
      }
      throw new Error("accepted");
    };
    const good = signer.sign("msg_3", new Date(), body);
    expect(reason(() => signer.verify(body, { ...good, "webhook-signature": undefined }))).toBe("missing");
    expect(reason(() => signer.verify(`${body}\n`, good))).toBe("invalid");
    expect(reason(() => signer.verify(body, { ...good, "webhook-timestamp": "soon" }))).toBe("invalid");
    expect(reason(() => new WebhookSigner([secret(9)]).verify(body, good))).toBe("invalid");
    const old = signer.sign("msg_4", new Date(Date.now() - 301_000), body);
    expect(reason(() => signer.verify(body, old))).toBe("stale");
    const ahead = signer.sign("msg_5", new Date(Date.now() + 301_000), body);
    expect(reason(() => signer.verify(body, ahead))).toBe("stale");
  });
});

describe("the fake provider", () => {
  const enqueued: { id: string; chargeId: string; body: string }[] = [];
  const deliveries = { enqueue: async (_tx: unknown, d: (typeof enqueued)[0]) => void enqueued.push(d) };
  const provider = new FakeProvider(new WebhookSigner([secret(1)]), deliveries as unknown as WebhookDeliveries);
  const tx = {} as Transaction;

  it("knows tok_visa and tok_chargeDeclined, and no other token", async () => {
    expect(await provider.attachPaymentMethod("tok_visa")).toEqual({ ref: "tok_visa", brand: "visa", last4: "4242" });
    expect(await provider.attachPaymentMethod("tok_chargeDeclined")).toMatchObject({ last4: "0002" });
    for (const token of ["tok_mastercard", "toString", "__proto__", ""]) {
      expect(await provider.attachPaymentMethod(token)).toBeNull();
    }
  });

  it("decides the outcome from the card and queues one webhook per charge", async () => {
    const teamId = randomUUID();
    const charge = { teamId, amountCents: 700, currency: "USD" };
    const ok = await provider.createCharge({ ...charge, chargeId: randomUUID(), paymentMethodRef: "tok_visa" }, tx);
    const declined = await provider.createCharge(
      { ...charge, chargeId: randomUUID(), paymentMethodRef: "tok_chargeDeclined" },
      tx,
    );
    expect(ok.providerChargeId).toMatch(/^ch_fake_/);
    expect(declined.providerChargeId).not.toBe(ok.providerChargeId);
    const [first, second] = enqueued.slice(-2).map((d) => provider.parseEvent(d.body));
    expect(first).toMatchObject({ type: "charge.succeeded", teamId, amountCents: 700, currency: "USD" });
    expect(second).toMatchObject({ type: "charge.failed", reason: "card_declined" });
    expect(enqueued.at(-1)!.id).toMatch(/^msg_[0-9a-f]{32}$/);
  });

  it("reads an event type it does not know as unknown, and a malformed charge event as an error", () => {
    expect(provider.parseEvent(JSON.stringify({ type: "invoice.paid", data: {} }))).toEqual({
      type: "unknown",
      name: "invoice.paid",
    });
    const data = { chargeId: randomUUID(), teamId: randomUUID(), amountCents: 1, currency: "USD" };
    for (const bad of [
      "{",
      "null",
      JSON.stringify({ data }),
      JSON.stringify({ type: "charge.succeeded", data: { ...data, amountCents: 1.5 } }),
      JSON.stringify({ type: "charge.succeeded", data: { ...data, amountCents: -1 } }),
      JSON.stringify({ type: "charge.succeeded", data: { ...data, currency: "usd" } }),
      JSON.stringify({ type: "charge.succeeded", data: { ...data, chargeId: "ch_1" } }),
      JSON.stringify({ type: "charge.failed", data }),
    ]) {
      expect(() => provider.parseEvent(bad), bad).toThrow(/./);
    }
  });
});

describe("delivery backoff", () => {
  it("doubles from half a second up to a minute", () => {
    expect([1, 2, 3, 4, 7, 8, 9, 20].map(retryDelaySeconds)).toEqual([0.5, 1, 2, 4, 32, 60, 60, 60]);
  });
});

describe("the raw-body route", () => {
  const route = (path: string, params: object): Route => ({
    method: "POST",
    path,
    action: `x.${path}`,
    access: "public",
    status: 200,
    summary: "",
    tag: "x",
    params: params as Route["params"],
  });
  const routes: Route[] = [route("/hooks/:p", { rawBody: "string" }), route("/plain", { name: "string" })];

  it("moves only the raw-body routes into a copy of v1 without a body parser", () => {
    const onBeforeCall = () => undefined;
    const table: GatewayRouteOptions[] = [
      {
        name: "v1",
        path: "/api/v1",
        aliases: { "POST /hooks/:p": "x./hooks/:p", "POST /plain": "x./plain" },
        onBeforeCall,
        bodyParsers: { json: true },
      },
      { name: "docs" },
    ];
    withRawBodyRoutes(table, routes);
    expect(table.map((r) => r.name)).toEqual(["v1", "v1-raw-body", "docs"]);
    expect(table[0].aliases).toEqual({ "POST /plain": "x./plain" });
    expect(table[1]).toMatchObject({
      path: "/api/v1",
      bodyParsers: false,
      aliases: { "POST /hooks/:p": "x./hooks/:p" },
    });
  });

  const request = (body: string, headers: Record<string, string> = {}) =>
    Object.assign(Readable.from([Buffer.from(body)]), { headers }) as unknown as IncomingMessage & {
      $rawBody?: string;
    };
  const read = (req: IncomingMessage, limit?: number) =>
    new Promise<unknown>((resolve) => readRawBody(limit)(req, {} as never, (err?: unknown) => resolve(err)));

  it("reads the body as sent, bounded, and refuses bytes that are not UTF-8", async () => {
    const text = '{ "spaced" :  "json", "é": 1 }';
    const req = request(text);
    expect(await read(req)).toBeUndefined();
    expect(req.$rawBody).toBe(text);
    expect(await read(request("x".repeat(11)), 10)).toMatchObject({ type: "entity.too.large", status: 413 });
    expect(await read(request("x", { "content-length": "99" }), 10)).toMatchObject({ status: 413 });
    const invalid = Object.assign(Readable.from([Buffer.from([0xff, 0xfe])]), { headers: {} }) as never;
    expect(await read(invalid)).toMatchObject({ type: "entity.parse.failed", status: 400 });
  });

  it("passes headers on without credentials", () => {
    const headers = visibleHeaders({
      headers: { authorization: "Bearer x", "x-api-key": "k", cookie: "c", "webhook-id": "msg_1" },
    } as unknown as IncomingMessage);
    expect(headers).toEqual({ "webhook-id": "msg_1" });
  });
});
