/** teams: mesh-internal lookups behind every team rule (no route). */
import type { Context } from "moleculer";
import type { TeamRole } from "../../lib/access.js";
import * as store from "./store.js";
import type { MembershipLookup, TeamsActions } from "./common.js";

export const internalActions: TeamsActions = {
  /** The caller's role in a team, or null. Cached; every membership change cleans it on every node. */
  membership: {
    visibility: "public",
    params: { teamId: "uuid", userId: "uuid" },
    cache: { keys: ["teamId", "userId"], ttl: 60 },
    async handler(ctx: Context<MembershipLookup>): Promise<{ role: TeamRole } | null> {
      const membership = await store.findMembership(this.models, ctx.params.teamId, ctx.params.userId);
      return membership ? { role: membership.role } : null;
    },
  },

  teamIdsOf: {
    visibility: "public",
    params: { userId: "uuid" },
    cache: { keys: ["userId"], ttl: 60 },
    async handler(ctx: Context<{ userId: string }>): Promise<string[]> {
      return [...(await store.rolesOf(this.models, ctx.params.userId)).keys()];
    },
  },

  /**
   * Every team id, a page at a time in id order (`after` = the last id of the previous page): lets a
   * domain that keeps a record per team (billing's accounts) backfill teams from before it existed.
   */
  idsAfter: {
    visibility: "public",
    params: { after: { type: "uuid", optional: true }, limit: { type: "number", integer: true, min: 1, max: 1000 } },
    async handler(ctx: Context<{ after?: string; limit: number }>): Promise<string[]> {
      return store.teamIdsAfter(this.models, ctx.params.after ?? null, ctx.params.limit);
    },
  },
};
