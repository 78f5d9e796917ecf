/** promotions: Sequelize models of the domain's tables (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn, type Model, type ModelStatic } from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

const id = { type: DataTypes.UUID, primaryKey: true, allowNull: false };
const uuid = (field: string) => ({ type: DataTypes.UUID, allowNull: false, field });
const nullableUuid = (field: string) => ({ type: DataTypes.UUID, allowNull: true, field });
const text = { type: DataTypes.TEXT, allowNull: false };
const integer = (field: string) => ({ type: DataTypes.INTEGER, allowNull: false, field });
const cents = (field: string) => ({ type: DataTypes.BIGINT, allowNull: false, field });
/** A `timestamptz NOT NULL DEFAULT now()` column: the database's clock, as the table says. */
const stamp = (attribute: string, field: string) => ({ ...timestampColumn(attribute, field), defaultValue: fn("now") });

// Attributes are listed in the order responses show them.

export const PromotionModel: ModelDefinition = {
  table: "promotions",
  attributes: {
    id,
    teamId: uuid("team_id"),
    name: text,
    description: { ...text, defaultValue: "" },
    customerId: nullableUuid("customer_id"),
    validFrom: timestampColumn("validFrom", "valid_from"),
    validThru: timestampColumn("validThru", "valid_thru"),
    status: { ...text, defaultValue: "draft" },
    combinable: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    priority: { ...integer("priority"), defaultValue: 0 },
    usageLimit: { type: DataTypes.INTEGER, allowNull: true, field: "usage_limit" },
    usageCount: { ...integer("usage_count"), defaultValue: 0 },
    // Internal: bumped by every edit, so a redemption consumes only the revision it priced with.
    revision: { ...integer("revision"), defaultValue: 1 },
    createdBy: uuid("created_by"),
    // Internal: who last changed what the promotion says; they may not approve it either.
    editedBy: uuid("edited_by"),
    approvedBy: nullableUuid("approved_by"),
    rejectionReason: { type: DataTypes.TEXT, allowNull: true, field: "rejection_reason" },
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

/** What a promotion response carries from its row (lines come from their own table). */
export const PROMOTION_FIELDS = [
  "id",
  "teamId",
  "name",
  "description",
  "customerId",
  "validFrom",
  "validThru",
  "status",
  "combinable",
  "priority",
  "usageLimit",
  "usageCount",
  "createdBy",
  "approvedBy",
  "rejectionReason",
  "createdAt",
  "updatedAt",
] as const;

export const PromotionLineModel: ModelDefinition = {
  table: "promotion_lines",
  attributes: {
    promotionId: { ...uuid("promotion_id"), primaryKey: true },
    position: { ...integer("position"), primaryKey: true },
    productId: uuid("product_id"),
    type: text,
    percentHundredths: { type: DataTypes.INTEGER, allowNull: true, field: "percent_hundredths" },
    amountCents: { type: DataTypes.BIGINT, allowNull: true, field: "amount_cents" },
  },
};

export const RedemptionModel: ModelDefinition = {
  table: "redemptions",
  attributes: {
    id,
    teamId: uuid("team_id"),
    customerId: nullableUuid("customer_id"),
    at: timestampColumn("at", "at"),
    subtotalCents: cents("subtotal_cents"),
    discountCents: cents("discount_cents"),
    totalCents: cents("total_cents"),
    createdBy: uuid("created_by"),
    createdAt: stamp("createdAt", "created_at"),
  },
};

export const RedemptionLineModel: ModelDefinition = {
  table: "redemption_lines",
  attributes: {
    redemptionId: { ...uuid("redemption_id"), primaryKey: true },
    position: { ...integer("position"), primaryKey: true },
    productId: uuid("product_id"),
    quantity: integer("quantity"),
    unitPriceCents: cents("unit_price_cents"),
    subtotalCents: cents("subtotal_cents"),
    discountCents: cents("discount_cents"),
    totalCents: cents("total_cents"),
  },
};

export const RedemptionDiscountModel: ModelDefinition = {
  table: "redemption_discounts",
  attributes: {
    redemptionId: { ...uuid("redemption_id"), primaryKey: true },
    linePosition: { ...integer("line_position"), primaryKey: true },
    rank: { ...integer("rank"), primaryKey: true },
    promotionId: uuid("promotion_id"),
    discountCents: cents("discount_cents"),
  },
};

export type PromotionStatus = "draft" | "pending" | "approved" | "rejected";
export type LineType = "percent" | "amount";

/** The models' rows as plain objects (`row.get({ plain: true })`): timestamps are ISO strings. */
export interface PromotionRecord {
  id: string;
  teamId: string;
  name: string;
  description: string;
  customerId: string | null;
  validFrom: string;
  validThru: string;
  status: PromotionStatus;
  combinable: boolean;
  priority: number;
  usageLimit: number | null;
  usageCount: number;
  revision: number;
  createdBy: string;
  editedBy: string;
  approvedBy: string | null;
  rejectionReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PromotionLineRecord {
  promotionId: string;
  position: number;
  productId: string;
  type: LineType;
  percentHundredths: number | null;
  amountCents: number | null;
}

export interface RedemptionRecord {
  id: string;
  teamId: string;
  customerId: string | null;
  at: string;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  createdBy: string;
  createdAt: string;
}

export interface RedemptionLineRecord {
  redemptionId: string;
  position: number;
  productId: string;
  quantity: number;
  unitPriceCents: number;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
}

export interface RedemptionDiscountRecord {
  redemptionId: string;
  linePosition: number;
  rank: number;
  promotionId: string;
  discountCents: number;
}

/** The domain's models by name, from the Db mixin's `this.models` (keyed by table). */
export interface PromotionsModels {
  promotions: ModelStatic<Model>;
  lines: ModelStatic<Model>;
  redemptions: ModelStatic<Model>;
  redemptionLines: ModelStatic<Model>;
  redemptionDiscounts: ModelStatic<Model>;
}

export function promotionsModels(models: Record<string, ModelStatic<Model>>): PromotionsModels {
  return {
    promotions: models[PromotionModel.table],
    lines: models[PromotionLineModel.table],
    redemptions: models[RedemptionModel.table],
    redemptionLines: models[RedemptionLineModel.table],
    redemptionDiscounts: models[RedemptionDiscountModel.table],
  };
}
