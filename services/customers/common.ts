/** What the customers service's parts share: its `this`, validator rules, params, and the shapes it answers and publishes. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import type { OwnerLookup } from "../../lib/access.js";
import type { Meta } from "../../lib/auth.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { extraFieldsRule, instantRule, type RuleError, textCheck } from "../../lib/fields.js";
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

const EMAIL_MAX = 254;
/** Control, format (zero-width, bidi), lone surrogate, and line/paragraph separator characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Kept as typed (compatibility forms folded, trimmed); uniqueness ignores case (the table's index). */
function checkEmail(value: unknown, errors: RuleError[]): unknown {
  if (typeof value !== "string") return value;
  const address = value.normalize("NFKC").trim();
  if (INVISIBLE.test(address))
    errors.push({ type: "email", message: "must not contain control or invisible characters" });
  return address;
}

// Rule factories: fastest-validator skips the custom check of a rule object that appears twice in one schema.
export const nameRule = (optional = false) =>
  ({ type: "string", min: 1, max: 200, trim: true, optional, custom: textCheck }) as const;
export const emailRule = () =>
  ({ type: "email", max: EMAIL_MAX, optional: true, nullable: true, custom: checkEmail }) as const;
/** An instant (lib/fields.ts), handed to the handler as a Date; null, on a write, is an open end. */
export const dateRule = (nullable = true) => instantRule({ optional: true, nullable, as: "date" });
export { extraFieldsRule };
export const statusRule = () => ({ type: "enum", values: ["active", "inactive"], optional: true }) as const;
export const searchRule = () => ({ type: "string", max: 200, trim: true, optional: true, custom: textCheck }) as const;
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
