/** What the projects service's parts share: its `this`, validators, params and the types its actions use. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { pageOf, type PageParams } from "../../lib/pagination.js";
import type { OwnerLookup } from "../../lib/access.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { Envelope } from "../../lib/events/envelope.js";
import * as store from "./store.js";

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

export const DEFAULT_COLUMNS = ["To Do", "In Progress", "Review", "Done"];
export const title = { type: "string", min: 1, max: 200, trim: true } as const;
export const points = { type: "number", integer: true, min: 0, max: 1000, optional: true, nullable: true } as const;
export const content = { type: "string", max: 20_000, optional: true } as const;
export const assigneeId = { type: "uuid", optional: true, nullable: true } as const;
// Unknown body fields (teamId, key, id, ownerId…) are dropped, never written.
export const strict = { $$strict: "remove" } as const;

export type ProjectsEvent = Parameters<EventsMethods<"projects">["publish"]>[0];

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

export type ProjectsThis = Service & ProjectsMethods & DbThis;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function userId(ctx: Context<unknown, Meta>): string {
  return ctx.meta.user?.id ?? "00000000-0000-0000-0000-000000000000";
}

export function listPage<T>(
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

type Schema = ServiceSchema<object, ProjectsMethods, DbThis>;
/** An actions object of the projects service, with `this` typed. */
export type ProjectsActions = NonNullable<Schema["actions"]>;
/** The projects service's methods object, with `this` typed. */
export type ProjectsMethodsSchema = NonNullable<Schema["methods"]>;
