/** What the teams service's parts share: its `this`, validators, params and the types its actions use. */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError } from "../../lib/errors.js";
import { TEAM_ROLES, type TeamRole } from "../../lib/access.js";
import type { PageParams } from "../../lib/pagination.js";
import type { CacheMethods } from "../../mixins/cache.mixin.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { Invite, InviteRecord, MembershipRecord } from "./store.js";

export interface CreateTeamParams {
  name: string;
}
export interface TeamIdParams {
  id: string;
}
export type ListTeamParams = TeamIdParams & PageParams;
export interface RenameTeamParams {
  id: string;
  name: string;
}
export interface MemberParams {
  id: string;
  userId: string;
}
export interface SetRoleParams extends MemberParams {
  role: TeamRole;
}
export interface InviteParams {
  id: string;
  emails: string[];
  role?: TeamRole;
}
export interface InviteIdParams {
  id: string;
}
export interface MembershipLookup {
  teamId: string;
  userId: string;
}

export interface InviteResult {
  rows: Invite[];
  /** Emails not invited, with why. */
  skipped: { email: string; reason: string }[];
}

export const INVITE_TTL_SECONDS = 5 * 24 * 3600;
export const role = { type: "enum", values: [...TEAM_ROLES] } as const;
export const teamName = { type: "string", min: 1, max: 100, trim: true } as const;

export type TeamsEvent = Parameters<EventsMethods<"teams">["publish"]>[0];

export interface TeamsMethods extends DbMethods, CacheMethods, EventsMethods<"teams"> {
  emit(
    tx: Transaction,
    ctx: Context<unknown, Meta>,
    type: TeamsEvent,
    teamId: string,
    fields: Record<string, unknown>,
    entity: string,
    entityId: string,
  ): Promise<void>;
  answerableInvite(id: string, email: string, tx: Transaction): Promise<InviteRecord>;
  requireMember(teamId: string, userId: string, tx?: Transaction, forUpdate?: boolean): Promise<MembershipRecord>;
  keepAnAdministrator(membership: MembershipRecord, nextRole: TeamRole | null, tx: Transaction): Promise<void>;
  removeMember(ctx: Context<unknown, Meta>, teamId: string, userId: string): Promise<null>;
}

export type TeamsThis = Service & TeamsMethods & DbThis;

export function caller(ctx: Context<unknown, Meta>): { id: string; email: string } {
  const user = ctx.meta.user;
  if (!user) throw new NotFoundError("user");
  return { id: user.id, email: user.email };
}

type Schema = ServiceSchema<object, TeamsMethods, DbThis>;
/** An actions object of the teams service, with `this` typed. */
export type TeamsActions = NonNullable<Schema["actions"]>;
/** The teams service's methods object, with `this` typed. */
export type TeamsMethodsSchema = NonNullable<Schema["methods"]>;
