/** Kanban boards owned by a team: projects, columns, tasks (PREFIX-N keys), moves and comments. */
import type { ServiceSchema } from "moleculer";
import { Db, type DbThis } from "../../mixins/db.mixin.js";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { Events } from "../../mixins/events.mixin.js";
import { CommentModel, ColumnModel, PROJECT_FIELDS, ProjectModel, TaskModel } from "./models.js";
import { projectsActions } from "./projects.actions.js";
import { tasksActions } from "./tasks.actions.js";
import { projectsMethods } from "./methods.js";
import type { ProjectsMethods } from "./common.js";

export type * from "./common.js";

const ProjectsService: ServiceSchema<object, ProjectsMethods, DbThis> = {
  name: "projects",
  mixins: [
    Db({
      model: ProjectModel,
      models: [ColumnModel, TaskModel, CommentModel],
      migrations: new URL("./migrations", import.meta.url),
      fields: [...PROJECT_FIELDS],
    }),
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
