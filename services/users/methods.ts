/** users: the steps its actions share. */
import type { Context } from "moleculer";
import type { Sequelize, Transaction } from "sequelize";
import type { AuthUser, Meta } from "../../lib/auth.js";
import { NotFoundError, UnprocessableError } from "../../lib/errors.js";
import { usersModels, type ApiKeyRecord, type TokenPurpose, type UserRecord, type UsersModels } from "./models.js";
import * as passwords from "./passwords.js";
import { passwordProblem } from "./policy.js";
import * as store from "./store.js";
import type { User } from "./store.js";
import { randomSecret, sha256 } from "./tokens.js";
import {
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

  tables(this: UsersThis): UsersModels {
    return usersModels(this.models);
  },

  async openSession(this: UsersThis, user: UserRecord, familyId?: string, tx?: Transaction): Promise<Session> {
    const family = familyId ?? crypto.randomUUID();
    const jti = await store.insertRefresh(this.tables(), user.id, family, this.signer.refreshTtl, tx);
    const [accessToken, refreshToken] = await Promise.all([
      this.signer.signAccess({ sub: user.id, email: user.email, roles: user.roles, sid: family }),
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

  async requireUser(this: UsersThis, id: string): Promise<UserRecord> {
    const user = id ? await store.findUserById(this.tables(), id) : null;
    if (!user || user.status === "deleted") throw new NotFoundError("user");
    return user;
  },

  async throttleAuthRequest(this: UsersThis, ctx: Context<unknown, Meta>): Promise<void> {
    await this.throttles.admitAuthRequest(ctx.meta.clientAddress);
  },

  hashPassword(this: UsersThis, ctx: Context<unknown, Meta>, password: string): Promise<string> {
    return this.hashing.run(ctx.meta.clientAddress, () => passwords.hashPassword(password));
  },

  checkCredentials(
    this: UsersThis,
    ctx: Context<unknown, Meta>,
    email: string,
    password: string,
  ): Promise<{ row: UserRecord | null; ok: boolean }> {
    // The lookup runs inside the hashing slot too: a refused flood costs no database work.
    return this.hashing.run(ctx.meta.clientAddress, async () => {
      const row = await store.findUserByEmail(this.tables(), email);
      // Same work and the same answer whether or not the email exists.
      const ok = await passwords.verifyPassword(password, row?.passwordHash ?? this.decoyHash);
      return { row, ok };
    });
  },

  verifyPassword(this: UsersThis, ctx: Context<unknown, Meta>, password: string, stored: string): Promise<boolean> {
    return this.hashing.run(ctx.meta.clientAddress, () => passwords.verifyPassword(password, stored));
  },

  requireGoodPassword(password: string, email: string): void {
    const problem = passwordProblem(password, email);
    if (problem) throw new UnprocessableError(`The password ${problem}`, [{ field: "password", message: problem }]);
  },

  authUser(user: UserRecord, via: AuthUser["via"], scopes?: AuthUser["scopes"], key?: ApiKeyRecord): AuthUser {
    const caller: AuthUser = { id: user.id, email: user.email, roles: user.roles as AuthUser["roles"], via };
    if (scopes) caller.scopes = scopes;
    // A team key acts as the administrator who issued it, inside its team only and never with the
    // platform admin role (lib/access.ts checks the team; the gateway meters its calls by key and team).
    if (key?.teamId) {
      Object.assign(caller, { roles: ["user"], keyId: key.id, teamId: key.teamId, teamIds: [key.teamId] });
    }
    return caller;
  },

  async issueToken(this: UsersThis, userId: string, purpose: TokenPurpose, tx?: Transaction): Promise<string> {
    const token = randomSecret(32);
    const ttl = purpose === "verify" ? VERIFY_TTL_SECONDS : RESET_TTL_SECONDS;
    await store.insertOneTimeToken(this.tables(), userId, purpose, sha256(token), ttl, tx);
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
        // A team key's events are its team's (audit shows them to its members).
        teamId: key.teamId,
      },
    );
  },

  async setStatus(this: UsersThis, ctx: Context<IdParams, Meta>, status: "active" | "banned"): Promise<User> {
    const updated = await this.inTransaction(async (tx) => {
      const user = await store.findUserById(this.tables(), ctx.params.id, tx, true);
      if (!user || user.status === "deleted") throw new NotFoundError("user");
      if (status === "banned") await store.revokeAllRefresh(this.tables(), user.id, tx);
      // Unbanning restores the account to verified-or-not as it was.
      const next = status === "active" && !user.verifiedAt ? "unverified" : status;
      const changes = { status: next, bannedAt: status === "banned" ? new Date() : null } as const;
      const row = (await store.updateUser(this.tables(), user.id, changes, tx)) as UserRecord;
      await this.emit(tx, ctx, status === "banned" ? "Banned" : "Unbanned", row);
      return row;
    });
    // Cached token lookups of this user must not outlive the ban, on any node.
    await this.invalidateCache();
    return store.toUser(updated);
  },
};
