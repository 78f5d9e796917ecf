/** What the projects service's parts share: its `this`, validators, params, and the shapes its actions answer and publish. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import type { PageParams } from "../../lib/pagination.js";
import type { OwnerLookup } from "../../lib/access.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { Envelope } from "../../lib/events/envelope.js";
import {
  PROJECT_FIELDS,
  type ColumnRecord,
  type CommentRecord,
  type ProjectRecord,
  type ProjectsModels,
  type TaskRecord,
} from "./models.js";

export type { ColumnRecord, CommentRecord, ProjectRecord, TaskRecord } from "./models.js";

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
export interface ListColumnsParams extends PageParams {
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

export const DEFAULT_COLUMNS = ["To Do", "In Progress", "Review", "Done"];
/** Tasks, comments and columns come 100 to a page unless asked otherwise (a whole board at once). */
export const BOARD_PAGE_SIZE = 100;
export const title = { type: "string", min: 1, max: 200, trim: true } as const;
export const points = { type: "number", integer: true, min: 0, max: 1000, optional: true, nullable: true } as const;
export const content = { type: "string", max: 20_000, optional: true } as const;
export const assigneeId = { type: "uuid", optional: true, nullable: true } as const;
// Unknown body fields (teamId, key, id, ownerId…) are dropped, never written.
export const strict = { $$strict: "remove" } as const;

// --- what leaves the service ---------------------------------------------------------------

export type Project = Omit<ProjectRecord, "taskSeq">;
export type Column = ColumnRecord;
export type Task = TaskRecord;
export type Comment = CommentRecord;

/** A project as responses show it: the fields of PROJECT_FIELDS, in that order (lists filter the same way). */
export function toProject(record: ProjectRecord): Project {
  return Object.fromEntries(PROJECT_FIELDS.map((field) => [field, record[field]])) as Project;
}

// Event snapshots (events/projects/events.proto): timestamps in epoch milliseconds.
const ms = (iso: string) => Date.parse(iso);
export const projectSnapshot = (p: ProjectRecord) => ({
  id: p.id,
  teamId: p.teamId,
  name: p.name,
  prefix: p.prefix,
  description: p.description,
  public: p.public,
  columnOrder: p.columnOrder,
  createdAt: ms(p.createdAt),
  updatedAt: ms(p.updatedAt),
});
export const columnSnapshot = (c: ColumnRecord) => ({ ...c, createdAt: ms(c.createdAt) });
export const taskSnapshot = (t: TaskRecord) => ({
  id: t.id,
  projectId: t.projectId,
  columnId: t.columnId,
  key: t.key,
  seq: t.seq,
  title: t.title,
  points: t.points ?? 0,
  content: t.content,
  assigneeId: t.assigneeId ?? "",
  createdAt: ms(t.createdAt),
  updatedAt: ms(t.updatedAt),
});
export const commentSnapshot = (c: CommentRecord) => ({ ...c, createdAt: ms(c.createdAt) });

// --- the service's `this` --------------------------------------------------------------------

export type ProjectsEvent = Parameters<EventsMethods<"projects">["publish"]>[0];
export type ProjectChanges = Partial<Pick<ProjectRecord, "name" | "description" | "public" | "columnOrder">>;
export type TaskChanges = Partial<Pick<TaskRecord, "title" | "points" | "content" | "assigneeId" | "columnId">>;

export interface ProjectsMethods extends DbMethods, EventsMethods<"projects">, OwnerLookup {
  /** Publishes a projects event of the team inside `tx`. */
  emit(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: ProjectsEvent,
    teamId: string,
    fields: Record<string, unknown>,
    entity: string,
    entityId: string,
  ): Promise<void>;
  tables(): ProjectsModels;
  findProject(id: string, tx?: Transaction): Promise<ProjectRecord | null>;
  requireProject(id: string, tx?: Transaction): Promise<ProjectRecord>;
  /** The project, row-locked until `tx` ends: creations, moves and deletions in it go one at a time. */
  lockProject(id: string, tx: Transaction): Promise<ProjectRecord>;
  saveProject(id: string, changes: ProjectChanges, tx: Transaction): Promise<ProjectRecord>;
  insertColumn(projectId: string, title: string, tx: Transaction): Promise<ColumnRecord>;
  findColumn(id: string, tx?: Transaction): Promise<ColumnRecord | null>;
  setColumnTasks(columnId: string, taskIds: string[], tx: Transaction): Promise<void>;
  requireTask(id: string, tx?: Transaction): Promise<TaskRecord>;
  saveTask(id: string, changes: TaskChanges, tx: Transaction): Promise<TaskRecord | null>;
  insertComment(taskId: string, authorId: string, content: string, tx: Transaction): Promise<CommentRecord>;
  checkAssignee(ctx: Context<unknown, Meta>, teamId: string, assigneeId: string | null | undefined): Promise<void>;
  onTeamEvent(envelope: Envelope): Promise<void>;
}

export type ProjectsThis = Service & ProjectsMethods & DbThis;

export function userId(ctx: Context<unknown, Meta>): string {
  return ctx.meta.user?.id ?? "00000000-0000-0000-0000-000000000000";
}

/** The names of the fields a change set really sets (an absent field is no change; null is one). */
export const changedFields = (changes: object): string[] =>
  Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

type Schema = ServiceSchema<object, ProjectsMethods, DbThis>;
/** An actions object of the projects service, with `this` typed. */
export type ProjectsActions = NonNullable<Schema["actions"]>;
/** The projects service's methods object, with `this` typed. */
export type ProjectsMethodsSchema = NonNullable<Schema["methods"]>;
