/** teams: teams and their members. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError } from "../../lib/errors.js";
import { type Page, wholePage } from "../../lib/pagination.js";
import type { TeamAccess } from "../../lib/access.js";
import * as store from "./store.js";
import type { Membership, Team } from "./store.js";
import {
  type CreateTeamParams,
  type MemberParams,
  type RenameTeamParams,
  type SetRoleParams,
  type TeamIdParams,
  type TeamsActions,
  caller,
  role,
  teamName,
} from "./common.js";

export const teamActions: TeamsActions = {
  create: {
    rest: "POST /teams",
    status: 201,
    location: "/teams/:id",
    access: "user",
    summary: "Create a team (you become its administrator)",
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
      return store.toTeam({ ...team, role: "administrator" });
    },
  },

  mine: {
    rest: "GET /teams",
    access: "user",
    summary: "Teams you belong to",
    async handler(ctx: Context<unknown, Meta>): Promise<Page<Team>> {
      const rows = (await store.teamsOfUser(this.sql(), caller(ctx).id)).map(store.toTeam);
      return wholePage(rows);
    },
  },

  get: {
    rest: "GET /teams/:id",
    access: "user",
    summary: "One team, with your role in it (members)",
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
    rest: "PATCH /teams/:id",
    access: "user",
    summary: "Rename a team (administrators)",
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
    rest: "DELETE /teams/:id",
    status: 204,
    access: "user",
    summary: "Delete a team (administrators)",
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
      return null;
    },
  },

  members: {
    rest: "GET /teams/:id/members",
    access: "user",
    summary: "Members and roles",
    team: { role: "viewer", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<TeamIdParams, Meta>): Promise<Page<Membership>> {
      const rows = (await store.membersOf(this.sql(), ctx.params.id)).map(store.toMembership);
      return wholePage(rows);
    },
  },

  setRole: {
    rest: "PATCH /teams/:id/members/:userId",
    access: "user",
    summary: "Change a member's role (administrators)",
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
    rest: "DELETE /teams/:id/members/:userId",
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
