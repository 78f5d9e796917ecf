/**
 * products: what each field may hold, as validator rules (a 422 naming the field), and the one
 * cross-field rule the validator can't see on a PATCH: `validFrom ≤ validThru` with the stored values.
 */
import { UnprocessableError } from "../../lib/errors.js";
import { extraFieldsRule, instantRule, type RuleError, textCheck } from "../../lib/fields.js";
import type { ExtraFields } from "./models.js";

export const NAME_MAX = 200;
export const SKU_MAX = 64;
export const HIERARCHY_LEVEL_MAX = 99;
export const SEARCH_MAX = 100;
export const DEFAULT_CURRENCY = "USD";

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

// A fresh rule object per use: fastest-validator skips the custom check of a rule object used twice in one schema.

export const name = (optional = false) =>
  ({ type: "string", min: 1, max: NAME_MAX, trim: true, optional, custom: textCheck }) as const;

export const sku = (optional = false) =>
  ({ type: "string", min: 1, max: SKU_MAX, trim: true, optional, custom: checkSku }) as const;

/** Integer minor units of the product's currency, or null for no list price. */
export const priceCents = () => ({ type: "number", integer: true, min: 0, optional: true, nullable: true }) as const;

export const currency = () => ({ type: "string", optional: true, custom: checkCurrency }) as const;

export const hierarchyLevel = () =>
  ({ type: "number", integer: true, min: 0, max: HIERARCHY_LEVEL_MAX, optional: true, nullable: true }) as const;

/**
 * An instant (lib/fields.ts; a bare date is its midnight UTC), handed on in one spelling (toISOString) so stored
 * and given values compare as text; null, on a write, is an open end.
 */
export const instant = (nullable = true) => instantRule({ optional: true, nullable, as: "iso" });

export const extraFields = extraFieldsRule;

/** A case-insensitive substring of name or sku. */
export const search = () =>
  ({ type: "string", max: SEARCH_MAX, trim: true, optional: true, custom: textCheck }) as const;

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
