/** customers: the routes of a team's customer records. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { UnprocessableError } from "../../lib/errors.js";
import { listParams, type Page } from "../../lib/pagination.js";
import { customersWhere } from "./store.js";
import {
  type CreateCustomerParams,
  type Customer,
  type CustomerChanges,
  type CustomerRecord,
  type CustomersActions,
  type ExtraFields,
  type IdParams,
  type ListCustomersParams,
  type UpdateCustomerParams,
  dateRule,
  emailRule,
  extraFieldsRule,
  nameRule,
  searchRule,
  statusRule,
  strict,
  toCustomer,
  userId,
} from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

export const CUSTOMER_SORTS = ["createdAt", "updatedAt", "name", "email", "validFrom", "validThru"] as const;

const ms = (value: Date | string | null): number | null => (value === null ? null : new Date(value).getTime());

/** validFrom ≤ validThru, reported on the field the caller sent (validThru when both). */
function checkValidity(from: number | null, thru: number | null, field: "validFrom" | "validThru"): void {
  if (from === null || thru === null || from <= thru) return;
  throw new UnprocessableError("validFrom must not be after validThru", [
    { field, message: field === "validThru" ? "must not be before validFrom" : "must not be after validThru" },
  ]);
}

/** The same object whatever its key order (jsonb keeps its own order). */
const canonical = (fields: ExtraFields) =>
  JSON.stringify(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Only what really differs from the stored customer: a PATCH repeating stored values changes nothing. */
function changesOf(current: CustomerRecord, p: UpdateCustomerParams): CustomerChanges {
  const changes: CustomerChanges = {};
  if (p.name !== undefined && p.name !== current.name) changes.name = p.name;
  if (p.email !== undefined && p.email !== current.email) changes.email = p.email;
  if (p.validFrom !== undefined && ms(p.validFrom) !== ms(current.validFrom)) changes.validFrom = p.validFrom;
  if (p.validThru !== undefined && ms(p.validThru) !== ms(current.validThru)) changes.validThru = p.validThru;
  if (p.extraFields !== undefined && canonical(p.extraFields) !== canonical(current.extraFields)) {
    changes.extraFields = p.extraFields;
  }
  return changes;
}

export const customersActions: CustomersActions = {
  create: {
    rest: "POST /customers",
    operationId: "createCustomer",
    response: responses.customer,
    status: 201,
    location: "/customers/:id",
    access: "user",
    summary: "Create a customer in a team (editors); email unique per team, case-insensitive",
    team: { role: "editor", param: "teamId" },
    params: {
      teamId: "uuid",
      name: nameRule(),
      email: emailRule(),
      status: statusRule(),
      validFrom: dateRule(),
      validThru: dateRule(),
      extraFields: extraFieldsRule(),
      ...strict,
    },
    async handler(ctx: Context<CreateCustomerParams, Meta>): Promise<Customer> {
      const { teamId, name, email = null, status = "active", extraFields = {} } = ctx.params;
      const { validFrom = null, validThru = null } = ctx.params;
      checkValidity(ms(validFrom), ms(validThru), "validThru");
      return this.inTransaction(async (tx) => {
        const fields = { teamId, name, email, status, validFrom, validThru, extraFields };
        const customer = await this.insertCustomer(fields, tx);
        await this.emit(tx, ctx, "Created", customer);
        return toCustomer(customer);
      });
    },
  },

  list: {
    rest: "GET /customers",
    operationId: "listCustomers",
    response: responses.customerPage,
    access: "user",
    summary: "Customers of a team (?teamId=) or of all your teams, newest first; q searches name and email",
    team: { role: "viewer", param: "teamId", optional: true },
    params: {
      teamId: { type: "uuid", optional: true },
      q: searchRule(),
      status: statusRule(),
      validAt: dateRule(false),
      ...listParams(CUSTOMER_SORTS),
    },
    async handler(ctx: Context<ListCustomersParams, Meta>): Promise<Page<Customer>> {
      const { teamId, q, status, validAt, page, pageSize, sort = "-createdAt" } = ctx.params;
      const teamIds = teamId
        ? [teamId]
        : await ctx.call<string[], { userId: string }>("teams.teamIdsOf", { userId: userId(ctx) });
      const where = customersWhere({ teamIds, q, status, validAt });
      return this.listPage<Customer>(ctx, { where, page, pageSize, sort });
    },
  },

  get: {
    rest: "GET /customers/:id",
    operationId: "getCustomer",
    response: responses.customer,
    access: "user",
    summary: "One customer (team members)",
    team: { role: "viewer", entity: "customer", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<Customer> {
      return toCustomer(await this.requireCustomer(ctx.params.id));
    },
  },

  update: {
    rest: "PATCH /customers/:id",
    operationId: "updateCustomer",
    response: responses.customer,
    access: "user",
    summary: "Edit a customer (editors); status changes through activate/deactivate, extraFields is replaced whole",
    team: { role: "editor", entity: "customer", param: "id" },
    params: {
      id: "uuid",
      name: nameRule(true),
      email: emailRule(),
      validFrom: dateRule(),
      validThru: dateRule(),
      extraFields: extraFieldsRule(),
      ...strict,
    },
    async handler(ctx: Context<UpdateCustomerParams, Meta>): Promise<Customer> {
      const { id, validFrom, validThru } = ctx.params;
      return this.inTransaction(async (tx) => {
        const current = await this.lockCustomer(id, tx);
        const from = validFrom === undefined ? ms(current.validFrom) : ms(validFrom);
        const thru = validThru === undefined ? ms(current.validThru) : ms(validThru);
        checkValidity(from, thru, validThru === undefined ? "validFrom" : "validThru");
        const changes = changesOf(current, ctx.params);
        const changed = Object.keys(changes);
        // Nothing differs: no write, no event, updatedAt stays.
        if (!changed.length) return toCustomer(current);
        const updated = await this.saveCustomer(id, changes, tx);
        await this.emit(tx, ctx, "Updated", updated, changed);
        return toCustomer(updated);
      });
    },
  },

  remove: {
    rest: "DELETE /customers/:id",
    operationId: "deleteCustomer",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Delete a customer (administrators)",
    team: { role: "administrator", entity: "customer", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      await this.inTransaction(async (tx) => {
        const customer = await this.lockCustomer(ctx.params.id, tx);
        await this.model.destroy({ where: { id: customer.id }, transaction: tx });
        await this.emit(tx, ctx, "Deleted", customer);
      });
      return null;
    },
  },

  activate: {
    rest: "POST /customers/:id/activate",
    operationId: "activateCustomer",
    response: responses.customer,
    access: "user",
    summary: "Activate a customer (editors); an active one stays as it is, with no event",
    team: { role: "editor", entity: "customer", param: "id" },
    params: { id: "uuid", ...strict },
    handler(ctx: Context<IdParams, Meta>): Promise<Customer> {
      return this.setStatus(ctx, "active");
    },
  },

  deactivate: {
    rest: "POST /customers/:id/deactivate",
    operationId: "deactivateCustomer",
    response: responses.customer,
    access: "user",
    summary: "Deactivate a customer (editors); an inactive one stays as it is, with no event",
    team: { role: "editor", entity: "customer", param: "id" },
    params: { id: "uuid", ...strict },
    handler(ctx: Context<IdParams, Meta>): Promise<Customer> {
      return this.setStatus(ctx, "inactive");
    },
  },
};
