/** teams: the steps its actions share. */
import type { Context } from "moleculer";
import type { Transaction } from "sequelize";
import type { Meta } from "../../lib/auth.js";
import { ConflictError, NotFoundError } from "../../lib/errors.js";
import type { TeamRole } from "../../lib/access.js";
import * as store from "./store.js";
import type { TeamsMethods, TeamsMethodsSchema, TeamsThis } from "./common.js";

export const teamsMethods: TeamsMethodsSchema = {
  async emit(
    this: TeamsThis,
    ...[tx, ctx, type, teamId, fields, entity, entityId]: Parameters<TeamsMethods["emit"]>
  ): Promise<void> {
    await this.publish(type, fields, { tx, ctx, teamId, entity, entityId });
  },

  /** An invite the caller may still answer: theirs (others get 404), pending and not expired (409). */
  async answerableInvite(this: TeamsThis, id: string, email: string, tx: Transaction): Promise<store.InviteRecord> {
    const invite = await store.findInvite(this.models, id, tx);
    if (!invite || invite.email !== email) throw new NotFoundError("invite");
    if (invite.status !== "pending") {
      throw new ConflictError(`This invite was already ${invite.status}`, "INVITE_NOT_PENDING");
    }
    if (store.isExpired(invite)) throw new ConflictError("This invite has expired", "INVITE_EXPIRED");
    return invite;
  },

  async requireMember(this: TeamsThis, teamId: string, userId: string, tx?: Transaction, forUpdate = false) {
    // Locks go team row first, then membership: the order a team deletion takes them, so a
    // deletion racing a role change waits instead of deadlocking. The team lock also keeps two
    // concurrent demotions from both seeing "another administrator remains".
    if (forUpdate) await store.findTeam(this.models, teamId, tx, true);
    const member = await store.findMembership(this.models, teamId, userId, tx, forUpdate);
    if (!member) throw new NotFoundError("member");
    return member;
  },

  /** The last administrator can neither leave, be removed, nor be demoted. */
  async keepAnAdministrator(
    this: TeamsThis,
    membership: store.MembershipRecord,
    nextRole: TeamRole | null,
    tx: Transaction,
  ) {
    if (membership.role !== "administrator" || nextRole === "administrator") return;
    // The caller holds the team row lock (requireMember with forUpdate).
    if ((await store.administratorCount(this.models, membership.teamId, tx)) <= 1) {
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
      await store.deleteMembership(this.models, member.id, tx);
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
    return null;
  },
};
