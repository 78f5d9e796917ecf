/** teams: teams and their members. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError } from "../../lib/errors.js";
import { listParams, type Page, type PageParams } from "../../lib/pagination.js";
import type { TeamAccess } from "../../lib/access.js";
import * as store from "./store.js";
import type { Membership, Team } from "./store.js";
import {
  type CreateTeamParams,
  type ListTeamParams,
  type MemberParams,
  type RenameTeamParams,
  type SetRoleParams,
  type TeamIdParams,
  type TeamsActions,
  caller,
  role,
  teamName,
} from "./common.js";
import { noContent } from "../../lib/schemas.js";
import * as responses from "./responses.js";

export const teamActions: TeamsActions = {
  create: {
    rest: "POST /teams",
    operationId: "createTeam",
    response: responses.team,
    status: 201,
    location: "/teams/:id",
    access: "user",
    summary: "Create a team (you become its administrator)",
    params: { name: teamName },
    async handler(ctx: Context<CreateTeamParams, Meta>): Promise<Team> {
      const me = caller(ctx);
      const team = await this.inTransaction(async (tx) => {
        const created = await store.insertTeam(this.models, ctx.params.name, me.id, tx);
        const admin = await store.insertMembership(this.models, created.id, me.id, "administrator", tx);
        await this.emit(tx, ctx, "TeamCreated", created.id, { team: store.teamSnapshot(created) }, "team", created.id);
        await this.emit(
          tx,
          ctx,
          "MembershipCreated",
          created.id,
          { membership: store.membershipSnapshot(admin) },
          "membership",
          admin.id,
        );
        return created;
      });
      await this.invalidateCache();
      return store.toTeam(team, "administrator");
    },
  },

  mine: {
    rest: "GET /teams",
    operationId: "listMyTeams",
    response: responses.teamPage,
    access: "user",
    summary: "Teams you belong to, with your role in each (sort: createdAt, name)",
    params: listParams(store.TEAM_ORDER.sortable),
    async handler(ctx: Context<PageParams, Meta>): Promise<Page<Team>> {
      const roles = await store.rolesOf(this.models, caller(ctx).id);
      const page = await store.teamsPage(this.models, [...roles.keys()], ctx.params);
      return { ...page, rows: page.rows.map((team) => store.toTeam(team, roles.get(team.id))) };
    },
  },

  get: {
    rest: "GET /teams/:id",
    operationId: "getTeam",
    response: responses.team,
    access: "user",
    summary: "One team, with your role in it (members)",
    team: { role: "viewer", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<TeamIdParams, Meta>): Promise<Team> {
      const team = await store.findTeam(this.models, ctx.params.id);
      if (!team) throw new NotFoundError("team");
      return store.toTeam(team, (ctx.locals as { team?: TeamAccess }).team?.role);
    },
  },

  rename: {
    rest: "PATCH /teams/:id",
    operationId: "renameTeam",
    response: responses.team,
    access: "user",
    summary: "Rename a team (administrators)",
    team: { role: "administrator", param: "id" },
    params: { id: "uuid", name: teamName },
    async handler(ctx: Context<RenameTeamParams, Meta>): Promise<Team> {
      const team = await this.inTransaction(async (tx) => {
        const renamed = await store.renameTeam(this.models, ctx.params.id, ctx.params.name, tx);
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
      return store.toTeam(team);
    },
  },

  remove: {
    rest: "DELETE /teams/:id",
    operationId: "deleteTeam",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Delete a team (administrators)",
    team: { role: "administrator", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<TeamIdParams, Meta>): Promise<null> {
      await this.inTransaction(async (tx) => {
        // The team row lock first (the order role changes take), so no one joins while the events
        // list who lost access.
        const team = await store.findTeam(this.models, ctx.params.id, tx, true);
        if (!team) throw new NotFoundError("team");
        const members = await store.membersOf(this.models, team.id, tx);
        await store.deleteTeam(this.models, team.id, tx);
        for (const m of members) {
          await this.emit(
            tx,
            ctx,
            "MembershipDeleted",
            team.id,
            { membership: store.membershipSnapshot(m) },
            "membership",
            m.id,
          );
        }
        await this.emit(tx, ctx, "TeamDeleted", team.id, { team: store.teamSnapshot(team) }, "team", team.id);
      });
      // Every member loses access at once, on every node.
      await this.invalidateCache();
      return null;
    },
  },

  members: {
    rest: "GET /teams/:id/members",
    operationId: "listMembers",
    response: responses.membershipPage,
    access: "user",
    summary: "Members and roles, oldest first (sort: createdAt, role)",
    team: { role: "viewer", param: "id" },
    params: { id: "uuid", ...listParams(store.MEMBER_ORDER.sortable) },
    async handler(ctx: Context<ListTeamParams, Meta>): Promise<Page<Membership>> {
      return store.membersPage(this.models, ctx.params.id, ctx.params);
    },
  },

  setRole: {
    rest: "PATCH /teams/:id/members/:userId",
    operationId: "setMemberRole",
    response: responses.membership,
    access: "user",
    summary: "Change a member's role (administrators)",
    team: { role: "administrator", param: "id" },
    params: { id: "uuid", userId: "uuid", role },
    async handler(ctx: Context<SetRoleParams, Meta>): Promise<Membership> {
      const membership = await this.inTransaction(async (tx) => {
        const member = await this.requireMember(ctx.params.id, ctx.params.userId, tx, true);
        if (member.role === ctx.params.role) return member;
        await this.keepAnAdministrator(member, ctx.params.role, tx);
        const updated = await store.setRole(this.models, member.id, ctx.params.role, tx);
        if (!updated) throw new NotFoundError("member");
        await this.emit(
          tx,
          ctx,
          "MembershipUpdated",
          member.teamId,
          { membership: store.membershipSnapshot(updated), previousRole: member.role, changed: ["role"] },
          "membership",
          member.id,
        );
        return updated;
      });
      await this.invalidateCache();
      return membership;
    },
  },

  removeMember: {
    rest: "DELETE /teams/:id/members/:userId",
    operationId: "removeMember",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Remove a member (administrators)",
    team: { role: "administrator", param: "id" },
    params: { id: "uuid", userId: "uuid" },
    async handler(ctx: Context<MemberParams, Meta>): Promise<null> {
      return this.removeMember(ctx, ctx.params.id, ctx.params.userId);
    },
  },

  leave: {
    rest: "POST /teams/:id/leave",
    operationId: "leaveTeam",
    response: noContent,
    status: 204,
    access: "user",
    summary: "Leave a team",
    team: { role: "viewer", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<TeamIdParams, Meta>): Promise<null> {
      return this.removeMember(ctx, ctx.params.id, caller(ctx).id);
    },
  },
};
