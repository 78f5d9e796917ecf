/** projects: the steps its actions share, through the domain's models (store.ts for the SQL they can't say). */
import { randomUUID } from "node:crypto";
import type { Context } from "moleculer";
import { fn, type Model, type ModelStatic, type Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError, UnprocessableError } from "../../lib/errors.js";
import { roleIn, type Owner } from "../../lib/access.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { projectsModels } from "./models.js";
import * as store from "./store.js";
import {
  type ColumnRecord,
  type CommentRecord,
  type ProjectChanges,
  type ProjectRecord,
  type ProjectsMethods,
  type ProjectsMethodsSchema,
  type ProjectsThis,
  type TaskChanges,
  type TaskRecord,
  projectSnapshot,
} from "./common.js";
import { UUID } from "../../lib/uuid.js";
import { plain, plainOrNull } from "../../mixins/db.mixin.js";

/** Only the fields a change set really sets; `updatedAt` is the database's clock. */
const stamped = (changes: object) => ({
  ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  updatedAt: fn("now"),
});

/**
 * UPDATE … RETURNING of one row by id (null when it doesn't exist). The params were validated by
 * the action; Sequelize's own validation would read the timestamp getters on `now()` and throw.
 */
async function updateById<T>(
  model: ModelStatic<Model>,
  id: string,
  values: object,
  tx: Transaction,
): Promise<T | null> {
  const [, rows] = await model.update(values, { where: { id }, transaction: tx, returning: true, validate: false });
  return plainOrNull<T>(rows[0] ?? null);
}

export const projectsMethods: ProjectsMethodsSchema = {
  /** Team rules look entities up here: which team owns a project or task, and whether it is public. */
  async ownerOf(this: ProjectsThis, entity: string, id: string): Promise<Owner | null> {
    if (!UUID.test(id)) return null;
    const { projects, tasks } = this.tables();
    const projectId =
      entity === "task" ? (await tasks.findByPk(id, { attributes: ["projectId"] }))?.get("projectId") : id;
    if (typeof projectId !== "string") return null;
    const project = await projects.findByPk(projectId, { attributes: ["teamId", "public"] });
    return project ? { teamId: project.get("teamId") as string, isPublic: project.get("public") as boolean } : null;
  },

  async emit(
    this: ProjectsThis,
    ...[tx, ctx, type, teamId, fields, entity, entityId]: Parameters<ProjectsMethods["emit"]>
  ): Promise<void> {
    await this.publish(type, fields, { tx, ctx, teamId, entity, entityId });
  },

  /** TeamDeleted: delete the team's projects, each with its ProjectDeleted event. Idempotent on redelivery. */
  async onTeamEvent(this: ProjectsThis, envelope: Envelope): Promise<void> {
    if (envelope.type !== "TeamDeleted" || !envelope.teamId) return;
    await this.inTransaction(async (tx) => {
      for (const project of await store.deleteProjectsOfTeam(this.tables(), envelope.teamId, tx)) {
        await this.publish(
          "ProjectDeleted",
          { project: projectSnapshot(project) },
          {
            tx,
            teamId: project.teamId,
            entity: "project",
            entityId: project.id,
            actorId: envelope.actorId,
            traceId: envelope.traceId,
          },
        );
      }
    });
  },

  tables(this: ProjectsThis) {
    return projectsModels(this.models);
  },

  async findProject(this: ProjectsThis, id: string, tx?: Transaction): Promise<ProjectRecord | null> {
    return plainOrNull(await this.tables().projects.findByPk(id, { transaction: tx }));
  },

  async requireProject(this: ProjectsThis, id: string, tx?: Transaction): Promise<ProjectRecord> {
    const project = await this.findProject(id, tx);
    if (!project) throw new NotFoundError("project");
    return project;
  },

  async lockProject(this: ProjectsThis, id: string, tx: Transaction): Promise<ProjectRecord> {
    const project = await this.tables().projects.findByPk(id, { transaction: tx, lock: tx.LOCK.UPDATE });
    if (!project) throw new NotFoundError("project");
    return plain(project);
  },

  async saveProject(this: ProjectsThis, id: string, changes: ProjectChanges, tx: Transaction): Promise<ProjectRecord> {
    const project = await updateById<ProjectRecord>(this.tables().projects, id, stamped(changes), tx);
    if (!project) throw new NotFoundError("project");
    return project;
  },

  /** A new column, last on the board. */
  async insertColumn(this: ProjectsThis, projectId: string, title: string, tx: Transaction): Promise<ColumnRecord> {
    const column = plain<ColumnRecord>(
      await this.tables().columns.create({ id: randomUUID(), projectId, title }, { transaction: tx }),
    );
    await store.appendColumn(this.tables(), projectId, column.id, tx);
    return column;
  },

  async findColumn(this: ProjectsThis, id: string, tx?: Transaction): Promise<ColumnRecord | null> {
    return plainOrNull(await this.tables().columns.findByPk(id, { transaction: tx }));
  },

  /** A column's task order; the caller holds the project row lock. */
  async setColumnTasks(this: ProjectsThis, columnId: string, taskIds: string[], tx: Transaction): Promise<void> {
    await updateById(this.tables().columns, columnId, { taskIds }, tx);
  },

  async requireTask(this: ProjectsThis, id: string, tx?: Transaction): Promise<TaskRecord> {
    const task = await this.tables().tasks.findByPk(id, { transaction: tx });
    if (!task) throw new NotFoundError("task");
    return plain(task);
  },

  async saveTask(this: ProjectsThis, id: string, changes: TaskChanges, tx: Transaction): Promise<TaskRecord | null> {
    return updateById<TaskRecord>(this.tables().tasks, id, stamped(changes), tx);
  },

  async insertComment(
    this: ProjectsThis,
    taskId: string,
    authorId: string,
    content: string,
    tx: Transaction,
  ): Promise<CommentRecord> {
    return plain(
      await this.tables().comments.create({ id: randomUUID(), taskId, authorId, content }, { transaction: tx }),
    );
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
