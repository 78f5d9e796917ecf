/** teams: Sequelize models of the domain's tables (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn, type Model, type ModelStatic } from "sequelize";
import type { TeamRole } from "../../lib/access.js";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

const id = { type: DataTypes.UUID, primaryKey: true, allowNull: false };
const uuid = (field: string) => ({ type: DataTypes.UUID, allowNull: false, field });
const text = { type: DataTypes.TEXT, allowNull: false };
/** A `timestamptz NOT NULL DEFAULT now()` column: the database's clock, as the table says. */
const stamp = (attribute: string, field: string) => ({ ...timestampColumn(attribute, field), defaultValue: fn("now") });

export const TeamModel: ModelDefinition = {
  table: "teams",
  attributes: {
    id,
    name: text,
    createdBy: uuid("created_by"),
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

export const MembershipModel: ModelDefinition = {
  table: "memberships",
  attributes: {
    id,
    teamId: uuid("team_id"),
    userId: uuid("user_id"),
    role: text,
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

export type InviteStatus = "pending" | "accepted" | "declined" | "revoked";

export const InviteModel: ModelDefinition = {
  table: "invites",
  attributes: {
    id,
    teamId: uuid("team_id"),
    email: text,
    role: text,
    status: { ...text, defaultValue: "pending" },
    invitedBy: uuid("invited_by"),
    expiresAt: timestampColumn("expiresAt", "expires_at"),
    createdAt: stamp("createdAt", "created_at"),
    respondedAt: timestampColumn("respondedAt", "responded_at", true),
  },
};

/** The models' rows as plain objects (`row.get({ plain: true })`): timestamps are ISO strings. */
export interface TeamRecord {
  id: string;
  name: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface MembershipRecord {
  id: string;
  teamId: string;
  userId: string;
  role: TeamRole;
  createdAt: string;
  updatedAt: string;
}

export interface InviteRecord {
  id: string;
  teamId: string;
  email: string;
  role: TeamRole;
  status: InviteStatus;
  invitedBy: string;
  expiresAt: string;
  createdAt: string;
  respondedAt: string | null;
}

/** The domain's models by table, as the Db mixin exposes them (`this.models`). */
export type TeamsModels = Record<string, ModelStatic<Model>>;
