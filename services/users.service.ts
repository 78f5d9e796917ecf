/** Identity: accounts, sessions (JWT + rotating refresh tokens), verification, recovery, admin, API keys. */
import type { Context, Service, ServiceSchema } from "moleculer";
import { DataTypes, type Sequelize, type Transaction } from "sequelize";
import type { AuthUser, Meta } from "../lib/auth.js";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableError,
} from "../lib/errors.js";
import { pageOf, pageParams, pageQuery, type Page, type PageParams } from "../lib/pagination.js";
import { configOf } from "../lib/runtime.js";
import { Cache, type CacheMethods } from "../mixins/cache.mixin.js";
import { Db, type DbMethods, type DbThis } from "../mixins/db.mixin.js";
import { Events, type EventsMethods } from "../mixins/events.mixin.js";
import { decoyHash, hashPassword, verifyPassword } from "./users/passwords.js";
import * as store from "./users/store.js";
import { randomSecret, sha256, TokenSigner } from "./users/tokens.js";
import type { ApiKey, User, UserRow } from "./users/store.js";

// --- params and results ------------------------------------------------------

export interface SignupParams {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
}
export interface LoginParams {
  email: string;
  password: string;
}
export interface RefreshParams {
  refreshToken: string;
}
export interface TokenParams {
  token: string;
}
export interface ResetParams {
  token: string;
  password: string;
}
export interface EmailParams {
  email: string;
}
export interface IdParams {
  id: string;
}
export interface UpdateMeParams {
  firstName?: string | null;
  lastName?: string | null;
  password?: string;
  currentPassword?: string;
}
export interface ListUsersParams extends PageParams {
  status?: store.UserStatus;
  q?: string;
}
export interface CreateKeyParams {
  description: string;
  scopes?: ("read" | "write" | "admin")[];
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

// --- policy --------------------------------------------------------------------

const LOGIN_MAX_FAILURES = 5;
const LOGIN_WINDOW_SECONDS = 15 * 60;
const VERIFY_TTL_SECONDS = 24 * 3600;
const RESET_TTL_SECONDS = 3600;
const SORTABLE = { createdAt: "created_at", email: "email", status: "status" };

const email = { type: "email", normalize: true, max: 254 } as const;
const password = { type: "string", min: 8, max: 128 } as const;
const name = { type: "string", max: 100, trim: true, optional: true, nullable: true } as const;

// --- the service ---------------------------------------------------------------

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

type UsersThis = Service<UsersSettings> & UsersMethods & UsersVars;

const UsersService: ServiceSchema<UsersSettings, UsersMethods, UsersVars> = {
  name: "users",
  mixins: [
    Db({
      table: "users",
      attributes: {
        id: { type: DataTypes.UUID, primaryKey: true },
        email: DataTypes.TEXT,
        first_name: DataTypes.TEXT,
        last_name: DataTypes.TEXT,
        status: DataTypes.TEXT,
        roles: DataTypes.ARRAY(DataTypes.TEXT),
        created_at: DataTypes.DATE,
        updated_at: DataTypes.DATE,
        verified_at: DataTypes.DATE,
      },
    }),
    Cache(),
    Events("users"),
  ],
  settings: { adminEmail: null },

  created() {
    const config = configOf(this.broker);
    this.settings.adminEmail = config.adminEmail;
    this.signer = new TokenSigner(config.jwt);
  },

  async started() {
    // ADMIN_EMAIL's account holds the admin role: granted here if it exists, at signup otherwise.
    if (this.settings.adminEmail) await store.grantRole(this.db(), this.settings.adminEmail, "admin");
  },

  actions: {
    signup: {
      params: { email, password, firstName: name, lastName: name },
      async handler(ctx: Context<SignupParams, Meta>): Promise<Session> {
        const { email: address, password: plain, firstName, lastName } = ctx.params;
        const roles = address === this.settings.adminEmail ? ["user", "admin"] : ["user"];
        const passwordHash = await hashPassword(plain);
        const session = await this.inTransaction(async (tx) => {
          const user = {
            email: address,
            passwordHash,
            firstName: firstName ?? null,
            lastName: lastName ?? null,
            roles,
          };
          const row = await store.insertUser(this.db(), user, tx);
          if (!row) throw new ConflictError("An account with this email already exists", "EMAIL_TAKEN");
          await this.issueToken(row.id, "verify", tx);
          const opened = await this.openSession(row, undefined, tx);
          await this.emit(tx, ctx, "Created", row);
          await this.emit(tx, ctx, "Signup", row);
          return opened;
        });
        ctx.meta.$statusCode = 201;
        ctx.meta.$location = "/api/v1/users/me";
        return session;
      },
    },

    login: {
      params: { email, password: { type: "string", min: 1, max: 128 } },
      async handler(ctx: Context<LoginParams, Meta>): Promise<Session> {
        const { email: address, password: plain } = ctx.params;
        await this.checkLoginThrottle(address);
        const row = await store.findUserByEmail(this.db(), address);
        // Same work and the same answer whether or not the email exists.
        const ok = await verifyPassword(plain, row?.password_hash ?? (await decoyHash()));
        if (!row || !ok || row.status === "deleted") {
          await store.recordLoginFailure(this.db(), address, LOGIN_WINDOW_SECONDS);
          throw new UnauthorizedError("Invalid email or password", "INVALID_CREDENTIALS");
        }
        if (row.status === "banned") throw new ForbiddenError("This account is banned", "ACCOUNT_BANNED");
        await store.clearLoginFailures(this.db(), address);
        return this.inTransaction(async (tx) => {
          const session = await this.openSession(row, undefined, tx);
          await this.emit(tx, ctx, "Login", row);
          return session;
        });
      },
    },

    refresh: {
      params: { refreshToken: { type: "string", min: 1, max: 4096 } },
      async handler(ctx: Context<RefreshParams, Meta>): Promise<Session> {
        const claims = await this.signer.verifyRefresh(ctx.params.refreshToken);
        if (!claims) throw new UnauthorizedError("The refresh token is invalid or expired", "INVALID_REFRESH_TOKEN");
        const outcome = await this.inTransaction(async (tx) => {
          const token = await store.lockRefresh(this.db(), claims.jti, tx);
          if (!token || token.revoked_at || token.user_id !== claims.sub) return "invalid" as const;
          if (token.spent_at) {
            // A spent token presented again means it leaked: end the whole login.
            await store.revokeFamily(this.db(), token.family_id, tx);
            return "reused" as const;
          }
          await store.spendRefresh(this.db(), token.id, tx);
          const user = await store.findUserById(this.db(), token.user_id, tx);
          if (!user || user.status === "banned" || user.status === "deleted") return "invalid" as const;
          const session = await this.openSession(user, token.family_id, tx);
          await this.emit(tx, ctx, "TokenRefreshed", user, { sessionFamily: token.family_id });
          return session;
        });
        if (outcome === "reused")
          throw new UnauthorizedError("This refresh token was already used; sign in again", "REFRESH_TOKEN_REUSED");
        if (outcome === "invalid")
          throw new UnauthorizedError("The refresh token is invalid or expired", "INVALID_REFRESH_TOKEN");
        return outcome;
      },
    },

    logout: {
      params: { refreshToken: { type: "string", min: 1, max: 4096 } },
      async handler(ctx: Context<RefreshParams, Meta>): Promise<null> {
        const claims = await this.signer.verifyRefresh(ctx.params.refreshToken);
        if (!claims || claims.sub !== ctx.meta.user?.id) {
          throw new UnauthorizedError("The refresh token is invalid or not yours", "INVALID_REFRESH_TOKEN");
        }
        await this.inTransaction(async (tx) => {
          await store.revokeFamily(this.db(), claims.fam, tx);
          const user = await store.findUserById(this.db(), claims.sub, tx);
          if (user) await this.emit(tx, ctx, "Logout", user, { sessionFamily: claims.fam });
        });
        ctx.meta.$statusCode = 204;
        return null;
      },
    },

    verify: {
      params: { token: { type: "string", min: 1, max: 256 } },
      async handler(ctx: Context<TokenParams, Meta>): Promise<User> {
        const row = await this.inTransaction(async (tx) => {
          const userId = await store.consumeOneTimeToken(this.db(), "verify", sha256(ctx.params.token), tx);
          if (!userId) return null;
          const user = await store.findUserById(this.db(), userId, tx, true);
          if (!user || user.status !== "unverified") return user;
          const verified = await store.updateUser(this.db(), userId, { status: "active", verifiedAt: new Date() }, tx);
          await this.emit(tx, ctx, "Verified", verified as UserRow);
          return verified;
        });
        if (!row)
          throw new UnprocessableError(
            "The verification token is invalid, used or expired",
            [{ field: "token", message: "is invalid, used or expired" }],
            "INVALID_TOKEN",
          );
        await this.invalidateCache();
        return store.toUser(row);
      },
    },

    recover: {
      params: { email },
      async handler(ctx: Context<EmailParams, Meta>): Promise<{ accepted: true }> {
        // Answers the same whether or not the account exists.
        const row = await store.findUserByEmail(this.db(), ctx.params.email);
        if (row && row.status !== "deleted" && row.status !== "banned") {
          // The event carries no token: notifications asks users.issueResetToken for one to email.
          await this.inTransaction((tx) => this.emit(tx, ctx, "PasswordResetRequested", row));
        }
        ctx.meta.$statusCode = 202;
        return { accepted: true };
      },
    },

    resetPassword: {
      params: { token: { type: "string", min: 1, max: 256 }, password },
      async handler(ctx: Context<ResetParams, Meta>): Promise<User> {
        const passwordHash = await hashPassword(ctx.params.password);
        const row = await this.inTransaction(async (tx) => {
          const userId = await store.consumeOneTimeToken(this.db(), "reset", sha256(ctx.params.token), tx);
          if (!userId) return null;
          await store.revokeAllRefresh(this.db(), userId, tx);
          const updated = await store.updateUser(this.db(), userId, { passwordHash }, tx);
          await this.emit(tx, ctx, "PasswordReset", updated as UserRow);
          return updated;
        });
        if (!row)
          throw new UnprocessableError(
            "The reset token is invalid, used or expired",
            [{ field: "token", message: "is invalid, used or expired" }],
            "INVALID_TOKEN",
          );
        // Whoever proved they own the mailbox may sign in again at once.
        await store.clearLoginFailures(this.db(), row.email);
        return store.toUser(row);
      },
    },

    me: {
      async handler(ctx: Context<unknown, Meta>): Promise<User> {
        return store.toUser(await this.requireUser(ctx.meta.user?.id ?? ""));
      },
    },

    updateMe: {
      params: {
        firstName: name,
        lastName: name,
        password: { ...password, optional: true },
        currentPassword: { type: "string", max: 128, optional: true },
        $$strict: "remove",
      },
      async handler(ctx: Context<UpdateMeParams, Meta>): Promise<User> {
        const current = await this.requireUser(ctx.meta.user?.id ?? "");
        const { firstName, lastName, password: next, currentPassword } = ctx.params;
        let passwordHash: string | undefined;
        if (next !== undefined) {
          if (!currentPassword || !(await verifyPassword(currentPassword, current.password_hash))) {
            throw new UnprocessableError("The current password is required to set a new one", [
              { field: "currentPassword", message: "is missing or wrong" },
            ]);
          }
          passwordHash = await hashPassword(next);
        }
        const changed = Object.entries({ firstName, lastName, password: passwordHash })
          .filter(([, value]) => value !== undefined)
          .map(([field]) => field);
        const row = await this.inTransaction(async (tx) => {
          const updated = (await store.updateUser(
            this.db(),
            current.id,
            { firstName, lastName, passwordHash },
            tx,
          )) as UserRow;
          // A new password ends every session's refresh chain; access tokens run out on their own.
          if (passwordHash) await store.revokeAllRefresh(this.db(), current.id, tx);
          await this.emit(tx, ctx, "Updated", updated, { changed });
          return updated;
        });
        return store.toUser(row);
      },
    },

    list: {
      params: {
        ...pageParams,
        status: { type: "enum", values: ["unverified", "active", "banned", "deleted"], optional: true },
        q: { type: "string", max: 100, optional: true },
      },
      async handler(ctx: Context<ListUsersParams, Meta>): Promise<Page<User>> {
        const query = pageQuery(ctx.params, SORTABLE, "-createdAt");
        if (typeof query === "string")
          throw new UnprocessableError("Invalid sort", [{ field: "sort", message: query }]);
        const where: string[] = [];
        const bind: unknown[] = [];
        // Deleted accounts are history: listed only when asked for by status.
        if (ctx.params.status) where.push(`status = $${bind.push(ctx.params.status)}`);
        else where.push("status <> 'deleted'");
        if (ctx.params.q) where.push(`email ILIKE $${bind.push(`%${ctx.params.q.replace(/[%_\\]/g, "\\$&")}%`)}`);
        const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
        const rows = await this.db().query<UserRow & { total: number }>(
          `SELECT *, count(*) OVER () AS total FROM users ${filter} ORDER BY ${query.order[0]} ${query.order[1]}, id LIMIT ${query.pageSize} OFFSET ${query.offset}`,
          { bind, type: "SELECT" as never },
        );
        // Past the last page the window count is absent: count with the same filter.
        const total =
          rows[0]?.total ??
          (
            await this.db().query<{ total: number }>(`SELECT count(*) AS total FROM users ${filter}`, {
              bind,
              type: "SELECT" as never,
            })
          )[0].total;
        return pageOf(rows.map(store.toUser), Number(total), query);
      },
    },

    get: {
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<User> {
        return store.toUser(await this.requireUser(ctx.params.id));
      },
    },

    ban: {
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<User> {
        if (ctx.params.id === ctx.meta.user?.id) throw new ConflictError("You cannot ban yourself", "SELF_BAN");
        return this.setStatus(ctx, "banned");
      },
    },

    unban: {
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<User> {
        return this.setStatus(ctx, "active");
      },
    },

    remove: {
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<null> {
        if (ctx.params.id === ctx.meta.user?.id)
          throw new ConflictError("You cannot delete yourself here", "SELF_DELETE");
        await this.inTransaction(async (tx) => {
          const user = await store.findUserById(this.db(), ctx.params.id, tx, true);
          if (!user || user.status === "deleted") throw new NotFoundError("user");
          // The row stays for history; personal data goes and the email is freed.
          const deleted = await store.updateUser(
            this.db(),
            user.id,
            {
              status: "deleted",
              deletedAt: new Date(),
              email: `deleted+${user.id}@deleted.invalid`,
              firstName: null,
              lastName: null,
              passwordHash: "!",
            },
            tx,
          );
          await store.revokeAllRefresh(this.db(), user.id, tx);
          await store.revokeAllApiKeys(this.db(), user.id, tx);
          await this.emit(tx, ctx, "Deleted", deleted as UserRow);
        });
        await this.invalidateCache();
        ctx.meta.$statusCode = 204;
        return null;
      },
    },

    createKey: {
      params: {
        description: { type: "string", min: 1, max: 200, trim: true },
        scopes: {
          type: "array",
          items: { type: "enum", values: ["read", "write", "admin"] },
          min: 1,
          unique: true,
          optional: true,
        },
      },
      async handler(ctx: Context<CreateKeyParams, Meta>): Promise<CreatedKey> {
        const owner = await this.requireUser(ctx.meta.user?.id ?? "");
        const scopes = ctx.params.scopes ?? ["read"];
        if (scopes.includes("admin") && !owner.roles.includes("admin")) {
          throw new ForbiddenError("Only administrators can create keys with the admin scope");
        }
        // A key must not mint a key stronger than itself.
        const caller = ctx.meta.user;
        if (caller?.via === "apikey" && scopes.some((scope) => !caller.scopes?.includes(scope))) {
          throw new ForbiddenError("An API key can only create keys with scopes it has itself");
        }
        const prefix = randomSecret(6).replace(/[-_]/g, "x").slice(0, 8);
        const key = `mw_${prefix}_${randomSecret(32)}`;
        const row = await this.inTransaction(async (tx) => {
          const created = await store.insertApiKey(
            this.db(),
            { userId: owner.id, description: ctx.params.description, scopes, prefix, hash: sha256(key) },
            tx,
          );
          await this.publishKeyEvent(tx, ctx, "ApiKeyCreated", owner, created as store.ApiKeyRow);
          return created;
        });
        ctx.meta.$statusCode = 201;
        ctx.meta.$location = `/api/v1/keys/${row?.id}`;
        return { ...store.toApiKey(row as store.ApiKeyRow), key };
      },
    },

    listKeys: {
      async handler(ctx: Context<unknown, Meta>): Promise<Page<ApiKey>> {
        const rows = (await store.listApiKeys(this.db(), ctx.meta.user?.id ?? "")).map(store.toApiKey);
        return {
          rows,
          total: rows.length,
          page: 1,
          pageSize: Math.max(rows.length, 1),
          totalPages: rows.length ? 1 : 0,
        };
      },
    },

    revokeKey: {
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<null> {
        const owner = await this.requireUser(ctx.meta.user?.id ?? "");
        await this.inTransaction(async (tx) => {
          const row = await store.revokeApiKey(this.db(), owner.id, ctx.params.id, tx);
          if (!row) throw new NotFoundError("API key");
          await this.publishKeyEvent(tx, ctx, "ApiKeyRevoked", owner, row);
        });
        await this.invalidateCache();
        ctx.meta.$statusCode = 204;
        return null;
      },
    },

    // --- mesh-internal: not in the gateway's route table -------------------------

    /** The caller behind an access token; refuses banned and deleted accounts. */
    resolveToken: {
      visibility: "public",
      params: { token: { type: "string", min: 1, max: 4096 } },
      cache: { keys: ["token"], ttl: 30 },
      async handler(ctx: Context<TokenParams, Meta>): Promise<AuthUser> {
        const claims = await this.signer.verifyAccess(ctx.params.token);
        if (!claims) throw new UnauthorizedError("The access token is invalid or expired", "INVALID_TOKEN");
        const row = await store.findUserById(this.db(), claims.sub);
        if (!row || row.status === "deleted")
          throw new UnauthorizedError("The access token is invalid or expired", "INVALID_TOKEN");
        if (row.status === "banned") throw new UnauthorizedError("This account is banned", "ACCOUNT_BANNED");
        return this.authUser(row, "jwt");
      },
    },

    resolveApiKey: {
      visibility: "public",
      params: { key: { type: "string", min: 1, max: 256 } },
      cache: { keys: ["key"], ttl: 30 },
      async handler(ctx: Context<{ key: string }, Meta>): Promise<AuthUser> {
        const key = await store.findApiKeyByHash(this.db(), sha256(ctx.params.key));
        const row = key ? await store.findUserById(this.db(), key.user_id) : null;
        if (!key || !row || row.status === "banned" || row.status === "deleted") {
          throw new UnauthorizedError("The API key is invalid or revoked", "INVALID_API_KEY");
        }
        return this.authUser(row, "apikey", key.scopes as AuthUser["scopes"]);
      },
    },

    /** An account's email, for services that only hold ids (analytics' ignore list). */
    emailOf: {
      visibility: "public",
      params: { id: "uuid" },
      cache: { keys: ["id"], ttl: 300 },
      async handler(ctx: Context<IdParams, Meta>): Promise<{ email: string } | null> {
        const user = await store.findUserById(this.db(), ctx.params.id);
        return user && user.status !== "deleted" ? { email: user.email } : null;
      },
    },

    /** A fresh email-verification token (until notifications deliver it by email). */
    issueVerificationToken: {
      visibility: "public",
      params: { userId: "uuid" },
      async handler(ctx: Context<{ userId: string }, Meta>): Promise<{ token: string }> {
        const user = await this.requireUser(ctx.params.userId);
        return { token: await this.issueToken(user.id, "verify") };
      },
    },

    /** A fresh password-reset token, or null for an unknown email. */
    issueResetToken: {
      visibility: "public",
      params: { email },
      async handler(ctx: Context<EmailParams, Meta>): Promise<{ token: string } | null> {
        const user = await store.findUserByEmail(this.db(), ctx.params.email);
        if (!user || user.status === "deleted") return null;
        return { token: await this.issueToken(user.id, "reset") };
      },
    },
  },

  methods: {
    db(this: UsersThis): Sequelize {
      return this.sql();
    },

    async openSession(this: UsersThis, user: UserRow, familyId?: string, tx?: Transaction): Promise<Session> {
      const family = familyId ?? crypto.randomUUID();
      const jti = await store.insertRefresh(this.db(), user.id, family, this.signer.refreshTtl, tx);
      const [accessToken, refreshToken] = await Promise.all([
        this.signer.signAccess({ sub: user.id, email: user.email, roles: user.roles }),
        this.signer.signRefresh({ sub: user.id, jti, fam: family }),
      ]);
      return {
        user: store.toUser(user),
        accessToken,
        refreshToken,
        tokenType: "Bearer",
        expiresIn: this.signer.accessTtl,
      };
    },

    async requireUser(this: UsersThis, id: string): Promise<UserRow> {
      const row = id ? await store.findUserById(this.db(), id) : null;
      if (!row || row.status === "deleted") throw new NotFoundError("user");
      return row;
    },

    async checkLoginThrottle(this: UsersThis, address: string): Promise<void> {
      const retryAfter = await store.loginRetryAfter(this.db(), address, LOGIN_MAX_FAILURES, LOGIN_WINDOW_SECONDS);
      if (retryAfter > 0)
        throw new TooManyRequestsError(
          "Too many failed logins for this email; try again later",
          retryAfter,
          "LOGIN_THROTTLED",
        );
    },

    authUser(row: UserRow, via: AuthUser["via"], scopes?: AuthUser["scopes"]): AuthUser {
      const user: AuthUser = { id: row.id, email: row.email, roles: row.roles as AuthUser["roles"], via };
      if (scopes) user.scopes = scopes;
      return user;
    },

    async issueToken(this: UsersThis, userId: string, purpose: store.TokenPurpose, tx?: Transaction): Promise<string> {
      const token = randomSecret(32);
      const ttl = purpose === "verify" ? VERIFY_TTL_SECONDS : RESET_TTL_SECONDS;
      await store.insertOneTimeToken(this.db(), userId, purpose, sha256(token), ttl, tx);
      return token;
    },

    async emit(this: UsersThis, tx, ctx, type, user, extra = {}): Promise<void> {
      await this.publish(
        type,
        { user: store.toUserSnapshot(user), ...extra },
        {
          tx,
          ctx,
          entity: "user",
          entityId: user.id,
          actorId: ctx.meta.user?.id ?? user.id,
        },
      );
    },

    async publishKeyEvent(this: UsersThis, tx, ctx, type, owner, key): Promise<void> {
      await this.publish(
        type,
        { user: store.toUserSnapshot(owner), apiKey: store.toApiKeySnapshot(key) },
        {
          tx,
          ctx,
          entity: "apikey",
          entityId: key.id,
          actorId: ctx.meta.user?.id ?? owner.id,
        },
      );
    },

    async setStatus(this: UsersThis, ctx: Context<IdParams, Meta>, status: "active" | "banned"): Promise<User> {
      const row = await this.inTransaction(async (tx) => {
        const user = await store.findUserById(this.db(), ctx.params.id, tx, true);
        if (!user || user.status === "deleted") throw new NotFoundError("user");
        if (status === "banned") await store.revokeAllRefresh(this.db(), user.id, tx);
        // Unbanning restores the account to verified-or-not as it was.
        const next = status === "active" && !user.verified_at ? "unverified" : status;
        const updated = await store.updateUser(
          this.db(),
          user.id,
          { status: next, bannedAt: status === "banned" ? new Date() : null },
          tx,
        );
        await this.emit(tx, ctx, status === "banned" ? "Banned" : "Unbanned", updated as UserRow);
        return updated;
      });
      // Cached token lookups of this user must not outlive the ban, on any node.
      await this.invalidateCache();
      return store.toUser(row as UserRow);
    },
  },
};

export default UsersService;
