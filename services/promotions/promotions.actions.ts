/** promotions: create, list, read, edit and delete promotions with their discount lines. */
import { randomUUID } from "node:crypto";
import type { Context } from "moleculer";
import { fn, literal, Op, type WhereOptions } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { UnprocessableError } from "../../lib/errors.js";
import { listParams, type Page } from "../../lib/pagination.js";
import type { PromotionRecord } from "./models.js";
import { percentToHundredths } from "./pricing.js";
import * as rules from "./rules.js";
import * as store from "./store.js";
import { lowerId } from "./methods.js";
import {
  type CreatePromotionParams,
  type IdParams,
  type ListPromotionsParams,
  type Promotion,
  type PromotionLine,
  type PromotionsActions,
  type UpdatePromotionParams,
  changedFields,
  strict,
  toPromotion,
  userId,
} from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

const SORTABLE = ["createdAt", "updatedAt", "name", "validFrom", "validThru", "priority"] as const;

/** Lines with lower-case product ids (the engine and the products lookup compare them as text). */
const normalLines = (lines: PromotionLine[]): PromotionLine[] =>
  lines.map((line) => ({ ...line, productId: lowerId(line.productId) }));

/** API lines in storage form: a percent as hundredths, an amount as cents. */
const storedLines = (lines: PromotionLine[]): store.NewLine[] =>
  lines.map((line) => ({
    productId: line.productId,
    type: line.type,
    percentHundredths: line.type === "percent" ? percentToHundredths(line.value) : null,
    amountCents: line.type === "amount" ? line.value : null,
  }));

const orNull = (id: string | null | undefined) => (id ? lowerId(id) : id);

export const promotionsActions: PromotionsActions = {
  create: {
    rest: "POST /promotions",
    operationId: "createPromotion",
    response: responses.promotion,
    status: 201,
    location: "/promotions/:id",
    access: "user",
    summary: "Create a draft promotion in a team (editors); one line per product of the team",
    team: { role: "editor", param: "teamId" },
    params: {
      teamId: "uuid",
      name: rules.name(),
      description: rules.description(),
      customerId: rules.customerId(),
      validFrom: rules.dateTime(),
      validThru: rules.dateTime(),
      combinable: rules.combinable(),
      priority: rules.priority(),
      usageLimit: rules.usageLimit(),
      lines: rules.promotionLines(),
      ...strict,
    },
    async handler(ctx: Context<CreatePromotionParams, Meta>): Promise<Promotion> {
      const p = ctx.params;
      const teamId = lowerId(p.teamId);
      const customerId = orNull(p.customerId) ?? null;
      const lines = normalLines(p.lines);
      const validFrom = rules.instant(p.validFrom);
      const validThru = rules.instant(p.validThru);
      rules.requireValidity(validFrom, validThru);
      rules.requireLineValues(lines);
      rules.requireDistinctProducts(lines);
      await this.checkReferences(ctx, teamId, { customerId, lines });
      const me = userId(ctx);
      return this.inTransaction(async (tx) => {
        const id = randomUUID();
        await this.tables().promotions.create(
          {
            id,
            teamId,
            name: p.name,
            description: p.description ?? "",
            customerId,
            validFrom,
            validThru,
            combinable: p.combinable ?? false,
            priority: p.priority ?? 0,
            usageLimit: p.usageLimit ?? null,
            createdBy: me,
            editedBy: me,
          },
          { transaction: tx, validate: false },
        );
        await store.replaceLines(this.tables(), id, storedLines(lines), tx);
        const promotion = await this.requirePromotion(id, tx);
        await this.emitPromotion(tx, ctx, "Created", promotion);
        return toPromotion(promotion);
      });
    },
  },

  list: {
    rest: "GET /promotions",
    operationId: "listPromotions",
    response: responses.promotionPage,
    access: "user",
    summary:
      "Promotions of a team (?teamId=) or of all your teams, newest first; filters: status, customerId, productId (has a line for it), activeAt (valid then)",
    team: { role: "viewer", param: "teamId", optional: true },
    params: {
      teamId: { type: "uuid", optional: true },
      status: { type: "enum", values: rules.STATUSES, optional: true },
      customerId: { type: "uuid", optional: true },
      productId: { type: "uuid", optional: true },
      activeAt: rules.dateTime(true),
      ...listParams(SORTABLE),
    },
    async handler(ctx: Context<ListPromotionsParams, Meta>): Promise<Page<Promotion>> {
      const { teamId, status, customerId, productId, activeAt, page, pageSize, sort = "-createdAt" } = ctx.params;
      const teamIds = teamId
        ? [lowerId(teamId)]
        : await ctx.call<string[], { userId: string }>("teams.teamIdsOf", { userId: userId(ctx) });
      const where: WhereOptions & Record<string, unknown> = { teamId: teamIds };
      if (status) where.status = status;
      if (customerId) where.customerId = lowerId(customerId);
      if (activeAt) {
        const at = rules.instant(activeAt);
        where.validFrom = { [Op.lte]: at };
        where.validThru = { [Op.gte]: at };
      }
      if (productId) {
        const product = this.sql().escape(lowerId(productId));
        where.id = { [Op.in]: literal(`(SELECT promotion_id FROM promotion_lines WHERE product_id = ${product})`) };
      }
      const rows = await this.listPage<PromotionRecord>(ctx, { where, page, pageSize, sort });
      const lines = await store.linesOf(
        this.tables(),
        rows.rows.map((row) => row.id),
      );
      return { ...rows, rows: rows.rows.map((record) => toPromotion({ record, lines: lines.get(record.id) ?? [] })) };
    },
  },

  get: {
    rest: "GET /promotions/:id",
    operationId: "getPromotion",
    response: responses.promotion,
    access: "user",
    summary: "One promotion with its lines (viewers)",
    team: { role: "viewer", entity: "promotion", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<Promotion> {
      return toPromotion(await this.requirePromotion(ctx.params.id));
    },
  },

  update: {
    rest: "PATCH /promotions/:id",
    operationId: "updatePromotion",
    response: responses.promotion,
    access: "user",
    summary: "Edit a promotion (editors); `lines` replaces them all; a pending or approved one goes back to draft",
    team: { role: "editor", entity: "promotion", param: "id" },
    params: {
      id: "uuid",
      name: rules.name(true),
      description: rules.description(),
      customerId: rules.customerId(),
      validFrom: rules.dateTime(true),
      validThru: rules.dateTime(true),
      combinable: rules.combinable(),
      priority: rules.priority(),
      usageLimit: rules.usageLimit(),
      lines: rules.promotionLines(true),
      ...strict,
    },
    async handler(ctx: Context<UpdatePromotionParams, Meta>): Promise<Promotion> {
      const { id, validFrom, validThru, ...rest } = ctx.params;
      const changes = {
        ...rest,
        customerId: orNull(rest.customerId),
        lines: rest.lines && normalLines(rest.lines),
        validFrom: validFrom === undefined ? undefined : rules.instant(validFrom),
        validThru: validThru === undefined ? undefined : rules.instant(validThru),
      };
      const changed = changedFields(changes);
      if (changes.lines) {
        rules.requireLineValues(changes.lines);
        rules.requireDistinctProducts(changes.lines);
      }
      // The team never changes: references are checked before the row lock is taken.
      const { teamId } = (await this.requirePromotion(id)).record;
      await this.checkReferences(ctx, teamId, { customerId: changes.customerId, lines: changes.lines });
      return this.inTransaction(async (tx) => {
        const current = await this.requirePromotion(id, tx, true);
        // An empty PATCH changes nothing and tells nobody.
        if (!changed.length) return toPromotion(current);
        const { record } = current;
        rules.requireValidity(
          changes.validFrom ?? new Date(record.validFrom),
          changes.validThru ?? new Date(record.validThru),
        );
        if (typeof changes.usageLimit === "number" && changes.usageLimit < record.usageCount) {
          throw new UnprocessableError("usageLimit is below the uses already made", [
            { field: "usageLimit", message: `must be at least the usage count (${record.usageCount})` },
          ]);
        }
        // An edit needs a new approval: pending and approved promotions go back to draft.
        const reset = record.status === "pending" || record.status === "approved";
        const { lines, ...columns } = changes;
        await this.tables().promotions.update(
          {
            ...Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)),
            ...(reset ? { status: "draft", approvedBy: null } : {}),
            revision: literal("revision + 1"),
            editedBy: userId(ctx),
            updatedAt: fn("now"),
          },
          { where: { id: record.id }, transaction: tx, validate: false },
        );
        if (lines) await store.replaceLines(this.tables(), record.id, storedLines(lines), tx);
        const updated = await this.requirePromotion(record.id, tx);
        await this.emitPromotion(tx, ctx, "Updated", updated, { changed });
        if (reset) {
          await this.emitPromotion(tx, ctx, "ApprovalStatusChanged", updated, {
            previousApprovalStatus: record.status,
          });
        }
        return toPromotion(updated);
      });
    },
  },

  remove: {
    rest: "DELETE /promotions/:id",
    operationId: "deletePromotion",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Delete a promotion (administrators); its redemptions stay on record",
    team: { role: "administrator", entity: "promotion", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      await this.inTransaction(async (tx) => {
        const promotion = await this.requirePromotion(ctx.params.id, tx, true);
        // Its lines go with it (ON DELETE CASCADE).
        await this.tables().promotions.destroy({ where: { id: promotion.record.id }, transaction: tx });
        await this.emitPromotion(tx, ctx, "Deleted", promotion);
      });
      return null;
    },
  },
};
