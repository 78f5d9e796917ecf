/** users: Sign-up, sign-in, rotating refresh tokens, sign-out, email verification and password recovery. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { ConflictError, ForbiddenError, UnauthorizedError, UnprocessableError } from "../../lib/errors.js";
import type { UserRecord } from "./models.js";
import { email, givenPassword, name, password } from "./policy.js";
import * as store from "./store.js";
import type { User } from "./store.js";
import { sha256 } from "./tokens.js";
import type { EmailParams, Session, TokenParams, UsersActions } from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

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

export interface ResetParams {
  token: string;
  password: string;
}

export const authActions: UsersActions = {
  signup: {
    rest: "POST /auth/signup",
    operationId: "signup",
    response: responses.session,
    status: 201,
    location: "/users/me",
    access: "public",
    summary: "Create an account and sign in",
    params: { email, password, firstName: name(), lastName: name() },
    async handler(ctx: Context<SignupParams, Meta>): Promise<Session> {
      const { email: address, password: plain, firstName, lastName } = ctx.params;
      await this.throttleAuthRequest(ctx);
      // ADMIN_EMAIL's role waits for verification: whoever signs up first with it proves nothing.
      const roles = ["user"];
      const passwordHash = await this.hashPassword(ctx, plain);
      const session = await this.inTransaction(async (tx) => {
        const user = {
          email: address,
          passwordHash,
          firstName: firstName ?? null,
          lastName: lastName ?? null,
          roles,
        };
        const row = await store.insertUser(this.tables(), user, tx);
        if (!row) throw new ConflictError("An account with this email already exists", "EMAIL_TAKEN");
        await this.issueToken(row.id, "verify", tx);
        const opened = await this.openSession(row, undefined, tx);
        await this.emit(tx, ctx, "Created", row);
        await this.emit(tx, ctx, "Signup", row);
        return opened;
      });
      return session;
    },
  },

  login: {
    rest: "POST /auth/login",
    operationId: "login",
    response: responses.session,
    problems: [401],
    access: "public",
    summary: "Sign in with email and password",
    params: { email, password: givenPassword },
    async handler(ctx: Context<LoginParams, Meta>): Promise<Session> {
      const { email: address, password: plain } = ctx.params;
      const client = ctx.meta.clientAddress;
      await this.throttleAuthRequest(ctx);
      // Counted before the password is checked: N parallel attempts evaluate at most the limit.
      await this.throttles.admitLogin(address, client);
      let checked: { row: UserRecord | null; ok: boolean };
      try {
        checked = await this.checkCredentials(ctx, address, plain);
      } catch (err) {
        await this.throttles.loginNotEvaluated(address, client);
        throw err;
      }
      const { row, ok } = checked;
      if (!row || !ok || row.status === "deleted") {
        throw new UnauthorizedError("Invalid email or password", "INVALID_CREDENTIALS");
      }
      if (row.status === "banned") throw new ForbiddenError("This account is banned", "ACCOUNT_BANNED");
      await this.throttles.loginSucceeded(address, client);
      return this.inTransaction(async (tx) => {
        const session = await this.openSession(row, undefined, tx);
        await this.emit(tx, ctx, "Login", row);
        return session;
      });
    },
  },

  refresh: {
    rest: "POST /auth/refresh",
    operationId: "refreshSession",
    response: responses.session,
    problems: [401],
    access: "public",
    summary: "Exchange a refresh token for a new pair (rotation)",
    params: { refreshToken: { type: "string", min: 1, max: 4096 } },
    async handler(ctx: Context<RefreshParams, Meta>): Promise<Session> {
      const claims = await this.signer.verifyRefresh(ctx.params.refreshToken);
      if (!claims) throw new UnauthorizedError("The refresh token is invalid or expired", "INVALID_REFRESH_TOKEN");
      const outcome = await this.inTransaction(async (tx) => {
        const token = await store.lockRefresh(this.tables(), claims.jti, tx);
        if (!token || token.revokedAt || token.userId !== claims.sub) return "invalid" as const;
        if (token.spentAt) {
          // A spent token presented again means it leaked: end the whole login.
          await store.revokeFamily(this.tables(), token.familyId, tx);
          return "reused" as const;
        }
        await store.spendRefresh(this.tables(), token.id, tx);
        const user = await store.findUserById(this.tables(), token.userId, tx);
        if (!user || user.status === "banned" || user.status === "deleted") return "invalid" as const;
        const session = await this.openSession(user, token.familyId, tx);
        await this.emit(tx, ctx, "TokenRefreshed", user, { sessionFamily: token.familyId });
        return session;
      });
      if (outcome === "reused") {
        // The family's access tokens die with it, on every node.
        await this.invalidateCache();
        throw new UnauthorizedError("This refresh token was already used; sign in again", "REFRESH_TOKEN_REUSED");
      }
      if (outcome === "invalid")
        throw new UnauthorizedError("The refresh token is invalid or expired", "INVALID_REFRESH_TOKEN");
      return outcome;
    },
  },

  logout: {
    rest: "POST /auth/logout",
    operationId: "logout",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Revoke a refresh token family",
    params: { refreshToken: { type: "string", min: 1, max: 4096 } },
    async handler(ctx: Context<RefreshParams, Meta>): Promise<null> {
      const claims = await this.signer.verifyRefresh(ctx.params.refreshToken);
      if (!claims || claims.sub !== ctx.meta.user?.id) {
        throw new UnauthorizedError("The refresh token is invalid or not yours", "INVALID_REFRESH_TOKEN");
      }
      await this.inTransaction(async (tx) => {
        await store.revokeFamily(this.tables(), claims.fam, tx);
        const user = await store.findUserById(this.tables(), claims.sub, tx);
        if (user) await this.emit(tx, ctx, "Logout", user, { sessionFamily: claims.fam });
      });
      // The session's access tokens stop working now, on every node (resolveToken checks the family).
      await this.invalidateCache();
      return null;
    },
  },

  verify: {
    rest: "POST /auth/verify",
    operationId: "verifyEmail",
    response: responses.user,
    access: "public",
    summary: "Verify an email address with a single-use token",
    params: { token: { type: "string", min: 1, max: 256 } },
    async handler(ctx: Context<TokenParams, Meta>): Promise<User> {
      const row = await this.inTransaction(async (tx) => {
        const userId = await store.consumeOneTimeToken(this.tables(), "verify", sha256(ctx.params.token), tx);
        if (!userId) return null;
        const user = await store.findUserById(this.tables(), userId, tx, true);
        if (!user || user.status !== "unverified") return user;
        // The owner of ADMIN_EMAIL's mailbox has just proved it: the admin role is theirs now.
        if (user.email === this.settings.adminEmail) await store.grantRole(this.db(), user.email, "admin", tx);
        const verified = await store.updateUser(
          this.tables(),
          userId,
          { status: "active", verifiedAt: new Date() },
          tx,
        );
        await this.emit(tx, ctx, "Verified", verified as UserRecord);
        return verified;
      });
      if (!row) throw invalidToken("verification");
      await this.invalidateCache();
      return store.toUser(row);
    },
  },

  recover: {
    rest: "POST /auth/recover",
    operationId: "recoverPassword",
    response: responses.accepted,
    status: 202,
    access: "public",
    summary: "Request a password reset (always 202)",
    params: { email },
    async handler(ctx: Context<EmailParams, Meta>): Promise<{ accepted: true }> {
      await this.throttleAuthRequest(ctx);
      // Answers the same whether or not the account exists.
      const row = await store.findUserByEmail(this.tables(), ctx.params.email);
      if (row && row.status !== "deleted" && row.status !== "banned") {
        // The event carries no token: notifications asks users.issueResetToken for one to email.
        await this.inTransaction((tx) => this.emit(tx, ctx, "PasswordResetRequested", row));
      }
      return { accepted: true };
    },
  },

  resetPassword: {
    rest: "POST /auth/reset",
    operationId: "resetPassword",
    response: responses.user,
    access: "public",
    summary: "Set a new password with a reset token",
    params: { token: { type: "string", min: 1, max: 256 }, password },
    async handler(ctx: Context<ResetParams, Meta>): Promise<User> {
      await this.throttleAuthRequest(ctx);
      const tokenHash = sha256(ctx.params.token);
      // Look first, spend later: a refused password leaves the token usable.
      const holder = await store.findOneTimeTokenUser(this.tables(), "reset", tokenHash);
      const account = holder ? await store.findUserById(this.tables(), holder) : null;
      if (!account) throw invalidToken("reset");
      this.requireGoodPassword(ctx.params.password, account.email);
      const passwordHash = await this.hashPassword(ctx, ctx.params.password);
      const row = await this.inTransaction(async (tx) => {
        const userId = await store.consumeOneTimeToken(this.tables(), "reset", tokenHash, tx);
        if (!userId) return null;
        await store.revokeAllRefresh(this.tables(), userId, tx);
        const updated = await store.updateUser(this.tables(), userId, { passwordHash }, tx);
        await this.emit(tx, ctx, "PasswordReset", updated as UserRecord);
        return updated;
      });
      if (!row) throw invalidToken("reset");
      // Every session ended: their access tokens stop working now, on every node.
      await this.invalidateCache();
      // Whoever proved they own the mailbox may sign in again at once.
      await this.throttles.passwordReset(row.email, ctx.meta.clientAddress);
      return store.toUser(row);
    },
  },
};

function invalidToken(purpose: "verification" | "reset"): UnprocessableError {
  return new UnprocessableError(
    `The ${purpose} token is invalid, used or expired`,
    [{ field: "token", message: "is invalid, used or expired" }],
    "INVALID_TOKEN",
  );
}
