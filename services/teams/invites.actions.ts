/** teams: invites by email, answered by the invited account only. */
import type { Context } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { ForbiddenError, NotFoundError } from "../../lib/errors.js";
import { emptyPage, listParams, type Page, type PageParams } from "../../lib/pagination.js";
import * as store from "./store.js";
import type { Invite, Membership } from "./store.js";
import type { TeamsModels } from "./models.js";
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
import * as responses from "./responses.js";

/**
 * An invite goes to an address, so only whoever proved they read that mailbox may answer it:
 * otherwise a stranger who signs up first with the address takes the seat (403 EMAIL_NOT_VERIFIED).
 * Someone else's invite stays a 404, as it always was, so the refusal tells nothing about it.
 * Checked before the answering transaction: the users call must not wait on a held connection.
 */
async function requireVerifiedInvitee(
  ctx: Context<InviteIdParams, Meta>,
  models: TeamsModels,
  me: { id: string; email: string },
): Promise<void> {
  const invite = await store.findInvite(models, ctx.params.id, undefined);
  if (!invite || invite.email !== me.email) throw new NotFoundError("invite");
  const { verified } = await ctx.call<{ verified: boolean }, { id: string }>("users.emailVerified", { id: me.id });
  if (!verified) {
    throw new ForbiddenError("Verify your email address before answering invites sent to it", "EMAIL_NOT_VERIFIED");
  }
}

export const invitesActions: TeamsActions = {
  invite: {
    rest: "POST /teams/:id/invites",
    operationId: "inviteToTeam",
    response: responses.inviteResult,
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
    operationId: "listTeamInvites",
    response: responses.invitePage,
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
    operationId: "listMyInvites",
    response: responses.myInvitePage,
    access: "user",
    summary: "Your pending invites, newest first (sort: createdAt, expiresAt); none until your email is verified",
    params: listParams(store.MY_INVITE_ORDER.sortable),
    async handler(ctx: Context<PageParams, Meta>): Promise<Page<Invite & { teamName: string }>> {
      const me = caller(ctx);
      // Invites name their teams: whoever signed up with an address they don't own sees none until it is verified.
      const { verified } = await ctx.call<{ verified: boolean }, { id: string }>("users.emailVerified", { id: me.id });
      if (!verified) return emptyPage(ctx.params);
      const page = await store.answerableInvitesPage(this.models, me.email, ctx.params);
      return { ...page, rows: page.rows.map(({ teamName, ...invite }) => ({ ...store.toInvite(invite), teamName })) };
    },
  },

  accept: {
    rest: "POST /invites/:id/accept",
    operationId: "acceptInvite",
    response: responses.membership,
    access: "user",
    summary: "Accept an invite",
    params: { id: "uuid" },
    async handler(ctx: Context<InviteIdParams, Meta>): Promise<Membership> {
      const me = caller(ctx);
      await requireVerifiedInvitee(ctx, this.models, me);
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
    operationId: "declineInvite",
    response: responses.invite,
    access: "user",
    summary: "Decline an invite",
    params: { id: "uuid" },
    async handler(ctx: Context<InviteIdParams, Meta>): Promise<Invite> {
      const me = caller(ctx);
      await requireVerifiedInvitee(ctx, this.models, me);
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
