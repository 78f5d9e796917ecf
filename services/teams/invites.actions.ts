/** teams: invites by email, answered by the invited account only. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { NotFoundError } from "../../lib/errors.js";
import { listParams, type Page, type PageParams } from "../../lib/pagination.js";
import * as store from "./store.js";
import type { Invite, Membership } from "./store.js";
import {
  INVITE_TTL_SECONDS,
  type InviteIdParams,
  type InviteParams,
  type InviteResult,
  type ListTeamParams,
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
      const invites = await this.inTransaction(async (tx) => {
        const sent: store.InviteRecord[] = [];
        for (const email of emails) {
          const { invite, inserted } = await store.upsertInvite(
            this.models,
            ctx.params.id,
            email,
            ctx.params.role ?? "editor",
            me.id,
            INVITE_TTL_SECONDS,
            tx,
          );
          if (inserted) {
            await this.emit(
              tx,
              ctx,
              "InviteCreated",
              invite.teamId,
              { invite: store.inviteSnapshot(invite) },
              "invite",
              invite.id,
            );
          }
          sent.push(invite);
        }
        return sent;
      });
      return { rows: invites.map(store.toInvite), skipped };
    },
  },

  invites: {
    rest: "GET /teams/:id/invites",
    access: "user",
    summary: "Pending invites, newest first (administrators; sort: createdAt, expiresAt, email)",
    team: { role: "administrator", param: "id" },
    params: { id: "uuid", ...listParams(store.INVITE_ORDER.sortable) },
    async handler(ctx: Context<ListTeamParams, Meta>): Promise<Page<Invite>> {
      const page = await store.pendingInvitesPage(this.models, ctx.params.id, ctx.params);
      return { ...page, rows: page.rows.map(store.toInvite) };
    },
  },

  myInvites: {
    rest: "GET /invites",
    access: "user",
    summary: "Your pending invites, newest first (sort: createdAt, expiresAt)",
    params: listParams(store.MY_INVITE_ORDER.sortable),
    async handler(ctx: Context<PageParams, Meta>): Promise<Page<Invite & { teamName: string }>> {
      const page = await store.answerableInvitesPage(this.models, caller(ctx).email, ctx.params);
      return { ...page, rows: page.rows.map(({ teamName, ...invite }) => ({ ...store.toInvite(invite), teamName })) };
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
        const accepted = await store.respondInvite(this.models, invite.id, "accepted", tx);
        if (!accepted) throw new NotFoundError("invite");
        await this.emit(
          tx,
          ctx,
          "InviteAccepted",
          invite.teamId,
          { invite: store.inviteSnapshot(accepted) },
          "invite",
          invite.id,
        );
        const joined = await store.joinTeam(this.models, invite.teamId, me.id, invite.role, tx);
        // Already a member (invited twice, or joined another way): the invite is used up all the same.
        if (!joined) return this.requireMember(invite.teamId, me.id, tx);
        await this.emit(
          tx,
          ctx,
          "MembershipCreated",
          invite.teamId,
          { membership: store.membershipSnapshot(joined) },
          "membership",
          joined.id,
        );
        return joined;
      });
      await this.invalidateCache();
      return membership;
    },
  },

  decline: {
    rest: "POST /invites/:id/decline",
    access: "user",
    summary: "Decline an invite",
    params: { id: "uuid" },
    async handler(ctx: Context<InviteIdParams, Meta>): Promise<Invite> {
      const me = caller(ctx);
      const declined = await this.inTransaction(async (tx) => {
        const invite = await this.answerableInvite(ctx.params.id, me.email, tx);
        const answered = await store.respondInvite(this.models, invite.id, "declined", tx);
        if (!answered) throw new NotFoundError("invite");
        await this.emit(
          tx,
          ctx,
          "InviteDeclined",
          invite.teamId,
          { invite: store.inviteSnapshot(answered) },
          "invite",
          invite.id,
        );
        return answered;
      });
      return store.toInvite(declined);
    },
  },
};
