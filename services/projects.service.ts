/** Kanban boards owned by a team: projects, columns, tasks (PREFIX-N keys), moves and comments. */
import type { Context, Service } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../lib/auth.js";
import { NotFoundError, UnprocessableError } from "../lib/errors.js";
import { pageOf, pageParams, pageQuery, type Page, type PageParams } from "../lib/pagination.js";
import { checkTeamRole, roleIn, type Owner, type OwnerLookup, type TeamServiceSchema } from "../lib/team-auth.js";
import { Db, type DbMethods, type DbThis } from "../mixins/db.mixin.js";
import { Consumer } from "../mixins/consumer.mixin.js";
import { Events, type EventsMethods } from "../mixins/events.mixin.js";
import type { Envelope } from "../lib/events/envelope.js";
import * as store from "./projects/store.js";
import type { Column, Comment, Project, Task } from "./projects/store.js";

export interface CreateProjectParams {
  teamId: string;
  name: string;
  description?: string;
  public?: boolean;
}
export interface ListProjectsParams extends PageParams {
  teamId?: string;
}
export interface IdParams {
  id: string;
}
export interface UpdateProjectParams {
  id: string;
  name?: string;
  description?: string;
  public?: boolean;
  columnOrder?: string[];
}
export interface CreateColumnParams {
  id: string;
  title: string;
}
export interface ListTasksParams extends PageParams {
  id: string;
  columnId?: string;
}
export interface CreateTaskParams {
  id: string;
  columnId: string;
  title: string;
  points?: number | null;
  content?: string;
  assigneeId?: string | null;
}
export interface UpdateTaskParams {
  id: string;
  title?: string;
  points?: number | null;
  content?: string;
  assigneeId?: string | null;
}
export interface MoveTaskParams {
  id: string;
  columnId: string;
  position: number;
}
export interface CommentParams {
  id: string;
  content: string;
}
export interface ListCommentsParams extends PageParams {
  id: string;
}

const DEFAULT_COLUMNS = ["To Do", "In Progress", "Review", "Done"];
const title = { type: "string", min: 1, max: 200, trim: true } as const;
const points = { type: "number", integer: true, min: 0, max: 1000, optional: true, nullable: true } as const;
const content = { type: "string", max: 20_000, optional: true } as const;
const assigneeId = { type: "uuid", optional: true, nullable: true } as const;
// Unknown body fields (teamId, key, id, ownerId…) are dropped, never written.
const strict = { $$strict: "remove" } as const;

type ProjectsEvent = Parameters<EventsMethods<"projects">["publish"]>[0];

export interface ProjectsMethods extends DbMethods, EventsMethods<"projects">, OwnerLookup {
  emit(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: ProjectsEvent,
    project: store.ProjectRow,
    fields: Record<string, unknown>,
    entity: string,
    entityId: string,
  ): Promise<void>;
  lockProject(id: string, tx: Transaction): Promise<store.ProjectRow>;
  requireTask(id: string, tx?: Transaction): Promise<store.TaskRow>;
  checkAssignee(ctx: Context<unknown, Meta>, teamId: string, assigneeId: string | null | undefined): Promise<void>;
  onTeamEvent(envelope: Envelope): Promise<void>;
}

type ProjectsThis = Service & ProjectsMethods & DbThis;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function userId(ctx: Context<unknown, Meta>): string {
  return ctx.meta.user?.id ?? "00000000-0000-0000-0000-000000000000";
}

function listPage<T>(
  rows: (T & { total?: number })[],
  query: { page: number; pageSize: number; offset: number },
  map: (row: T) => unknown,
) {
  const total = Number(rows[0]?.total ?? 0);
  return pageOf(
    rows.map((r) => map(r)),
    total,
    { ...query, order: ["", "ASC"] },
  );
}

const ProjectsService: TeamServiceSchema<object, ProjectsMethods, DbThis> = {
  name: "projects",
  mixins: [
    Db({ table: "projects", attributes: {} }),
    Events("projects"),
    // A deleted team takes its projects with it (public ones must not stay readable).
    Consumer({ group: "projects", topics: ["teams"], handler: "onTeamEvent" }),
  ],

  actions: {
    create: {
      team: { role: "editor", param: "teamId" },
      params: {
        teamId: "uuid",
        name: { type: "string", min: 1, max: 100, trim: true },
        description: { type: "string", max: 2000, optional: true },
        public: { type: "boolean", optional: true },
        ...strict,
      },
      async handler(ctx: Context<CreateProjectParams, Meta>): Promise<Project> {
        const { teamId, name, description = "", public: isPublic = false } = ctx.params;
        const project = await this.inTransaction(async (tx) => {
          const row = await store.insertProject(
            this.sql(),
            { teamId, name, description, isPublic, createdBy: userId(ctx) },
            tx,
          );
          await this.emit(tx, ctx, "ProjectCreated", row, { project: store.projectSnapshot(row) }, "project", row.id);
          for (const columnTitle of DEFAULT_COLUMNS) {
            const column = await store.insertColumn(this.sql(), row.id, columnTitle, tx);
            await this.emit(
              tx,
              ctx,
              "ColumnCreated",
              row,
              { column: store.columnSnapshot(column) },
              "column",
              column.id,
            );
          }
          return (await store.findProject(this.sql(), row.id, tx)) as store.ProjectRow;
        });
        ctx.meta.$statusCode = 201;
        ctx.meta.$location = `/api/v1/projects/${project.id}`;
        return store.toProject(project);
      },
    },

    list: {
      params: { teamId: { type: "uuid", optional: true }, ...pageParams },
      async handler(ctx: Context<ListProjectsParams, Meta>): Promise<Page<Project>> {
        const query = pageQuery(ctx.params, { createdAt: "created_at" }, "-createdAt");
        if (typeof query === "string")
          throw new UnprocessableError("Invalid sort", [{ field: "sort", message: query }]);
        let teamIds: string[];
        if (ctx.params.teamId) {
          await checkTeamRole(ctx, { teamId: ctx.params.teamId }, "viewer", "team");
          teamIds = [ctx.params.teamId];
        } else {
          teamIds = await ctx.call<string[], { userId: string }>("teams.teamIdsOf", { userId: userId(ctx) });
        }
        const rows = await store.projectsOfTeams(this.sql(), teamIds, query.pageSize, query.offset, query.order);
        return listPage(rows, query, store.toProject) as Page<Project>;
      },
    },

    get: {
      team: { role: "viewer", entity: "project", param: "id", publicRead: true },
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<Project> {
        const row = await store.findProject(this.sql(), ctx.params.id);
        if (!row) throw new NotFoundError("project");
        return store.toProject(row);
      },
    },

    update: {
      team: { role: "editor", entity: "project", param: "id" },
      params: {
        id: "uuid",
        name: { type: "string", min: 1, max: 100, trim: true, optional: true },
        description: { type: "string", max: 2000, optional: true },
        public: { type: "boolean", optional: true },
        columnOrder: { type: "array", items: "uuid", unique: true, optional: true },
        ...strict,
      },
      async handler(ctx: Context<UpdateProjectParams, Meta>): Promise<Project> {
        const { id, name, description, public: isPublic, columnOrder } = ctx.params;
        const row = await this.inTransaction(async (tx) => {
          const current = await this.lockProject(id, tx);
          if (columnOrder) {
            const existing = [...current.column_order].sort().join();
            if ([...columnOrder].sort().join() !== existing) {
              throw new UnprocessableError("columnOrder must list every column of the project exactly once", [
                { field: "columnOrder", message: "must be a permutation of the project's column ids" },
              ]);
            }
          }
          const changes = { name, description, public: isPublic, columnOrder };
          const updated = (await store.updateProject(this.sql(), id, changes, tx)) as store.ProjectRow;
          const changed = Object.entries(changes)
            .filter(([, v]) => v !== undefined)
            .map(([k]) => k);
          // An empty PATCH changes nothing and tells nobody.
          if (changed.length)
            await this.emit(
              tx,
              ctx,
              "ProjectUpdated",
              updated,
              { project: store.projectSnapshot(updated), changed },
              "project",
              id,
            );
          return updated;
        });
        return store.toProject(row);
      },
    },

    remove: {
      team: { role: "administrator", entity: "project", param: "id" },
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<null> {
        await this.inTransaction(async (tx) => {
          const row = await store.deleteProject(this.sql(), ctx.params.id, tx);
          if (!row) throw new NotFoundError("project");
          await this.emit(tx, ctx, "ProjectDeleted", row, { project: store.projectSnapshot(row) }, "project", row.id);
        });
        ctx.meta.$statusCode = 204;
        return null;
      },
    },

    columns: {
      team: { role: "viewer", entity: "project", param: "id", publicRead: true },
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<Page<Column>> {
        const project = await store.findProject(this.sql(), ctx.params.id);
        if (!project) throw new NotFoundError("project");
        const byId = new Map((await store.columnsOf(this.sql(), project.id)).map((c) => [c.id, c]));
        const rows = project.column_order
          .map((cid) => byId.get(cid))
          .filter((c): c is store.ColumnRow => Boolean(c))
          .map(store.toColumn);
        return {
          rows,
          total: rows.length,
          page: 1,
          pageSize: Math.max(rows.length, 1),
          totalPages: rows.length ? 1 : 0,
        };
      },
    },

    createColumn: {
      team: { role: "editor", entity: "project", param: "id" },
      params: { id: "uuid", title: { type: "string", min: 1, max: 100, trim: true }, ...strict },
      async handler(ctx: Context<CreateColumnParams, Meta>): Promise<Column> {
        const column = await this.inTransaction(async (tx) => {
          const project = await this.lockProject(ctx.params.id, tx);
          const row = await store.insertColumn(this.sql(), project.id, ctx.params.title, tx);
          await this.emit(tx, ctx, "ColumnCreated", project, { column: store.columnSnapshot(row) }, "column", row.id);
          return row;
        });
        ctx.meta.$statusCode = 201;
        return store.toColumn(column);
      },
    },

    tasks: {
      team: { role: "viewer", entity: "project", param: "id", publicRead: true },
      params: { id: "uuid", columnId: { type: "uuid", optional: true }, ...pageParams },
      async handler(ctx: Context<ListTasksParams, Meta>): Promise<Page<Task>> {
        const query = pageQuery({ ...ctx.params, pageSize: ctx.params.pageSize ?? 100 }, { seq: "seq" }, "seq");
        if (typeof query === "string")
          throw new UnprocessableError("Invalid sort", [{ field: "sort", message: query }]);
        const rows = await store.tasksOf(
          this.sql(),
          ctx.params.id,
          ctx.params.columnId,
          query.pageSize,
          query.offset,
          query.order,
        );
        return listPage(rows, query, store.toTask) as Page<Task>;
      },
    },

    createTask: {
      team: { role: "editor", entity: "project", param: "id" },
      params: { id: "uuid", columnId: "uuid", title, points, content, assigneeId, ...strict },
      async handler(ctx: Context<CreateTaskParams, Meta>): Promise<Task> {
        const {
          id: projectId,
          columnId,
          title: taskTitle,
          points: taskPoints = null,
          content: body = "",
          assigneeId: assignee = null,
        } = ctx.params;
        const owner = await store.findProject(this.sql(), projectId);
        if (owner) await this.checkAssignee(ctx, owner.team_id, assignee);
        const task = await this.inTransaction(async (tx) => {
          // The sequence bump locks the project row: creations and moves in one project go one at a time.
          const numbered = await store.nextTaskNumber(this.sql(), projectId, tx);
          // Deleted since the rule checked it (or an internal call named no project).
          if (!numbered) throw new NotFoundError("project");
          const { seq, prefix } = numbered;
          const column = await store.findColumn(this.sql(), columnId, tx);
          if (!column || column.project_id !== projectId)
            throw new UnprocessableError("Unknown column", [
              { field: "columnId", message: "is not a column of this project" },
            ]);
          const row = await store.insertTask(
            this.sql(),
            {
              projectId,
              columnId,
              seq,
              key: `${prefix}-${seq}`,
              title: taskTitle,
              points: taskPoints,
              content: body,
              assigneeId: assignee,
              createdBy: userId(ctx),
            },
            tx,
          );
          await store.setColumnTasks(this.sql(), columnId, [...column.task_ids, row.id], tx);
          const project = (await store.findProject(this.sql(), projectId, tx)) as store.ProjectRow;
          await this.emit(tx, ctx, "TaskCreated", project, { task: store.taskSnapshot(row) }, "task", row.id);
          return row;
        });
        ctx.meta.$statusCode = 201;
        ctx.meta.$location = `/api/v1/tasks/${task.id}`;
        return store.toTask(task);
      },
    },

    getTask: {
      team: { role: "viewer", entity: "task", param: "id", publicRead: true },
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<Task> {
        return store.toTask(await this.requireTask(ctx.params.id));
      },
    },

    updateTask: {
      team: { role: "editor", entity: "task", param: "id" },
      params: { id: "uuid", title: { ...title, optional: true }, points, content, assigneeId, ...strict },
      async handler(ctx: Context<UpdateTaskParams, Meta>): Promise<Task> {
        const { id, title: newTitle, points: newPoints, content: newContent, assigneeId: newAssignee } = ctx.params;
        const current = await this.requireTask(id);
        const project = (await store.findProject(this.sql(), current.project_id)) as store.ProjectRow;
        await this.checkAssignee(ctx, project.team_id, newAssignee);
        const changes = { title: newTitle, points: newPoints, content: newContent, assigneeId: newAssignee };
        const row = await this.inTransaction(async (tx) => {
          const updated = await store.updateTask(this.sql(), id, changes, tx);
          if (!updated) throw new NotFoundError("task");
          const changed = Object.entries(changes)
            .filter(([, v]) => v !== undefined)
            .map(([k]) => k);
          if (changed.length)
            await this.emit(
              tx,
              ctx,
              "TaskUpdated",
              project,
              { task: store.taskSnapshot(updated), changed },
              "task",
              id,
            );
          return updated;
        });
        return store.toTask(row);
      },
    },

    removeTask: {
      team: { role: "editor", entity: "task", param: "id" },
      params: { id: "uuid" },
      async handler(ctx: Context<IdParams, Meta>): Promise<null> {
        const current = await this.requireTask(ctx.params.id);
        await this.inTransaction(async (tx) => {
          const project = await this.lockProject(current.project_id, tx);
          const row = await store.deleteTask(this.sql(), current.id, tx);
          if (!row) throw new NotFoundError("task");
          const column = await store.findColumn(this.sql(), row.column_id, tx);
          if (column)
            await store.setColumnTasks(
              this.sql(),
              column.id,
              column.task_ids.filter((t) => t !== row.id),
              tx,
            );
          await this.emit(tx, ctx, "TaskDeleted", project, { task: store.taskSnapshot(row) }, "task", row.id);
        });
        ctx.meta.$statusCode = 204;
        return null;
      },
    },

    moveTask: {
      team: { role: "editor", entity: "task", param: "id" },
      params: {
        id: "uuid",
        columnId: "uuid",
        position: { type: "number", integer: true, min: 0, convert: true },
        ...strict,
      },
      async handler(ctx: Context<MoveTaskParams, Meta>): Promise<Task> {
        const { id, columnId, position } = ctx.params;
        const current = await this.requireTask(id);
        const row = await this.inTransaction(async (tx) => {
          // One move at a time per project keeps every column's order consistent.
          const project = await this.lockProject(current.project_id, tx);
          const task = await this.requireTask(id, tx);
          const target = await store.findColumn(this.sql(), columnId, tx);
          if (!target || target.project_id !== project.id)
            throw new UnprocessableError("Unknown column", [
              { field: "columnId", message: "is not a column of this project" },
            ]);
          const source = (await store.findColumn(this.sql(), task.column_id, tx)) as store.ColumnRow;
          const sourceIds = source.task_ids.filter((t) => t !== id);
          const targetIds = source.id === target.id ? sourceIds : target.task_ids.filter((t) => t !== id);
          targetIds.splice(Math.min(position, targetIds.length), 0, id);
          if (source.id !== target.id) await store.setColumnTasks(this.sql(), source.id, sourceIds, tx);
          await store.setColumnTasks(this.sql(), target.id, targetIds, tx);
          const moved = (await store.updateTask(this.sql(), id, { columnId: target.id }, tx)) as store.TaskRow;
          await this.emit(
            tx,
            ctx,
            "TaskMoved",
            project,
            { task: store.taskSnapshot(moved), fromColumnId: source.id, position: targetIds.indexOf(id) },
            "task",
            id,
          );
          return moved;
        });
        return store.toTask(row);
      },
    },

    comments: {
      team: { role: "viewer", entity: "task", param: "id", publicRead: true },
      params: { id: "uuid", ...pageParams },
      async handler(ctx: Context<ListCommentsParams, Meta>): Promise<Page<Comment>> {
        const query = pageQuery(
          { ...ctx.params, pageSize: ctx.params.pageSize ?? 100 },
          { createdAt: "created_at" },
          "createdAt",
        );
        if (typeof query === "string")
          throw new UnprocessableError("Invalid sort", [{ field: "sort", message: query }]);
        const rows = await store.commentsOf(this.sql(), ctx.params.id, query.pageSize, query.offset, query.order);
        return listPage(rows, query, store.toComment) as Page<Comment>;
      },
    },

    comment: {
      team: { role: "commenter", entity: "task", param: "id" },
      params: { id: "uuid", content: { type: "string", min: 1, max: 10_000 }, ...strict },
      async handler(ctx: Context<CommentParams, Meta>): Promise<Comment> {
        const task = await this.requireTask(ctx.params.id);
        const row = await this.inTransaction(async (tx) => {
          const project = (await store.findProject(this.sql(), task.project_id, tx)) as store.ProjectRow;
          const created = await store.insertComment(this.sql(), task.id, userId(ctx), ctx.params.content, tx);
          await this.emit(
            tx,
            ctx,
            "CommentCreated",
            project,
            { comment: store.commentSnapshot(created), task: store.taskSnapshot(task) },
            "comment",
            created.id,
          );
          return created;
        });
        ctx.meta.$statusCode = 201;
        return store.toComment(row);
      },
    },
  },

  methods: {
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
  },
};

export default ProjectsService;
