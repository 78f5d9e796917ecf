/** customers: the Sequelize model of the domain's table (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn } from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

/** A `timestamptz NOT NULL DEFAULT now()` column: the database's clock, as the table says. */
const stamp = (attribute: string, field: string) => ({ ...timestampColumn(attribute, field), defaultValue: fn("now") });

export const CUSTOMER_STATUSES = ["active", "inactive"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** A flat object of scalar values (lib/fields.ts checks its shape and size). */
export type ExtraFields = Record<string, string | number | boolean | null>;

// Attributes are listed in the order responses show them.
export const CustomerModel: ModelDefinition = {
  table: "customers",
  attributes: {
    id: { type: DataTypes.UUID, primaryKey: true, allowNull: false },
    teamId: { type: DataTypes.UUID, allowNull: false, field: "team_id" },
    name: { type: DataTypes.TEXT, allowNull: false },
    email: { type: DataTypes.TEXT, allowNull: true },
    status: { type: DataTypes.TEXT, allowNull: false, defaultValue: "active" },
    validFrom: timestampColumn("validFrom", "valid_from", true),
    validThru: timestampColumn("validThru", "valid_thru", true),
    extraFields: { type: DataTypes.JSONB, allowNull: false, defaultValue: {}, field: "extra_fields" },
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

/** What a customer response carries (the Db mixin's `fields`), in that order. */
export const CUSTOMER_FIELDS = [
  "id",
  "teamId",
  "name",
  "email",
  "status",
  "validFrom",
  "validThru",
  "extraFields",
  "createdAt",
  "updatedAt",
] as const;

/** A row as a plain object (`row.get({ plain: true })`): timestamps are ISO strings. */
export interface CustomerRecord {
  id: string;
  teamId: string;
  name: string;
  email: string | null;
  status: CustomerStatus;
  validFrom: string | null;
  validThru: string | null;
  extraFields: ExtraFields;
  createdAt: string;
  updatedAt: string;
}
