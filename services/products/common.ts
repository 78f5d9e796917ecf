/** What the products service's parts share: its `this`, params, and the shapes its actions answer and publish. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import type { OwnerLookup } from "../../lib/access.js";
import type { PageParams } from "../../lib/pagination.js";
import type { Envelope } from "../../lib/events/envelope.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { ExtraFields, ProductRecord } from "./models.js";

export type { ExtraFields, ProductRecord } from "./models.js";

/** A product as every response shows it. */
export type Product = ProductRecord;

export interface CreateProductParams {
  teamId: string;
  name: string;
  sku: string;
  priceCents?: number | null;
  currency?: string;
  hierarchyLevel?: number | null;
  validFrom?: string | null;
  validThru?: string | null;
  extraFields?: ExtraFields;
}

export interface ListProductsParams extends PageParams {
  teamId?: string;
  /** Case-insensitive substring of name or sku. */
  q?: string;
  /** An instant (ISO 8601; a bare date is its midnight UTC): only products valid then (open ends unbounded). */
  validAt?: string;
}

export interface IdParams {
  id: string;
}

export interface UpdateProductParams {
  id: string;
  name?: string;
  sku?: string;
  priceCents?: number | null;
  currency?: string;
  hierarchyLevel?: number | null;
  validFrom?: string | null;
  validThru?: string | null;
  /** Replaces the whole map. */
  extraFields?: ExtraFields;
}

/** products.ofTeam: which of `ids` are products of `teamId` (the promotions service prices lines with them). */
export interface OfTeamParams {
  teamId: string;
  ids: string[];
}

export type ProductSummary = Pick<ProductRecord, "id" | "name" | "sku" | "priceCents" | "currency">;

/** The fields a PATCH may change. */
export type ProductChanges = Partial<Omit<ProductRecord, "id" | "teamId" | "createdAt" | "updatedAt">>;
export type NewProduct = Omit<ProductRecord, "id" | "createdAt" | "updatedAt">;

// Unknown body fields (id, teamId on a PATCH, createdAt…) are dropped, never written.
export const strict = { $$strict: "remove" } as const;

// --- events (events/promotions/events.proto) ---------------------------------------------------

const ms = (iso: string) => Date.parse(iso);
/** Epoch milliseconds; 0 for an open end. */
const msOrZero = (iso: string | null) => (iso === null ? 0 : Date.parse(iso));

/** The `Product` message: proto3 has no null, so absent values are 0 with a has_ flag (price, level) or 0 (validity ends). */
export function productSnapshot(p: ProductRecord) {
  return {
    id: p.id,
    teamId: p.teamId,
    name: p.name,
    sku: p.sku,
    priceCents: p.priceCents ?? 0,
    hasPrice: p.priceCents !== null,
    currency: p.currency,
    hierarchyLevel: p.hierarchyLevel ?? 0,
    hasHierarchyLevel: p.hierarchyLevel !== null,
    validFrom: msOrZero(p.validFrom),
    validThru: msOrZero(p.validThru),
    extraJson: JSON.stringify(p.extraFields),
    createdAt: ms(p.createdAt),
    updatedAt: ms(p.updatedAt),
  };
}

// --- the service's `this` --------------------------------------------------------------------

export type ProductsEvent = "ProductCreated" | "ProductUpdated" | "ProductDeleted";

export interface ProductsMethods extends DbMethods, EventsMethods<"promotions">, OwnerLookup {
  /** Publishes a product event on the promotions topic inside `tx`, as the caller of `ctx`. */
  emitProduct(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: ProductsEvent,
    product: ProductRecord,
    changed?: string[],
  ): Promise<void>;
  /** Inserts a product; 409 SKU_TAKEN when its team already has the sku (a racing insert included). */
  insertProduct(fields: NewProduct, tx: Transaction): Promise<ProductRecord>;
  requireProduct(id: string, tx?: Transaction): Promise<ProductRecord>;
  /** The product, row-locked until `tx` ends: edits and deletion of one product go one at a time. */
  lockProduct(id: string, tx: Transaction): Promise<ProductRecord>;
  /** Applies the changes and stamps updatedAt; 409 SKU_TAKEN like insertProduct. */
  saveProduct(id: string, changes: ProductChanges, tx: Transaction): Promise<ProductRecord>;
  onTeamEvent(envelope: Envelope): Promise<void>;
}

export type ProductsThis = Service & ProductsMethods & DbThis;

type Schema = ServiceSchema<object, ProductsMethods, DbThis>;
/** An actions object of the products service, with `this` typed. */
export type ProductsActions = NonNullable<Schema["actions"]>;
/** The products service's methods object, with `this` typed. */
export type ProductsMethodsSchema = NonNullable<Schema["methods"]>;
