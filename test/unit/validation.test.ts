/** The broker's validator rules (lib/validation.ts), checked on the validator itself. */
import { describe, expect, it } from "vitest";
import { createValidator } from "../../lib/validation.js";

type Check = (value: Record<string, unknown>) => true | Array<{ type: string; field: string }>;

function compile(schema: Record<string, unknown>): Check {
  return (createValidator() as unknown as { compile(s: unknown): Check }).compile(schema);
}

describe("null in an optional field", () => {
  const check = compile({
    name: { type: "string", optional: true },
    points: { type: "number", integer: true, optional: true, nullable: true },
    size: { type: "number", optional: true, default: 10 },
  });

  it("is refused unless the rule is nullable", () => {
    expect(check({ name: null })).toEqual([expect.objectContaining({ type: "notNull", field: "name" })]);
  });

  it("passes a nullable rule, and absence passes every optional rule", () => {
    expect(check({ points: null })).toBe(true);
    expect(check({})).toBe(true);
  });

  it("gives way to a default", () => {
    const params: Record<string, unknown> = { size: null };
    expect(check(params)).toBe(true);
    expect(params.size).toBe(10);
  });

  it("leaves required rules as they were: null is missing", () => {
    const required = compile({ name: { type: "string" } });
    expect(required({ name: null })).toEqual([expect.objectContaining({ type: "required", field: "name" })]);
  });
});

describe("the other rules every action gets", () => {
  it("refuses NUL in strings and integers beyond the safe range", () => {
    const check = compile({ name: { type: "string" }, n: { type: "number", integer: true } });
    expect(check({ name: "a\u0000b", n: 1 })).toEqual([expect.objectContaining({ type: "stringNul", field: "name" })]);
    expect(check({ name: "ok", n: 2 ** 60 })).toEqual([expect.objectContaining({ type: "numberMax", field: "n" })]);
  });
});
