/**
 * The built-in `fake` payment provider, for development and tests: it knows the test tokens
 * `tok_visa` (charges succeed) and `tok_chargeDeclined` (charges fail), decides a charge's outcome
 * at once, and tells billing the way a real provider would: a Standard Webhooks-signed POST to
 * PAYMENTS_WEBHOOK_URL, delivered asynchronously and retried until a 2xx answers it.
 */
import { randomUUID } from "node:crypto";
import type { Transaction } from "sequelize";
import type { WebhookDeliveries } from "./deliveries.js";
import {
  MalformedWebhookError,
  type ChargeOutcome,
  type ChargeRequest,
  type PaymentMethod,
  type PaymentProvider,
  type ProviderEvent,
} from "./provider.js";
import type { WebhookSigner } from "./signing.js";

interface TestCard {
  brand: string;
  last4: string;
  /** null: charges succeed; otherwise the reason they fail with. */
  declines: string | null;
}

/** Stripe's test tokens, with the cards behind them. */
export const TEST_CARDS: Readonly<Record<string, TestCard>> = {
  tok_visa: { brand: "visa", last4: "4242", declines: null },
  tok_chargeDeclined: { brand: "visa", last4: "0002", declines: "card_declined" },
};

/** The webhook body the fake provider sends (and a test may sign by hand). */
export interface FakeWebhookBody {
  type: string;
  timestamp: string;
  data: ChargeOutcome & { reason?: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The charge an event names, checked field by field. */
function chargeOutcome(data: unknown): ChargeOutcome {
  const d = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof d.chargeId !== "string" || !UUID.test(d.chargeId)) throw new MalformedWebhookError("data.chargeId");
  if (typeof d.teamId !== "string" || !UUID.test(d.teamId)) throw new MalformedWebhookError("data.teamId");
  if (!Number.isSafeInteger(d.amountCents) || (d.amountCents as number) <= 0) {
    throw new MalformedWebhookError("data.amountCents");
  }
  if (typeof d.currency !== "string" || !/^[A-Z]{3}$/.test(d.currency))
    throw new MalformedWebhookError("data.currency");
  return { chargeId: d.chargeId, teamId: d.teamId, amountCents: d.amountCents as number, currency: d.currency };
}

export class FakeProvider implements PaymentProvider {
  readonly name = "fake";

  constructor(
    private readonly signer: WebhookSigner,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  async attachPaymentMethod(token: string): Promise<PaymentMethod | null> {
    const card = Object.hasOwn(TEST_CARDS, token) ? TEST_CARDS[token] : undefined;
    return card ? { ref: token, brand: card.brand, last4: card.last4 } : null;
  }

  async createCharge(charge: ChargeRequest, tx: Transaction): Promise<{ providerChargeId: string }> {
    const card = Object.hasOwn(TEST_CARDS, charge.paymentMethodRef) ? TEST_CARDS[charge.paymentMethodRef] : null;
    const declines = card ? card.declines : "invalid_payment_method";
    const outcome: ChargeOutcome = {
      chargeId: charge.chargeId,
      teamId: charge.teamId,
      amountCents: charge.amountCents,
      currency: charge.currency,
    };
    const body: FakeWebhookBody = {
      type: declines ? "charge.failed" : "charge.succeeded",
      timestamp: new Date().toISOString(),
      data: declines ? { ...outcome, reason: declines } : outcome,
    };
    await this.deliveries.enqueue(tx, {
      id: `msg_${randomUUID().replaceAll("-", "")}`,
      chargeId: charge.chargeId,
      body: JSON.stringify(body),
    });
    return { providerChargeId: `ch_fake_${randomUUID().replaceAll("-", "")}` };
  }

  verifyWebhook(rawBody: string, headers: Record<string, string | undefined>): string {
    return this.signer.verify(rawBody, headers);
  }

  parseEvent(rawBody: string): ProviderEvent {
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      throw new MalformedWebhookError("the body is not JSON");
    }
    const { type, data } = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof type !== "string" || !type) throw new MalformedWebhookError("type");
    if (type === "charge.succeeded") return { type, ...chargeOutcome(data) };
    if (type === "charge.failed") {
      const reason = (data as { reason?: unknown }).reason;
      if (typeof reason !== "string" || !reason || reason.length > 200) throw new MalformedWebhookError("data.reason");
      return { type, reason, ...chargeOutcome(data) };
    }
    return { type: "unknown", name: type.slice(0, 100) };
  }

  start(): void {
    this.deliveries.start();
  }

  stop(): Promise<void> {
    return this.deliveries.stop();
  }
}
