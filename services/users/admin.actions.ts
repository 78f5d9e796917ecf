/** users: Administration of accounts (admins, through the gateway's route table). */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { ConflictError, NotFoundError, UnprocessableError } from "../../lib/errors.js";
import { pageOf, pageParams, pageQuery, type Page, type PageParams } from "../../lib/pagination.js";
import * as store from "./store.js";
import type { User, UserRow } from "./store.js";
import { SORTABLE, type IdParams, type UsersActions } from "./common.js";

export interface ListUsersParams extends PageParams {
  status?: store.UserStatus;
  q?: string;
}

export const adminActions: UsersActions = {
  list: {
    rest: "GET /users",
    access: "admin",
    summary: "List users",
    params: {
      ...pageParams,
      status: { type: "enum", values: ["unverified", "active", "banned", "deleted"], optional: true },
      q: { type: "string", max: 100, optional: true },
    },
    async handler(ctx: Context<ListUsersParams, Meta>): Promise<Page<User>> {
      const query = pageQuery(ctx.params, SORTABLE, "-createdAt");
      if (typeof query === "string") throw new UnprocessableError("Invalid sort", [{ field: "sort", message: query }]);
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
    rest: "GET /users/:id",
    access: "admin",
    summary: "One user",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<User> {
      return store.toUser(await this.requireUser(ctx.params.id));
    },
  },

  ban: {
    rest: "POST /users/:id/ban",
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
    access: "admin",
    summary: "Lift a ban",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<User> {
      return this.setStatus(ctx, "active");
    },
  },

  remove: {
    rest: "DELETE /users/:id",
    status: 204,
    access: "admin",
    summary: "Delete a user",
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
      return null;
    },
  },
};
