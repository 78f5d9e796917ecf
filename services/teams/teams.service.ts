/** Teams, the tenant boundary: memberships with roles, email invites, and the membership lookup every team rule uses. */
import type { TeamServiceSchema } from "../lib/team-auth.js";
import { Cache } from "../mixins/cache.mixin.js";
import { Db, type DbThis } from "../mixins/db.mixin.js";
import { Events } from "../mixins/events.mixin.js";
import { teamActions } from "./teams/team.actions.js";
import { invitesActions } from "./teams/invites.actions.js";
import { internalActions } from "./teams/internal.actions.js";
import { teamsMethods } from "./teams/methods.js";
import type { TeamsMethods } from "./teams/common.js";

export type * from "./teams/common.js";

const TeamsService: TeamServiceSchema<object, TeamsMethods, DbThis> = {
  name: "teams",
  mixins: [Db({ table: "teams", attributes: {} }), Cache(), Events("teams")],

  actions: {
    ...teamActions,
    ...invitesActions,
    ...internalActions,
  },

  methods: teamsMethods,
};

export default TeamsService;
