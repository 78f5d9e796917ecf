/** products: the Sequelize model of the domain's table (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn } from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

/** A `timestamptz NOT NULL DEFAULT now()` column: the database's clock, as the table says. */
const stamp = (attribute: string, field: string) => ({ ...timestampColumn(attribute, field), defaultValue: fn("now") });

// Attributes are listed in the order responses show them.
export const ProductModel: ModelDefinition = {
  table: "products",
  attributes: {
    id: { type: DataTypes.UUID, primaryKey: true, allowNull: false },
    teamId: { type: DataTypes.UUID, allowNull: false, field: "team_id" },
    name: { type: DataTypes.TEXT, allowNull: false },
    sku: { type: DataTypes.TEXT, allowNull: false },
    // int8 is read as a JS number (lib/database.ts); the validator keeps values within the safe range.
    priceCents: { type: DataTypes.BIGINT, allowNull: true, field: "price_cents" },
    currency: { type: DataTypes.TEXT, allowNull: false, defaultValue: "USD" },
    hierarchyLevel: { type: DataTypes.SMALLINT, allowNull: true, field: "hierarchy_level" },
    validFrom: timestampColumn("validFrom", "valid_from", true),
    validThru: timestampColumn("validThru", "valid_thru", true),
    extraFields: { type: DataTypes.JSONB, allowNull: false, defaultValue: {}, field: "extra_fields" },
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

/** What a product response carries (the Db mixin's `fields`): every column, in this order. */
export const PRODUCT_FIELDS = [
  "id",
  "teamId",
  "name",
  "sku",
  "priceCents",
  "currency",
  "hierarchyLevel",
  "validFrom",
  "validThru",
  "extraFields",
  "createdAt",
  "updatedAt",
] as const;

/** A flat map of a product's own fields: no nesting, so any client can show and filter it. */
export type ExtraFields = Record<string, string | number | boolean | null>;

/** The model's row as a plain object (`row.get({ plain: true })`): timestamps (validity ends too) ISO strings. */
export interface ProductRecord {
  id: string;
  teamId: string;
  name: string;
  sku: string;
  priceCents: number | null;
  currency: string;
  hierarchyLevel: number | null;
  validFrom: string | null;
  validThru: string | null;
  extraFields: ExtraFields;
  createdAt: string;
  updatedAt: string;
}
