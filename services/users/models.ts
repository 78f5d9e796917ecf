/** users: Sequelize models of the domain's tables (migrations/0001_init.sql), camelCase over snake_case columns. */
import {
  DataTypes,
  Utils,
  fn,
  type Model,
  type ModelAttributeColumnOptions,
  type ModelAttributes,
  type ModelStatic,
  type Sequelize,
} from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

export type UserStatus = "unverified" | "active" | "banned" | "deleted";
export type TokenPurpose = "verify" | "reset";

const id = { type: DataTypes.UUID, primaryKey: true, allowNull: false };
const userId = { type: DataTypes.UUID, allowNull: false, field: "user_id" };
const text = { type: DataTypes.TEXT, allowNull: false };
const optionalText = (field: string) => ({ type: DataTypes.TEXT, allowNull: true, field });
const texts = { type: DataTypes.ARRAY(DataTypes.TEXT), allowNull: false };

/**
 * A timestamptz column read as an ISO string (the Db mixin's timestampColumn), whose getter also
 * hands back a value the database has yet to compute (`fn("now")`) as it is: a static update
 * builds an instance from its values and reads every attribute back.
 */
function timestamp(attribute: string, field: string, allowNull = false): ModelAttributeColumnOptions {
  const column = timestampColumn(attribute, field, allowNull);
  const iso = column.get as (this: Model) => unknown;
  return {
    ...column,
    get(this: Model) {
      const value: unknown = this.getDataValue(attribute);
      return value instanceof Utils.SequelizeMethod ? value : iso.call(this);
    },
  };
}
/** A `timestamptz NOT NULL DEFAULT now()` column: the database's clock, as the table says. */
const stamp = (attribute: string, field: string) => ({ ...timestamp(attribute, field), defaultValue: fn("now") });
const optionalStamp = (attribute: string, field: string) => timestamp(attribute, field, true);

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
    expiresAt: timestamp("expiresAt", "expires_at"),
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
    expiresAt: timestamp("expiresAt", "expires_at"),
    createdAt: stamp("createdAt", "created_at"),
    usedAt: optionalStamp("usedAt", "used_at"),
  },
};

export const ApiKeyModel: ModelDefinition = {
  table: "api_keys",
  attributes: {
    id,
    userId,
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

export const LoginFailureModel: ModelDefinition = {
  table: "login_failures",
  attributes: {
    email: { ...text, primaryKey: true },
    failures: { type: DataTypes.INTEGER, allowNull: false },
    windowStartedAt: timestamp("windowStartedAt", "window_started_at"),
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
  for (const def of [UserModel, ...OTHER_MODELS]) {
    // Sequelize normalises attribute objects in place: it gets copies, as in the Db mixin.
    const attributes = Object.fromEntries(
      Object.entries(def.attributes).map(([name, column]) => [name, { ...(column as object) }]),
    ) as ModelAttributes;
    models[def.table] = db.define(def.table, attributes, { tableName: def.table, timestamps: false });
  }
  return usersModels(models);
}
