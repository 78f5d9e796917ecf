/**
 * Validator rules every action gets, declared once: no NUL in strings, integers within the safe
 * range (input PostgreSQL can't take: text can't hold NUL, a bigint ends at 2^63), refused with a
 * 422 naming the field instead of failing in the database; and error messages that survive any value.
 */
import { Validators } from "moleculer";

/** The part of a fastest-validator rule compilation these wrappers read and pass on. */
interface CompiledRule {
  schema: Record<string, unknown>;
  messages: Record<string, string>;
}
type RuleFunction = (
  this: RuleCompiler,
  rule: CompiledRule,
  path: string,
  context: unknown,
) => { sanitized?: boolean; source: string };
interface RuleCompiler {
  rules: Record<string, RuleFunction>;
  wrapRequiredCheckSourceCode(rule: CompiledRule, innerSrc: string, context: unknown, resVar?: string): string;
  add(type: string, fn: RuleFunction): void;
  makeError(opts: { type: string; actual?: string; expected?: unknown; messages: Record<string, string> }): string;
}

const MESSAGES = {
  stringNul: "The '{field}' field must not contain NUL characters.",
  notNull: "The '{field}' field must not be null.",
};

/**
 * fastest-validator lets `optional: true` take null as well as absence; a handler then writes that
 * null into a NOT NULL column (a 500) or clears a field nobody meant to clear. Null passes only a rule
 * that says `nullable: true` (or has a default to put in its place); otherwise it is a 422.
 */
function refuseNullUnlessNullable(validator: RuleCompiler): void {
  const wrap = validator.wrapRequiredCheckSourceCode;
  validator.wrapRequiredCheckSourceCode = function (rule, innerSrc, context, resVar) {
    const source = wrap.call(this, rule, innerSrc, context, resVar);
    const { schema } = rule;
    if (schema.optional !== true || schema.nullable === true || schema.default !== undefined) return source;
    if (schema.type === "forbidden") return source;
    return `if (value === null) { ${this.makeError({ type: "notNull", actual: "value", messages: rule.messages })} } else { ${source} }`;
  };
}

/**
 * Every `string` rule refuses a NUL character unless it declares `allowNul: true` (a password, say,
 * which is hashed and never stored as text). Refused, never stripped: the value stays as typed.
 */
function refuseNul(validator: RuleCompiler): void {
  const builtin = validator.rules.string;
  validator.add("string", function (rule, path, context) {
    const compiled = builtin.call(this, rule, path, context);
    if (rule.schema.allowNul === true) return compiled;
    const text = rule.schema.convert === true ? 'typeof value === "string" ? value : String(value)' : "value";
    const check = `
      if ((typeof value === "string" || ${rule.schema.convert === true}) && value != null && (${text}).indexOf("\\u0000") !== -1) {
        ${this.makeError({ type: "stringNul", messages: rule.messages })}
        return value;
      }
    `;
    return { sanitized: compiled.sanitized, source: check + compiled.source };
  });
}

/**
 * Every `integer: true` number stays within ±Number.MAX_SAFE_INTEGER, whatever `min`/`max` it
 * declares: beyond that a JSON number isn't the integer the caller wrote (9007199254740993 arrives
 * as …992), and 1e300 passes `integer` yet overflows every SQL integer type.
 */
function boundIntegers(validator: RuleCompiler): void {
  const builtin = validator.rules.number;
  validator.add("number", function (rule, path, context) {
    if (rule.schema.integer !== true) return builtin.call(this, rule, path, context);
    const min = typeof rule.schema.min === "number" ? rule.schema.min : -Number.MAX_SAFE_INTEGER;
    const max = typeof rule.schema.max === "number" ? rule.schema.max : Number.MAX_SAFE_INTEGER;
    const schema = {
      ...rule.schema,
      min: Math.max(min, -Number.MAX_SAFE_INTEGER),
      max: Math.min(max, Number.MAX_SAFE_INTEGER),
    };
    return builtin.call(this, { ...rule, schema }, path, context);
  });
}

/**
 * fastest-validator renders every error message with String(actual); an array holding
 * `{"toString": false}` makes that throw, and the caller got a 500 instead of a 422. The value an
 * error carries is the value itself when it is a primitive, else its text, else its type.
 */
function printableActual(validator: RuleCompiler): void {
  const makeError = validator.makeError;
  validator.makeError = function (opts) {
    if (opts.actual == null) return makeError.call(this, opts);
    const actual = `(function (v) {
      if (typeof v !== "object" || v === null) return v;
      try { return String(v); } catch (e) { return typeof v; }
    })(${opts.actual})`;
    return makeError.call(this, { ...opts, actual });
  };
}

/**
 * `convert: true` runs Number()/String()/new Date() on whatever arrived; an array or object (a query's
 * `page[]=1`, a body's `[{"toString": false}]`) is no number, text or date, and some throw on
 * conversion. They are refused as the wrong type before any conversion.
 */
function refuseObjectConversion(validator: RuleCompiler): void {
  for (const type of ["number", "string", "boolean", "date"]) {
    const builtin = validator.rules[type];
    validator.add(type, function (rule, path, context) {
      const compiled = builtin.call(this, rule, path, context);
      if (rule.schema.convert !== true) return compiled;
      const check = `
        if (typeof value === "object" && value !== null && !(value instanceof Date)) {
          ${this.makeError({ type, actual: "value", messages: rule.messages })}
          return value;
        }
      `;
      return { sanitized: compiled.sanitized, source: check + compiled.source };
    });
  }
}

/** The options of the broker's fastest-validator. */
export const validatorOptions = {
  messages: MESSAGES,
  plugins: [printableActual, refuseNul, boundIntegers, refuseObjectConversion, refuseNullUnlessNullable],
};

/** The broker's validator: fastest-validator with the rules above. */
export function createValidator(): Validators.Base {
  return new Validators.Fastest(validatorOptions as unknown as ConstructorParameters<typeof Validators.Fastest>[0]);
}
