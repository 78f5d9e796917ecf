/** The pricing engine of the promotions domain (DESIGN §6 "Pricing"): a pure function from a cart and promotions to discounts. */

/** One cart line. The engine assumes non-negative safe integers (the actions validate quantity ≥ 1). */
export interface PricingLineInput {
  productId: string;
  quantity: number;
  unitPriceCents: number;
}

/**
 * One discount line of a promotion.
 * percent: `value` is hundredths of a percent, an integer in 1..10000 (12.5 % = 1250, 100 % = 10000), so no float
 * carries it; amount: `value` is integer cents (≥ 1) off each unit.
 */
export interface PromotionLine {
  productId: string;
  type: "percent" | "amount";
  value: number;
}

/** What the engine needs of a promotion; ids are unique in one call. */
export interface PricingPromotion {
  id: string;
  status: "draft" | "pending" | "approved" | "rejected";
  customerId: string | null;
  validFrom: Date;
  validThru: Date;
  combinable: boolean;
  priority: number;
  usageLimit: number | null;
  usageCount: number;
  lines: PromotionLine[];
}

export interface PricingInput {
  lines: PricingLineInput[];
  customerId: string | null;
  at: Date;
  promotions: PricingPromotion[];
  /** redeem: a promotion with usageLimit reached is not a candidate; quote ignores usage */
  requireUsageLeft: boolean;
}

export interface AppliedDiscount {
  promotionId: string;
  discountCents: number;
}

export interface PricedLine extends PricingLineInput {
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  /** Only discounts > 0, in rank order (priority desc, then id asc); they add up to `discountCents`. */
  applied: AppliedDiscount[];
}

export interface PriceResult {
  /** One per input line, in input order. */
  lines: PricedLine[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  /** ids of promotions that gave a discount > 0 on at least one line, sorted */
  appliedPromotionIds: string[];
}

/** An amount the engine would return does not fit a JS number exactly (> Number.MAX_SAFE_INTEGER). */
export class PricingOverflowError extends Error {
  constructor(what: string) {
    super(`${what} exceeds Number.MAX_SAFE_INTEGER`);
    this.name = "PricingOverflowError";
  }
}

const HUNDREDTHS_PER_WHOLE = 10_000n; // 100 % in hundredths of a percent
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Prices a cart: for every line, its subtotal, the discount the promotions give it and which promotions gave it.
 *
 * Candidates for a line: status `approved`; `validFrom ≤ at ≤ validThru` (both ends included, millisecond precision);
 * customerId null or equal to the input's (a customer-bound promotion never applies to an anonymous cart); a line for
 * the line's product; and, when `requireUsageLeft` (redeem), `usageLimit` null or `usageCount < usageLimit`.
 *
 * A candidate's amount on a line of subtotal = quantity × unitPriceCents: percent → round-half-even(subtotal × value /
 * 10000); amount → min(value × quantity, subtotal). A promotion with several lines for the same product gives the
 * largest of their amounts. Every input line is priced on its own, so a product on two lines earns the promotion twice.
 *
 * Line discount = max(best single non-combinable candidate, sum of all combinable candidates capped at the subtotal).
 * "Rank" orders promotions by higher priority number first, then lower id (plain string order, as UUIDs compare).
 * - Among non-combinables of equal amount, the best-ranked one wins.
 * - When the best single equals the capped combinable sum (and both are > 0), the single's rank is compared with the
 *   rank of the set's best-ranked member that gives more than 0; the better-ranked side wins.
 * - A capped combinable sum is shared out in rank order: each member takes min(its amount, what is left), so the
 *   `applied` entries add up exactly to the line discount; members left with 0 are not listed (nor counted as applied).
 *
 * Quantity 0 gives a zero line with nothing applied. All arithmetic is BigInt; every returned amount is checked
 * against Number.MAX_SAFE_INTEGER (PricingOverflowError). Malformed input (a non-integer or negative amount, an invalid
 * `at`, a percent outside 1..10000, duplicate promotion ids) is a caller bug and throws RangeError. The result depends
 * only on the input, not on the order of `promotions`; lines come back in input order.
 */
export function price(input: PricingInput): PriceResult {
  if (Number.isNaN(input.at.getTime())) throw new RangeError("at is not a valid date");
  const ranked = eligiblePromotions(input);
  const lines = input.lines.map((line, i) => priceLine(line, i, ranked));

  let subtotal = 0n;
  let discount = 0n;
  const appliedIds = new Set<string>();
  for (const line of lines) {
    subtotal += BigInt(line.subtotalCents);
    discount += BigInt(line.discountCents);
    for (const a of line.applied) appliedIds.add(a.promotionId);
  }
  return {
    lines,
    subtotalCents: safeNumber(subtotal, "subtotalCents"),
    discountCents: safeNumber(discount, "discountCents"),
    totalCents: safeNumber(subtotal - discount, "totalCents"),
    appliedPromotionIds: [...appliedIds].sort(compareIds),
  };
}

/** The promotions that may apply to any line of this cart (all rules but the product), in rank order. */
function eligiblePromotions(input: PricingInput): PricingPromotion[] {
  const at = input.at.getTime();
  const seen = new Set<string>();
  for (const p of input.promotions) {
    if (seen.has(p.id)) throw new RangeError(`promotion ${p.id} is given twice`);
    seen.add(p.id);
    if (!Number.isFinite(p.priority)) throw new RangeError(`promotion ${p.id}: priority is not a finite number`);
  }
  return input.promotions
    .filter(
      (p) =>
        p.status === "approved" &&
        p.validFrom.getTime() <= at &&
        at <= p.validThru.getTime() &&
        (p.customerId === null || p.customerId === input.customerId) &&
        (!input.requireUsageLeft || p.usageLimit === null || p.usageCount < p.usageLimit),
    )
    .sort(byRank);
}

interface Candidate {
  promotion: PricingPromotion;
  amount: bigint;
}

function priceLine(line: PricingLineInput, index: number, ranked: PricingPromotion[]): PricedLine {
  const quantity = nonNegativeInteger(line.quantity, `lines[${index}].quantity`);
  const unitPrice = nonNegativeInteger(line.unitPriceCents, `lines[${index}].unitPriceCents`);
  const subtotal = quantity * unitPrice;
  const subtotalCents = safeNumber(subtotal, `lines[${index}].subtotalCents`);

  const candidates: Candidate[] = [];
  for (const promotion of ranked) {
    const amount = promotionAmount(promotion, line.productId, quantity, subtotal);
    if (amount !== null) candidates.push({ promotion, amount });
  }
  const applied = chooseDiscounts(candidates, subtotal);
  const discount = applied.reduce((sum, a) => sum + a.amount, 0n);
  return {
    productId: line.productId,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    subtotalCents,
    discountCents: safeNumber(discount, `lines[${index}].discountCents`),
    totalCents: safeNumber(subtotal - discount, `lines[${index}].totalCents`),
    applied: applied.map((a) => ({ promotionId: a.promotion.id, discountCents: Number(a.amount) })),
  };
}

/** The best amount a promotion's lines give this product, or null when it has no line for it. */
function promotionAmount(
  promotion: PricingPromotion,
  productId: string,
  quantity: bigint,
  subtotal: bigint,
): bigint | null {
  let best: bigint | null = null;
  for (const pl of promotion.lines) {
    if (pl.productId !== productId) continue;
    const amount = lineAmount(promotion.id, pl, quantity, subtotal);
    if (best === null || amount > best) best = amount;
  }
  return best;
}

function lineAmount(promotionId: string, pl: PromotionLine, quantity: bigint, subtotal: bigint): bigint {
  if (pl.type === "percent") {
    if (!Number.isInteger(pl.value) || pl.value < 1 || pl.value > 10_000) {
      throw new RangeError(`promotion ${promotionId}: percent value ${pl.value} is not an integer in 1..10000`);
    }
    return divideHalfEven(subtotal * BigInt(pl.value), HUNDREDTHS_PER_WHOLE);
  }
  if (pl.type === "amount") {
    if (!Number.isSafeInteger(pl.value) || pl.value < 1) {
      throw new RangeError(`promotion ${promotionId}: amount value ${pl.value} is not a positive safe integer`);
    }
    const amount = BigInt(pl.value) * quantity;
    return amount < subtotal ? amount : subtotal;
  }
  throw new RangeError(`promotion ${promotionId}: unknown line type ${String(pl.type)}`);
}

/**
 * The discounts a line gets, given its candidates in rank order: the best single non-combinable or the combinable set,
 * whichever gives more (ties by rank, see `price`). Only amounts > 0, in rank order.
 */
function chooseDiscounts(candidates: Candidate[], subtotal: bigint): Candidate[] {
  let single: Candidate | null = null;
  for (const c of candidates) {
    // Strictly greater: among equal amounts the first, best-ranked one stays.
    if (!c.promotion.combinable && c.amount > 0n && (single === null || c.amount > single.amount)) single = c;
  }
  const set = allocate(
    candidates.filter((c) => c.promotion.combinable),
    subtotal,
  );
  const setTotal = set.reduce((sum, c) => sum + c.amount, 0n);

  if (single === null) return set;
  if (single.amount > setTotal) return [single];
  if (single.amount < setTotal) return set;
  // Equal amounts: the set's first member is its best-ranked one giving > 0.
  return byRank(single.promotion, set[0].promotion) < 0 ? [single] : set;
}

/** Shares the subtotal out among combinable candidates in rank order; drops the ones left with 0. */
function allocate(combinables: Candidate[], subtotal: bigint): Candidate[] {
  let left = subtotal;
  const out: Candidate[] = [];
  for (const c of combinables) {
    const amount = c.amount < left ? c.amount : left;
    if (amount > 0n) out.push({ promotion: c.promotion, amount });
    left -= amount;
  }
  return out;
}

/** Rank order: the higher priority number first, then the lower id. */
function byRank(a: PricingPromotion, b: PricingPromotion): number {
  if (a.priority !== b.priority) return a.priority > b.priority ? -1 : 1;
  return compareIds(a.id, b.id);
}

/** Plain UTF-16 code unit order, independent of locale (UUIDs as PostgreSQL prints them, lower case). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** numerator / denominator rounded to the nearest integer, exact halves to the even one; both non-negative. */
function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator) return quotient + 1n;
  if (twiceRemainder === denominator && quotient % 2n === 1n) return quotient + 1n;
  return quotient;
}

function nonNegativeInteger(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} is not a non-negative safe integer`);
  return BigInt(value);
}

function safeNumber(value: bigint, what: string): number {
  if (value > MAX_SAFE) throw new PricingOverflowError(what);
  return Number(value);
}

/**
 * An API percent (at most two decimals, 0 < percent ≤ 100) as an integer of hundredths of a percent, read from its
 * shortest decimal string so no float multiplication error creeps in (0.29 → 29, 12.5 → 1250, 100 → 10000).
 * Throws RangeError for a value that is not finite, ≤ 0, > 100 or has more than two decimals (1.005, 1e-7).
 */
export function percentToHundredths(value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new RangeError("percent must be a finite number");
  if (value <= 0 || value > 100) throw new RangeError("percent must be greater than 0 and at most 100");
  // String() gives the shortest decimal that reads back as this double: what the client wrote.
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(value));
  if (!match) throw new RangeError("percent must have at most two decimals");
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** The inverse of percentToHundredths, for responses: 1250 → 12.5 (an integer over 100 reads back as its decimal). */
export function hundredthsToPercent(hundredths: number): number {
  return hundredths / 100;
}
