/** promotions: the shapes its routes answer (JSON Schema, lib/schemas.ts); never the edit revision or editor. */
import {
  arrayOf,
  bool,
  count,
  instant,
  integer,
  money,
  nullable,
  object,
  oneOf,
  page,
  text,
  uuid,
} from "../../lib/schemas.js";
import { STATUSES } from "./rules.js";

const line = object(
  {
    productId: uuid,
    type: oneOf(["percent", "amount"]),
    value: { type: "number", description: "percent: a percentage (≤ 2 decimals); amount: integer cents off each unit" },
  },
  { title: "PromotionLine" },
);

export const promotion = object(
  {
    id: uuid,
    teamId: uuid,
    name: text,
    description: text,
    customerId: nullable(uuid),
    validFrom: instant,
    validThru: instant,
    status: oneOf(STATUSES),
    combinable: bool,
    priority: integer,
    usageLimit: nullable(integer),
    usageCount: count,
    lines: arrayOf(line),
    createdBy: uuid,
    approvedBy: nullable(uuid),
    rejectionReason: nullable(text),
    createdAt: instant,
    updatedAt: instant,
  },
  { title: "Promotion" },
);

const pricedLine = object(
  {
    productId: uuid,
    quantity: integer,
    unitPriceCents: money,
    subtotalCents: money,
    discountCents: money,
    totalCents: money,
    applied: arrayOf(object({ promotionId: uuid, discountCents: money }, { title: "AppliedDiscount" })),
  },
  { title: "PricedLine" },
);

const totals = { subtotalCents: money, discountCents: money, totalCents: money };

export const quote = object(
  { lines: arrayOf(pricedLine), ...totals },
  { title: "Quote", description: "A priced basket" },
);

export const redemption = object(
  { id: uuid, customerId: nullable(uuid), at: instant, lines: arrayOf(pricedLine), ...totals, createdAt: instant },
  { title: "Redemption", description: "A recorded, priced basket" },
);

export const promotionPage = page(promotion);
