/**
 * products: what each field may hold, as validator rules (a 422 naming the field), and the one
 * cross-field rule the validator can't see on a PATCH: `validFrom ≤ validThru` with the stored values.
 */
import { UnprocessableError } from "../../lib/errors.js";
import type { ExtraFields } from "./models.js";

/** An error a fastest-validator `custom` check reports; `field` overrides the rule's own path. */
interface RuleError {
  type: string;
  message: string;
  field?: string;
}

export const NAME_MAX = 200;
export const SKU_MAX = 64;
export const HIERARCHY_LEVEL_MAX = 99;
export const EXTRA_FIELDS_MAX_KEYS = 50;
export const EXTRA_FIELDS_MAX_BYTES = 8 * 1024;
export const EXTRA_KEY_MAX = 64;
export const SEARCH_MAX = 100;
export const DEFAULT_CURRENCY = "USD";

const CONTROL = /\p{Cc}/u;

/** A lone UTF-16 surrogate is no character: PostgreSQL can't store it, so it is refused here, naming the field. */
const BROKEN_TEXT = "must be valid Unicode text (no lone surrogates)";
const isWellFormed = (text: string) => !/\p{Cs}/u.test(text);

/** Text a person reads: control characters are refused, never stripped (NUL is refused for every string). */
function checkText(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string") return value;
  if (!isWellFormed(value)) errors.push({ type: "string", message: BROKEN_TEXT });
  else if (CONTROL.test(value.replaceAll("\u0000", ""))) {
    errors.push({ type: "string", message: "must not contain control characters" });
  }
  return value;
}

function checkSku(value: unknown, errors: RuleError[]): unknown {
  if (typeof value === "string" && /[\s\p{C}]/u.test(value.replaceAll("\u0000", ""))) {
    errors.push({ type: "string", message: "must not contain spaces, control or invisible characters" });
  }
  return value;
}

function checkCurrency(value: unknown, errors: RuleError[]): unknown {
  if (typeof value === "string" && !/^[A-Z]{3}$/.test(value)) {
    errors.push({ type: "string", message: "must be an ISO 4217 code: three upper-case letters, e.g. USD" });
  }
  return value;
}

/**
 * `2025-01-31` (midnight UTC) or `2025-01-31T09:30:00Z` / `…+02:00`: a zone is required, since a bare
 * local time would be read in the server's zone. A day that doesn't exist is refused, not rolled over.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]);

/** The instant an ISO 8601 text names, as `toISOString()`; null when it names none or one outside years 1..9999. */
export function parseInstant(text: string): string | null {
  const match = ISO_INSTANT.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = "0", minute = "0", second = "0", zoneHour = "0", zoneMinute = "0"] = match;
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (Number(zoneHour) > 23 || Number(zoneMinute) > 59) return null;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  const utcYear = instant.getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999 ? instant.toISOString() : null;
}

/** Passes the instant on in one spelling (UTC, milliseconds), so stored and given values compare as text. */
function checkInstant(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string") return value;
  const instant = parseInstant(value);
  if (instant) return instant;
  errors.push({
    type: "date",
    message: "must be an ISO 8601 date (2025-01-31) or date-time with a zone (2025-01-31T09:30:00Z), years 1 to 9999",
  });
  return value;
}

/** Why one value of extraFields is refused, or null: flat scalars only, text PostgreSQL can store. */
function extraValueProblem(value: unknown): string | null {
  if (value === null || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : "must be a finite number";
  if (typeof value === "string") {
    if (!isWellFormed(value)) return BROKEN_TEXT;
    return value.includes("\u0000") ? "must not contain NUL characters" : null;
  }
  return "must be a string, number, boolean or null (no nested objects or arrays)";
}

function checkExtraFields(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  if (entries.length > EXTRA_FIELDS_MAX_KEYS) {
    errors.push({ type: "object", message: `must have at most ${EXTRA_FIELDS_MAX_KEYS} keys` });
    return value;
  }
  for (const [key, field] of entries) {
    if (!key.length || key.length > EXTRA_KEY_MAX || !isWellFormed(key) || /\p{C}/u.test(key)) {
      errors.push({
        type: "object",
        message: `keys must be 1 to ${EXTRA_KEY_MAX} printable characters`,
      });
      return value;
    }
    const problem = extraValueProblem(field);
    if (problem) errors.push({ type: "object", field: `extraFields.${key}`, message: problem });
  }
  if (!errors.length && Buffer.byteLength(JSON.stringify(value), "utf8") > EXTRA_FIELDS_MAX_BYTES) {
    errors.push({ type: "object", message: `must be at most ${EXTRA_FIELDS_MAX_BYTES} bytes as JSON` });
  }
  return value;
}

// A fresh rule object per use: fastest-validator skips the custom check of a rule object used twice in one schema.

export const name = (optional = false) =>
  ({ type: "string", min: 1, max: NAME_MAX, trim: true, optional, custom: checkText }) as const;

export const sku = (optional = false) =>
  ({ type: "string", min: 1, max: SKU_MAX, trim: true, optional, custom: checkSku }) as const;

/** Integer minor units of the product's currency, or null for no list price. */
export const priceCents = () => ({ type: "number", integer: true, min: 0, optional: true, nullable: true }) as const;

export const currency = () => ({ type: "string", optional: true, custom: checkCurrency }) as const;

export const hierarchyLevel = () =>
  ({ type: "number", integer: true, min: 0, max: HIERARCHY_LEVEL_MAX, optional: true, nullable: true }) as const;

/** An instant (a bare date is its midnight UTC); null, on a write, is an open end. */
export const instant = (nullable = true) =>
  ({ type: "string", optional: true, nullable, custom: checkInstant }) as const;

export const extraFields = () => ({ type: "object", optional: true, custom: checkExtraFields }) as const;

/** A case-insensitive substring of name or sku. */
export const search = () =>
  ({ type: "string", max: SEARCH_MAX, trim: true, optional: true, custom: checkText }) as const;

/** Fields that may be absent but never null (the broker's validator lets an optional field be null). */
export const NOT_NULL = ["name", "sku", "currency", "extraFields"] as const;

/** 422 naming each field of NOT_NULL that the params set to null. */
export function refuseNulls(params: object): void {
  const given = params as Record<string, unknown>;
  const nulls = NOT_NULL.filter((field) => given[field] === null);
  if (nulls.length) {
    throw new UnprocessableError(
      "Some fields are invalid",
      nulls.map((field) => ({ field, message: "must not be null" })),
    );
  }
}

/**
 * The validity a product ends up with: `validFrom ≤ validThru` when both are set (both ends
 * inclusive). The 422 names `field`: the end the caller sent (validThru when both).
 */
export function requireValidity(
  validFrom: string | null,
  validThru: string | null,
  field: "validFrom" | "validThru" = "validThru",
): void {
  if (validFrom === null || validThru === null || Date.parse(validFrom) <= Date.parse(validThru)) return;
  throw new UnprocessableError("validFrom must not be after validThru", [
    {
      field,
      message:
        field === "validThru"
          ? `must not be before validFrom (${validFrom})`
          : `must not be after validThru (${validThru})`,
    },
  ]);
}

export type { ExtraFields };
