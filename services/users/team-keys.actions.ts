/**
 * users: team API keys, issued, listed and revoked by the team's administrators. A team key acts as
 * the administrator who issued it, inside that team only (lib/access.ts), and the gateway meters every
 * call it makes against the team's quota (services/api/metering.ts).
 */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { ForbiddenError, NotFoundError } from "../../lib/errors.js";
import { listParams, type Page, type PageParams } from "../../lib/pagination.js";
import type { ApiKeyRecord } from "./models.js";
import { description } from "./policy.js";
import * as store from "./store.js";
import type { TeamKey } from "./store.js";
import { randomSecret, sha256 } from "./tokens.js";
import { KEY_SORTS, type UsersActions } from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

export type { TeamKey } from "./store.js";

/** The scopes a team key may hold: it works on the team's resources, never on the platform (`admin`). */
export const TEAM_KEY_SCOPES = ["read", "write"] as const;
export type TeamKeyScope = (typeof TEAM_KEY_SCOPES)[number];

export interface CreateTeamKeyParams {
  /** The team. */
  id: string;
  description: string;
  scopes?: TeamKeyScope[];
}

export interface ListTeamKeysParams extends PageParams {
  id: string;
}

export interface RevokeTeamKeyParams {
  id: string;
  keyId: string;
}

export interface CreatedTeamKey extends TeamKey {
  /** The secret, shown once. */
  key: string;
}

const administrators = { role: "administrator", param: "id" } as const;
/** Unknown body fields (teamId, userId, revokedAt…) are dropped, never written. */
const strict = { $$strict: "remove" } as const;

export const teamKeysActions: UsersActions = {
  createTeamKey: {
    rest: "POST /teams/:id/keys",
    operationId: "createTeamKey",
    response: responses.createdTeamKey,
    status: 201,
    location: "/teams/:teamId/keys/:id",
    access: "user",
    summary: "Create a team API key (shown once); its calls are metered against the team's quota",
    team: administrators,
    params: {
      id: "uuid",
      description,
      scopes: {
        type: "array",
        items: { type: "enum", values: [...TEAM_KEY_SCOPES] },
        min: 1,
        unique: true,
        optional: true,
      },
      ...strict,
    },
    async handler(ctx: Context<CreateTeamKeyParams, Meta>): Promise<CreatedTeamKey> {
      const issuer = await this.requireUser(ctx.meta.user?.id ?? "");
      const scopes = ctx.params.scopes ?? ["read"];
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
          {
            userId: issuer.id,
            teamId: ctx.params.id,
            description: ctx.params.description,
            scopes,
            prefix,
            hash: sha256(key),
          },
          tx,
        );
        await this.publishKeyEvent(tx, ctx, "ApiKeyCreated", issuer, row);
        return row;
      });
      return { ...store.toTeamKey(created), key };
    },
  },

  listTeamKeys: {
    rest: "GET /teams/:id/keys",
    operationId: "listTeamKeys",
    response: responses.teamKeyPage,
    access: "user",
    summary: "The team's live API keys, whoever issued them",
    team: administrators,
    params: { id: "uuid", ...listParams(KEY_SORTS) },
    async handler(ctx: Context<ListTeamKeysParams, Meta>): Promise<Page<TeamKey>> {
      const { id, page, pageSize, sort = "-createdAt" } = ctx.params;
      const where = store.liveTeamKeysOf(id);
      const keys = await this.listModel<ApiKeyRecord>(this.tables().apiKeys, { where, page, pageSize, sort });
      return { ...keys, rows: keys.rows.map(store.toTeamKey) };
    },
  },

  revokeTeamKey: {
    rest: "DELETE /teams/:id/keys/:keyId",
    operationId: "revokeTeamKey",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Revoke a team API key (any administrator of the team)",
    team: administrators,
    params: { id: "uuid", keyId: "uuid" },
    async handler(ctx: Context<RevokeTeamKeyParams, Meta>): Promise<null> {
      await this.inTransaction(async (tx) => {
        const row = await store.revokeTeamKey(this.tables(), ctx.params.id, ctx.params.keyId, tx);
        if (!row) throw new NotFoundError("API key");
        const issuer = await store.findUserById(this.tables(), row.userId, tx);
        if (issuer) await this.publishKeyEvent(tx, ctx, "ApiKeyRevoked", issuer, row);
      });
      // Cached key lookups must not outlive the revocation, on any node.
      await this.invalidateCache();
      return null;
    },
  },
};
