/** What the customers service's parts share: its `this`, validator rules, params, and the shapes it answers and publishes. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import type { OwnerLookup } from "../../lib/access.js";
import type { Meta } from "../../lib/auth.js";
import type { Envelope } from "../../lib/events/envelope.js";
import type { PageParams } from "../../lib/pagination.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import { CUSTOMER_FIELDS, type CustomerRecord, type CustomerStatus, type ExtraFields } from "./models.js";

export type { CustomerRecord, CustomerStatus, ExtraFields } from "./models.js";

// --- params ----------------------------------------------------------------------------------

export interface CreateCustomerParams {
  teamId: string;
  name: string;
  email?: string | null;
  status?: CustomerStatus;
  /** ISO 8601 on the wire; the validator hands the handler a Date. */
  validFrom?: Date | null;
  validThru?: Date | null;
  extraFields?: ExtraFields;
}
export interface UpdateCustomerParams {
  id: string;
  name?: string;
  email?: string | null;
  validFrom?: Date | null;
  validThru?: Date | null;
  extraFields?: ExtraFields;
}
export interface ListCustomersParams extends PageParams {
  teamId?: string;
  q?: string;
  status?: CustomerStatus;
  validAt?: Date;
}
export interface IdParams {
  id: string;
}
export interface OfTeamParams {
  teamId: string;
  ids: string[];
}

// --- validator rules -------------------------------------------------------------------------

/** An error a fastest-validator `custom` check reports; `message` is what the problem's `errors[]` shows. */
interface RuleError {
  type: string;
  message: string;
}

export const EXTRA_FIELDS_MAX_KEYS = 50;
export const EXTRA_FIELDS_MAX_BYTES = 8 * 1024;
const EXTRA_KEY_MAX = 100;
const EMAIL_MAX = 254;
/** Control, format (zero-width, bidi), and line/paragraph separator characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Refuses control characters (NUL is refused for every string by lib/validation.ts). */
function checkText(value: unknown, errors: RuleError[]): unknown {
  if (typeof value === "string" && /\p{Cc}/u.test(value.replaceAll("\u0000", ""))) {
    errors.push({ type: "string", message: "must not contain control characters" });
  }
  return value;
}

/** Kept as typed (compatibility forms folded, trimmed); uniqueness ignores case (the table's index). */
function checkEmail(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string") return value;
  const address = value.normalize("NFKC").trim();
  if (INVISIBLE.test(address))
    errors.push({ type: "email", message: "must not contain control or invisible characters" });
  return address;
}

/**
 * `2025-01-31` (midnight UTC) or `2025-01-31T09:30:00Z` / `…+02:00`: a zone is required, since a bare
 * local time would be read in the server's zone. A calendar date that doesn't exist is refused, not rolled over.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]);

/** The instant an ISO 8601 text names, or null when it names none (or one PostgreSQL can't store: years 1..9999 only). */
export function parseInstant(text: string): Date | null {
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
  return utcYear >= 1 && utcYear <= 9999 ? instant : null;
}

function checkInstant(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string") return value; // null, absent, or refused by the type check already
  const instant = parseInstant(value);
  if (instant) return instant;
  errors.push({
    type: "date",
    message: "must be an ISO 8601 date (2025-01-31) or date-time with a zone (2025-01-31T09:30:00Z), years 1 to 9999",
  });
  return value;
}

const isScalar = (value: unknown) =>
  value === null ||
  typeof value === "string" ||
  typeof value === "boolean" ||
  (typeof value === "number" && Number.isFinite(value));

/** Why an extraFields object is refused, or null. */
export function extraFieldsProblem(fields: Record<string, unknown>): string | null {
  const entries = Object.entries(fields);
  if (entries.length > EXTRA_FIELDS_MAX_KEYS) return `must have at most ${EXTRA_FIELDS_MAX_KEYS} keys`;
  for (const [key, value] of entries) {
    const shown = JSON.stringify(key.slice(0, 40));
    if (key.length < 1 || key.length > EXTRA_KEY_MAX || /\p{Cc}/u.test(key)) {
      return `keys must be 1 to ${EXTRA_KEY_MAX} characters without control characters (${shown})`;
    }
    // Flat: a nested object or array, or a number JSON can't carry (1e400 parses as Infinity), is refused.
    if (!isScalar(value)) return `${shown} must be a string, a finite number, a boolean or null`;
    // PostgreSQL's jsonb can't hold NUL.
    if (typeof value === "string" && value.includes("\u0000")) return `${shown} must not contain NUL characters`;
  }
  if (Buffer.byteLength(JSON.stringify(fields)) > EXTRA_FIELDS_MAX_BYTES) {
    return `must be at most ${EXTRA_FIELDS_MAX_BYTES} bytes as JSON`;
  }
  return null;
}

function checkExtraFields(value: unknown, errors: RuleError[]): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value; // the type check has said so
  const problem = extraFieldsProblem(value as Record<string, unknown>);
  if (problem) errors.push({ type: "object", message: problem });
  return value;
}

// Rule factories: fastest-validator skips the custom check of a rule object that appears twice in one schema.
export const nameRule = (optional = false) =>
  ({ type: "string", min: 1, max: 200, trim: true, optional, custom: checkText }) as const;
export const emailRule = () =>
  ({ type: "email", max: EMAIL_MAX, optional: true, nullable: true, custom: checkEmail }) as const;
export const instantRule = (nullable = true) =>
  ({ type: "string", max: 40, optional: true, nullable, custom: checkInstant }) as const;
export const extraFieldsRule = () => ({ type: "object", optional: true, custom: checkExtraFields }) as const;
export const statusRule = () => ({ type: "enum", values: ["active", "inactive"], optional: true }) as const;
export const searchRule = () => ({ type: "string", max: 200, trim: true, optional: true, custom: checkText }) as const;
// Unknown body fields (id, createdAt, counters…) are dropped, never written.
export const strict = { $$strict: "remove" } as const;

// --- what leaves the service -----------------------------------------------------------------

export type Customer = CustomerRecord;

/** A customer as responses show it: the fields of CUSTOMER_FIELDS, in that order (lists filter the same way). */
export function toCustomer(record: CustomerRecord): Customer {
  return Object.fromEntries(CUSTOMER_FIELDS.map((field) => [field, record[field]])) as unknown as Customer;
}

/** The event snapshot (events/customers/events.proto): epoch milliseconds, "" for no email, flags for open ends. */
export const customerSnapshot = (c: CustomerRecord) => ({
  id: c.id,
  teamId: c.teamId,
  name: c.name,
  email: c.email ?? "",
  status: c.status,
  validFrom: c.validFrom ? Date.parse(c.validFrom) : 0,
  hasValidFrom: c.validFrom !== null,
  validThru: c.validThru ? Date.parse(c.validThru) : 0,
  hasValidThru: c.validThru !== null,
  extraJson: JSON.stringify(c.extraFields),
  createdAt: Date.parse(c.createdAt),
  updatedAt: Date.parse(c.updatedAt),
});

// --- the service's `this` --------------------------------------------------------------------

export type CustomersEvent = Parameters<EventsMethods<"customers">["publish"]>[0];
export type CustomerChanges = Partial<{
  name: string;
  email: string | null;
  status: CustomerStatus;
  validFrom: Date | null;
  validThru: Date | null;
  extraFields: ExtraFields;
}>;
export type NewCustomer = Required<Omit<CreateCustomerParams, "status">> & { status: CustomerStatus };

export interface CustomersMethods extends DbMethods, EventsMethods<"customers">, OwnerLookup {
  /** Publishes a customers event about `customer` inside `tx`, as the caller of `ctx`. */
  emit(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: CustomersEvent,
    customer: CustomerRecord,
    changed?: string[],
  ): Promise<void>;
  /** Inserts; 409 CUSTOMER_EMAIL_TAKEN when the team has the email already (a racing insert included). */
  insertCustomer(fields: NewCustomer, tx: Transaction): Promise<CustomerRecord>;
  /** The customer, row-locked until `tx` ends; 404 when there is none. */
  lockCustomer(id: string, tx: Transaction): Promise<CustomerRecord>;
  requireCustomer(id: string): Promise<CustomerRecord>;
  /** Applies the changes and stamps updatedAt; 409 CUSTOMER_EMAIL_TAKEN as insertCustomer. */
  saveCustomer(id: string, changes: CustomerChanges, tx: Transaction): Promise<CustomerRecord>;
  /** Activates or deactivates; the customer as it is, with no write and no event, when it already has the status. */
  setStatus(ctx: Context<IdParams, Meta>, status: CustomerStatus): Promise<Customer>;
  onTeamEvent(envelope: Envelope): Promise<void>;
}

export type CustomersThis = Service & CustomersMethods & DbThis;

type Schema = ServiceSchema<object, CustomersMethods, DbThis>;
/** An actions object of the customers service, with `this` typed. */
export type CustomersActions = NonNullable<Schema["actions"]>;
/** The customers service's methods object, with `this` typed. */
export type CustomersMethodsSchema = NonNullable<Schema["methods"]>;

export function userId(ctx: Context<unknown, Meta>): string {
  return ctx.meta.user?.id ?? "00000000-0000-0000-0000-000000000000";
}
