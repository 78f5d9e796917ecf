/** users: API keys: created (shown once), listed and revoked by their owner. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { ForbiddenError, NotFoundError } from "../../lib/errors.js";
import { listParams, type Page, type PageParams } from "../../lib/pagination.js";
import type { ApiKeyRecord } from "./models.js";
import { description } from "./policy.js";
import * as store from "./store.js";
import type { ApiKey } from "./store.js";
import { randomSecret, sha256 } from "./tokens.js";
import { KEY_SORTS, type CreatedKey, type IdParams, type UsersActions } from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

export interface CreateKeyParams {
  description: string;
  scopes?: ("read" | "write" | "admin")[];
}

export const keysActions: UsersActions = {
  createKey: {
    rest: "POST /keys",
    operationId: "createApiKey",
    response: responses.createdApiKey,
    status: 201,
    location: "/keys/:id",
    access: "user",
    summary: "Create an API key (shown once)",
    params: {
      description,
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
      const created = await this.inTransaction(async (tx) => {
        const row = await store.insertApiKey(
          this.tables(),
          { userId: owner.id, description: ctx.params.description, scopes, prefix, hash: sha256(key) },
          tx,
        );
        await this.publishKeyEvent(tx, ctx, "ApiKeyCreated", owner, row);
        return row;
      });
      return { ...store.toApiKey(created), key };
    },
  },

  listKeys: {
    rest: "GET /keys",
    operationId: "listApiKeys",
    response: responses.apiKeyPage,
    access: "user",
    summary: "Own API keys",
    params: listParams(KEY_SORTS),
    async handler(ctx: Context<PageParams, Meta>): Promise<Page<ApiKey>> {
      const { page, pageSize, sort = "-createdAt" } = ctx.params;
      const where = store.liveKeysOf(ctx.meta.user?.id ?? "");
      const keys = await this.listModel<ApiKeyRecord>(this.tables().apiKeys, { where, page, pageSize, sort });
      return { ...keys, rows: keys.rows.map(store.toApiKey) };
    },
  },

  revokeKey: {
    rest: "DELETE /keys/:id",
    operationId: "revokeApiKey",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Revoke an API key",
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      const owner = await this.requireUser(ctx.meta.user?.id ?? "");
      await this.inTransaction(async (tx) => {
        const row = await store.revokeApiKey(this.tables(), owner.id, ctx.params.id, tx);
        if (!row) throw new NotFoundError("API key");
        await this.publishKeyEvent(tx, ctx, "ApiKeyRevoked", owner, row);
      });
      await this.invalidateCache();
      return null;
    },
  },
};
