/**
 * The one access mechanism. Every action declares who may call it, and a broker middleware on
 * every node enforces it before the handler, for HTTP and internal calls alike:
 *
 *   access: "admin"                                                 // the platform admin role
 *   access: "user", team: { role: "editor", param: "teamId" }      // the param is the team id
 *   team: { role: "viewer", entity: "task", param: "id", publicRead: true }  // looked up via ownerOf()
 *
 * An API key also needs its scope: `admin` for admin actions, `read` for GET routes, `write` otherwise.
 * A caller outside the team gets 404 (ids don't leak); a member with too low a role gets 403.
 * A call with no user in ctx.meta comes from inside the mesh (a service, a consumer, the REPL) and
 * passes; a call made on behalf of a user carries that user, and is checked like an HTTP call.
 *
 * A team API key (`user.teamId`) acts as the administrator who issued it, but only inside its team:
 * another team's resources are 404 (public ones too), a list without `?teamId=` lists its team, its
 * role is the issuer's current role capped by its scopes (`write`: editor, `read`: viewer), so team
 * administration (members, keys, billing) needs a person, and routes that are not a team's (profile,
 * own keys, inbox, invites) are 403 TEAM_KEY_NOT_ALLOWED.
 */
import type { ActionSchema, Context, Middleware, Service } from "moleculer";
import type { ApiKeyScope, AuthUser, Meta } from "./auth.js";
import { ForbiddenError, NotFoundError } from "./errors.js";
import { parseRest } from "./actions.js";

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
  /** The param may be absent (a list across all the caller's teams); the handler then scopes it. */
  optional?: boolean;
}

export interface Owner {
  teamId: string;
  isPublic?: boolean;
}

/** What a service with entity team rules implements. */
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

/** The highest team role a team key's scopes allow. */
export function teamKeyCap(scopes: readonly ApiKeyScope[] | undefined): TeamRole {
  return scopes?.includes("write") ? "editor" : "viewer";
}

/** A team key's role in `teamId`: none outside its own team, else its issuer's role capped by its scopes. */
async function teamKeyRole(ctx: Context, teamId: string, user: AuthUser): Promise<TeamRole | null> {
  if (teamId !== user.teamId) return null;
  const issuer = await roleIn(ctx, teamId, user.id);
  if (issuer === null) return null;
  const cap = teamKeyCap(user.scopes);
  return roleAtLeast(issuer, cap) ? cap : issuer;
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
 * The check behind every team rule, also for a handler whose team is optional (a list filtered by
 * `?teamId=`): 404 for a non-member (unless public reads are allowed), 403 for too low a role.
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
  const role = user.teamId ? await teamKeyRole(ctx, owner.teamId, user) : await roleIn(ctx, owner.teamId, user.id);
  const access: TeamAccess = { teamId: owner.teamId, role };
  (ctx.locals as { team?: TeamAccess }).team = access;
  if (role === null) {
    // A team key reads no other team's public entities either.
    if (publicRead && owner.isPublic && !user.teamId) return access;
    throw new NotFoundError(entity);
  }
  if (!roleAtLeast(role, needed)) throw new ForbiddenError(`This needs the ${needed} role in the team`, "ROLE_TOO_LOW");
  return access;
}

async function checkTeamRule(ctx: Context<unknown, Meta>, rule: TeamRule, service: Service): Promise<void> {
  const params = ctx.params as Record<string, unknown>;
  // A team key's list without a team is a list of its own team.
  const teamKeyTeam = ctx.meta.user?.teamId;
  if (params[rule.param] === undefined && rule.optional && !rule.entity && teamKeyTeam)
    params[rule.param] = teamKeyTeam;
  const value = params[rule.param];
  const entity = rule.entity ?? "team";
  if (value === undefined && rule.optional) return;
  if (typeof value !== "string" || !value) throw new NotFoundError(entity);
  let owner: Owner | null = { teamId: value };
  if (rule.entity) {
    const lookup = service as Service & Partial<OwnerLookup>;
    if (!lookup.ownerOf) throw new Error(`${service.name} declares team rules on ${entity} but has no ownerOf()`);
    owner = await lookup.ownerOf(rule.entity, value);
  }
  if (!owner) throw new NotFoundError(entity);
  await checkTeamRole(ctx, owner, rule.role, entity, rule.publicRead);
  // The handler may use what the rule looked up instead of reading it again (projects.createTask does).
  ctx.locals.teamOwner = owner;
}

/** The API-key scope an action needs. */
export function scopeOf(action: ActionSchema & { name?: string }): ApiKeyScope {
  if (action.access === "admin") return "admin";
  if (action.rest && parseRest(action.rest, action.name ?? "action").method === "GET") return "read";
  return "write";
}

/** Admin role and API-key scope: checked before validation, so a non-admin learns nothing from a 422. */
function checkCaller(ctx: Context<unknown, Meta>, action: ActionSchema): void {
  const user = ctx.meta.user;
  if (!user || action.access === "public") return;
  if (action.access === "admin" && !user.roles.includes("admin")) throw new ForbiddenError("Administrators only");
  if (user.via === "apikey") {
    const needed = scopeOf(action);
    if (!user.scopes?.includes(needed)) throw new ForbiddenError(`This API key lacks the '${needed}' scope`);
  }
  if (user.teamId && (!action.team || PERSONAL_TEAM_ACTIONS.has(action.name ?? ""))) {
    throw new ForbiddenError("A team API key reaches only its team's resources", "TEAM_KEY_NOT_ALLOWED");
  }
}

/** Team routes about the caller's own membership: a team key must not make the person behind it leave. */
const PERSONAL_TEAM_ACTIONS = new Set(["teams.leave"]);

type ActionDef = ActionSchema & { name?: string; service?: Service };
type Handler = (ctx: Context) => Promise<unknown>;

/**
 * Role and scope checks. Registered last (moleculer.config.ts `created`), so it wraps every
 * built-in middleware: it runs before validation and before the cacher, which can't serve an
 * answer to a caller the action would refuse.
 */
export function CallerAccess(): Middleware {
  return {
    name: "CallerAccess",
    localAction(handler: Handler, action: ActionDef) {
      if (!action.access || action.access === "public") return handler;
      // A refusal is a rejected promise, like every other failure of a call.
      return async function accessChecked(ctx: Context) {
        checkCaller(ctx as Context<unknown, Meta>, action);
        return handler(ctx);
      };
    },
  } as Middleware;
}

/** Team rules. Registered with the user middlewares, inside validation: the team or entity id is a valid one. */
export function TeamAccessRules(): Middleware {
  return {
    name: "TeamAccessRules",
    localAction(handler: Handler, action: ActionDef) {
      const rule = action.team;
      if (!rule) return handler;
      // The cacher wraps this middleware: a cached answer would skip the rule.
      if (action.cache) throw new Error(`${action.name}: an action with a team rule can't be cached`);
      return async function teamChecked(ctx: Context) {
        const typed = ctx as Context<unknown, Meta>;
        if (typed.meta.user) await checkTeamRule(typed, rule, action.service ?? (ctx.service as Service));
        return handler(ctx);
      };
    },
  } as Middleware;
}
