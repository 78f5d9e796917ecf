/**
 * The payment-provider adapter: everything billing asks of a provider. The built-in `fake` one is
 * an implementation; a real provider (Stripe) would be another, chosen by PAYMENTS_PROVIDER.
 */
import type { Transaction } from "sequelize";

/** A card as the provider knows it: its reference, and what a response may show. */
export interface PaymentMethod {
  ref: string;
  brand: string;
  last4: string;
}

export interface ChargeRequest {
  /** Billing's own charge id: the provider's idempotency key and the id its webhook names. */
  chargeId: string;
  teamId: string;
  amountCents: number;
  currency: string;
  /** The card (PaymentMethod.ref). */
  paymentMethodRef: string;
}

/** A charge outcome named by a verified webhook. */
export interface ChargeOutcome {
  chargeId: string;
  teamId: string;
  amountCents: number;
  currency: string;
}

/** What a verified webhook says; an event type billing doesn't handle is `unknown` (acknowledged, ignored). */
export type ProviderEvent =
  | ({ type: "charge.succeeded" } & ChargeOutcome)
  | ({ type: "charge.failed"; reason: string } & ChargeOutcome)
  | { type: "unknown"; name: string };

/** A verified webhook's body that doesn't say what its type promises: the provider is told with a 400. */
export class MalformedWebhookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MalformedWebhookError";
  }
}

export interface PaymentProvider {
  readonly name: string;
  /** The card behind a client's payment-method token, or null for a token the provider refuses. */
  attachPaymentMethod(token: string): Promise<PaymentMethod | null>;
  /**
   * Asks for a charge. Runs in the transaction that records the charge, so a rollback forgets both;
   * the outcome arrives later as a signed webhook. (A remote provider would record its request here
   * and send it after commit, with the charge id as its idempotency key.)
   */
  createCharge(charge: ChargeRequest, tx: Transaction): Promise<{ providerChargeId: string }>;
  /**
   * Checks a webhook's signature over its raw body, before anything parses it; answers the webhook
   * id to deduplicate on. Throws WebhookSignatureError (signing.ts).
   */
  verifyWebhook(rawBody: string, headers: Record<string, string | undefined>): string;
  /** A verified body as an event; throws MalformedWebhookError. */
  parseEvent(rawBody: string): ProviderEvent;
  /** Background work (the fake provider's deliveries); stop() waits for it. */
  start(): void;
  stop(): Promise<void>;
}
