/** lib/fields.ts: instants, text and extraFields as the broker's validator runs them, and parseInstant on its own. */
import { describe, expect, it } from "vitest";
import { createValidator } from "../../lib/validation.js";
import {
  EXTRA_FIELDS_MAX_BYTES,
  extraFieldsRule,
  instantRule,
  parseInstant,
  paragraphsCheck,
  textCheck,
} from "../../lib/fields.js";

type Problem = { field: string; message: string };

/** Validates `params` against `schema` with the broker's validator: the params as the handler gets them, or the errors. */
function validate(schema: Record<string, unknown>, params: Record<string, unknown>): true | Problem[] {
  const check = createValidator().compile(schema) as (p: object) => true | Problem[];
  return check(params);
}
const fieldsOf = (result: true | Problem[]) => (result === true ? [] : result.map((e) => e.field));

describe("parseInstant", () => {
  it.each([
    ["2025-01-31", "2025-01-31T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2000-02-29", "2000-02-29T00:00:00.000Z"],
    ["2025-01-31T09:30Z", "2025-01-31T09:30:00.000Z"],
    ["2025-01-31T09:30:00+02:00", "2025-01-31T07:30:00.000Z"],
    ["2025-01-31T09:30:00.123456789-05:30", "2025-01-31T15:00:00.123Z"],
    ["2025-01-31T09:30:00.9999Z", "2025-01-31T09:30:00.999Z"],
    ["2025-01-31t09:30:00z", "2025-01-31T09:30:00.000Z"],
    ["0001-01-01", "0001-01-01T00:00:00.000Z"],
    ["0001-01-01T00:59:00-00:01", "0001-01-01T01:00:00.000Z"],
    ["9999-12-31", "9999-12-31T00:00:00.000Z"],
    ["9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"],
    ["9999-12-31T23:59:59+23:59", "9999-12-31T00:00:59.000Z"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ["a day that doesn't exist", "2025-02-30"],
    ["February 29th of a common year", "2023-02-29"],
    ["February 29th of 1900", "1900-02-29"],
    ["month 13", "2025-13-01"],
    ["day 0", "2025-01-00"],
    ["hour 24", "2025-01-01T24:00:00Z"],
    ["a leap second", "2025-06-30T23:59:60Z"],
    ["an offset of 24 hours", "2025-01-01T10:00:00+24:00"],
    ["a time without a zone", "2025-01-01T10:00"],
    ["a date-time without a zone", "2025-01-01T10:00:00"],
    ["year 0", "0000-01-01"],
    ["year 0 that an offset carries into year 1", "0000-12-31T23:00:00-02:00"],
    ["year 1 that an offset carries into year 0", "0001-01-01T00:30:00+01:00"],
    ["year 9999 that an offset carries into year 10000", "9999-12-31T23:30:00-01:00"],
    ["year 10000", "10000-01-01"],
    ["a signed year", "+002025-01-01"],
    ["a week date", "2025-W05-1"],
    ["a compact date", "20250131"],
    ["a space for T", "2025-01-31 09:30:00Z"],
    ["ten fraction digits", "2025-01-31T09:30:00.1234567890Z"],
    ["a date Date.parse would read", "Jan 31 2025"],
    ["a number", "1738281600000"],
    ["nothing", ""],
  ])("refuses %s: %s", (_what, text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it("with requireTime, refuses a bare date and reads a date-time as without it", () => {
    expect(parseInstant("2025-01-31", { requireTime: true })).toBeNull();
    expect(parseInstant("2025-01-31T00:00Z", { requireTime: true })?.toISOString()).toBe("2025-01-31T00:00:00.000Z");
    expect(parseInstant("2024-02-29T12:00:00+00:00", { requireTime: true })?.toISOString()).toBe(
      "2024-02-29T12:00:00.000Z",
    );
    expect(parseInstant("0001-01-01T00:00:00+00:01", { requireTime: true })).toBeNull();
  });
});

describe("instantRule", () => {
  const at = "2025-01-31T09:30:00+02:00";

  it("hands the handler a Date, an ISO string, or the text as sent", () => {
    const params = { a: at, b: at, c: at };
    const schema = { a: instantRule({ as: "date" }), b: instantRule({ as: "iso" }), c: instantRule() };
    expect(validate(schema, params)).toBe(true);
    expect(params.a).toEqual(new Date("2025-01-31T07:30:00Z"));
    expect(params.b).toBe("2025-01-31T07:30:00.000Z");
    expect(params.c).toBe(at);
  });

  it("checks each field when one schema uses it twice (a fresh rule per call)", () => {
    const schema = { from: instantRule({ as: "date" }), thru: instantRule({ as: "date" }) };
    expect(fieldsOf(validate(schema, { from: "2025-02-30", thru: "2025-02-31" }))).toEqual(["from", "thru"]);
  });

  it("names the field and says what it wants, a date-time only with requireTime", () => {
    expect(validate({ at: instantRule() }, { at: "2025-02-30" })).toEqual([
      expect.objectContaining({ field: "at", message: expect.stringContaining("ISO 8601 date (2025-01-31)") }),
    ]);
    expect(validate({ at: instantRule({ requireTime: true }) }, { at: "2025-01-31" })).toEqual([
      expect.objectContaining({ field: "at", message: expect.stringContaining("date-time with a zone") }),
    ]);
  });

  it("lets absence and null through only where the rule says so", () => {
    expect(validate({ at: instantRule() }, {})).not.toBe(true);
    expect(validate({ at: instantRule({ optional: true }) }, {})).toBe(true);
    expect(fieldsOf(validate({ at: instantRule({ optional: true }) }, { at: null }))).toEqual(["at"]);
    expect(validate({ at: instantRule({ optional: true, nullable: true }) }, { at: null })).toBe(true);
  });

  it("refuses what is no string, and a long string by its length alone", () => {
    expect(fieldsOf(validate({ at: instantRule() }, { at: 1738281600000 }))).toEqual(["at"]);
    expect(fieldsOf(validate({ at: instantRule() }, { at: `2025-01-31T09:30:00.${"1".repeat(60)}Z` }))).toEqual(["at"]);
  });
});

describe("textCheck and paragraphsCheck", () => {
  const schema = () => ({
    line: { type: "string", optional: true, custom: textCheck },
    text: { type: "string", optional: true, custom: paragraphsCheck },
  });

  it.each([
    ["line", "Bell\u0007", "control characters"],
    ["line", "two\nlines", "control characters"],
    ["line", "Half \ud800 a pair", "lone surrogates"],
    ["line", "\udc00", "lone surrogates"],
    ["text", "Escape \u001b[31m", "control characters other than tabs and line breaks"],
    ["text", "Line one\nhalf \udfff", "lone surrogates"],
  ])("refuses %s %j, never strips it", (field, value, message) => {
    const params = { [field]: value };
    expect(validate(schema(), params)).toEqual([
      expect.objectContaining({ field, message: expect.stringContaining(message) }),
    ]);
    expect(params[field]).toBe(value);
  });

  it("accepts letters of any script, paired surrogates (emoji), format characters, and breaks in paragraphs", () => {
    expect(validate(schema(), { line: "Café 東京 😀 a\u200db", text: "one\ttwo\r\nthree" })).toBe(true);
  });

  it("leaves NUL to lib/validation.ts, which names it", () => {
    expect(validate(schema(), { line: "a\u0000b" })).toEqual([
      expect.objectContaining({ field: "line", message: expect.stringContaining("NUL") }),
    ]);
  });
});

describe("extraFieldsRule", () => {
  const check = (extraFields: unknown) => validate({ extraFields: extraFieldsRule() }, { extraFields });
  const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
  /** {"big":"…"} is 10 bytes around the value. */
  const ofBytes = (n: number) => ({ big: "x".repeat(n - 10) });

  it.each([
    ["no keys", {}],
    ["every scalar type", { s: "text", n: -1.5, i: 12, t: true, f: false, z: null }],
    ["50 keys", keys(50)],
    ["a 100-character key", { ["k".repeat(100)]: 1 }],
    ["a key in another script, with a space", { "número de cliente": 1 }],
    ["control characters in a value", { note: "line one\nline two" }],
    ["8 kB as JSON", ofBytes(EXTRA_FIELDS_MAX_BYTES)],
    ["multi-byte text within 8 kB", { big: "é".repeat(4000) }],
  ])("accepts %s", (_what, extraFields) => {
    expect(check(extraFields)).toBe(true);
  });

  it.each([
    ["an array", [1, 2], "extraFields"],
    ["a string", "{}", "extraFields"],
    ["51 keys", keys(51), "extraFields"],
    ["an empty key", { "": 1 }, "extraFields"],
    ["a 101-character key", { ["k".repeat(101)]: 1 }, "extraFields"],
    ["a control character in a key", { "a\tb": 1 }, "extraFields"],
    ["a zero-width character in a key", { "a\u200bb": 1 }, "extraFields"],
    ["a lone surrogate in a key", { "key\ud800": 1 }, "extraFields"],
    ["more than 8 kB as JSON", ofBytes(EXTRA_FIELDS_MAX_BYTES + 1), "extraFields"],
    ["multi-byte text past 8 kB", { big: "é".repeat(4200) }, "extraFields"],
    ["a nested object", { nested: { a: 1 } }, "extraFields.nested"],
    ["an array value", { list: [1] }, "extraFields.list"],
    ["Infinity (1e400 in JSON)", { huge: Infinity }, "extraFields.huge"],
    ["NaN", { nan: Number.NaN }, "extraFields.nan"],
    ["NUL in a value", { text: "a\u0000b" }, "extraFields.text"],
    ["a lone surrogate in a value", { text: "a\ud800b" }, "extraFields.text"],
  ])("refuses %s, naming %s", (_what, extraFields, field) => {
    expect(fieldsOf(check(extraFields))).toEqual([field]);
  });

  it("names every value at fault, and the key it refuses in the message", () => {
    expect(fieldsOf(check({ ok: 1, a: [1], b: { c: 2 } }))).toEqual(["extraFields.a", "extraFields.b"]);
    expect(check({ "bad\u0007key": 1 })).toEqual([
      expect.objectContaining({ message: expect.stringContaining('"bad\\u0007key"') }),
    ]);
  });

  it("lets absence through and refuses null", () => {
    expect(validate({ extraFields: extraFieldsRule() }, {})).toBe(true);
    expect(fieldsOf(check(null))).toEqual(["extraFields"]);
  });
});
