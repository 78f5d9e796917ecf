/** users: Sequelize models of the domain's tables (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn, type Model, type ModelStatic, type Sequelize } from "sequelize";
import { defineModel, timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

export type UserStatus = "unverified" | "active" | "banned" | "deleted";
export type TokenPurpose = "verify" | "reset";

const id = { type: DataTypes.UUID, primaryKey: true, allowNull: false };
const userId = { type: DataTypes.UUID, allowNull: false, field: "user_id" };
const text = { type: DataTypes.TEXT, allowNull: false };
const optionalText = (field: string) => ({ type: DataTypes.TEXT, allowNull: true, field });
const texts = { type: DataTypes.ARRAY(DataTypes.TEXT), allowNull: false };

/** A `timestamptz NOT NULL DEFAULT now()` column: the database's clock, as the table says. */
const stamp = (attribute: string, field: string) => ({ ...timestampColumn(attribute, field), defaultValue: fn("now") });
const optionalStamp = (attribute: string, field: string) => timestampColumn(attribute, field, true);

export const UserModel: ModelDefinition = {
  table: "users",
  attributes: {
    id,
    email: text,
    passwordHash: { ...text, field: "password_hash" },
    firstName: optionalText("first_name"),
    lastName: optionalText("last_name"),
    status: { ...text, defaultValue: "unverified" },
    roles: { ...texts, defaultValue: ["user"] },
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
    verifiedAt: optionalStamp("verifiedAt", "verified_at"),
    bannedAt: optionalStamp("bannedAt", "banned_at"),
    deletedAt: optionalStamp("deletedAt", "deleted_at"),
  },
};

/** What of a user may leave the service (moleculer-db `fields`, and every answer): never the hash. */
export const USER_FIELDS = [
  "id",
  "email",
  "firstName",
  "lastName",
  "status",
  "roles",
  "createdAt",
  "updatedAt",
  "verifiedAt",
] as const;

export const RefreshTokenModel: ModelDefinition = {
  table: "refresh_tokens",
  attributes: {
    id,
    userId,
    familyId: { type: DataTypes.UUID, allowNull: false, field: "family_id" },
    expiresAt: timestampColumn("expiresAt", "expires_at"),
    createdAt: stamp("createdAt", "created_at"),
    spentAt: optionalStamp("spentAt", "spent_at"),
    revokedAt: optionalStamp("revokedAt", "revoked_at"),
  },
};

export const OneTimeTokenModel: ModelDefinition = {
  table: "one_time_tokens",
  attributes: {
    id,
    userId,
    purpose: text,
    tokenHash: { ...text, field: "token_hash" },
    expiresAt: timestampColumn("expiresAt", "expires_at"),
    createdAt: stamp("createdAt", "created_at"),
    usedAt: optionalStamp("usedAt", "used_at"),
  },
};

export const ApiKeyModel: ModelDefinition = {
  table: "api_keys",
  attributes: {
    id,
    userId,
    /** A team key's team (null for a personal key). */
    teamId: { type: DataTypes.UUID, allowNull: true, field: "team_id" },
    description: text,
    scopes: texts,
    prefix: text,
    keyHash: { ...text, field: "key_hash" },
    createdAt: stamp("createdAt", "created_at"),
    lastUsedAt: optionalStamp("lastUsedAt", "last_used_at"),
    revokedAt: optionalStamp("revokedAt", "revoked_at"),
  },
};

/** What of an API key its owner sees: never the hash. */
export const API_KEY_FIELDS = ["id", "description", "scopes", "prefix", "createdAt", "lastUsedAt"] as const;
/** What of a team key the team's administrators see: also its team and who issued it. */
export const TEAM_KEY_FIELDS = [...API_KEY_FIELDS, "teamId", "userId"] as const;

/**
 * The previous release's login throttle. No longer read or written (throttle.ts counts in Redis or
 * memory); the table stays so nodes of that release keep signing people in during a rolling upgrade,
 * and a later migration drops it.
 */
export const LoginFailureModel: ModelDefinition = {
  table: "login_failures",
  attributes: {
    email: { ...text, primaryKey: true },
    failures: { type: DataTypes.INTEGER, allowNull: false },
    windowStartedAt: timestampColumn("windowStartedAt", "window_started_at"),
  },
};

/** The tables besides the main one (`users`), for the Db mixin's `models`. */
export const OTHER_MODELS = [RefreshTokenModel, OneTimeTokenModel, ApiKeyModel, LoginFailureModel];

// --- rows as plain objects (`row.get({ plain: true })`): timestamps are ISO strings ---------

export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  firstName: string | null;
  lastName: string | null;
  status: UserStatus;
  roles: string[];
  createdAt: string;
  updatedAt: string;
  verifiedAt: string | null;
  bannedAt: string | null;
  deletedAt: string | null;
}

export interface RefreshTokenRecord {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: string;
  createdAt: string;
  spentAt: string | null;
  revokedAt: string | null;
}

export interface ApiKeyRecord {
  id: string;
  userId: string;
  teamId: string | null;
  description: string;
  scopes: string[];
  prefix: string;
  keyHash: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The domain's models by role, from the Db mixin's `this.models` (keyed by table). */
export interface UsersModels {
  users: ModelStatic<Model>;
  refreshTokens: ModelStatic<Model>;
  oneTimeTokens: ModelStatic<Model>;
  apiKeys: ModelStatic<Model>;
  loginFailures: ModelStatic<Model>;
}

export function usersModels(models: Record<string, ModelStatic<Model>>): UsersModels {
  return {
    users: models[UserModel.table],
    refreshTokens: models[RefreshTokenModel.table],
    oneTimeTokens: models[OneTimeTokenModel.table],
    apiKeys: models[ApiKeyModel.table],
    loginFailures: models[LoginFailureModel.table],
  };
}

/** The models on a bare Sequelize, for tools that run without the service (bin/admin.ts). */
export function defineUsersModels(db: Sequelize): UsersModels {
  const models: Record<string, ModelStatic<Model>> = {};
  for (const def of [UserModel, ...OTHER_MODELS]) models[def.table] = defineModel(db, def);
  return usersModels(models);
}
