/** projects: tasks, moves and comments. */
import type { Context } from "moleculer";
import type { Owner } from "../../lib/access.js";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError, UnprocessableError } from "../../lib/errors.js";
import { listParams, type Page } from "../../lib/pagination.js";
import * as store from "./store.js";
import {
  BOARD_PAGE_SIZE,
  type Comment,
  type CommentParams,
  type CreateTaskParams,
  type IdParams,
  type ListCommentsParams,
  type ListTasksParams,
  type MoveTaskParams,
  type ProjectsActions,
  type Task,
  type UpdateTaskParams,
  assigneeId,
  changedFields,
  commentSnapshot,
  content,
  points,
  strict,
  taskSnapshot,
  title,
  userId,
} from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

const unknownColumn = () =>
  new UnprocessableError("Unknown column", [{ field: "columnId", message: "is not a column of this project" }]);

export const tasksActions: ProjectsActions = {
  tasks: {
    rest: "GET /projects/:id/tasks",
    operationId: "listTasks",
    response: responses.taskPage,
    access: "user",
    summary: "Tasks of a project (?columnId=), by key",
    team: { role: "viewer", entity: "project", param: "id", publicRead: true },
    params: { id: "uuid", columnId: { type: "uuid", optional: true }, ...listParams(["seq", "createdAt"]) },
    async handler(ctx: Context<ListTasksParams, Meta>): Promise<Page<Task>> {
      const { id, columnId, page, pageSize = BOARD_PAGE_SIZE, sort = "seq" } = ctx.params;
      const where = columnId ? { projectId: id, columnId } : { projectId: id };
      return this.listModel<Task>(this.tables().tasks, { where, page, pageSize, sort });
    },
  },

  createTask: {
    rest: "POST /projects/:id/tasks",
    operationId: "createTask",
    response: responses.task,
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
        points: taskPoints = null,
        content: body = "",
        assigneeId: assignee = null,
      } = ctx.params;
      // The team rule has just looked the project up (a mesh-internal call has no rule: read it).
      const owner = (ctx.locals.teamOwner as Owner | undefined) ?? (await this.findProject(projectId));
      // Deleted since the rule checked it (or an internal call named no project).
      if (!owner) throw new NotFoundError("project");
      await this.checkAssignee(ctx, owner.teamId, assignee);
      return this.inTransaction(async (tx) => {
        // Numbering takes the project row lock (creations and moves in one project go one at a time),
        // so it comes last: the lock covers this statement (which also checks the column), the outbox
        // row and the commit.
        const numbered = await store.insertNumberedTask(
          this.tables(),
          {
            projectId,
            columnId,
            title: ctx.params.title,
            points: taskPoints,
            content: body,
            assigneeId: assignee,
            createdBy: userId(ctx),
          },
          tx,
        );
        // Deleted meanwhile.
        if (!numbered) throw new NotFoundError("project");
        // Not a column of this project: nothing was inserted, and the rollback gives the number back.
        if (!numbered.task) throw unknownColumn();
        const { task, teamId } = numbered;
        await this.emit(tx, ctx, "TaskCreated", teamId, { task: taskSnapshot(task) }, "task", task.id);
        return task;
      });
    },
  },

  getTask: {
    rest: "GET /tasks/:id",
    operationId: "getTask",
    response: responses.task,
    access: "user",
    summary: "One task",
    team: { role: "viewer", entity: "task", param: "id", publicRead: true },
    params: { id: "uuid" },
    handler(ctx: Context<IdParams, Meta>): Promise<Task> {
      return this.requireTask(ctx.params.id);
    },
  },

  updateTask: {
    rest: "PATCH /tasks/:id",
    operationId: "updateTask",
    response: responses.task,
    access: "user",
    summary: "Edit a task (editors)",
    team: { role: "editor", entity: "task", param: "id" },
    params: { id: "uuid", title: { ...title, optional: true }, points, content, assigneeId, ...strict },
    async handler(ctx: Context<UpdateTaskParams, Meta>): Promise<Task> {
      const { id, title: newTitle, points: newPoints, content: newContent, assigneeId: newAssignee } = ctx.params;
      const current = await this.requireTask(id);
      const project = await this.requireProject(current.projectId);
      await this.checkAssignee(ctx, project.teamId, newAssignee);
      const changes = { title: newTitle, points: newPoints, content: newContent, assigneeId: newAssignee };
      return this.inTransaction(async (tx) => {
        const updated = await this.saveTask(id, changes, tx);
        if (!updated) throw new NotFoundError("task");
        const changed = changedFields(changes);
        if (changed.length)
          await this.emit(tx, ctx, "TaskUpdated", project.teamId, { task: taskSnapshot(updated), changed }, "task", id);
        return updated;
      });
    },
  },

  removeTask: {
    rest: "DELETE /tasks/:id",
    operationId: "deleteTask",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Delete a task (editors)",
    team: { role: "editor", entity: "task", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<IdParams, Meta>): Promise<null> {
      const current = await this.requireTask(ctx.params.id);
      await this.inTransaction(async (tx) => {
        const project = await this.lockProject(current.projectId, tx);
        // Deleted by someone else while we waited for the lock: 404 as before.
        const task = await this.requireTask(current.id, tx);
        await this.tables().tasks.destroy({ where: { id: task.id }, transaction: tx });
        const column = await this.findColumn(task.columnId, tx);
        if (column) {
          const remaining = column.taskIds.filter((t) => t !== task.id);
          await this.setColumnTasks(column.id, remaining, tx);
        }
        await this.emit(tx, ctx, "TaskDeleted", project.teamId, { task: taskSnapshot(task) }, "task", task.id);
      });
      return null;
    },
  },

  moveTask: {
    rest: "POST /tasks/:id/move",
    operationId: "moveTask",
    response: responses.task,
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
      return this.inTransaction(async (tx) => {
        // One move at a time per project keeps every column's order consistent.
        const project = await this.lockProject(current.projectId, tx);
        const task = await this.requireTask(id, tx);
        const target = await this.findColumn(columnId, tx);
        if (!target || target.projectId !== project.id) throw unknownColumn();
        const source = (await this.findColumn(task.columnId, tx))!;
        const sourceIds = source.taskIds.filter((t) => t !== id);
        const targetIds = source.id === target.id ? sourceIds : target.taskIds.filter((t) => t !== id);
        targetIds.splice(Math.min(position, targetIds.length), 0, id);
        if (source.id !== target.id) await this.setColumnTasks(source.id, sourceIds, tx);
        await this.setColumnTasks(target.id, targetIds, tx);
        const moved = (await this.saveTask(id, { columnId: target.id }, tx))!;
        const fields = { task: taskSnapshot(moved), fromColumnId: source.id, position: targetIds.indexOf(id) };
        await this.emit(tx, ctx, "TaskMoved", project.teamId, fields, "task", id);
        return moved;
      });
    },
  },

  comments: {
    rest: "GET /tasks/:id/comments",
    operationId: "listComments",
    response: responses.commentPage,
    access: "user",
    summary: "Comments on a task, oldest first",
    team: { role: "viewer", entity: "task", param: "id", publicRead: true },
    params: { id: "uuid", ...listParams(["createdAt"]) },
    async handler(ctx: Context<ListCommentsParams, Meta>): Promise<Page<Comment>> {
      const { id, page, pageSize = BOARD_PAGE_SIZE, sort = "createdAt" } = ctx.params;
      return this.listModel<Comment>(this.tables().comments, { where: { taskId: id }, page, pageSize, sort });
    },
  },

  comment: {
    rest: "POST /tasks/:id/comments",
    operationId: "createComment",
    response: responses.comment,
    status: 201,
    access: "user",
    summary: "Comment on a task (commenters)",
    team: { role: "commenter", entity: "task", param: "id" },
    params: { id: "uuid", content: { type: "string", min: 1, max: 10_000 }, ...strict },
    async handler(ctx: Context<CommentParams, Meta>): Promise<Comment> {
      const task = await this.requireTask(ctx.params.id);
      return this.inTransaction(async (tx) => {
        const project = await this.requireProject(task.projectId, tx);
        const comment = await this.insertComment(task.id, userId(ctx), ctx.params.content, tx);
        const fields = { comment: commentSnapshot(comment), task: taskSnapshot(task) };
        await this.emit(tx, ctx, "CommentCreated", project.teamId, fields, "comment", comment.id);
        return comment;
      });
    },
  },
};
