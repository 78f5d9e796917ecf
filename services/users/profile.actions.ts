/** users: The caller's own profile. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { UnprocessableError } from "../../lib/errors.js";
import type { UserRecord } from "./models.js";
import { givenPassword, name, password } from "./policy.js";
import * as store from "./store.js";
import { recallForRequest } from "./request-rows.js";
import type { User } from "./store.js";
import type { UsersActions } from "./common.js";
import * as responses from "./responses.js";

export interface UpdateMeParams {
  firstName?: string | null;
  lastName?: string | null;
  password?: string;
  currentPassword?: string;
}

export const profileActions: UsersActions = {
  me: {
    rest: "GET /users/me",
    operationId: "getMe",
    response: responses.user,
    access: "user",
    summary: "Own profile",
    async handler(ctx: Context<unknown, Meta>): Promise<User> {
      const id = ctx.meta.user?.id ?? "";
      // The row resolveToken read for this request when the token wasn't cached yet.
      return store.toUser(recallForRequest(ctx.requestID, id) ?? (await this.requireUser(id)));
    },
  },

  updateMe: {
    rest: "PATCH /users/me",
    operationId: "updateMe",
    response: responses.user,
    access: "user",
    summary: "Update own profile",
    params: {
      firstName: name(),
      lastName: name(),
      password: { ...password, optional: true },
      currentPassword: { ...givenPassword, min: 0, optional: true },
      $$strict: "remove",
    },
    async handler(ctx: Context<UpdateMeParams, Meta>): Promise<User> {
      const current = await this.requireUser(ctx.meta.user?.id ?? "");
      const { firstName, lastName, password: next, currentPassword } = ctx.params;
      let passwordHash: string | undefined;
      if (next !== undefined) {
        this.requireGoodPassword(next, current.email);
        if (!currentPassword || !(await this.verifyPassword(ctx, currentPassword, current.passwordHash))) {
          throw new UnprocessableError("The current password is required to set a new one", [
            { field: "currentPassword", message: "is missing or wrong" },
          ]);
        }
        passwordHash = await this.hashPassword(ctx, next);
      }
      const changed = Object.entries({ firstName, lastName, password: passwordHash })
        .filter(([, value]) => value !== undefined)
        .map(([field]) => field);
      const row = await this.inTransaction(async (tx) => {
        const updated = (await store.updateUser(
          this.tables(),
          current.id,
          { firstName, lastName, passwordHash },
          tx,
        )) as UserRecord;
        // A new password ends every session, this one included.
        if (passwordHash) await store.revokeAllRefresh(this.tables(), current.id, tx);
        await this.emit(tx, ctx, "Updated", updated, { changed });
        return updated;
      });
      // The ended sessions' access tokens stop working now, on every node.
      if (passwordHash) await this.invalidateCache();
      return store.toUser(row);
    },
  },
};
