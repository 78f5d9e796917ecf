/** What the promotions service's parts share: its `this`, params, and the shapes its actions answer and publish. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import type { OwnerLookup } from "../../lib/access.js";
import type { PageParams } from "../../lib/pagination.js";
import type { Envelope } from "../../lib/events/envelope.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import {
  PROMOTION_FIELDS,
  type LineType,
  type PromotionLineRecord,
  type PromotionRecord,
  type PromotionStatus,
  type PromotionsModels,
  type RedemptionRecord,
} from "./models.js";
import type { PricedLine, PricingPromotion } from "./pricing.js";

export type { LineType, PromotionStatus } from "./models.js";

// --- params ------------------------------------------------------------------------------------

/** A discount line as the API takes and shows it: a percent (≤ 2 decimals) or integer cents off each unit. */
export interface PromotionLine {
  productId: string;
  type: LineType;
  value: number;
}

export interface CreatePromotionParams {
  teamId: string;
  name: string;
  description?: string;
  customerId?: string | null;
  /** ISO 8601 date-times with a time zone. */
  validFrom: string;
  validThru: string;
  combinable?: boolean;
  priority?: number;
  usageLimit?: number | null;
  lines: PromotionLine[];
}

export interface UpdatePromotionParams {
  id: string;
  name?: string;
  description?: string;
  customerId?: string | null;
  validFrom?: string;
  validThru?: string;
  combinable?: boolean;
  priority?: number;
  usageLimit?: number | null;
  lines?: PromotionLine[];
}

export interface ListPromotionsParams extends PageParams {
  teamId?: string;
  status?: PromotionStatus;
  customerId?: string;
  productId?: string;
  activeAt?: string;
}

export interface IdParams {
  id: string;
}

export interface RejectParams {
  id: string;
  reason: string;
}

export interface BasketLine {
  productId: string;
  quantity: number;
  unitPriceCents: number;
}

export interface PricingParams {
  teamId: string;
  customerId?: string | null;
  /** When to price at (ISO 8601); now by default. */
  at?: string;
  lines: BasketLine[];
}

/** Unknown body fields (status, usageCount, approvedBy, createdBy, teamId on a PATCH…) are dropped, never written. */
export const strict = { $$strict: "remove" } as const;

// --- what leaves the service -------------------------------------------------------------------

type PromotionColumns = Pick<PromotionRecord, (typeof PROMOTION_FIELDS)[number]>;
export type Promotion = PromotionColumns & { lines: PromotionLine[] };

/** A price for a basket, as DESIGN §6 shows it. */
export interface Quote {
  lines: PricedLine[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
}

/** A recorded redemption: its priced basket, when it was priced at and for whom (key order as responses show it). */
export interface RedemptionView extends Quote {
  id: string;
  customerId: string | null;
  at: string;
  createdAt: string;
}

/** A promotion row with its lines in position order: what the service works with. */
export interface StoredPromotion {
  record: PromotionRecord;
  lines: PromotionLineRecord[];
}

/** 1250 hundredths → 12.5, through integer division and the decimal text, never a float multiply. */
export function hundredthsToPercent(hundredths: number): number {
  const rest = hundredths % 100;
  const whole = (hundredths - rest) / 100;
  return Number(`${whole}.${String(rest).padStart(2, "0")}`);
}

export function toLine(line: PromotionLineRecord): PromotionLine {
  return line.type === "percent"
    ? { productId: line.productId, type: "percent", value: hundredthsToPercent(line.percentHundredths ?? 0) }
    : { productId: line.productId, type: "amount", value: line.amountCents ?? 0 };
}

/** A promotion as responses show it: the fields of PROMOTION_FIELDS with its lines after usageCount. */
export function toPromotion({ record, lines }: StoredPromotion): Promotion {
  const shown: Record<string, unknown> = {};
  for (const field of PROMOTION_FIELDS) {
    shown[field] = record[field];
    if (field === "usageCount") shown.lines = lines.map(toLine);
  }
  return shown as Promotion;
}

/** What the pricing engine reads of a promotion. */
export function toPricing({ record, lines }: StoredPromotion): PricingPromotion {
  return {
    id: record.id,
    status: record.status,
    customerId: record.customerId,
    validFrom: new Date(record.validFrom),
    validThru: new Date(record.validThru),
    combinable: record.combinable,
    priority: record.priority,
    usageLimit: record.usageLimit,
    usageCount: record.usageCount,
    lines: lines.map((line) => ({
      productId: line.productId,
      type: line.type,
      value: (line.type === "percent" ? line.percentHundredths : line.amountCents) ?? 0,
    })),
  };
}

// Event snapshots (events/promotions/events.proto): timestamps in epoch milliseconds, absent ids as "".
const ms = (iso: string) => Date.parse(iso);

export const promotionSnapshot = ({ record: p, lines }: StoredPromotion) => ({
  id: p.id,
  teamId: p.teamId,
  name: p.name,
  description: p.description,
  customerId: p.customerId ?? "",
  validFrom: ms(p.validFrom),
  validThru: ms(p.validThru),
  approvalStatus: p.status,
  combinable: p.combinable,
  priority: p.priority,
  usageLimit: p.usageLimit ?? 0,
  hasUsageLimit: p.usageLimit !== null,
  usageCount: p.usageCount,
  createdBy: p.createdBy,
  approvedBy: p.approvedBy ?? "",
  rejectionReason: p.rejectionReason ?? "",
  createdAt: ms(p.createdAt),
  updatedAt: ms(p.updatedAt),
  lines: lines.map((line) => ({
    productId: line.productId,
    type: line.type,
    percentOffHundredths: line.percentHundredths ?? 0,
    // Old readers know whole percents only: the whole part of the percent.
    percentOff: Math.floor((line.percentHundredths ?? 0) / 100),
    amountOffCents: line.amountCents ?? 0,
  })),
});

export const redemptionSnapshot = (r: RedemptionRecord, lines: PricedLine[]) => ({
  id: r.id,
  teamId: r.teamId,
  customerId: r.customerId ?? "",
  at: ms(r.at),
  lines,
  subtotalCents: r.subtotalCents,
  discountCents: r.discountCents,
  totalCents: r.totalCents,
  createdBy: r.createdBy,
  createdAt: ms(r.createdAt),
});

// --- the service's `this` ------------------------------------------------------------------------

export type PromotionsEvent = Parameters<EventsMethods<"promotions">["publish"]>[0];

/** The fields an edit may change, in storage form (percent lines in hundredths). */
export interface PromotionChanges {
  name?: string;
  description?: string;
  customerId?: string | null;
  validFrom?: Date;
  validThru?: Date;
  combinable?: boolean;
  priority?: number;
  usageLimit?: number | null;
  lines?: PromotionLine[];
}

/** A workflow step: the statuses it leaves from, the one it reaches, and what else it sets. */
export interface Transition {
  from: readonly PromotionStatus[];
  to: PromotionStatus;
  approvedBy?: string | null;
  rejectionReason?: string | null;
  /** Approvals and rejections: refused (403 SELF_APPROVAL) to whoever wrote or last edited the promotion. */
  notBy?: string;
}

export interface PromotionsMethods extends DbMethods, EventsMethods<"promotions">, OwnerLookup {
  tables(): PromotionsModels;
  /** Publishes a promotions event about a promotion inside `tx`. */
  emitPromotion(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: PromotionsEvent,
    promotion: StoredPromotion,
    extra?: { changed?: string[]; previousApprovalStatus?: PromotionStatus },
  ): Promise<void>;
  /** The promotion with its lines; with `forUpdate`, row-locked until `tx` ends. */
  findPromotion(id: string, tx?: Transaction, forUpdate?: boolean): Promise<StoredPromotion | null>;
  requirePromotion(id: string, tx?: Transaction, forUpdate?: boolean): Promise<StoredPromotion>;
  /** 422 unless every line names a product of the team and the customer (if any) is the team's. */
  checkReferences(
    ctx: Context<unknown, Meta>,
    teamId: string,
    refs: { customerId?: string | null; lines?: PromotionLine[] },
  ): Promise<void>;
  /**
   * Moves a promotion along the workflow with one conditional update on its current status (and, for
   * `notBy`, its authors); otherwise 403 SELF_APPROVAL or 409 INVALID_TRANSITION.
   */
  transition(ctx: Context<unknown, Meta>, id: string, step: Transition): Promise<Promotion>;
  /** The basket priced with the team's promotions at `at`, no effects. */
  quoteBasket(params: PricingParams, at: Date): Promise<Quote>;
  /** Prices the basket, consumes one use of each applied promotion and records the redemption, in one transaction. */
  redeemBasket(ctx: Context<unknown, Meta>, params: PricingParams, at: Date): Promise<RedemptionView>;
  /** Writes the redemption, its lines and discounts and its Redeemed event inside `tx`. */
  recordRedemption(
    ctx: Context<unknown, Meta>,
    tx: Transaction,
    params: PricingParams,
    at: Date,
    quote: Quote,
  ): Promise<RedemptionView>;
  requireRedemption(id: string): Promise<RedemptionView>;
  onTeamEvent(envelope: Envelope): Promise<void>;
}

export type PromotionsThis = Service & PromotionsMethods & DbThis;

export function userId(ctx: Context<unknown, Meta>): string {
  return ctx.meta.user?.id ?? "00000000-0000-0000-0000-000000000000";
}

/** The names of the fields a change set really sets (an absent field is no change; null is one). */
export const changedFields = (changes: object): string[] =>
  Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

type Schema = ServiceSchema<object, PromotionsMethods, DbThis>;
/** An actions object of the promotions service, with `this` typed. */
export type PromotionsActions = NonNullable<Schema["actions"]>;
/** The promotions service's methods object, with `this` typed. */
export type PromotionsMethodsSchema = NonNullable<Schema["methods"]>;
