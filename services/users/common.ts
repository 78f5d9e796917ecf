/** What the users service's parts share: its `this`, policy, validators and the types more than one part uses. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Sequelize, Transaction } from "sequelize";
import type { AuthUser, Meta } from "../../lib/auth.js";
import type { CacheMethods } from "../../mixins/cache.mixin.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { ApiKeyRecord, TokenPurpose, UserRecord, UsersModels } from "./models.js";
import type { HashingGate, HashingSettings } from "./passwords.js";
import type { ApiKey, User } from "./store.js";
import type { AuthThrottles, ThrottleSettings } from "./throttle.js";
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

export const VERIFY_TTL_SECONDS = 24 * 3600;
export const RESET_TTL_SECONDS = 3600;
/** Sort fields of GET /users and GET /keys (`field` or `-field`). */
export const USER_SORTS = ["createdAt", "email", "status"] as const;
export const KEY_SORTS = ["createdAt"] as const;

export interface UsersSettings {
  adminEmail: string | null;
  /** Auth-route and login throttles (throttle.ts). */
  throttle: ThrottleSettings;
  /** Bounds on concurrent password hashing (passwords.ts). */
  hashing: HashingSettings;
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
  /** Counts a request to an auth route against the caller's address (429 AUTH_RATE_LIMITED past the limit). */
  throttleAuthRequest(ctx: Context<unknown, Meta>): Promise<void>;
  /** Hashes a new password within the node's hashing bound (429 HASHING_BUSY beyond it). */
  hashPassword(ctx: Context<unknown, Meta>, password: string): Promise<string>;
  /** The account with this email and whether the password is its own, within the node's hashing bound. */
  checkCredentials(
    ctx: Context<unknown, Meta>,
    email: string,
    password: string,
  ): Promise<{ row: UserRecord | null; ok: boolean }>;
  /** Checks a password against a stored hash within the node's hashing bound. */
  verifyPassword(ctx: Context<unknown, Meta>, password: string, stored: string): Promise<boolean>;
  /** 422 naming `password` unless it meets the policy for the account with `email` (policy.ts). */
  requireGoodPassword(password: string, email: string): void;
  /** The caller as ctx.meta.user carries it; `key` when it signed in with an API key (a team key adds its team). */
  authUser(user: UserRecord, via: AuthUser["via"], scopes?: AuthUser["scopes"], key?: ApiKeyRecord): AuthUser;
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
  throttles: AuthThrottles;
  hashing: HashingGate;
  /** A real hash compared against when the email is unknown, so timing doesn't reveal it. */
  decoyHash: string;
}

export type UsersThis = Service<UsersSettings> & UsersMethods & UsersVars;

type Schema = ServiceSchema<UsersSettings, UsersMethods, UsersVars>;
/** An actions object of the users service, with `this` typed. */
export type UsersActions = NonNullable<Schema["actions"]>;
/** The users service's methods object, with `this` typed. */
export type UsersMethodsSchema = NonNullable<Schema["methods"]>;
