/** customers: mesh-internal lookups for other domains (no route). */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import type { CustomersActions, OfTeamParams } from "./common.js";

export const internalActions: CustomersActions = {
  /**
   * Which of `ids` are customers of `teamId` (any status), in the order given, each once: promotions
   * checks a customerId with it. Called on behalf of a user, the user must be a member of the team.
   */
  ofTeam: {
    visibility: "public",
    team: { role: "viewer", param: "teamId" },
    params: { teamId: "uuid", ids: { type: "array", items: "uuid", min: 1, max: 100 } },
    async handler(ctx: Context<OfTeamParams, Meta>): Promise<string[]> {
      const { teamId, ids } = ctx.params;
      // Each id once, as first spelled (uuids compare case-insensitively).
      const wanted = ids.filter((id, i) => ids.findIndex((other) => other.toLowerCase() === id.toLowerCase()) === i);
      const rows = await this.model.findAll({ where: { teamId, id: wanted }, attributes: ["id"] });
      const found = new Set(rows.map((row) => (row.get("id") as string).toLowerCase()));
      return wanted.filter((id) => found.has(id.toLowerCase()));
    },
  },
};
