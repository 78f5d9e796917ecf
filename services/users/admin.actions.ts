/** users: Administration of accounts (admin role; enforced by the access middleware). */
import type { Context } from "moleculer";
import { randomUUID } from "node:crypto";
import { Op, type Transaction, type WhereOptions } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { ConflictError, NotFoundError } from "../../lib/errors.js";
import { listParams, type Page, type PageParams } from "../../lib/pagination.js";
import type { UserRecord, UserStatus, UsersModels } from "./models.js";
import { ANONYMISED_DOMAIN, emailSearch } from "./policy.js";
import * as store from "./store.js";
import type { User } from "./store.js";
import { USER_SORTS, type IdParams, type UsersActions } from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

export interface ListUsersParams extends PageParams {
  status?: UserStatus;
  q?: string;
}

/** The list's filter: deleted accounts are history, listed only when asked for by status. */
function usersWhere({ status, q }: ListUsersParams): WhereOptions {
  const where: Record<string | symbol, unknown> = { status: status ?? { [Op.ne]: "deleted" } };
  // LIKE wildcards in q are literal.
  if (q) where.email = { [Op.iLike]: `%${q.replace(/[%_\\]/g, "\\$&")}%` };
  return where;
}

/**
 * The address a deleted account keeps: in a reserved domain no one can sign up with. An account that
 * took the address before sign-up refused that domain keeps it; the deleted one then gets another.
 */
async function anonymisedEmail(m: UsersModels, id: string, tx: Transaction): Promise<string> {
  const address = `deleted+${id}@${ANONYMISED_DOMAIN}`;
  const holder = await store.findUserByEmail(m, address, tx);
  return holder && holder.id !== id ? `deleted+${id}.${randomUUID()}@${ANONYMISED_DOMAIN}` : address;
}

export const adminActions: UsersActions = {
  list: {
    rest: "GET /users",
    operationId: "listUsers",
    response: responses.userPage,
    access: "admin",
    summary: "List users",
    params: {
      ...listParams(USER_SORTS),
      status: { type: "enum", values: ["unverified", "active", "banned", "deleted"], optional: true },
      q: emailSearch,
    },
    handler(ctx: Context<ListUsersParams, Meta>): Promise<Page<User>> {
      const { page, pageSize, sort = "-createdAt" } = ctx.params;
      return this.listPage<User>(ctx, { where: usersWhere(ctx.params), page, pageSize, sort });
    },
  },

  get: {
    rest: "GET /users/:id",
    operationId: "getUser",
    response: responses.user,
    access: "admin",
    summary: "One user",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<User> {
      return store.toUser(await this.requireUser(ctx.params.id));
    },
  },

  ban: {
    rest: "POST /users/:id/ban",
    operationId: "banUser",
    response: responses.user,
    access: "admin",
    summary: "Ban a user",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<User> {
      if (ctx.params.id === ctx.meta.user?.id) throw new ConflictError("You cannot ban yourself", "SELF_BAN");
      return this.setStatus(ctx, "banned");
    },
  },

  unban: {
    rest: "POST /users/:id/unban",
    operationId: "unbanUser",
    response: responses.user,
    access: "admin",
    summary: "Lift a ban",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<User> {
      return this.setStatus(ctx, "active");
    },
  },

  remove: {
    rest: "DELETE /users/:id",
    operationId: "deleteUser",
    response: noContent,
    status: 204,
    access: "admin",
    summary: "Delete a user",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      if (ctx.params.id === ctx.meta.user?.id)
        throw new ConflictError("You cannot delete yourself here", "SELF_DELETE");
      await this.inTransaction(async (tx) => {
        const user = await store.findUserById(this.tables(), ctx.params.id, tx, true);
        if (!user || user.status === "deleted") throw new NotFoundError("user");
        // The row stays for history; personal data goes and the email is freed.
        const deleted = await store.updateUser(
          this.tables(),
          user.id,
          {
            status: "deleted",
            deletedAt: new Date(),
            email: await anonymisedEmail(this.tables(), user.id, tx),
            firstName: null,
            lastName: null,
            passwordHash: "!",
          },
          tx,
        );
        await store.revokeAllRefresh(this.tables(), user.id, tx);
        await store.revokeAllApiKeys(this.tables(), user.id, tx);
        await this.emit(tx, ctx, "Deleted", deleted as UserRecord);
      });
      await this.invalidateCache();
      return null;
    },
  },
};
