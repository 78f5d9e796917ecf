/** billing: Sequelize models of the domain's tables (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn, type Model, type ModelStatic } from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

const id = { type: DataTypes.UUID, primaryKey: true, allowNull: false };
const uuid = (field: string) => ({ type: DataTypes.UUID, allowNull: false, field });
const text = (field: string, allowNull = false) => ({ type: DataTypes.TEXT, allowNull, field });
const stamp = (attribute: string, field: string, allowNull = false) => ({
  ...timestampColumn(attribute, field, allowNull),
  ...(allowNull ? {} : { defaultValue: fn("now") }),
});

/** A bigint of cents: it reads as a string from the driver and leaves as a number (all far below 2^53). */
function cents(attribute: string, field: string) {
  return {
    type: DataTypes.BIGINT,
    allowNull: false,
    field,
    get(this: Model) {
      const value = this.getDataValue(attribute) as string | number | null;
      return value == null ? null : Number(value);
    },
  };
}

// Attributes are listed in the order responses show them.

export const AccountModel: ModelDefinition = {
  table: "billing_accounts",
  attributes: {
    id,
    teamId: uuid("team_id"),
    tier: text("tier"),
    status: text("status"),
    currency: text("currency"),
    balanceCents: cents("balanceCents", "balance_cents"),
    periodAnchor: stamp("periodAnchor", "period_anchor"),
    periodStart: stamp("periodStart", "period_start"),
    periodEnd: stamp("periodEnd", "period_end"),
    pendingTier: text("pending_tier", true),
    paymentMethodRef: text("payment_method_ref", true),
    paymentMethodBrand: text("payment_method_brand", true),
    paymentMethodLast4: text("payment_method_last4", true),
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

export const ChargeModel: ModelDefinition = {
  table: "billing_charges",
  attributes: {
    id,
    accountId: uuid("account_id"),
    teamId: uuid("team_id"),
    purpose: text("purpose"),
    tier: text("tier", true),
    amountCents: cents("amountCents", "amount_cents"),
    currency: text("currency"),
    status: text("status"),
    failureReason: text("failure_reason", true),
    provider: text("provider"),
    providerChargeId: text("provider_charge_id", true),
    periodStart: stamp("periodStart", "period_start", true),
    idempotencyKey: text("idempotency_key", true),
    createdBy: { type: DataTypes.UUID, allowNull: true, field: "created_by" },
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

export const LedgerModel: ModelDefinition = {
  table: "billing_ledger",
  attributes: {
    id,
    accountId: uuid("account_id"),
    teamId: uuid("team_id"),
    deltaCents: cents("deltaCents", "delta_cents"),
    balanceAfterCents: cents("balanceAfterCents", "balance_after_cents"),
    reason: text("reason"),
    reference: text("reference"),
    idempotencyKey: text("idempotency_key"),
    createdAt: stamp("createdAt", "created_at"),
  },
};

export const WebhookEventModel: ModelDefinition = {
  table: "billing_webhook_events",
  attributes: {
    provider: { ...text("provider"), primaryKey: true },
    webhookId: { ...text("webhook_id"), primaryKey: true },
    type: text("type"),
    receivedAt: stamp("receivedAt", "received_at"),
  },
};

export const DeliveryModel: ModelDefinition = {
  table: "billing_provider_deliveries",
  attributes: {
    id: { ...text("id"), primaryKey: true },
    provider: text("provider"),
    chargeId: uuid("charge_id"),
    body: text("body"),
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    nextAttemptAt: stamp("nextAttemptAt", "next_attempt_at"),
    deliveredAt: stamp("deliveredAt", "delivered_at", true),
    failedAt: stamp("failedAt", "failed_at", true),
    lastError: text("last_error", true),
    createdAt: stamp("createdAt", "created_at"),
  },
};

export const ClockModel: ModelDefinition = {
  table: "billing_clock",
  attributes: {
    id: { type: DataTypes.SMALLINT, primaryKey: true, allowNull: false },
    offsetMs: cents("offsetMs", "offset_ms"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

export type AccountStatus = "active" | "closed";
export type ChargePurpose = "topup" | "upgrade" | "renewal";
export type ChargeStatus = "pending" | "succeeded" | "failed";
export const LEDGER_REASONS = ["topup", "usage", "adjustment", "renewal", "refund"] as const;
export type LedgerReason = (typeof LEDGER_REASONS)[number];

/** The models' rows as plain objects (`row.get({ plain: true })`): timestamps are ISO strings. */
export interface AccountRecord {
  id: string;
  teamId: string;
  tier: string;
  status: AccountStatus;
  currency: string;
  balanceCents: number;
  periodAnchor: string;
  periodStart: string;
  periodEnd: string;
  pendingTier: string | null;
  paymentMethodRef: string | null;
  paymentMethodBrand: string | null;
  paymentMethodLast4: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ChargeRecord {
  id: string;
  accountId: string;
  teamId: string;
  purpose: ChargePurpose;
  tier: string | null;
  amountCents: number;
  currency: string;
  status: ChargeStatus;
  failureReason: string | null;
  provider: string;
  providerChargeId: string | null;
  periodStart: string | null;
  idempotencyKey: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LedgerRecord {
  id: string;
  accountId: string;
  teamId: string;
  deltaCents: number;
  balanceAfterCents: number;
  reason: LedgerReason;
  reference: string;
  idempotencyKey: string;
  createdAt: string;
}

/** The domain's models by name, from the Db mixin's `this.models` (keyed by table). */
export interface BillingModels {
  accounts: ModelStatic<Model>;
  charges: ModelStatic<Model>;
  ledger: ModelStatic<Model>;
  webhookEvents: ModelStatic<Model>;
  deliveries: ModelStatic<Model>;
  clock: ModelStatic<Model>;
}

export function billingModels(models: Record<string, ModelStatic<Model>>): BillingModels {
  return {
    accounts: models[AccountModel.table],
    charges: models[ChargeModel.table],
    ledger: models[LedgerModel.table],
    webhookEvents: models[WebhookEventModel.table],
    deliveries: models[DeliveryModel.table],
    clock: models[ClockModel.table],
  };
}
