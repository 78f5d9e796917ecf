/**
 * The notifications service on an embedded broker with recording fakes of users and teams: what each
 * domain event owes whom, exactly once per trigger, with preferences that security mail ignores.
 */
import { randomUUID } from "node:crypto";
import type { ServiceSchema } from "moleculer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as billing from "../../events/billing/index.js";
import * as notificationsTopic from "../../events/notifications/index.js";
import * as teams from "../../events/teams/index.js";
import * as users from "../../events/users/index.js";
import { decodeEnvelope } from "../../lib/events/envelope.js";
import { fakeService, type FakeService } from "../../testing/index.js";
import NotificationsService, { type DevMail } from "../../services/notifications/notifications.service.js";
import { METRIC_QUEUE_DEPTH, METRIC_SENT } from "../../services/notifications/methods.js";
import {
  counterValue,
  envelopeBytes,
  rows,
  sendToChannel,
  startEmbedded,
  type EmbeddedBroker,
} from "../support/events.js";
import { asUser, eventually } from "../support/testkit.js";

interface Account {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
}

const accounts = new Map<string, Account>();
/** Emails whose account users says is gone (issueResetToken answers null). */
const gone = new Set<string>();
let minted = 0;

function account(firstName: string | null = "Ada"): Account {
  const id = randomUUID();
  const created = { id, email: `${id.slice(0, 8)}@example.test`, firstName, lastName: null };
  accounts.set(id, created);
  return created;
}

const usersFake = fakeService("users", {
  issueVerificationToken: () => ({ token: `verify_${++minted}` }),
  issueResetToken: (p: { email: string }) => (gone.has(p.email) ? null : { token: `reset_${++minted}` }),
  get: (p: { id: string }) => {
    const found = accounts.get(p.id);
    if (!found) throw Object.assign(new Error("user not found"), { code: 404, type: "NOT_FOUND" });
    return found;
  },
});

const TEAM = { id: randomUUID(), name: "Compilers" };
const admins = [account("Grace"), account("Edsger")];
const editor = account("Barbara");
const teamsFake = fakeService("teams", {
  get: (p: { id: string }) => {
    if (p.id !== TEAM.id) throw Object.assign(new Error("team not found"), { code: 404, type: "NOT_FOUND" });
    return TEAM;
  },
  members: () => ({
    rows: [...admins.map((a) => ({ userId: a.id, role: "administrator" })), { userId: editor.id, role: "editor" }],
    total: 3,
    page: 1,
    pageSize: 100,
    totalPages: 1,
  }),
});

/** Every live entry broadcast, as a gateway would hear it. */
const gateway: FakeService = fakeService("gateway-probe", {}, ["notifications.created"]);

let node: EmbeddedBroker;

beforeAll(async () => {
  node = await startEmbedded([
    usersFake.schema,
    teamsFake.schema,
    gateway.schema,
    NotificationsService as unknown as ServiceSchema,
  ]);
});
afterAll(() => node?.stop());
beforeEach(() => {
  usersFake.reset();
  teamsFake.reset();
});

/** Delivers one domain event to the service as its consumer group would get it; answers the envelope id. */
async function deliver(topic: "users" | "teams" | "billing", type: string, payload: Uint8Array, teamId = "") {
  const { envelope, bytes } = envelopeBytes({ topic, type, payload, teamId, entityId: randomUUID() });
  await sendToChannel(node.broker, `events.${topic}`, bytes);
  return { envelope, bytes };
}

const mailTo = async (email: string) =>
  (await node.broker.call<{ rows: DevMail[] }, object>("notifications.mailbox", { to: email })).rows;

/** Waits until the jobs of a trigger are settled (sent or failed) and answers them. */
async function settledJobs(triggerId: string) {
  return eventually(async () => {
    const jobs = await rows<{ id: string; recipient: string; template: string; status: string; html: string | null }>(
      node.db,
      "SELECT id, recipient, template, status, html FROM mail_jobs WHERE trigger_event_id = $1 ORDER BY recipient",
      [triggerId],
    );
    expect(jobs.every((j) => j.status !== "queued")).toBe(true);
    return jobs;
  });
}

/** The notifications-topic events committed about one entity, by type name. */
async function published(entityId: string): Promise<string[]> {
  const outbox = await rows<{ envelope: Buffer }>(
    node.db,
    "SELECT envelope FROM outbox WHERE topic = 'notifications' ORDER BY seq",
  );
  return outbox
    .map((r) => decodeEnvelope(r.envelope))
    .filter((e) => e.entityId === entityId)
    .map((e) => e.type);
}

const userPayload = (a: Account, type: "Signup" | "PasswordResetRequested" | "Verified") =>
  users.encode(type, { user: { id: a.id, email: a.email, firstName: a.firstName ?? "", status: "unverified" } });

describe("users.Signup", () => {
  it("mails one verification link carrying a fresh token; a redelivered Signup mints no token and sends nothing more", async () => {
    const ada = account();
    const { envelope, bytes } = await deliver("users", "Signup", userPayload(ada, "Signup"));
    const [job] = await settledJobs(envelope.id);
    expect(job).toMatchObject({ recipient: ada.email, template: "verify-email", status: "sent", html: null });
    const [mail] = await mailTo(ada.email);
    expect(mail).toMatchObject({ template: "verify-email", subject: "Verify your email address for meshwork" });
    expect(mail.bodyText).toMatch(/Hello Ada,/);
    expect(mail.bodyText).toMatch(/http:\/\/127\.0\.0\.1:0\/verify-email\?token=verify_\d+/);
    expect(mail.messageId).toBe(`<${job.id}@localhost>`);
    expect(usersFake.callsTo("issueVerificationToken").map((c) => c.params)).toEqual([{ userId: ada.id }]);
    expect(await published(job.id)).toEqual(["EmailQueued", "EmailSent"]);

    // JetStream delivers at least once: the same envelope again changes nothing.
    await sendToChannel(node.broker, "events.users", bytes);
    await sendToChannel(node.broker, "events.users", bytes);
    expect(await mailTo(ada.email)).toHaveLength(1);
    expect(await settledJobs(envelope.id)).toHaveLength(1);
    expect(usersFake.callsTo("issueVerificationToken")).toHaveLength(1);
    expect(counterValue(node.broker, METRIC_SENT, { template: "verify-email" })).toBeGreaterThanOrEqual(1);
  });

  it("publishes what was queued (in the trigger's trace) and sent, by no user: the service acts on its own", async () => {
    const ada = account();
    const { envelope } = await deliver("users", "Signup", userPayload(ada, "Signup"));
    const [job] = await settledJobs(envelope.id);
    const outbox = (
      await rows<{ envelope: Buffer }>(node.db, "SELECT envelope FROM outbox WHERE topic = 'notifications'")
    ).map((r) => decodeEnvelope(r.envelope));
    const queued = outbox.find((e) => e.entityId === job.id && e.type === "EmailQueued");
    expect(queued).toMatchObject({ entity: "email", actorId: "", traceId: envelope.traceId });
    const sent = outbox.find((e) => e.entityId === job.id && e.type === "EmailSent");
    expect(sent).toMatchObject({ entity: "email", actorId: "" });
    const event = notificationsTopic.toJSON(notificationsTopic.decode(sent!.payload));
    expect(event.email).toMatchObject({
      id: job.id,
      to: ada.email,
      template: "verify-email",
      category: "security",
      attempts: 1,
      triggerEventId: envelope.id,
      userId: ada.id,
      sentAt: expect.any(Number),
    });
    expect((event.email as { sentAt: number }).sentAt).toBeGreaterThan(0);
  });
});

describe("users.PasswordResetRequested", () => {
  it("mails a reset link when the account exists, and nothing when users says it is gone", async () => {
    const ada = account();
    const { envelope } = await deliver("users", "PasswordResetRequested", userPayload(ada, "PasswordResetRequested"));
    await settledJobs(envelope.id);
    const [mail] = await mailTo(ada.email);
    expect(mail.template).toBe("reset-password");
    expect(mail.bodyText).toMatch(/\/reset-password\?token=reset_\d+/);

    const ghost = account();
    gone.add(ghost.email);
    const missing = await deliver("users", "PasswordResetRequested", userPayload(ghost, "PasswordResetRequested"));
    expect(usersFake.callsTo("issueResetToken").at(-1)?.params).toEqual({ email: ghost.email });
    expect(await settledJobs(missing.envelope.id)).toEqual([]);
    expect(await mailTo(ghost.email)).toEqual([]);
  });

  it("sends one address at most five reset mails an hour, however often recovery is asked for", async () => {
    const ada = account();
    for (let i = 0; i < 7; i++)
      await deliver("users", "PasswordResetRequested", userPayload(ada, "PasswordResetRequested"));
    await eventually(async () => expect(await mailTo(ada.email)).toHaveLength(5));
    expect(usersFake.callsTo("issueResetToken")).toHaveLength(5);
  });

  it("goes out whatever the account's preferences say: security mail has none", async () => {
    const ada = account();
    const off = { email: false, inbox: false };
    await node.broker.call(
      "notifications.setPreferences",
      { product: off, billing: off, usage: off },
      asUser({ id: ada.id, email: ada.email }),
    );
    await deliver("users", "PasswordResetRequested", userPayload(ada, "PasswordResetRequested"));
    await eventually(async () => expect(await mailTo(ada.email)).toHaveLength(1));
  });
});

describe("users.Verified", () => {
  it("welcomes by mail and in the inbox; with product mail off, in the inbox only", async () => {
    const ada = account();
    await deliver("users", "Verified", userPayload(ada, "Verified"));
    await eventually(async () => expect((await mailTo(ada.email)).map((m) => m.template)).toEqual(["welcome"]));
    const inbox = await node.broker.call<{ rows: { kind: string; category: string }[] }, object>(
      "notifications.list",
      {},
      asUser({ id: ada.id, email: ada.email }),
    );
    expect(inbox.rows).toEqual([expect.objectContaining({ kind: "welcome", category: "product", read: false })]);

    const quiet = account();
    await node.broker.call("notifications.setPreferences", { product: { email: false } }, asUser({ id: quiet.id }));
    await deliver("users", "Verified", userPayload(quiet, "Verified"));
    await eventually(async () => {
      const entries = await node.broker.call<{ rows: unknown[] }, object>(
        "notifications.list",
        {},
        asUser({ id: quiet.id }),
      );
      expect(entries.rows).toHaveLength(1);
    });
    expect(await mailTo(quiet.email)).toEqual([]);
  });
});

describe("teams.InviteCreated", () => {
  const invite = (teamId: string, email: string) =>
    teams.encode("InviteCreated", {
      invite: {
        id: randomUUID(),
        teamId,
        email,
        role: "editor",
        status: "pending",
        invitedBy: admins[0].id,
        expiresAt: Date.parse("2031-01-13T10:00:00Z"),
      },
    });

  it("mails the invitee, naming the team, the inviter, the role and the expiry", async () => {
    const email = `invitee-${randomUUID().slice(0, 8)}@example.test`;
    await deliver("teams", "InviteCreated", invite(TEAM.id, email), TEAM.id);
    const [mail] = await eventually(async () => {
      const mails = await mailTo(email);
      expect(mails).toHaveLength(1);
      return mails;
    });
    expect(mail.subject).toBe("Grace invited you to Compilers on meshwork");
    expect(mail.bodyText).toContain('Grace invited you to join the team "Compilers" on meshwork as editor.');
    expect(mail.bodyText).toContain("expires on 2031-01-13");
    expect(mail.bodyText).toMatch(/\/invites\/[0-9a-f-]{36}/);
  });

  it("sends nothing for a team deleted since", async () => {
    const email = `late-${randomUUID().slice(0, 8)}@example.test`;
    const { envelope } = await deliver("teams", "InviteCreated", invite(randomUUID(), email));
    expect(teamsFake.callsTo("get")).toHaveLength(1);
    expect(await settledJobs(envelope.id)).toEqual([]);
    expect(await mailTo(email)).toEqual([]);
  });
});

describe("billing.ChargeFailed", () => {
  const failed = () =>
    billing.encode("ChargeFailed", {
      account: { teamId: TEAM.id, currency: "USD" },
      charge: {
        id: randomUUID(),
        teamId: TEAM.id,
        amountCents: 2900,
        currency: "USD",
        status: "failed",
        failureReason: "card declined",
      },
      amountCents: 2900,
      failureReason: "card declined",
    });

  it("mails and notifies each team administrator, nobody else, as their preferences allow, live to every gateway", async () => {
    const [grace, edsger] = admins;
    // Edsger wants billing news in the inbox only.
    await node.broker.call("notifications.setPreferences", { billing: { email: false } }, asUser({ id: edsger.id }));
    gateway.reset();
    const { envelope, bytes } = await deliver("billing", "ChargeFailed", failed(), TEAM.id);
    const jobs = await settledJobs(envelope.id);
    expect(jobs.map((j) => [j.recipient, j.template, j.status])).toEqual([[grace.email, "charge-failed", "sent"]]);
    const [mail] = await mailTo(grace.email);
    expect(mail.subject).toBe("A payment for Compilers failed");
    expect(mail.bodyText).toContain('A payment of 29.00 USD for the team "Compilers" failed: card declined.');
    expect(await mailTo(editor.email)).toEqual([]);

    for (const admin of admins) {
      const inbox = await node.broker.call<{ rows: Record<string, unknown>[] }, object>(
        "notifications.list",
        { unread: true },
        asUser({ id: admin.id }),
      );
      expect(inbox.rows).toEqual([
        expect.objectContaining({
          kind: "charge-failed",
          category: "billing",
          teamId: TEAM.id,
          title: "A payment for Compilers failed",
          body: "A payment of 29.00 USD for Compilers failed: card declined. Update the payment method.",
        }),
      ]);
      expect(await published(inbox.rows[0].id as string)).toEqual(["NotificationCreated"]);
    }
    await eventually(async () =>
      expect(gateway.events.map((e) => e.params.userId).sort()).toEqual(admins.map((a) => a.id).sort()),
    );
    expect(gateway.events[0].params.notification).toMatchObject({ kind: "charge-failed", read: false });

    // Redelivered: no second mail, no second entry, nothing broadcast again.
    await sendToChannel(node.broker, "events.billing", bytes);
    expect(await settledJobs(envelope.id)).toHaveLength(1);
    expect(await mailTo(grace.email)).toHaveLength(1);
    const graceInbox = await node.broker.call<{ rows: unknown[] }, object>(
      "notifications.list",
      {},
      asUser({ id: grace.id }),
    );
    expect(graceInbox.rows).toHaveLength(1);
    expect(gateway.events).toHaveLength(2);
  });
});

describe("preferences", () => {
  it("are on for every category until turned off, channel by channel", async () => {
    const ada = account();
    const me = asUser({ id: ada.id });
    const all = { email: true, inbox: true };
    expect(await node.broker.call("notifications.preferences", {}, me)).toEqual({
      product: all,
      billing: all,
      usage: all,
    });
    expect(await node.broker.call("notifications.setPreferences", { usage: { inbox: false } }, me)).toEqual({
      product: all,
      billing: all,
      usage: { email: true, inbox: false },
    });
    expect(await node.broker.call("notifications.setPreferences", { usage: { email: false } }, me)).toEqual({
      product: all,
      billing: all,
      usage: { email: false, inbox: false },
    });
  });

  it("refuse unknown categories and channels with 422 naming them; security mail can't be turned off", async () => {
    const me = asUser({ id: account().id });
    await expect(
      node.broker.call("notifications.setPreferences", { security: { email: false } }, me),
    ).rejects.toMatchObject({
      code: 422,
      data: [{ field: "security", message: expect.stringMatching(/always goes/) }],
    });
    await expect(
      node.broker.call("notifications.setPreferences", { marketing: { email: false } }, me),
    ).rejects.toMatchObject({
      code: 422,
      data: [{ field: "marketing", message: expect.stringMatching(/not a category/) }],
    });
    await expect(
      node.broker.call("notifications.setPreferences", { billing: { sms: true } }, me),
    ).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "billing" })],
    });
    await expect(
      node.broker.call("notifications.setPreferences", { billing: { email: "no" } }, me),
    ).rejects.toMatchObject({
      code: 422,
      data: [expect.objectContaining({ field: "billing.email" })],
    });
  });
});

describe("the mail queue", () => {
  it("reports its depth: nothing waits once the worker has caught up", async () => {
    await eventually(async () => {
      const metric = node.broker.metrics.getMetric(METRIC_QUEUE_DEPTH);
      expect((metric?.get({}) as { value?: number } | null)?.value).toBe(0);
    });
    const [{ queued }] = await rows<{ queued: number }>(
      node.db,
      "SELECT count(*)::int AS queued FROM mail_jobs WHERE status = 'queued'",
    );
    expect(queued).toBe(0);
  });
});
