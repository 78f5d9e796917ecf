/** customers: the steps its actions share, through the domain's model (store.ts for the SQL it can't say). */
import { randomUUID } from "node:crypto";
import type { Context } from "moleculer";
import { fn, UniqueConstraintError } from "sequelize";
import type { Owner } from "../../lib/access.js";
import type { Meta } from "../../lib/auth.js";
import { ConflictError, NotFoundError } from "../../lib/errors.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { UUID } from "../../lib/uuid.js";
import { plain, plainOrNull } from "../../mixins/db.mixin.js";
import * as store from "./store.js";
import {
  type Customer,
  type CustomerChanges,
  type CustomerRecord,
  type CustomersMethods,
  type CustomersMethodsSchema,
  type CustomersThis,
  type CustomerStatus,
  type IdParams,
  type NewCustomer,
  customerSnapshot,
  toCustomer,
} from "./common.js";

const EMAIL_KEY = "customers_team_email_key";

/** 409 naming the field, so a form can show it beside the email. */
export class EmailTakenError extends ConflictError {
  constructor() {
    super("The team already has a customer with this email", "CUSTOMER_EMAIL_TAKEN");
    this.data = [{ field: "email", message: "is taken by another customer of this team" }];
  }
}

/** The unique email index refused the write: a taken email, however many writers raced for it. */
async function mapEmailTaken<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    const constraint = (err as { parent?: { constraint?: string } }).parent?.constraint;
    if (err instanceof UniqueConstraintError && constraint === EMAIL_KEY) {
      throw new EmailTakenError();
    }
    throw err;
  }
}

export const customersMethods: CustomersMethodsSchema = {
  /** Team rules look customers up here: which team owns one. */
  async ownerOf(this: CustomersThis, _entity: string, id: string): Promise<Owner | null> {
    if (!UUID.test(id)) return null;
    const row = await this.model.findByPk(id, { attributes: ["teamId"] });
    return row ? { teamId: row.get("teamId") as string } : null;
  },

  async emit(
    this: CustomersThis,
    ...[tx, ctx, type, customer, changed]: Parameters<CustomersMethods["emit"]>
  ): Promise<void> {
    const fields = { customer: customerSnapshot(customer), ...(changed ? { changed } : {}) };
    await this.publish(type, fields, { tx, ctx, teamId: customer.teamId, entity: "customer", entityId: customer.id });
  },

  async insertCustomer(this: CustomersThis, fields: NewCustomer, tx): Promise<CustomerRecord> {
    const row = await mapEmailTaken(this.model.create({ id: randomUUID(), ...fields }, { transaction: tx }));
    // Read back: the database's defaults and clock, in the shape every other read has.
    return this.lockCustomer(row.get("id") as string, tx);
  },

  async lockCustomer(this: CustomersThis, id: string, tx): Promise<CustomerRecord> {
    const customer = plainOrNull<CustomerRecord>(
      await this.model.findByPk(id, { transaction: tx, lock: tx.LOCK.UPDATE }),
    );
    if (!customer) throw new NotFoundError("customer");
    return customer;
  },

  async requireCustomer(this: CustomersThis, id: string): Promise<CustomerRecord> {
    const customer = plainOrNull<CustomerRecord>(await this.model.findByPk(id));
    if (!customer) throw new NotFoundError("customer");
    return customer;
  },

  async saveCustomer(this: CustomersThis, id: string, changes: CustomerChanges, tx): Promise<CustomerRecord> {
    // validate: false: the action validated the values; Sequelize would read the timestamp getters on now().
    const [, rows] = await mapEmailTaken(
      this.model.update(
        { ...changes, updatedAt: fn("now") },
        { where: { id }, transaction: tx, returning: true, validate: false },
      ),
    );
    if (!rows[0]) throw new NotFoundError("customer");
    return plain<CustomerRecord>(rows[0]);
  },

  async setStatus(this: CustomersThis, ctx: Context<IdParams, Meta>, status: CustomerStatus): Promise<Customer> {
    return this.inTransaction(async (tx) => {
      const current = await this.lockCustomer(ctx.params.id, tx);
      // Already there: nothing happened, so nothing is told.
      if (current.status === status) return toCustomer(current);
      const updated = await this.saveCustomer(current.id, { status }, tx);
      await this.emit(tx, ctx, status === "active" ? "Activated" : "Deactivated", updated, ["status"]);
      return toCustomer(updated);
    });
  },

  /** TeamDeleted: delete the team's customers, each with its Deleted event. Idempotent on redelivery. */
  async onTeamEvent(this: CustomersThis, envelope: Envelope): Promise<void> {
    if (envelope.type !== "TeamDeleted" || !envelope.teamId) return;
    await this.inTransaction(async (tx) => {
      const deleted = await store.deleteCustomersOfTeam(this.model, envelope.teamId, tx);
      // One statement for the whole team's events: a large customer base would cost a round trip each.
      await this.publishMany(
        deleted.map((customer) => ({
          type: "Deleted" as const,
          fields: { customer: customerSnapshot(customer) },
          entityId: customer.id,
        })),
        { tx, teamId: envelope.teamId, entity: "customer", actorId: envelope.actorId, traceId: envelope.traceId },
      );
    });
  },
};
