/** What the users service's parts share: its `this`, policy, validators and the types more than one part uses. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Sequelize, Transaction } from "sequelize";
import type { AuthUser, Meta } from "../../lib/auth.js";
import type { CacheMethods } from "../../mixins/cache.mixin.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { ApiKeyRecord, TokenPurpose, UserRecord, UsersModels } from "./models.js";
import type { ApiKey, User } from "./store.js";
import type { TokenSigner } from "./tokens.js";

export interface TokenParams {
  token: string;
}

export interface IdParams {
  id: string;
}

export interface EmailParams {
  email: string;
}

export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
  tokenType: "Bearer";
  /** Access-token lifetime in seconds. */
  expiresIn: number;
}

export interface CreatedKey extends ApiKey {
  /** The secret, shown once. */
  key: string;
}

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const VERIFY_TTL_SECONDS = 24 * 3600;
export const RESET_TTL_SECONDS = 3600;
/** Sort fields of GET /users and GET /keys (`field` or `-field`). */
export const USER_SORTS = ["createdAt", "email", "status"] as const;
export const KEY_SORTS = ["createdAt"] as const;

export const email = { type: "email", normalize: true, max: 254 } as const;
export const password = { type: "string", min: 8, max: 128 } as const;
export const name = { type: "string", max: 100, trim: true, optional: true, nullable: true } as const;

export interface UsersSettings {
  adminEmail: string | null;
}

export interface UsersMethods extends DbMethods, CacheMethods, EventsMethods<"users"> {
  /** Publishes a users-topic event about `user` in `tx` (the actor defaults to the caller, else the user). */
  emit(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: Parameters<EventsMethods<"users">["publish"]>[0],
    user: UserRecord,
    extra?: Record<string, unknown>,
  ): Promise<void>;
  /** The raw Sequelize, for the store's SQL the models can't express. */
  db(): Sequelize;
  /** The domain's models by role. */
  tables(): UsersModels;
  openSession(user: UserRecord, familyId?: string, tx?: Transaction): Promise<Session>;
  requireUser(id: string): Promise<UserRecord>;
  checkLoginThrottle(email: string): Promise<void>;
  authUser(user: UserRecord, via: AuthUser["via"], scopes?: AuthUser["scopes"]): AuthUser;
  issueToken(userId: string, purpose: TokenPurpose, tx?: Transaction): Promise<string>;
  setStatus(ctx: Context<IdParams, Meta>, status: "active" | "banned"): Promise<User>;
  publishKeyEvent(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: "ApiKeyCreated" | "ApiKeyRevoked",
    owner: UserRecord,
    key: ApiKeyRecord,
  ): Promise<void>;
}

export interface UsersVars extends DbThis {
  signer: TokenSigner;
}

export type UsersThis = Service<UsersSettings> & UsersMethods & UsersVars;

type Schema = ServiceSchema<UsersSettings, UsersMethods, UsersVars>;
/** An actions object of the users service, with `this` typed. */
export type UsersActions = NonNullable<Schema["actions"]>;
/** The users service's methods object, with `this` typed. */
export type UsersMethodsSchema = NonNullable<Schema["methods"]>;
