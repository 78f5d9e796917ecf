/** Teams, the tenant boundary: memberships with roles, email invites, and the membership lookup every team rule uses. */
import type { ServiceSchema } from "moleculer";
import { Cache } from "../../mixins/cache.mixin.js";
import { Db, type DbThis } from "../../mixins/db.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import { teamActions } from "./team.actions.js";
import { invitesActions } from "./invites.actions.js";
import { internalActions } from "./internal.actions.js";
import { teamsMethods } from "./methods.js";
import { InviteModel, MembershipModel, TeamModel } from "./models.js";
import type { TeamsMethods } from "./common.js";

export type * from "./common.js";

const TeamsService: ServiceSchema<object, TeamsMethods, DbThis> = {
  name: "teams",
  mixins: [
    Db({
      model: TeamModel,
      models: [MembershipModel, InviteModel],
      migrations: new URL("./migrations", import.meta.url),
      fields: ["id", "name", "createdBy", "createdAt", "updatedAt"],
    }),
    Cache(),
    Events("teams"),
  ],

  actions: {
    ...teamActions,
    ...invitesActions,
    ...internalActions,
  },

  methods: teamsMethods,
};

export default TeamsService;
