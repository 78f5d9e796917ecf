/** teams: invites by email, answered by the invited account only. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { type Page, wholePage } from "../../lib/pagination.js";
import * as store from "./store.js";
import type { Invite, Membership } from "./store.js";
import {
  INVITE_TTL_SECONDS,
  type InviteIdParams,
  type InviteParams,
  type InviteResult,
  type TeamIdParams,
  type TeamsActions,
  caller,
  role,
} from "./common.js";

export const invitesActions: TeamsActions = {
  invite: {
    rest: "POST /teams/:id/invites",
    status: 201,
    access: "user",
    summary: "Invite by email (administrators)",
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
      return { rows: rows.map(store.toInvite), skipped };
    },
  },

  invites: {
    rest: "GET /teams/:id/invites",
    access: "user",
    summary: "Pending invites (administrators)",
    team: { role: "administrator", param: "id" },
    params: { id: "uuid" },
    async handler(ctx: Context<TeamIdParams, Meta>): Promise<Page<Invite>> {
      const rows = (await store.pendingInvitesOfTeam(this.sql(), ctx.params.id)).map(store.toInvite);
      return wholePage(rows);
    },
  },

  myInvites: {
    rest: "GET /invites",
    access: "user",
    summary: "Your pending invites",
    async handler(ctx: Context<unknown, Meta>): Promise<Page<Invite & { teamName: string }>> {
      const rows = (await store.pendingInvitesOfEmail(this.sql(), caller(ctx).email)).map((r) => ({
        ...store.toInvite(r),
        teamName: r.team_name,
      }));
      return wholePage(rows);
    },
  },

  accept: {
    rest: "POST /invites/:id/accept",
    access: "user",
    summary: "Accept an invite",
    params: { id: "uuid" },
    async handler(ctx: Context<InviteIdParams, Meta>): Promise<Membership> {
      const me = caller(ctx);
      const membership = await this.inTransaction(async (tx) => {
        const invite = await this.answerableInvite(ctx.params.id, me.email, tx);
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
    rest: "POST /invites/:id/decline",
    access: "user",
    summary: "Decline an invite",
    params: { id: "uuid" },
    async handler(ctx: Context<InviteIdParams, Meta>): Promise<Invite> {
      const me = caller(ctx);
      const row = await this.inTransaction(async (tx) => {
        const invite = await this.answerableInvite(ctx.params.id, me.email, tx);
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
};
