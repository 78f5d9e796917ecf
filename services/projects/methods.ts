/** projects: the steps its actions share. */
import type { Context } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError, UnprocessableError } from "../../lib/errors.js";
import { roleIn, type Owner } from "../../lib/access.js";
import type { Envelope } from "../../lib/events/envelope.js";
import * as store from "./store.js";
import { type ProjectsMethods, type ProjectsMethodsSchema, type ProjectsThis, UUID } from "./common.js";

export const projectsMethods: ProjectsMethodsSchema = {
  /** Team rules look entities up here: which team owns a project or task, and whether it is public. */
  async ownerOf(this: ProjectsThis, entity: string, id: string): Promise<Owner | null> {
    if (!UUID.test(id)) return null;
    const projectId = entity === "task" ? (await store.findTask(this.sql(), id))?.project_id : id;
    const project = projectId ? await store.findProject(this.sql(), projectId) : null;
    return project ? { teamId: project.team_id, isPublic: project.public } : null;
  },

  async emit(
    this: ProjectsThis,
    ...[tx, ctx, type, project, fields, entity, entityId]: Parameters<ProjectsMethods["emit"]>
  ): Promise<void> {
    await this.publish(type, fields, { tx, ctx, teamId: project.team_id, entity, entityId });
  },

  /** TeamDeleted: delete the team's projects, each with its ProjectDeleted event. Idempotent on redelivery. */
  async onTeamEvent(this: ProjectsThis, envelope: Envelope): Promise<void> {
    if (envelope.type !== "TeamDeleted" || !envelope.teamId) return;
    await this.inTransaction(async (tx) => {
      for (const row of await store.deleteProjectsOfTeam(this.sql(), envelope.teamId, tx)) {
        await this.publish(
          "ProjectDeleted",
          { project: store.projectSnapshot(row) },
          {
            tx,
            teamId: row.team_id,
            entity: "project",
            entityId: row.id,
            actorId: envelope.actorId,
            traceId: envelope.traceId,
          },
        );
      }
    });
  },

  async lockProject(this: ProjectsThis, id: string, tx: Transaction): Promise<store.ProjectRow> {
    const project = await store.findProject(this.sql(), id, tx, true);
    if (!project) throw new NotFoundError("project");
    return project;
  },

  async requireTask(this: ProjectsThis, id: string, tx?: Transaction): Promise<store.TaskRow> {
    const task = await store.findTask(this.sql(), id, tx);
    if (!task) throw new NotFoundError("task");
    return task;
  },

  /** An assignee must belong to the project's team. */
  async checkAssignee(
    this: ProjectsThis,
    ctx: Context<unknown, Meta>,
    teamId: string,
    assignee: string | null | undefined,
  ) {
    if (!assignee) return;
    if ((await roleIn(ctx, teamId, assignee)) === null) {
      throw new UnprocessableError("The assignee is not a member of this team", [
        { field: "assigneeId", message: "is not a member of the project's team" },
      ]);
    }
  },
};
