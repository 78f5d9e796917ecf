/** Kanban boards owned by a team: projects, columns, tasks (PREFIX-N keys), moves and comments. */
import type { TeamServiceSchema } from "../lib/team-auth.js";
import { Db, type DbThis } from "../mixins/db.mixin.js";
import { Consumer } from "../mixins/consumer.mixin.js";
import { Events } from "../mixins/events.mixin.js";
import { projectsActions } from "./projects/projects.actions.js";
import { tasksActions } from "./projects/tasks.actions.js";
import { projectsMethods } from "./projects/methods.js";
import type { ProjectsMethods } from "./projects/common.js";

export type * from "./projects/common.js";

const ProjectsService: TeamServiceSchema<object, ProjectsMethods, DbThis> = {
  name: "projects",
  mixins: [
    Db({ table: "projects", attributes: {} }),
    Events("projects"),
    // A deleted team takes its projects with it (public ones must not stay readable).
    Consumer({ group: "projects", topics: ["teams"], handler: "onTeamEvent" }),
  ],

  actions: {
    ...projectsActions,
    ...tasksActions,
  },

  methods: projectsMethods,
};

export default ProjectsService;
