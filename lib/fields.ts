/**
 * Field rules the commerce domains share, as fastest-validator rule factories (a 422 naming the field):
 * instants in ISO 8601, text a person reads, and a flat `extraFields` map PostgreSQL's jsonb can hold.
 *
 * Factories return a fresh rule object per call: fastest-validator skips the custom check of a rule
 * object that appears twice in one schema.
 */

/** An error a fastest-validator `custom` check reports; `field` overrides the rule's own path. */
export interface RuleError {
  type: string;
  message: string;
  field?: string;
}

// --- instants ----------------------------------------------------------------------------------

/**
 * `2025-01-31` (midnight UTC) or `2025-01-31T09:30Z` / `…T09:30:00.123456+02:00`. A time needs its zone, since a
 * bare local time would be read in the server's zone; `t` and `z` may be lower case (RFC 3339).
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2})))?$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** PostgreSQL reads back years 1 to 9999; an offset could carry a written date past either end. */
const FIRST_INSTANT = Date.parse("0001-01-01T00:00:00.000Z");
const LAST_INSTANT = Date.parse("9999-12-31T23:59:59.999Z");
/** Longer than any instant the grammar accepts (35 characters), short enough to refuse junk before parsing. */
const INSTANT_TEXT_MAX = 64;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]);
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export interface InstantOptions {
  /** Refuse a bare date: only a date-time with a zone names the instant (promotions). */
  requireTime?: boolean;
}

/**
 * The instant an ISO 8601 text names, or null: a real calendar day (2025-02-30 is refused, not rolled over
 * to March), written in years 1..9999 and falling in years 1..9999 in UTC. Fractions past milliseconds are cut.
 */
export function parseInstant(text: string, { requireTime = false }: InstantOptions = {}): Date | null {
  const m = ISO_INSTANT.exec(text);
  if (!m || (requireTime && m[4] === undefined)) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return null;
  // Rebuilt in the one form Date.parse reads the same everywhere (upper case, milliseconds, explicit zone).
  const millis = (m[7] ?? "").slice(0, 3).padEnd(3, "0");
  const zone = (m[8] ?? "Z").toUpperCase();
  const ms = Date.parse(
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.${millis}${zone}`,
  );
  return Number.isNaN(ms) || ms < FIRST_INSTANT || ms > LAST_INSTANT ? null : new Date(ms);
}

const INSTANT_MESSAGE =
  "must be an ISO 8601 date (2025-01-31) or date-time with a zone (2025-01-31T09:30:00Z), years 1 to 9999";
const DATE_TIME_MESSAGE = "must be an ISO 8601 date-time with a zone (2025-01-31T09:30:00Z), years 1 to 9999";

export interface InstantRuleOptions extends InstantOptions {
  optional?: boolean;
  /** null passes (an open end, on a write); lib/validation.ts refuses it otherwise. */
  nullable?: boolean;
  /**
   * What the handler receives for a valid text: `"date"` a Date, `"iso"` its `toISOString()` (one spelling, so
   * stored and given values compare as text); absent, the text as sent (the handler parses it with parseInstant).
   */
  as?: "date" | "iso";
}

function instantCheck(requireTime: boolean, as: InstantRuleOptions["as"]) {
  return (value: unknown, errors: RuleError[]): unknown => {
    // null, absent, refused by the type check, or by the length check (one error a field, and no parse of junk)
    if (typeof value !== "string" || value.length > INSTANT_TEXT_MAX) return value;
    const instant = parseInstant(value, { requireTime });
    if (!instant) {
      errors.push({ type: "date", message: requireTime ? DATE_TIME_MESSAGE : INSTANT_MESSAGE });
      return value;
    }
    if (as === "date") return instant;
    return as === "iso" ? instant.toISOString() : value;
  };
}

/** An instant param: see parseInstant for what it accepts and InstantRuleOptions for what the handler gets. */
export function instantRule({ optional = false, nullable = false, requireTime = false, as }: InstantRuleOptions = {}) {
  return { type: "string", max: INSTANT_TEXT_MAX, optional, nullable, custom: instantCheck(requireTime, as) } as const;
}

// --- text --------------------------------------------------------------------------------------

/** A lone UTF-16 surrogate is no character: PostgreSQL can't store it (the driver would turn it into U+FFFD). */
const LONE_SURROGATE = /\p{Cs}/u;
const BROKEN_TEXT = "must be valid Unicode text (no lone surrogates)";
/** NUL is left out: lib/validation.ts refuses it for every string, with its own message. */
const CONTROL = /[^\P{Cc}\0]/u;
const CONTROL_BUT_BREAKS = /[^\P{Cc}\0\t\n\r]/u;

const wellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** A custom check for one-line text a person reads: control characters and lone surrogates are refused, never stripped. */
export function textCheck(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string") return value;
  if (!wellFormed(value)) errors.push({ type: "string", message: BROKEN_TEXT });
  else if (CONTROL.test(value)) errors.push({ type: "string", message: "must not contain control characters" });
  return value;
}

/** textCheck for multi-line text: tabs and line breaks are fine, other control characters are not. */
export function paragraphsCheck(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string") return value;
  if (!wellFormed(value)) errors.push({ type: "string", message: BROKEN_TEXT });
  else if (CONTROL_BUT_BREAKS.test(value)) {
    errors.push({ type: "string", message: "must not contain control characters other than tabs and line breaks" });
  }
  return value;
}

// --- extraFields -------------------------------------------------------------------------------

export const EXTRA_FIELDS_MAX_KEYS = 50;
export const EXTRA_FIELDS_MAX_BYTES = 8 * 1024;
export const EXTRA_KEY_MAX = 100;

/** Why one value of extraFields is refused, or null: flat scalars only, text PostgreSQL's jsonb can hold. */
function extraValueProblem(value: unknown): string | null {
  if (value === null || typeof value === "boolean") return null;
  // JSON can't carry NaN or Infinity (1e400 parses as Infinity).
  if (typeof value === "number") return Number.isFinite(value) ? null : "must be a finite number";
  if (typeof value === "string") {
    if (!wellFormed(value)) return BROKEN_TEXT;
    return value.includes("\u0000") ? "must not contain NUL characters" : null;
  }
  return "must be a string, number, boolean or null (no nested objects or arrays)";
}

/** A key is 1..EXTRA_KEY_MAX printable characters: no control, format, private-use or unassigned ones. */
const isExtraKey = (key: string) =>
  key.length >= 1 && key.length <= EXTRA_KEY_MAX && wellFormed(key) && !/\p{C}/u.test(key);

/** The errors of an extraFields object: the whole map's (keys, size) on `path`, one value's on `<path>.<key>`. */
export function extraFieldsErrors(fields: Record<string, unknown>, path = "extraFields"): RuleError[] {
  const entries = Object.entries(fields);
  if (entries.length > EXTRA_FIELDS_MAX_KEYS) {
    return [{ type: "object", message: `must have at most ${EXTRA_FIELDS_MAX_KEYS} keys` }];
  }
  const badKey = entries.find(([key]) => !isExtraKey(key));
  if (badKey) {
    const shown = JSON.stringify(badKey[0].slice(0, 40));
    return [{ type: "object", message: `keys must be 1 to ${EXTRA_KEY_MAX} printable characters (${shown})` }];
  }
  const errors = entries.flatMap(([key, value]) => {
    const problem = extraValueProblem(value);
    return problem ? [{ type: "object", field: `${path}.${key}`, message: problem }] : [];
  });
  if (!errors.length && Buffer.byteLength(JSON.stringify(fields), "utf8") > EXTRA_FIELDS_MAX_BYTES) {
    return [{ type: "object", message: `must be at most ${EXTRA_FIELDS_MAX_BYTES} bytes as JSON` }];
  }
  return errors;
}

function extraFieldsCheck(value: unknown, errors: RuleError[], _schema: unknown, path?: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value; // the type check has said so
  errors.push(...extraFieldsErrors(value as Record<string, unknown>, path));
  return value;
}

/** An optional flat map of extra fields (≤ 50 keys, scalar values, ≤ 8 kB as JSON), replaced whole on a write. */
export const extraFieldsRule = () => ({ type: "object", optional: true, custom: extraFieldsCheck }) as const;
