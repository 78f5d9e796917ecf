/** projects: projects and their columns. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError, UnprocessableError } from "../../lib/errors.js";
import { type Page, pageParams, pageQuery, wholePage } from "../../lib/pagination.js";
import * as store from "./store.js";
import type { Column, Project } from "./store.js";
import {
  type CreateColumnParams,
  type CreateProjectParams,
  DEFAULT_COLUMNS,
  type IdParams,
  type ListProjectsParams,
  type ProjectsActions,
  type UpdateProjectParams,
  listPage,
  strict,
  userId,
} from "./common.js";

export const projectsActions: ProjectsActions = {
  create: {
    rest: "POST /projects",
    status: 201,
    location: "/projects/:id",
    access: "user",
    summary: "Create a project in a team (editors)",
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
          await this.emit(tx, ctx, "ColumnCreated", row, { column: store.columnSnapshot(column) }, "column", column.id);
        }
        return (await store.findProject(this.sql(), row.id, tx)) as store.ProjectRow;
      });
      return store.toProject(project);
    },
  },

  list: {
    rest: "GET /projects",
    access: "user",
    summary: "Projects of a team (?teamId=) or of all your teams",
    team: { role: "viewer", param: "teamId", optional: true },
    params: { teamId: { type: "uuid", optional: true }, ...pageParams },
    async handler(ctx: Context<ListProjectsParams, Meta>): Promise<Page<Project>> {
      const query = pageQuery(ctx.params, { createdAt: "created_at" }, "-createdAt");
      if (typeof query === "string") throw new UnprocessableError("Invalid sort", [{ field: "sort", message: query }]);
      const teamIds = ctx.params.teamId
        ? [ctx.params.teamId]
        : await ctx.call<string[], { userId: string }>("teams.teamIdsOf", { userId: userId(ctx) });
      const rows = await store.projectsOfTeams(this.sql(), teamIds, query.pageSize, query.offset, query.order);
      return listPage(rows, query, store.toProject) as Page<Project>;
    },
  },

  get: {
    rest: "GET /projects/:id",
    access: "user",
    summary: "One project (members; anyone signed in if public)",
    team: { role: "viewer", entity: "project", param: "id", publicRead: true },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<Project> {
      const row = await store.findProject(this.sql(), ctx.params.id);
      if (!row) throw new NotFoundError("project");
      return store.toProject(row);
    },
  },

  update: {
    rest: "PATCH /projects/:id",
    access: "user",
    summary: "Edit a project (editors)",
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
    rest: "DELETE /projects/:id",
    status: 204,
    access: "user",
    summary: "Delete a project (administrators)",
    team: { role: "administrator", entity: "project", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      await this.inTransaction(async (tx) => {
        const row = await store.deleteProject(this.sql(), ctx.params.id, tx);
        if (!row) throw new NotFoundError("project");
        await this.emit(tx, ctx, "ProjectDeleted", row, { project: store.projectSnapshot(row) }, "project", row.id);
      });
      return null;
    },
  },

  columns: {
    rest: "GET /projects/:id/columns",
    access: "user",
    summary: "Columns in board order, each with its task order",
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
      return wholePage(rows);
    },
  },

  createColumn: {
    rest: "POST /projects/:id/columns",
    status: 201,
    access: "user",
    summary: "Add a column (editors)",
    team: { role: "editor", entity: "project", param: "id" },
    params: { id: "uuid", title: { type: "string", min: 1, max: 100, trim: true }, ...strict },
    async handler(ctx: Context<CreateColumnParams, Meta>): Promise<Column> {
      const column = await this.inTransaction(async (tx) => {
        const project = await this.lockProject(ctx.params.id, tx);
        const row = await store.insertColumn(this.sql(), project.id, ctx.params.title, tx);
        await this.emit(tx, ctx, "ColumnCreated", project, { column: store.columnSnapshot(row) }, "column", row.id);
        return row;
      });
      return store.toColumn(column);
    },
  },
};
