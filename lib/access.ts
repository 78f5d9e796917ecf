/**
 * One authorization mechanism for team-owned resources, declared on the action and enforced by a
 * broker middleware before the handler:
 *
 *   team: { role: "editor", param: "teamId" }                  // the param is the team id
 *   team: { role: "viewer", entity: "task", param: "id", publicRead: true }  // looked up via ownerOf()
 *
 * A caller outside the team gets 404 (ids don't leak); a member with too low a role gets 403.
 * Calls without ctx.meta.user come from inside the mesh (services, REPL) and are trusted.
 */
import type { ActionHandler, ActionSchema, Context, Middleware, Service, ServiceSchema } from "moleculer";
import type { Meta } from "./auth.js";
import { ForbiddenError, NotFoundError } from "./errors.js";

export const TEAM_ROLES = ["viewer", "commenter", "editor", "administrator"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamRule {
  role: TeamRole;
  /** The param holding the team id, or the entity id when `entity` is set. */
  param: string;
  /** Entity name passed to the service's ownerOf(); absent when `param` is the team id. */
  entity?: string;
  /** Any signed-in user may call this on a public entity. */
  publicRead?: boolean;
}

export interface Owner {
  teamId: string;
  isPublic?: boolean;
}

/** What a service with team rules implements for entity lookups. */
export interface OwnerLookup {
  ownerOf(entity: string, id: string): Promise<Owner | null>;
}

/** Set on ctx.locals for handlers: the team the call was authorized against and the caller's role. */
export interface TeamAccess {
  teamId: string;
  role: TeamRole | null;
}

export function roleAtLeast(role: TeamRole | null, needed: TeamRole): boolean {
  return role !== null && TEAM_ROLES.indexOf(role) >= TEAM_ROLES.indexOf(needed);
}

function paramOf(ctx: Context, name: string): string | undefined {
  const value = (ctx.params as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

async function authorize(
  ctx: Context<unknown, Meta>,
  rule: TeamRule,
  service: Service & Partial<OwnerLookup>,
): Promise<void> {
  const user = ctx.meta.user;
  if (!user) return;
  const id = paramOf(ctx, rule.param);
  const entity = rule.entity ?? "team";
  if (!id) throw new NotFoundError(entity);
  let owner: Owner | null = { teamId: id };
  if (rule.entity) {
    if (!service.ownerOf) throw new Error(`${service.name} declares team rules on ${entity} but has no ownerOf()`);
    owner = await service.ownerOf(rule.entity, id);
  }
  if (!owner) throw new NotFoundError(entity);
  await checkTeamRole(ctx, owner, rule.role, entity, rule.publicRead);
}

/** The caller's role in a team (cached by the teams service), or null for a non-member. */
export async function roleIn(ctx: Context, teamId: string, userId: string): Promise<TeamRole | null> {
  const membership = await ctx.call<{ role: TeamRole } | null, { teamId: string; userId: string }>("teams.membership", {
    teamId,
    userId,
  });
  return membership?.role ?? null;
}

/**
 * The check behind every team rule, for handlers that authorize by hand (e.g. an optional team filter):
 * 404 for a non-member (unless public reads are allowed), 403 for too low a role.
 */
export async function checkTeamRole(
  ctx: Context<unknown, Meta>,
  owner: Owner,
  needed: TeamRole,
  entity = "team",
  publicRead = false,
): Promise<TeamAccess> {
  const user = ctx.meta.user;
  if (!user) return { teamId: owner.teamId, role: null };
  const role = await roleIn(ctx, owner.teamId, user.id);
  const access: TeamAccess = { teamId: owner.teamId, role };
  (ctx.locals as { team?: TeamAccess }).team = access;
  if (role === null) {
    if (publicRead && owner.isPublic) return access;
    throw new NotFoundError(entity);
  }
  if (!roleAtLeast(role, needed)) throw new ForbiddenError(`This needs the ${needed} role in the team`, "ROLE_TOO_LOW");
  return access;
}

export function TeamAuthorization(): Middleware {
  return {
    name: "TeamAuthorization",
    localAction(handler: (ctx: Context) => Promise<unknown>, action: { team?: TeamRule; service?: Service }) {
      const rule = action.team;
      if (!rule) return handler;
      return async function teamAuthorized(ctx: Context) {
        await authorize(
          ctx as Context<unknown, Meta>,
          rule,
          (action.service ?? ctx.service) as Service & Partial<OwnerLookup>,
        );
        return handler(ctx);
      };
    },
  } as Middleware;
}

type Schema<S, M, V> = ServiceSchema<S, M, V>;
type ThisOf<S, M, V> = Service<S> & V & M;

/**
 * moleculer's ServiceSchema with `team` rules allowed on actions (its typings offer no path to
 * augment ActionSchema).
 */
export type TeamServiceSchema<S = object, M = object, V = object> = Omit<Schema<S, M, V>, "actions"> & {
  actions?: Record<
    string,
    (ActionSchema<ThisOf<S, M, V>> & { team?: TeamRule }) | ActionHandler<ThisOf<S, M, V>> | boolean
  >;
};
