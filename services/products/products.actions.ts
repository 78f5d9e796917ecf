/** products: a team's catalogue over HTTP. Viewers read, editors write, administrators delete. */
import { isDeepStrictEqual } from "node:util";
import type { Context } from "moleculer";
import { Op, type WhereOptions } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { listParams, type Page } from "../../lib/pagination.js";
import {
  type CreateProductParams,
  type IdParams,
  type ListProductsParams,
  type Product,
  type ProductChanges,
  type ProductRecord,
  type ProductsActions,
  type UpdateProductParams,
  strict,
} from "./common.js";
import * as rules from "./rules.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

/** A mesh-internal call without a user belongs to no team. */
const NOBODY = "00000000-0000-0000-0000-000000000000";
const SORTABLE = ["createdAt", "updatedAt", "name", "sku", "priceCents", "validFrom", "validThru"] as const;

/** `%`, `_` and `\` match themselves in a LIKE pattern (backslash is PostgreSQL's default escape). */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's filters: the teams, a name-or-sku substring, a validity date. */
function productFilter(teamIds: string[], q: string | undefined, validAt: string | undefined): WhereOptions {
  const filters: WhereOptions[] = [{ teamId: teamIds }];
  if (q) {
    const pattern = `%${likeEscape(q)}%`;
    filters.push({ [Op.or]: [{ name: { [Op.iLike]: pattern } }, { sku: { [Op.iLike]: pattern } }] });
  }
  if (validAt) {
    filters.push({ [Op.or]: [{ validFrom: null }, { validFrom: { [Op.lte]: validAt } }] });
    filters.push({ [Op.or]: [{ validThru: null }, { validThru: { [Op.gte]: validAt } }] });
  }
  return { [Op.and]: filters };
}

/** The fields a PATCH sets to a value other than the stored one (an absent field is no change; null is one). */
function changesOf(params: UpdateProductParams, current: ProductRecord): ProductChanges {
  const { id: _id, ...given } = params;
  return Object.fromEntries(
    Object.entries(given).filter(
      ([field, value]) => value !== undefined && !isDeepStrictEqual(value, current[field as keyof ProductRecord]),
    ),
  ) as ProductChanges;
}

export const productsActions: ProductsActions = {
  create: {
    rest: "POST /products",
    operationId: "createProduct",
    response: responses.product,
    status: 201,
    location: "/products/:id",
    access: "user",
    summary: "Add a product to a team's catalogue (editors); sku unique per team",
    team: { role: "editor", param: "teamId" },
    params: {
      teamId: "uuid",
      name: rules.name(),
      sku: rules.sku(),
      priceCents: rules.priceCents(),
      currency: rules.currency(),
      hierarchyLevel: rules.hierarchyLevel(),
      validFrom: rules.instant(),
      validThru: rules.instant(),
      extraFields: rules.extraFields(),
      ...strict,
    },
    async handler(ctx: Context<CreateProductParams, Meta>): Promise<Product> {
      const p = ctx.params;
      rules.refuseNulls(p);
      const fields = {
        teamId: p.teamId,
        name: p.name,
        sku: p.sku,
        priceCents: p.priceCents ?? null,
        currency: p.currency ?? rules.DEFAULT_CURRENCY,
        hierarchyLevel: p.hierarchyLevel ?? null,
        validFrom: p.validFrom ?? null,
        validThru: p.validThru ?? null,
        extraFields: p.extraFields ?? {},
      };
      rules.requireValidity(fields.validFrom, fields.validThru);
      return this.inTransaction(async (tx) => {
        const product = await this.insertProduct(fields, tx);
        await this.emitProduct(tx, ctx, "ProductCreated", product);
        return product;
      });
    },
  },

  list: {
    rest: "GET /products",
    operationId: "listProducts",
    response: responses.productPage,
    access: "user",
    summary:
      "Products of a team (?teamId=) or of all your teams; ?q= searches name and sku, ?validAt= an ISO date or instant",
    team: { role: "viewer", param: "teamId", optional: true },
    params: {
      teamId: { type: "uuid", optional: true },
      q: rules.search(),
      validAt: rules.instant(false),
      ...listParams(SORTABLE),
    },
    async handler(ctx: Context<ListProductsParams, Meta>): Promise<Page<Product>> {
      const { teamId, q, validAt, page, pageSize, sort = "-createdAt" } = ctx.params;
      const teamIds = teamId
        ? [teamId]
        : await ctx.call<string[], { userId: string }>("teams.teamIdsOf", { userId: ctx.meta.user?.id ?? NOBODY });
      const where = productFilter(teamIds, q, validAt);
      return this.listPage<Product>(ctx, { where, page, pageSize, sort });
    },
  },

  get: {
    rest: "GET /products/:id",
    operationId: "getProduct",
    response: responses.product,
    access: "user",
    summary: "One product (members)",
    team: { role: "viewer", entity: "product", param: "id" },
    params: { id: "uuid" },
    handler(ctx: Context<IdParams, Meta>): Promise<Product> {
      return this.requireProduct(ctx.params.id);
    },
  },

  update: {
    rest: "PATCH /products/:id",
    operationId: "updateProduct",
    response: responses.product,
    access: "user",
    summary: "Edit a product (editors); extraFields replaces the whole map, null clears a nullable field",
    team: { role: "editor", entity: "product", param: "id" },
    params: {
      id: "uuid",
      name: rules.name(true),
      sku: rules.sku(true),
      priceCents: rules.priceCents(),
      currency: rules.currency(),
      hierarchyLevel: rules.hierarchyLevel(),
      validFrom: rules.instant(),
      validThru: rules.instant(),
      extraFields: rules.extraFields(),
      ...strict,
    },
    async handler(ctx: Context<UpdateProductParams, Meta>): Promise<Product> {
      rules.refuseNulls(ctx.params);
      return this.inTransaction(async (tx) => {
        const current = await this.lockProduct(ctx.params.id, tx);
        const changes = changesOf(ctx.params, current);
        const changed = Object.keys(changes);
        // A PATCH that changes nothing writes nothing and tells nobody.
        if (!changed.length) return current;
        rules.requireValidity(
          changes.validFrom !== undefined ? changes.validFrom : current.validFrom,
          changes.validThru !== undefined ? changes.validThru : current.validThru,
          ctx.params.validThru === undefined ? "validFrom" : "validThru",
        );
        const updated = await this.saveProduct(current.id, changes, tx);
        await this.emitProduct(tx, ctx, "ProductUpdated", updated, changed);
        return updated;
      });
    },
  },

  remove: {
    rest: "DELETE /products/:id",
    operationId: "deleteProduct",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Delete a product (administrators)",
    team: { role: "administrator", entity: "product", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      await this.inTransaction(async (tx) => {
        const product = await this.lockProduct(ctx.params.id, tx);
        await this.model.destroy({ where: { id: product.id }, transaction: tx });
        await this.emitProduct(tx, ctx, "ProductDeleted", product);
      });
      return null;
    },
  },
};
