/**
 * promotions: what each field may hold, as validator rules (a 422 naming the field), and the checks
 * the validator can't see: instants, a line's value by its type, `validFrom ≤ validThru` on a PATCH.
 */
import { UnprocessableError } from "../../lib/errors.js";
import { instantRule, paragraphsCheck, parseInstant, textCheck } from "../../lib/fields.js";
import { percentToHundredths } from "./pricing.js";

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const REASON_MAX = 2000;
/** Lines of a promotion, and of a basket to price. */
export const LINES_MAX = 100;
/** Safe bounds for a basket line: their product (1e17) can still overflow a safe integer, which is a 422. */
export const QUANTITY_MAX = 1_000_000;
export const UNIT_PRICE_MAX = 100_000_000_000;
/** priority is an int32 on the wire; usageLimit a uint32. */
export const PRIORITY_LIMIT = 1_000_000;
export const USAGE_LIMIT_MAX = 1_000_000_000;
export const STATUSES = ["draft", "pending", "approved", "rejected"] as const;

/**
 * The instant of a validated date-time param (dateTime): the validator has refused every other text, so a
 * text that names no instant here is a programming error.
 */
export function instant(value: string): Date {
  const at = parseInstant(value, { requireTime: true });
  if (!at) throw new RangeError(`not a validated instant: ${value}`);
  return at;
}

// A fresh rule object per use: fastest-validator skips the custom check of a rule object used twice in one schema.

export const name = (optional = false) =>
  ({ type: "string", min: 1, max: NAME_MAX, trim: true, optional, custom: textCheck }) as const;

export const description = () =>
  ({ type: "string", max: DESCRIPTION_MAX, optional: true, custom: paragraphsCheck }) as const;

export const reason = () => ({ type: "string", min: 1, max: REASON_MAX, trim: true, custom: paragraphsCheck }) as const;

/** An ISO 8601 date-time with a time zone (lib/fields.ts), kept as sent: handlers read it with `instant`. */
export const dateTime = (optional = false) => instantRule({ optional, requireTime: true });

export const customerId = () => ({ type: "uuid", optional: true, nullable: true }) as const;

export const combinable = () => ({ type: "boolean", optional: true }) as const;

/** Ties between promotions go to the higher number. */
export const priority = () =>
  ({ type: "number", integer: true, min: -PRIORITY_LIMIT, max: PRIORITY_LIMIT, optional: true }) as const;

/** How many redemptions may apply the promotion; null is unlimited. */
export const usageLimit = () =>
  ({ type: "number", integer: true, min: 1, max: USAGE_LIMIT_MAX, optional: true, nullable: true }) as const;

/** A promotion's discount lines: one per product, 1 to LINES_MAX of them. */
export const promotionLines = (optional = false) =>
  ({
    type: "array",
    min: 1,
    max: LINES_MAX,
    optional,
    items: {
      type: "object",
      strict: "remove",
      props: {
        productId: { type: "uuid" },
        type: { type: "enum", values: ["percent", "amount"] },
        // By type (requireLineValues): the validator's custom checks don't see a line's other fields.
        value: { type: "number", positive: true, max: Number.MAX_SAFE_INTEGER },
      },
    },
  }) as const;

/** A basket to price: 1 to LINES_MAX lines. */
export const basketLines = () =>
  ({
    type: "array",
    min: 1,
    max: LINES_MAX,
    items: {
      type: "object",
      strict: "remove",
      props: {
        productId: { type: "uuid" },
        quantity: { type: "number", integer: true, min: 1, max: QUANTITY_MAX },
        unitPriceCents: { type: "number", integer: true, min: 0, max: UNIT_PRICE_MAX },
      },
    },
  }) as const;

/** The validity a promotion ends up with: `validFrom ≤ validThru`. */
export function requireValidity(validFrom: Date, validThru: Date): void {
  if (validFrom.getTime() > validThru.getTime()) {
    throw new UnprocessableError("validThru must not be before validFrom", [
      { field: "validThru", message: `must be on or after validFrom (${validFrom.toISOString()})` },
    ]);
  }
}

/** percent: 0 < value ≤ 100 with two decimals at most; amount: integer cents > 0, off each unit. */
export function requireLineValues(lines: readonly { type: string; value: number }[]): void {
  const errors = lines.flatMap((line, i) => {
    const field = `lines[${i}].value`;
    if (line.type === "amount" && !Number.isSafeInteger(line.value)) {
      return [{ field, message: "an amount must be a whole number of cents" }];
    }
    if (line.type === "percent") {
      try {
        percentToHundredths(line.value);
      } catch {
        return [{ field, message: "a percent must be greater than 0, at most 100, with two decimals at most" }];
      }
    }
    return [];
  });
  if (errors.length) throw new UnprocessableError("A line's value doesn't fit its type", errors);
}

/** One line per product: a second line for it would never count (the larger of the two wins). */
export function requireDistinctProducts(lines: readonly { productId: string }[]): void {
  const seen = new Set<string>();
  const errors = lines.flatMap((line, i) => {
    const key = line.productId.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ field: `lines[${i}].productId`, message: "names a product an earlier line already discounts" }];
  });
  if (errors.length) throw new UnprocessableError("A promotion has one line per product", errors);
}
