/** Billing fixtures over HTTP: a team with its account and card, top-ups, signed webhooks, a webhook sink, the outbox's billing events. */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { QueryTypes, type Sequelize } from "sequelize";
import { Webhook } from "standardwebhooks";
import { expect } from "vitest";
import { topicModules } from "../../events/topics.js";
import { decodeEnvelope } from "../../lib/events/envelope.js";
import {
  eventually,
  expectJson,
  signup,
  type ApiClient,
  type ApiResponse,
  type Json,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

export interface BillingTeam {
  owner: SessionBody;
  teamId: string;
  /** The owner's access token (the team's administrator). */
  token: string;
}

/** A new team (its creator is its administrator), with its billing account and, when given, a card. */
export async function billingTeam(client: ApiClient, card?: string): Promise<BillingTeam> {
  const owner = await signup(client);
  const team = await client.post("/teams", { name: "Billing team" }, { token: owner.accessToken });
  expectJson(team, 201);
  const billing = { owner, teamId: team.body.id as string, token: owner.accessToken };
  expectJson(await client.get(`/teams/${billing.teamId}/billing`, billing));
  if (card) expectJson(await client.put(`/teams/${billing.teamId}/billing/payment-method`, { token: card }, billing));
  return billing;
}

export const idempotencyKey = (key: string = randomUUID()) => ({ "Idempotency-Key": key });

export function topUp(client: ApiClient, team: BillingTeam, amountCents: number, key?: string): Promise<ApiResponse> {
  return client.post(
    `/teams/${team.teamId}/billing/top-ups`,
    { amountCents },
    { token: team.token, headers: idempotencyKey(key) },
  );
}

export async function accountOf(client: ApiClient, team: BillingTeam): Promise<Json> {
  const res = await client.get(`/teams/${team.teamId}/billing`, team);
  expectJson(res);
  return res.body;
}

export async function chargesOf(client: ApiClient, team: BillingTeam): Promise<Json[]> {
  const res = await client.get(`/teams/${team.teamId}/billing/charges?pageSize=100`, team);
  expectJson(res);
  return res.body.rows;
}

/** The charge once its webhook has settled it. */
export function settled(client: ApiClient, team: BillingTeam, chargeId: string, timeoutMs = 15_000): Promise<Json> {
  return eventually(async () => {
    const charge = (await chargesOf(client, team)).find((c) => c.id === chargeId);
    expect(charge?.status).toMatch(/^(succeeded|failed)$/);
    return charge;
  }, timeoutMs);
}

/** Standard Webhooks headers for `body`, signed with `secret` at `at`. */
export function signed(secret: string, body: string, opts: { id?: string; at?: Date } = {}): Record<string, string> {
  const id = opts.id ?? `msg_${randomUUID()}`;
  const at = opts.at ?? new Date();
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, at, body),
  };
}

/** A charge outcome as the fake provider words it. */
export function chargeEvent(
  type: "charge.succeeded" | "charge.failed",
  charge: { id: string; teamId: string; amountCents: number },
  reason?: string,
): string {
  const data = { chargeId: charge.id, teamId: charge.teamId, amountCents: charge.amountCents, currency: "USD" };
  return JSON.stringify({ type, timestamp: new Date().toISOString(), data: reason ? { ...data, reason } : data });
}

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
}

export interface WebhookSink {
  /** Set PAYMENTS_WEBHOOK_URL to this. */
  url: string;
  received: ReceivedWebhook[];
  close(): Promise<void>;
}

/**
 * Where the fake provider can deliver instead of the gateway: records every webhook and answers
 * 200, so a test holds the signed requests and sends them to the gateway itself (twice, at once…).
 */
export async function webhookSink(): Promise<WebhookSink> {
  const received: ReceivedWebhook[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      received.push({ headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The webhook the sink got for `chargeId`. */
export function webhookFor(sink: WebhookSink, chargeId: string): Promise<ReceivedWebhook> {
  return eventually(async () => {
    const found = sink.received.find((w) => w.body.includes(chargeId));
    expect(found, `a webhook for ${chargeId}`).toBeDefined();
    return found!;
  });
}

/** Sends a received (or hand-made) webhook to the gateway as the provider would. */
export function deliver(client: ApiClient, webhook: ReceivedWebhook, provider = "fake"): Promise<ApiResponse> {
  const { headers, body } = webhook;
  const forwarded = Object.fromEntries(
    ["content-type", "webhook-id", "webhook-timestamp", "webhook-signature"]
      .filter((name) => headers[name] !== undefined)
      .map((name) => [name, headers[name]]),
  );
  return client.post(`/billing/webhooks/${provider}`, body, { headers: forwarded });
}

export interface BillingEvent {
  type: string;
  teamId: string;
  entity: string;
  entityId: string;
  actorId: string;
  event: Json;
}

/** The billing events the node's outbox holds (committed), oldest first; one team's when given. */
export async function billingEvents(node: TestNode, teamId?: string): Promise<BillingEvent[]> {
  const billing = node.broker.getLocalService("billing") as unknown as { sql(): Sequelize };
  const rows = await billing
    .sql()
    .query<{ envelope: Buffer }>("SELECT envelope FROM outbox WHERE topic = 'billing' ORDER BY seq", {
      type: QueryTypes.SELECT,
    });
  return rows
    .map((row) => {
      const { payload, ...envelope } = decodeEnvelope(row.envelope);
      const event = topicModules.billing.toJSON(topicModules.billing.decode(payload));
      return { ...envelope, event } as BillingEvent;
    })
    .filter((e) => !teamId || e.teamId === teamId);
}

/** Rows of the billing database, for asserting what a refused request did not write. */
export async function billingRows<T extends object>(node: TestNode, sql: string, bind: unknown[] = []): Promise<T[]> {
  const billing = node.broker.getLocalService("billing") as unknown as { sql(): Sequelize };
  return billing.sql().query<T>(sql, { bind, type: QueryTypes.SELECT });
}
