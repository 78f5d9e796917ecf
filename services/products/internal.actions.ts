/** products: mesh-internal lookups for neighbouring domains (no route). */
import type { Context } from "moleculer";
import type { OfTeamParams, ProductSummary, ProductsActions } from "./common.js";

export const OF_TEAM_MAX_IDS = 100;

export const internalActions: ProductsActions = {
  /**
   * Which of `ids` are products of `teamId`, each once, in the order first asked for (ids in lower case); ids of other
   * teams' products or of none are simply absent. Promotions check their lines and price with it.
   */
  ofTeam: {
    visibility: "public",
    // A call made on behalf of a user is checked like one: a viewer of the team at least.
    team: { role: "viewer", param: "teamId" },
    params: {
      teamId: "uuid",
      ids: { type: "array", items: "uuid", min: 1, max: OF_TEAM_MAX_IDS },
    },
    async handler(ctx: Context<OfTeamParams>): Promise<ProductSummary[]> {
      // The database stores ids in lower case; a caller may spell them in either.
      const wanted = [...new Set(ctx.params.ids.map((id) => id.toLowerCase()))];
      const rows = await this.model.findAll({
        where: { teamId: ctx.params.teamId, id: wanted },
        attributes: ["id", "name", "sku", "priceCents", "currency"],
      });
      const byId = new Map(rows.map((row) => [row.get("id") as string, row.get({ plain: true }) as ProductSummary]));
      return wanted.flatMap((id) => byId.get(id) ?? []);
    },
  },
};
