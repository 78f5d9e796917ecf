/**
 * notifications: what each domain event owes someone. Signup → a verification mail with a fresh
 * single-use token; PasswordResetRequested → a reset mail (when the account still exists);
 * Verified → a welcome; InviteCreated → an invite mail naming the team and the inviter;
 * ChargeFailed, QuotaWarning, QuotaExceeded → mail and inbox for the team's administrators. Every
 * reaction is idempotent on the envelope id: the job's and the entry's unique keys start with it.
 */
import { topicModules, type Topic } from "../../events/topics.js";
import type { Envelope } from "../../lib/events/envelope.js";
import type { Page } from "../../lib/pagination.js";
import type { NotificationsMethodsSchema, NotificationsThis } from "./common.js";
import * as store from "./store.js";

/** Hours a verification link lives and minutes a reset link does (users/common.ts says so too). */
const VERIFY_TTL_HOURS = 24;
const RESET_TTL_MINUTES = 60;

interface UserSnapshot {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

interface InviteSnapshot {
  id: string;
  teamId: string;
  email: string;
  role: string;
  invitedBy: string;
  expiresAt: number;
}

interface ChargeSnapshot {
  teamId: string;
  amountCents: number;
  currency: string;
  failureReason: string;
}

/** requests.QuotaWarning / QuotaExceeded (events/requests/events.proto), int64 as numbers. */
interface QuotaSnapshot {
  tier: string;
  limit: number;
  used: number;
  percent: number;
  periodStart: number;
  periodEnd: number;
}

interface BillingEvent {
  account: { teamId: string; currency: string } | null;
  charge: ChargeSnapshot | null;
  amountCents: number;
  failureReason: string;
}

/** The envelope's payload as plain JSON (int64 as numbers, absent sub-messages as null). */
function payloadOf<T>(envelope: Envelope): T {
  const mod = topicModules[envelope.topic as Topic];
  return mod.toJSON(mod.decode(envelope.payload) as never) as T;
}

/** "Ada Lovelace", or the address's local part for an account without a name. */
export function displayName(user: { email: string; firstName?: string | null; lastName?: string | null }): string {
  const full = [user.firstName, user.lastName].filter(Boolean).join(" ").trim();
  return full || user.email.split("@")[0];
}

/** Integer cents as "29.00 USD": integer arithmetic, no float ever touches the amount. */
export function formatMoney(cents: number, currency: string): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")} ${currency || "USD"}`;
}

/** A neighbour's answer, or null when it says the thing is gone (404). */
async function unlessGone<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (err) {
    if ((err as { code?: unknown }).code === 404) return null;
    throw err;
  }
}

export const reactions: NotificationsMethodsSchema = {
  async onEvent(this: NotificationsThis, envelope: Envelope): Promise<void> {
    switch (`${envelope.topic}.${envelope.type}`) {
      case "users.Signup":
        return this.onSignup(envelope);
      case "users.PasswordResetRequested":
        return this.onResetRequested(envelope);
      case "users.Verified":
        return this.onVerified(envelope);
      case "teams.InviteCreated":
        return this.onInviteCreated(envelope);
      case "billing.ChargeFailed":
        return this.onChargeFailed(envelope);
      case "requests.QuotaWarning":
      case "requests.QuotaExceeded":
        return this.onQuotaAlert(envelope);
    }
  },

  /** The event carries no token: a fresh one is asked for, only when the mail is really owed. */
  async onSignup(this: NotificationsThis, envelope: Envelope): Promise<void> {
    const { user } = payloadOf<{ user: UserSnapshot | null }>(envelope);
    if (!user) return;
    await this.dispatch(envelope, {
      template: "verify-email",
      to: user.email,
      userId: user.id,
      teamId: null,
      inbox: false,
      vars: async () => {
        const issued = await unlessGone(
          this.broker.call<{ token: string }, { userId: string }>("users.issueVerificationToken", { userId: user.id }),
        );
        if (!issued) return null;
        return {
          name: displayName(user),
          link: this.templates.link("/verify-email", { token: issued.token }),
          expiresInHours: VERIFY_TTL_HOURS,
        };
      },
    });
  },

  async onResetRequested(this: NotificationsThis, envelope: Envelope): Promise<void> {
    const { user } = payloadOf<{ user: UserSnapshot | null }>(envelope);
    if (!user) return;
    const hourAgo = new Date(Date.now() - 3600_000);
    const recent = await store.recentJobs(this.tables(), user.email, "reset-password", hourAgo);
    if (recent >= this.settings.resetMailsPerHour) {
      this.logger.warn(`Reset mail to an account skipped: ${recent} already sent within the hour`);
      return;
    }
    await this.dispatch(envelope, {
      template: "reset-password",
      to: user.email,
      userId: user.id,
      teamId: null,
      inbox: false,
      vars: async () => {
        // Null when the account is gone: the answer to `recover` was 202 all the same.
        const issued = await this.broker.call<{ token: string } | null, { email: string }>("users.issueResetToken", {
          email: user.email,
        });
        if (!issued) return null;
        return {
          name: displayName(user),
          link: this.templates.link("/reset-password", { token: issued.token }),
          expiresInMinutes: RESET_TTL_MINUTES,
        };
      },
    });
  },

  async onVerified(this: NotificationsThis, envelope: Envelope): Promise<void> {
    const { user } = payloadOf<{ user: UserSnapshot | null }>(envelope);
    if (!user) return;
    await this.dispatch(envelope, {
      template: "welcome",
      to: user.email,
      userId: user.id,
      teamId: null,
      inbox: true,
      vars: async () => ({ name: displayName(user), link: this.templates.link("/") }),
    });
  },

  async onInviteCreated(this: NotificationsThis, envelope: Envelope): Promise<void> {
    const { invite } = payloadOf<{ invite: InviteSnapshot | null }>(envelope);
    if (!invite) return;
    await this.dispatch(envelope, {
      template: "invite",
      to: invite.email,
      // The invitee may have no account yet: the mail goes to the address.
      userId: null,
      teamId: invite.teamId,
      inbox: false,
      vars: async () => {
        const [teamName, inviter] = await Promise.all([this.teamName(invite.teamId), this.account(invite.invitedBy)]);
        // A team deleted since has no seat to offer.
        if (!teamName) return null;
        return {
          inviterName: inviter?.name ?? "A teammate",
          teamName,
          role: invite.role,
          link: this.templates.link(`/invites/${invite.id}`),
          expiresOn: new Date(invite.expiresAt).toISOString().slice(0, 10),
        };
      },
    });
  },

  async onChargeFailed(this: NotificationsThis, envelope: Envelope): Promise<void> {
    const event = payloadOf<BillingEvent>(envelope);
    const teamId = envelope.teamId || event.charge?.teamId || event.account?.teamId;
    if (!teamId) return;
    const teamName = await this.teamName(teamId);
    if (!teamName) return;
    const amountCents = event.charge?.amountCents || event.amountCents;
    const currency = event.charge?.currency || event.account?.currency || "USD";
    const reason = event.charge?.failureReason || event.failureReason || "the card was declined";
    for (const adminId of await this.teamAdministrators(teamId)) {
      const admin = await this.account(adminId);
      if (!admin) continue;
      await this.dispatch(envelope, {
        template: "charge-failed",
        to: admin.email,
        userId: adminId,
        teamId,
        inbox: true,
        vars: async () => ({
          name: admin.name,
          teamName,
          amount: formatMoney(amountCents, currency),
          reason,
          link: this.templates.link(`/teams/${teamId}/billing`),
        }),
      });
    }
  },

  /** QuotaWarning (80 %) and QuotaExceeded (100 %): mail and inbox for the team's administrators. */
  async onQuotaAlert(this: NotificationsThis, envelope: Envelope): Promise<void> {
    const { quota } = payloadOf<{ quota: QuotaSnapshot | null }>(envelope);
    const teamId = envelope.teamId;
    if (!quota || !teamId) return;
    const teamName = await this.teamName(teamId);
    if (!teamName) return;
    const warning = envelope.type === "QuotaWarning";
    const period = new Date(quota.periodStart).toISOString().slice(0, 7);
    for (const adminId of await this.teamAdministrators(teamId)) {
      const admin = await this.account(adminId);
      if (!admin) continue;
      await this.dispatch(envelope, {
        template: warning ? "quota-warning" : "quota-exceeded",
        to: admin.email,
        userId: adminId,
        teamId,
        inbox: true,
        vars: async () => ({
          name: admin.name,
          teamName,
          ...(warning ? { percent: quota.percent } : {}),
          used: quota.used,
          quota: quota.limit,
          period,
          link: this.templates.link(`/teams/${teamId}/usage`),
        }),
      });
    }
  },

  async teamName(this: NotificationsThis, teamId: string): Promise<string | null> {
    const team = await unlessGone(this.broker.call<{ name: string }, { id: string }>("teams.get", { id: teamId }));
    return team?.name ?? null;
  },

  async teamAdministrators(this: NotificationsThis, teamId: string): Promise<string[]> {
    const admins: string[] = [];
    for (let page = 1; ; page++) {
      const members = await unlessGone(
        this.broker.call<Page<{ userId: string; role: string }>, object>("teams.members", {
          id: teamId,
          page,
          pageSize: 100,
        }),
      );
      if (!members) return admins;
      admins.push(...members.rows.filter((m) => m.role === "administrator").map((m) => m.userId));
      if (page >= members.totalPages) return admins;
    }
  },

  async account(this: NotificationsThis, userId: string): Promise<{ email: string; name: string } | null> {
    if (!userId) return null;
    const user = await unlessGone(
      this.broker.call<{ email: string; firstName: string | null; lastName: string | null }, { id: string }>(
        "users.get",
        { id: userId },
      ),
    );
    return user ? { email: user.email, name: displayName(user) } : null;
  },
};
