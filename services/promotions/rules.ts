/**
 * promotions: what each field may hold, as validator rules (a 422 naming the field), and the checks
 * the validator can't see: instants, a line's value by its type, `validFrom ≤ validThru` on a PATCH.
 */
import { UnprocessableError } from "../../lib/errors.js";
import { percentToHundredths } from "./pricing.js";

/** An error a fastest-validator `custom` check reports. */
interface RuleError {
  type: string;
  message: string;
}

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

const CONTROL = /\p{Cc}/u;

/** Text a person reads: control characters are refused, never stripped (NUL is refused for every string). */
function checkText(value: unknown, errors: RuleError[]): unknown {
  if (typeof value === "string" && CONTROL.test(value.replaceAll("\u0000", ""))) {
    errors.push({ type: "string", message: "must not contain control characters" });
  }
  return value;
}

/** Multi-line text: tabs and line breaks are fine, other control characters are not. */
function checkParagraphs(value: unknown, errors: RuleError[]): unknown {
  if (typeof value === "string" && /[^\P{Cc}\t\n\r]/u.test(value.replaceAll("\u0000", ""))) {
    errors.push({ type: "string", message: "must not contain control characters other than tabs and line breaks" });
  }
  return value;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const FIRST_INSTANT = Date.parse("0001-01-01T00:00:00.000Z");
const LAST_INSTANT = Date.parse("9999-12-31T23:59:59.999Z");

/**
 * An ISO 8601 date-time with `Z` or an offset (a real calendar day, 0001-01-01 to 9999-12-31 in UTC;
 * fractions past milliseconds are cut), as epoch milliseconds; null for anything else. Date.parse alone would roll
 * 2025-02-30 over to March and accept formats whose time zone depends on the server.
 */
export function parseInstant(value: string): number | null {
  const m = INSTANT.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second = 0] = m.slice(1, 7).map((part) => Number(part ?? 0));
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return null;
  const millis = (m[7] ?? "").slice(0, 3).padEnd(3, "0");
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const normal = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.${millis}${m[8].toUpperCase()}`;
  const ms = Date.parse(normal);
  // An offset can carry 0001-01-01 or 9999-12-31 past the years PostgreSQL reads back.
  return Number.isNaN(ms) || ms < FIRST_INSTANT || ms > LAST_INSTANT ? null : ms;
}

/** The instant of a validated date-time param. */
export function instant(value: string): Date {
  const ms = parseInstant(value);
  if (ms === null) throw new RangeError(`not a validated instant: ${value}`);
  return new Date(ms);
}

function checkInstant(value: unknown, errors: RuleError[]): unknown {
  if (typeof value === "string" && parseInstant(value) === null) {
    errors.push({ type: "date", message: "must be an ISO 8601 date-time with a time zone, e.g. 2026-01-31T23:59:59Z" });
  }
  return value;
}

// A fresh rule object per use: fastest-validator skips the custom check of a rule object used twice in one schema.

export const name = (optional = false) =>
  ({ type: "string", min: 1, max: NAME_MAX, trim: true, optional, custom: checkText }) as const;

export const description = () =>
  ({ type: "string", max: DESCRIPTION_MAX, optional: true, custom: checkParagraphs }) as const;

export const reason = () => ({ type: "string", min: 1, max: REASON_MAX, trim: true, custom: checkParagraphs }) as const;

/** An ISO 8601 date-time with a time zone. */
export const dateTime = (optional = false) => ({ type: "string", max: 64, optional, custom: checkInstant }) as const;

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
