/** Teams, the tenant boundary: memberships with roles, email invites, and the membership lookup every team rule uses. */
import type { Context, Service } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../lib/auth.js";
import { ConflictError, NotFoundError } from "../lib/errors.js";
import type { Page } from "../lib/pagination.js";
import { TEAM_ROLES, type TeamAccess, type TeamRole, type TeamServiceSchema } from "../lib/team-auth.js";
import { Cache, type CacheMethods } from "../mixins/cache.mixin.js";
import { Db, type DbMethods, type DbThis } from "../mixins/db.mixin.js";
import { Events, type EventsMethods } from "../mixins/events.mixin.js";
import * as store from "./teams/store.js";
import type { Invite, Membership, Team } from "./teams/store.js";

export interface CreateTeamParams {
  name: string;
}
export interface TeamIdParams {
  id: string;
}
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

const INVITE_TTL_SECONDS = 5 * 24 * 3600;
const role = { type: "enum", values: [...TEAM_ROLES] } as const;
const teamName = { type: "string", min: 1, max: 100, trim: true } as const;

type TeamsEvent = Parameters<EventsMethods<"teams">["publish"]>[0];

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
  requireMember(teamId: string, userId: string, tx?: Transaction, forUpdate?: boolean): Promise<store.MembershipRow>;
  keepAnAdministrator(membership: store.MembershipRow, nextRole: TeamRole | null, tx: Transaction): Promise<void>;
  removeMember(ctx: Context<unknown, Meta>, teamId: string, userId: string): Promise<null>;
}

type TeamsThis = Service & TeamsMethods & DbThis;

function caller(ctx: Context<unknown, Meta>): { id: string; email: string } {
  const user = ctx.meta.user;
  if (!user) throw new NotFoundError("user");
  return { id: user.id, email: user.email };
}

const TeamsService: TeamServiceSchema<object, TeamsMethods, DbThis> = {
  name: "teams",
  mixins: [Db({ table: "teams", attributes: {} }), Cache(), Events("teams")],

  actions: {
    create: {
      params: { name: teamName },
      async handler(ctx: Context<CreateTeamParams, Meta>): Promise<Team> {
        const me = caller(ctx);
        const team = await this.inTransaction(async (tx) => {
          const row = (await store.insertTeam(this.sql(), ctx.params.name, me.id, tx)) as store.TeamRow;
          const admin = (await store.insertMembership(
            this.sql(),
            row.id,
            me.id,
            "administrator",
            tx,
          )) as store.MembershipRow;
          await this.emit(tx, ctx, "TeamCreated", row.id, { team: store.teamSnapshot(row) }, "team", row.id);
          await this.emit(
            tx,
            ctx,
            "MembershipCreated",
            row.id,
            { membership: store.membershipSnapshot(admin) },
            "membership",
            admin.id,
          );
          return row;
        });
        await this.invalidateCache();
        ctx.meta.$statusCode = 201;
        ctx.meta.$location = `/api/v1/teams/${team.id}`;
        return store.toTeam({ ...team, role: "administrator" });
      },
    },

    mine: {
      async handler(ctx: Context<unknown, Meta>): Promise<Page<Team>> {
        const rows = (await store.teamsOfUser(this.sql(), caller(ctx).id)).map(store.toTeam);
        return {
          rows,
          total: rows.length,
          page: 1,
          pageSize: Math.max(rows.length, 1),
          totalPages: rows.length ? 1 : 0,
        };
      },
    },

    get: {
      team: { role: "viewer", param: "id" },
      params: { id: "uuid" },
      async handler(ctx: Context<TeamIdParams, Meta>): Promise<Team> {
        const row = await store.findTeam(this.sql(), ctx.params.id);
        if (!row) throw new NotFoundError("team");
        const access = (ctx.locals as { team?: TeamAccess }).team;
        return store.toTeam({ ...row, role: access?.role ?? undefined });
      },
    },

    rename: {
      team: { role: "administrator", param: "id" },
      params: { id: "uuid", name: teamName },
      async handler(ctx: Context<RenameTeamParams, Meta>): Promise<Team> {
        const row = await this.inTransaction(async (tx) => {
          const renamed = await store.renameTeam(this.sql(), ctx.params.id, ctx.params.name, tx);
          if (!renamed) throw new NotFoundError("team");
          await this.emit(
            tx,
            ctx,
            "TeamUpdated",
            renamed.id,
            { team: store.teamSnapshot(renamed), changed: ["name"] },
            "team",
            renamed.id,
          );
          return renamed;
        });
        return store.toTeam(row);
      },
    },

    remove: {
      team: { role: "administrator", param: "id" },
      params: { id: "uuid" },
      async handler(ctx: Context<TeamIdParams, Meta>): Promise<null> {
        await this.inTransaction(async (tx) => {
          // Inside the transaction: the embedded pool has one connection, and the events must list who lost access.
          const members = await store.membersOf(this.sql(), ctx.params.id, tx);
          const row = await store.deleteTeam(this.sql(), ctx.params.id, tx);
          if (!row) throw new NotFoundError("team");
          for (const m of members) {
            await this.emit(
              tx,
              ctx,
              "MembershipDeleted",
              row.id,
              { membership: store.membershipSnapshot(m) },
              "membership",
              m.id,
            );
          }
          await this.emit(tx, ctx, "TeamDeleted", row.id, { team: store.teamSnapshot(row) }, "team", row.id);
        });
        // Every member loses access at once, on every node.
        await this.invalidateCache();
        ctx.meta.$statusCode = 204;
        return null;
      },
    },

    members: {
      team: { role: "viewer", param: "id" },
      params: { id: "uuid" },
      async handler(ctx: Context<TeamIdParams, Meta>): Promise<Page<Membership>> {
        const rows = (await store.membersOf(this.sql(), ctx.params.id)).map(store.toMembership);
        return {
          rows,
          total: rows.length,
          page: 1,
          pageSize: Math.max(rows.length, 1),
          totalPages: rows.length ? 1 : 0,
        };
      },
    },

    setRole: {
      team: { role: "administrator", param: "id" },
      params: { id: "uuid", userId: "uuid", role },
      async handler(ctx: Context<SetRoleParams, Meta>): Promise<Membership> {
        const row = await this.inTransaction(async (tx) => {
          const member = await this.requireMember(ctx.params.id, ctx.params.userId, tx, true);
          if (member.role === ctx.params.role) return member;
          await this.keepAnAdministrator(member, ctx.params.role, tx);
          const updated = (await store.setRole(this.sql(), member.id, ctx.params.role, tx)) as store.MembershipRow;
          await this.emit(
            tx,
            ctx,
            "MembershipUpdated",
            member.team_id,
            { membership: store.membershipSnapshot(updated), previousRole: member.role, changed: ["role"] },
            "membership",
            member.id,
          );
          return updated;
        });
        await this.invalidateCache();
        return store.toMembership(row);
      },
    },

    removeMember: {
      team: { role: "administrator", param: "id" },
      params: { id: "uuid", userId: "uuid" },
      async handler(ctx: Context<MemberParams, Meta>): Promise<null> {
        return this.removeMember(ctx, ctx.params.id, ctx.params.userId);
      },
    },

    leave: {
      team: { role: "viewer", param: "id" },
      params: { id: "uuid" },
      async handler(ctx: Context<TeamIdParams, Meta>): Promise<null> {
        return this.removeMember(ctx, ctx.params.id, caller(ctx).id);
      },
    },

    invite: {
      team: { role: "administrator", param: "id" },
      params: {
        id: "uuid",
        emails: { type: "array", min: 1, max: 50, items: { type: "email", normalize: true, max: 254 } },
        role: { ...role, optional: true },
      },
      async handler(ctx: Context<InviteParams, Meta>): Promise<InviteResult> {
        const me = caller(ctx);
        const skipped: InviteResult["skipped"] = [];
        const emails = [...new Set(ctx.params.emails)].filter((email) => {
          if (email !== me.email) return true;
          skipped.push({ email, reason: "you are already a member" });
          return false;
        });
        const rows = await this.inTransaction(async (tx) => {
          const invites: store.InviteRow[] = [];
          for (const email of emails) {
            const invite = (await store.upsertInvite(
              this.sql(),
              ctx.params.id,
              email,
              ctx.params.role ?? "editor",
              me.id,
              INVITE_TTL_SECONDS,
              tx,
            )) as store.InviteRow & { inserted: boolean };
            if (invite.inserted) {
              await this.emit(
                tx,
                ctx,
                "InviteCreated",
                invite.team_id,
                { invite: store.inviteSnapshot(invite) },
                "invite",
                invite.id,
              );
            }
            invites.push(invite);
          }
          return invites;
        });
        ctx.meta.$statusCode = 201;
        return { rows: rows.map(store.toInvite), skipped };
      },
    },

    invites: {
      team: { role: "administrator", param: "id" },
      params: { id: "uuid" },
      async handler(ctx: Context<TeamIdParams, Meta>): Promise<Page<Invite>> {
        const rows = (await store.pendingInvitesOfTeam(this.sql(), ctx.params.id)).map(store.toInvite);
        return {
          rows,
          total: rows.length,
          page: 1,
          pageSize: Math.max(rows.length, 1),
          totalPages: rows.length ? 1 : 0,
        };
      },
    },

    myInvites: {
      async handler(ctx: Context<unknown, Meta>): Promise<Page<Invite & { teamName: string }>> {
        const rows = (await store.pendingInvitesOfEmail(this.sql(), caller(ctx).email)).map((r) => ({
          ...store.toInvite(r),
          teamName: r.team_name,
        }));
        return {
          rows,
          total: rows.length,
          page: 1,
          pageSize: Math.max(rows.length, 1),
          totalPages: rows.length ? 1 : 0,
        };
      },
    },

    accept: {
      params: { id: "uuid" },
      async handler(ctx: Context<InviteIdParams, Meta>): Promise<Membership> {
        const me = caller(ctx);
        const membership = await this.inTransaction(async (tx) => {
          const invite = await store.findInvite(this.sql(), ctx.params.id, tx);
          // Only the invited address may see or answer an invite.
          if (!invite || invite.email !== me.email) throw new NotFoundError("invite");
          if (invite.status !== "pending")
            throw new ConflictError(`This invite was already ${invite.status}`, "INVITE_NOT_PENDING");
          if (new Date(invite.expires_at).getTime() <= Date.now())
            throw new ConflictError("This invite has expired", "INVITE_EXPIRED");
          const accepted = (await store.respondInvite(this.sql(), invite.id, "accepted", tx)) as store.InviteRow;
          await this.emit(
            tx,
            ctx,
            "InviteAccepted",
            invite.team_id,
            { invite: store.inviteSnapshot(accepted) },
            "invite",
            invite.id,
          );
          const created = await store.insertMembership(this.sql(), invite.team_id, me.id, invite.role, tx);
          if (!created) return this.requireMember(invite.team_id, me.id, tx);
          await this.emit(
            tx,
            ctx,
            "MembershipCreated",
            invite.team_id,
            { membership: store.membershipSnapshot(created) },
            "membership",
            created.id,
          );
          return created;
        });
        await this.invalidateCache();
        return store.toMembership(membership);
      },
    },

    decline: {
      params: { id: "uuid" },
      async handler(ctx: Context<InviteIdParams, Meta>): Promise<Invite> {
        const me = caller(ctx);
        const row = await this.inTransaction(async (tx) => {
          const invite = await store.findInvite(this.sql(), ctx.params.id, tx);
          if (!invite || invite.email !== me.email) throw new NotFoundError("invite");
          if (invite.status !== "pending")
            throw new ConflictError(`This invite was already ${invite.status}`, "INVITE_NOT_PENDING");
          const declined = (await store.respondInvite(this.sql(), invite.id, "declined", tx)) as store.InviteRow;
          await this.emit(
            tx,
            ctx,
            "InviteDeclined",
            invite.team_id,
            { invite: store.inviteSnapshot(declined) },
            "invite",
            invite.id,
          );
          return declined;
        });
        return store.toInvite(row);
      },
    },

    // --- mesh-internal ---------------------------------------------------------------

    /** The caller's role in a team, or null. Cached; every membership change cleans it on every node. */
    membership: {
      visibility: "public",
      params: { teamId: "uuid", userId: "uuid" },
      cache: { keys: ["teamId", "userId"], ttl: 60 },
      async handler(ctx: Context<MembershipLookup>): Promise<{ role: TeamRole } | null> {
        const row = await store.findMembership(this.sql(), ctx.params.teamId, ctx.params.userId);
        return row ? { role: row.role } : null;
      },
    },

    teamIdsOf: {
      visibility: "public",
      params: { userId: "uuid" },
      cache: { keys: ["userId"], ttl: 60 },
      async handler(ctx: Context<{ userId: string }>): Promise<string[]> {
        return store.teamIdsOf(this.sql(), ctx.params.userId);
      },
    },
  },

  methods: {
    async emit(
      this: TeamsThis,
      ...[tx, ctx, type, teamId, fields, entity, entityId]: Parameters<TeamsMethods["emit"]>
    ): Promise<void> {
      await this.publish(type, fields, { tx, ctx, teamId, entity, entityId });
    },

    async requireMember(this: TeamsThis, teamId: string, userId: string, tx?: Transaction, forUpdate = false) {
      const member = await store.findMembership(this.sql(), teamId, userId, tx, forUpdate);
      if (!member) throw new NotFoundError("member");
      return member;
    },

    /** The last administrator can neither leave, be removed, nor be demoted. */
    async keepAnAdministrator(
      this: TeamsThis,
      membership: store.MembershipRow,
      nextRole: TeamRole | null,
      tx: Transaction,
    ) {
      if (membership.role !== "administrator" || nextRole === "administrator") return;
      // Lock the team row so two concurrent demotions can't both see "another admin remains".
      await store.findTeam(this.sql(), membership.team_id, tx, true);
      if ((await store.administratorCount(this.sql(), membership.team_id, tx)) <= 1) {
        throw new ConflictError(
          "A team needs at least one administrator; promote another member first",
          "LAST_ADMINISTRATOR",
        );
      }
    },

    async removeMember(this: TeamsThis, ctx: Context<unknown, Meta>, teamId: string, userId: string): Promise<null> {
      await this.inTransaction(async (tx) => {
        const member = await this.requireMember(teamId, userId, tx, true);
        await this.keepAnAdministrator(member, null, tx);
        await store.deleteMembership(this.sql(), member.id, tx);
        await this.emit(
          tx,
          ctx,
          "MembershipDeleted",
          teamId,
          { membership: store.membershipSnapshot(member) },
          "membership",
          member.id,
        );
      });
      await this.invalidateCache();
      ctx.meta.$statusCode = 204;
      return null;
    },
  },
};

export default TeamsService;
