/** users: Mesh-internal actions: not in the gateway's route table. */
import type { Context } from "moleculer";
import type { AuthUser, Meta } from "../../lib/auth.js";
import { UnauthorizedError } from "../../lib/errors.js";
import * as store from "./store.js";
import { sha256 } from "./tokens.js";
import { rememberForRequest } from "./request-rows.js";
import { email } from "./policy.js";
import type { IdParams, EmailParams, TokenParams, UsersActions } from "./common.js";

export const internalActions: UsersActions = {
  /**
   * The caller behind an access token; refuses banned and deleted accounts and tokens whose session
   * ended (logout, password change or reset, ban, reuse of a spent refresh token). Cached: whatever
   * ends a session cleans this cache on every node.
   */
  resolveToken: {
    visibility: "public",
    params: { token: { type: "string", min: 1, max: 4096 } },
    cache: { keys: ["token"], ttl: 30 },
    async handler(ctx: Context<TokenParams, Meta>): Promise<AuthUser> {
      const claims = await this.signer.verifyAccess(ctx.params.token);
      if (!claims) throw new UnauthorizedError("The access token is invalid or expired", "INVALID_TOKEN");
      const [row, live] = await Promise.all([
        store.findUserById(this.tables(), claims.sub),
        store.sessionIsLive(this.tables(), claims.sub, claims.sid),
      ]);
      if (!row || row.status === "deleted")
        throw new UnauthorizedError("The access token is invalid or expired", "INVALID_TOKEN");
      if (row.status === "banned") throw new UnauthorizedError("This account is banned", "ACCOUNT_BANNED");
      if (!live) throw new UnauthorizedError("This session has ended; sign in again", "SESSION_ENDED");
      // users.me in the same request answers from this read instead of repeating it.
      rememberForRequest(ctx.requestID, row);
      return this.authUser(row, "jwt");
    },
  },

  resolveApiKey: {
    visibility: "public",
    params: { key: { type: "string", min: 1, max: 256 } },
    cache: { keys: ["key"], ttl: 30 },
    async handler(ctx: Context<{ key: string }, Meta>): Promise<AuthUser> {
      const key = await store.useApiKey(this.tables(), sha256(ctx.params.key));
      const row = key ? await store.findUserById(this.tables(), key.userId) : null;
      if (!key || !row || row.status === "banned" || row.status === "deleted") {
        throw new UnauthorizedError("The API key is invalid or revoked", "INVALID_API_KEY");
      }
      return this.authUser(row, "apikey", key.scopes as AuthUser["scopes"], key);
    },
  },

  /** An account's email, for services that only hold ids (analytics' ignore list). */
  emailOf: {
    visibility: "public",
    params: { id: "uuid" },
    cache: { keys: ["id"], ttl: 300 },
    async handler(ctx: Context<IdParams, Meta>): Promise<{ email: string } | null> {
      const user = await store.findUserById(this.tables(), ctx.params.id);
      return user && user.status !== "deleted" ? { email: user.email } : null;
    },
  },

  /**
   * Whether the account has proved it owns its email address (teams: only then may it answer the
   * invites sent to that address). Not cached: it changes at verification.
   */
  emailVerified: {
    visibility: "public",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<{ verified: boolean }> {
      const user = await store.findUserById(this.tables(), ctx.params.id);
      return { verified: Boolean(user && user.status !== "deleted" && user.verifiedAt) };
    },
  },

  /** A fresh email-verification token: notifications mails it to the account on sign-up. */
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
      const user = await store.findUserByEmail(this.tables(), ctx.params.email);
      if (!user || user.status === "deleted") return null;
      return { token: await this.issueToken(user.id, "reset") };
    },
  },
};
