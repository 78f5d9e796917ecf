/** projects: tasks, moves and comments. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError, UnprocessableError } from "../../lib/errors.js";
import { pageParams, pageQuery, type Page } from "../../lib/pagination.js";
import * as store from "./store.js";
import type { Comment, Task } from "./store.js";
import {
  type CommentParams,
  type CreateTaskParams,
  type IdParams,
  type ListCommentsParams,
  type ListTasksParams,
  type MoveTaskParams,
  type ProjectsActions,
  type UpdateTaskParams,
  assigneeId,
  content,
  listPage,
  points,
  strict,
  title,
  userId,
} from "./common.js";

export const tasksActions: ProjectsActions = {
  tasks: {
    rest: "GET /projects/:id/tasks",
    access: "user",
    summary: "Tasks of a project (?columnId=)",
    team: { role: "viewer", entity: "project", param: "id", publicRead: true },
    params: { id: "uuid", columnId: { type: "uuid", optional: true }, ...pageParams },
    async handler(ctx: Context<ListTasksParams, Meta>): Promise<Page<Task>> {
      const query = pageQuery({ ...ctx.params, pageSize: ctx.params.pageSize ?? 100 }, { seq: "seq" }, "seq");
      if (typeof query === "string") throw new UnprocessableError("Invalid sort", [{ field: "sort", message: query }]);
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
    rest: "POST /projects/:id/tasks",
    status: 201,
    location: "/tasks/:id",
    access: "user",
    summary: "Create a task (editors)",
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
      return store.toTask(task);
    },
  },

  getTask: {
    rest: "GET /tasks/:id",
    access: "user",
    summary: "One task",
    team: { role: "viewer", entity: "task", param: "id", publicRead: true },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<Task> {
      return store.toTask(await this.requireTask(ctx.params.id));
    },
  },

  updateTask: {
    rest: "PATCH /tasks/:id",
    access: "user",
    summary: "Edit a task (editors)",
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
          await this.emit(tx, ctx, "TaskUpdated", project, { task: store.taskSnapshot(updated), changed }, "task", id);
        return updated;
      });
      return store.toTask(row);
    },
  },

  removeTask: {
    rest: "DELETE /tasks/:id",
    status: 204,
    access: "user",
    summary: "Delete a task (editors)",
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
      return null;
    },
  },

  moveTask: {
    rest: "POST /tasks/:id/move",
    access: "user",
    summary: "Move a task to a column and position (editors)",
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
    rest: "GET /tasks/:id/comments",
    access: "user",
    summary: "Comments on a task",
    team: { role: "viewer", entity: "task", param: "id", publicRead: true },
    params: { id: "uuid", ...pageParams },
    async handler(ctx: Context<ListCommentsParams, Meta>): Promise<Page<Comment>> {
      const query = pageQuery(
        { ...ctx.params, pageSize: ctx.params.pageSize ?? 100 },
        { createdAt: "created_at" },
        "createdAt",
      );
      if (typeof query === "string") throw new UnprocessableError("Invalid sort", [{ field: "sort", message: query }]);
      const rows = await store.commentsOf(this.sql(), ctx.params.id, query.pageSize, query.offset, query.order);
      return listPage(rows, query, store.toComment) as Page<Comment>;
    },
  },

  comment: {
    rest: "POST /tasks/:id/comments",
    status: 201,
    access: "user",
    summary: "Comment on a task (commenters)",
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
      return store.toComment(row);
    },
  },
};
