/** billing: the shapes its routes answer (JSON Schema, lib/schemas.ts); never a provider's references. */
import { TIER_IDS } from "../../config.js";
import { count, instant, integer, money, nullable, object, oneOf, page, text, uuid } from "../../lib/schemas.js";
import { LEDGER_REASONS } from "./models.js";

export const tier = object(
  {
    id: oneOf(TIER_IDS),
    name: text,
    rank: integer,
    priceCents: money,
    currency: text,
    requestsPerMonth: count,
    overageCentsPer100: {
      ...nullable(money),
      description: "Cents per 100 requests past the quota; null: past the quota is refused",
    },
  },
  { title: "Tier" },
);

export const account = object(
  {
    id: uuid,
    teamId: uuid,
    tier: text,
    status: oneOf(["active", "closed"]),
    currency: text,
    balanceCents: money,
    periodStart: instant,
    periodEnd: instant,
    pendingTier: nullable(text),
    paymentMethod: nullable(object({ brand: text, last4: text }, { title: "PaymentMethod" })),
    createdAt: instant,
    updatedAt: instant,
  },
  { title: "BillingAccount" },
);

export const charge = object(
  {
    id: uuid,
    teamId: uuid,
    purpose: oneOf(["topup", "upgrade", "renewal"]),
    tier: nullable(text),
    amountCents: money,
    currency: text,
    status: oneOf(["pending", "succeeded", "failed"]),
    failureReason: nullable(text),
    createdAt: instant,
    updatedAt: instant,
  },
  { title: "Charge" },
);

export const ledgerEntry = object(
  {
    id: uuid,
    deltaCents: money,
    balanceAfterCents: money,
    reason: oneOf(LEDGER_REASONS),
    reference: text,
    idempotencyKey: { type: "string", description: "The movement's permanent key: it never moves money twice" },
    createdAt: instant,
  },
  { title: "LedgerEntry" },
);

export const subscriptionResult = object(
  { account, charge: nullable(charge) },
  { title: "SubscriptionResult", description: "`charge`: the pending charge of an upgrade that costs something" },
);

export const webhookResult = object(
  { received: { type: "boolean", const: true }, outcome: oneOf(["applied", "duplicate", "ignored"]) },
  { title: "WebhookResult" },
);

export const clockResult = object(
  { now: instant, offsetSeconds: integer, periodsEnded: count },
  { title: "ClockResult" },
);

export const tierPage = page(tier);
export const chargePage = page(charge);
export const ledgerPage = page(ledgerEntry);
