/** products: the steps its actions share, through the domain's model. */
import { randomUUID } from "node:crypto";
import { fn, UniqueConstraintError, type Transaction } from "sequelize";
import { ConflictError, NotFoundError } from "../../lib/errors.js";
import type { Owner } from "../../lib/access.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { UUID } from "../../lib/uuid.js";
import { plain, plainOrNull } from "../../mixins/db.mixin.js";
import {
  type NewProduct,
  type ProductChanges,
  type ProductRecord,
  type ProductsMethods,
  type ProductsMethodsSchema,
  type ProductsThis,
  productSnapshot,
} from "./common.js";

/** The unique index behind "sku unique per team" (migrations/0001_init.sql). */
const SKU_INDEX = "products_team_sku_key";

/** 409 naming the field, so a form can show it beside the sku. */
export class SkuTakenError extends ConflictError {
  constructor() {
    super("This team already has a product with this sku", "SKU_TAKEN");
    this.data = [{ field: "sku", message: "is taken by another product of this team" }];
  }
}

/** A violation of the sku index becomes 409 SKU_TAKEN; anything else stays what it is. */
async function mapSkuTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const constraint = (err as { parent?: { constraint?: string } }).parent?.constraint;
    if (err instanceof UniqueConstraintError && constraint === SKU_INDEX) {
      throw new SkuTakenError();
    }
    throw err;
  }
}

export const productsMethods: ProductsMethodsSchema = {
  /** Team rules look products up here: which team owns one. */
  async ownerOf(this: ProductsThis, entity: string, id: string): Promise<Owner | null> {
    if (entity !== "product" || !UUID.test(id)) return null;
    const product = await this.model.findByPk(id, { attributes: ["teamId"] });
    return product ? { teamId: product.get("teamId") as string } : null;
  },

  async emitProduct(
    this: ProductsThis,
    ...[tx, ctx, type, product, changed]: Parameters<ProductsMethods["emitProduct"]>
  ): Promise<void> {
    const fields = changed ? { product: productSnapshot(product), changed } : { product: productSnapshot(product) };
    await this.publish(type, fields, { tx, ctx, teamId: product.teamId, entity: "product", entityId: product.id });
  },

  async insertProduct(this: ProductsThis, fields: NewProduct, tx: Transaction): Promise<ProductRecord> {
    return mapSkuTaken(async () =>
      plain<ProductRecord>(await this.model.create({ id: randomUUID(), ...fields }, { transaction: tx })),
    );
  },

  async requireProduct(this: ProductsThis, id: string, tx?: Transaction): Promise<ProductRecord> {
    const product = plainOrNull<ProductRecord>(await this.model.findByPk(id, { transaction: tx }));
    if (!product) throw new NotFoundError("product");
    return product;
  },

  async lockProduct(this: ProductsThis, id: string, tx: Transaction): Promise<ProductRecord> {
    const product = await this.model.findByPk(id, { transaction: tx, lock: tx.LOCK.UPDATE });
    if (!product) throw new NotFoundError("product");
    return plain(product);
  },

  async saveProduct(this: ProductsThis, id: string, changes: ProductChanges, tx: Transaction): Promise<ProductRecord> {
    // The action validated the values; Sequelize's own validation would read the getters on now().
    const [, rows] = await mapSkuTaken(() =>
      this.model.update(
        { ...changes, updatedAt: fn("now") },
        { where: { id }, transaction: tx, returning: true, validate: false },
      ),
    );
    if (!rows[0]) throw new NotFoundError("product");
    return plain(rows[0]);
  },

  /** TeamDeleted: delete the team's products, each with its ProductDeleted event. Idempotent on redelivery. */
  async onTeamEvent(this: ProductsThis, envelope: Envelope): Promise<void> {
    if (envelope.type !== "TeamDeleted" || !envelope.teamId) return;
    await this.inTransaction(async (tx) => {
      const rows = await this.model.findAll({
        where: { teamId: envelope.teamId },
        transaction: tx,
        lock: tx.LOCK.UPDATE,
      });
      if (!rows.length) return;
      const products = rows.map((row) => plain<ProductRecord>(row));
      await this.model.destroy({ where: { id: products.map((p) => p.id) }, transaction: tx });
      for (const product of products) {
        await this.publish(
          "ProductDeleted",
          { product: productSnapshot(product) },
          {
            tx,
            teamId: product.teamId,
            entity: "product",
            entityId: product.id,
            actorId: envelope.actorId,
            traceId: envelope.traceId,
          },
        );
      }
    });
  },
};
