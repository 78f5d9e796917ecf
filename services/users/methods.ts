/** users: the steps its actions share. */
import type { Context } from "moleculer";
import type { Sequelize, Transaction } from "sequelize";
import type { AuthUser, Meta } from "../../lib/auth.js";
import { NotFoundError, TooManyRequestsError } from "../../lib/errors.js";
import * as store from "./store.js";
import { randomSecret, sha256 } from "./tokens.js";
import type { User, UserRow } from "./store.js";
import {
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_SECONDS,
  RESET_TTL_SECONDS,
  VERIFY_TTL_SECONDS,
  type IdParams,
  type Session,
  type UsersMethods,
  type UsersThis,
  type UsersMethodsSchema,
} from "./common.js";

export const usersMethods: UsersMethodsSchema = {
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

  async emit(this: UsersThis, ...[tx, ctx, type, user, extra = {}]: Parameters<UsersMethods["emit"]>): Promise<void> {
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

  async publishKeyEvent(
    this: UsersThis,
    ...[tx, ctx, type, owner, key]: Parameters<UsersMethods["publishKeyEvent"]>
  ): Promise<void> {
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
};
