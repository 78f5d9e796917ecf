/** projects: projects and their columns. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { UnprocessableError } from "../../lib/errors.js";
import { listParams, type Page } from "../../lib/pagination.js";
import * as store from "./store.js";
import {
  BOARD_PAGE_SIZE,
  type Column,
  type CreateColumnParams,
  type CreateProjectParams,
  DEFAULT_COLUMNS,
  type IdParams,
  type ListColumnsParams,
  type ListProjectsParams,
  type Project,
  type ProjectsActions,
  type UpdateProjectParams,
  changedFields,
  columnSnapshot,
  projectSnapshot,
  strict,
  toProject,
  userId,
} from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

export const projectsActions: ProjectsActions = {
  create: {
    rest: "POST /projects",
    operationId: "createProject",
    response: responses.project,
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
        const created = await store.insertProject(
          this.tables(),
          { teamId, name, description, isPublic, createdBy: userId(ctx) },
          tx,
        );
        await this.emit(
          tx,
          ctx,
          "ProjectCreated",
          teamId,
          { project: projectSnapshot(created) },
          "project",
          created.id,
        );
        for (const columnTitle of DEFAULT_COLUMNS) {
          const column = await this.insertColumn(created.id, columnTitle, tx);
          await this.emit(tx, ctx, "ColumnCreated", teamId, { column: columnSnapshot(column) }, "column", column.id);
        }
        return this.requireProject(created.id, tx);
      });
      return toProject(project);
    },
  },

  list: {
    rest: "GET /projects",
    operationId: "listProjects",
    response: responses.projectPage,
    access: "user",
    summary: "Projects of a team (?teamId=) or of all your teams, newest first",
    team: { role: "viewer", param: "teamId", optional: true },
    params: { teamId: { type: "uuid", optional: true }, ...listParams(["createdAt"]) },
    async handler(ctx: Context<ListProjectsParams, Meta>): Promise<Page<Project>> {
      const { teamId, page, pageSize, sort = "-createdAt" } = ctx.params;
      const teamIds = teamId
        ? [teamId]
        : await ctx.call<string[], { userId: string }>("teams.teamIdsOf", { userId: userId(ctx) });
      return this.listPage<Project>(ctx, { where: { teamId: teamIds }, page, pageSize, sort });
    },
  },

  get: {
    rest: "GET /projects/:id",
    operationId: "getProject",
    response: responses.project,
    access: "user",
    summary: "One project (members; anyone signed in if public)",
    team: { role: "viewer", entity: "project", param: "id", publicRead: true },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<Project> {
      return toProject(await this.requireProject(ctx.params.id));
    },
  },

  update: {
    rest: "PATCH /projects/:id",
    operationId: "updateProject",
    response: responses.project,
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
      const project = await this.inTransaction(async (tx) => {
        const current = await this.lockProject(id, tx);
        if (columnOrder && [...columnOrder].sort().join() !== [...current.columnOrder].sort().join()) {
          throw new UnprocessableError("columnOrder must list every column of the project exactly once", [
            { field: "columnOrder", message: "must be a permutation of the project's column ids" },
          ]);
        }
        const changes = { name, description, public: isPublic, columnOrder };
        const updated = await this.saveProject(id, changes, tx);
        const changed = changedFields(changes);
        // An empty PATCH changes nothing and tells nobody.
        if (changed.length) {
          const fields = { project: projectSnapshot(updated), changed };
          await this.emit(tx, ctx, "ProjectUpdated", updated.teamId, fields, "project", id);
        }
        return updated;
      });
      return toProject(project);
    },
  },

  remove: {
    rest: "DELETE /projects/:id",
    operationId: "deleteProject",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Delete a project (administrators)",
    team: { role: "administrator", entity: "project", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      await this.inTransaction(async (tx) => {
        const project = await this.lockProject(ctx.params.id, tx);
        // Columns, tasks and comments go with it (ON DELETE CASCADE).
        await this.tables().projects.destroy({ where: { id: project.id }, transaction: tx });
        const fields = { project: projectSnapshot(project) };
        await this.emit(tx, ctx, "ProjectDeleted", project.teamId, fields, "project", project.id);
      });
      return null;
    },
  },

  columns: {
    rest: "GET /projects/:id/columns",
    operationId: "listColumns",
    response: responses.columnPage,
    access: "user",
    summary: "Columns in board order (or ?sort=createdAt), each with its task order",
    team: { role: "viewer", entity: "project", param: "id", publicRead: true },
    params: { id: "uuid", ...listParams(["createdAt"]) },
    async handler(ctx: Context<ListColumnsParams, Meta>): Promise<Page<Column>> {
      const { id, page = 1, pageSize = BOARD_PAGE_SIZE, sort } = ctx.params;
      const { columns } = this.tables();
      const offset = (page - 1) * pageSize;
      const onePage = (rows: Column[], total: number) => ({
        rows,
        total,
        page,
        pageSize,
        totalPages: Math.ceil(total / pageSize),
      });
      if (sort) {
        // A new board's four columns share one timestamp: the id keeps them from shifting between pages.
        const { rows, count } = await columns.findAndCountAll({
          where: { projectId: id },
          order: [
            ["createdAt", sort.startsWith("-") ? "DESC" : "ASC"],
            ["id", "ASC"],
          ],
          limit: pageSize,
          offset,
        });
        return onePage(
          rows.map((row) => row.get({ plain: true }) as Column),
          count,
        );
      }
      // Board order is the project's column order: page over it, then read that page's columns.
      const { columnOrder } = await this.requireProject(id);
      const ids = columnOrder.slice(offset, offset + pageSize);
      const byId = new Map(
        (await columns.findAll({ where: { id: ids, projectId: id } })).map((row) => [
          row.get("id") as string,
          row.get({ plain: true }) as Column,
        ]),
      );
      return onePage(
        ids.map((cid) => byId.get(cid)).filter((column): column is Column => Boolean(column)),
        columnOrder.length,
      );
    },
  },

  createColumn: {
    rest: "POST /projects/:id/columns",
    operationId: "createColumn",
    response: responses.column,
    status: 201,
    access: "user",
    summary: "Add a column (editors)",
    team: { role: "editor", entity: "project", param: "id" },
    params: { id: "uuid", title: { type: "string", min: 1, max: 100, trim: true }, ...strict },
    async handler(ctx: Context<CreateColumnParams, Meta>): Promise<Column> {
      return this.inTransaction(async (tx) => {
        const project = await this.lockProject(ctx.params.id, tx);
        const column = await this.insertColumn(project.id, ctx.params.title, tx);
        await this.emit(
          tx,
          ctx,
          "ColumnCreated",
          project.teamId,
          { column: columnSnapshot(column) },
          "column",
          column.id,
        );
        return column;
      });
    },
  },
};
