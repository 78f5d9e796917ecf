/** What the users service's parts share: its `this`, policy, validators and the types more than one part uses. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Sequelize, Transaction } from "sequelize";
import type { AuthUser, Meta } from "../../lib/auth.js";
import type { CacheMethods } from "../../mixins/cache.mixin.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type * as store from "./store.js";
import type { ApiKey, User, UserRow } from "./store.js";
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
export const SORTABLE = { createdAt: "created_at", email: "email", status: "status" };

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
    user: UserRow,
    extra?: Record<string, unknown>,
  ): Promise<void>;
  db(): Sequelize;
  openSession(user: UserRow, familyId?: string, tx?: Transaction): Promise<Session>;
  requireUser(id: string): Promise<UserRow>;
  checkLoginThrottle(email: string): Promise<void>;
  authUser(row: UserRow, via: AuthUser["via"], scopes?: AuthUser["scopes"]): AuthUser;
  issueToken(userId: string, purpose: store.TokenPurpose, tx?: Transaction): Promise<string>;
  setStatus(ctx: Context<IdParams, Meta>, status: "active" | "banned"): Promise<User>;
  publishKeyEvent(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: "ApiKeyCreated" | "ApiKeyRevoked",
    owner: UserRow,
    key: store.ApiKeyRow,
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
