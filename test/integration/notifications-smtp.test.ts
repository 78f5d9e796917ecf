/**
 * Notifications with a real SMTP server (smtp-server, in this process, on a private port) and the
 * notifications service on its own node over NATS JetStream and PostgreSQL: mail is delivered once
 * per trigger, survives an SMTP outage, ignores a redelivered event, and the inbox entry it makes
 * reaches a stream open on the gateway node.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { topicChannel } from "../../lib/events/channels.js";
import { decodeEnvelope } from "../../lib/events/envelope.js";
import { SmtpTransport } from "../../services/notifications/mailer.js";
import { createEventMesh, jetstream, prometheusValue, type EventMesh, type JetStream } from "../support/events.js";
import { eventually, http, sleep, type MeshworkNode } from "../support/processes.js";
import { startSmtpSink, type SinkMail, type SmtpSink } from "../support/smtp-sink.js";

const PASSWORD = "correct horse battery staple";
const PUBLIC_URL = "https://app.example.test";

describe("the SMTP transport", () => {
  it.each([
    ["smtp", false],
    ["smtps", true],
  ])("delivers over %s to a real server, with both parts and a Message-ID from the job", async (_scheme, secure) => {
    const sink = await startSmtpSink({ secure });
    const transport = new SmtpTransport(sink.url, "Acme Ops <ops@acme.example>");
    try {
      const delivery = await transport.send({
        jobId: "0b7c4a56-3f0e-4d2a-9f11-2b8e6c1d9a70",
        to: "ada@example.test",
        subject: "Grüße aus meshwork",
        html: "<p>Hallo <b>Ada</b> — 100% sicher</p>",
        text: "Hallo Ada — 100% sicher: https://app.example.test/verify-email?token=abc_DEF-123",
        template: "welcome",
      });
      expect(delivery.messageId).toBe("<0b7c4a56-3f0e-4d2a-9f11-2b8e6c1d9a70@acme.example>");
      await eventually(async () => sink.mails.length === 1, 10_000, "the mail at the sink");
      const [mail] = sink.mails;
      expect(mail).toMatchObject({
        to: ["ada@example.test"],
        from: "ops@acme.example",
        messageId: delivery.messageId,
        subject: "Grüße aus meshwork",
        text: "Hallo Ada — 100% sicher: https://app.example.test/verify-email?token=abc_DEF-123",
        html: "<p>Hallo <b>Ada</b> — 100% sicher</p>",
      });
      expect(mail.headers["auto-submitted"]).toBe("auto-generated");
      expect(mail.headers["x-meshwork-template"]).toBe("welcome");
    } finally {
      transport.close();
      await sink.close();
    }
  });
});

describe("a gateway, a users+teams node and a notifications node over NATS, mailing a real SMTP server", () => {
  let mesh: EventMesh;
  let sink: SmtpSink;
  let gateway: MeshworkNode;
  let notifier: MeshworkNode;
  let js: JetStream;

  const api = (path: string, init: Parameters<typeof http>[1] = {}) => http(`${gateway.baseUrl}${path}`, init);

  async function signup(tag: string): Promise<{ id: string; email: string; token: string }> {
    const email = `${tag}-${randomBytes(4).toString("hex")}@example.test`;
    const res = await api("/auth/signup", { body: { email, password: PASSWORD, firstName: "Ada" } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.user.id, email, token: res.body.accessToken };
  }

  /** The one mail of `template` the sink got for `email` (waiting for it), after a moment for any duplicate. */
  async function onlyMail(email: string, template: string, timeoutMs = 30_000): Promise<SinkMail> {
    await eventually(
      async () => sink.to(email).some((m) => m.headers["x-meshwork-template"] === template),
      timeoutMs,
      `a ${template} mail to ${email}`,
    );
    await sleep(1_000);
    const mails = sink.to(email).filter((m) => m.headers["x-meshwork-template"] === template);
    expect(mails, `${template} mails to ${email}`).toHaveLength(1);
    return mails[0];
  }

  const tokenOf = (mail: SinkMail, path: string) => {
    const token = new RegExp(`${PUBLIC_URL}${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text)?.[1];
    expect(token, mail.text).toBeTruthy();
    return token as string;
  };

  const jobsTo = (email: string) =>
    mesh.db.query<{ id: string; template: string; status: string; attempts: number; last_error: string | null }>(
      "SELECT id, template, status, attempts, last_error FROM mail_jobs WHERE recipient = $1 ORDER BY created_at",
      [email],
    );

  beforeAll(async () => {
    sink = await startSmtpSink();
    mesh = await createEventMesh("mwmail");
    const mail = { SMTP_URL: sink.url, PUBLIC_URL, MAIL_FROM: "meshwork <no-reply@meshwork.example>" };
    [gateway, , notifier] = await Promise.all([
      mesh.start("gateway", "api", mail),
      mesh.start("core", "users,teams", mail),
      mesh.start("notifications", "notifications", mail),
    ]);
    js = await jetstream();
    // The gateway learns the other nodes' services from NATS: wait until it routes to both.
    await eventually(async () => (await api("/auth/login", { body: {} })).status === 422, 30_000, "users routed");
    const probe = await signup("probe");
    await eventually(
      async () => (await api("/notifications/unread-count", { token: probe.token })).status === 200,
      30_000,
      "notifications routed",
    );
  }, 120_000);

  afterAll(async () => {
    await js?.close();
    await mesh?.cleanup();
    await sink?.close();
  });

  it("sends one verification mail through SMTP, whose link's token verifies the account over HTTP", async () => {
    const ada = await signup("ada");
    const mail = await onlyMail(ada.email, "verify-email");
    expect(mail).toMatchObject({
      from: "no-reply@meshwork.example",
      subject: "Verify your email address for meshwork",
    });
    expect(mail.html).toContain(`href="${PUBLIC_URL}/verify-email?token=`);
    const verified = await api("/auth/verify", { body: { token: tokenOf(mail, "/verify-email") } });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body.status).toBe("active");
    const [job] = await jobsTo(ada.email);
    expect(job).toMatchObject({ template: "verify-email", status: "sent", attempts: 1 });
    expect(mail.messageId).toBe(`<${job.id}@meshwork.example>`);
    // The welcome follows the verification, once.
    await onlyMail(ada.email, "welcome");
  });

  it("recovers a forgotten password through the reset mail", async () => {
    const bob = await signup("bob");
    expect((await api("/auth/recover", { body: { email: bob.email } })).status).toBe(202);
    const mail = await onlyMail(bob.email, "reset-password");
    const password = "another fine passphrase 7";
    const reset = await api("/auth/reset", { body: { token: tokenOf(mail, "/reset-password"), password } });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    expect((await api("/auth/login", { body: { email: bob.email, password } })).status).toBe(200);
  });

  it("makes one job and one mail of a Signup JetStream delivers twice", async () => {
    const carol = await signup("carol");
    await onlyMail(carol.email, "verify-email");
    const outbox = await mesh.db.query<{ envelope: Buffer }>("SELECT envelope FROM outbox WHERE topic = 'users'");
    const signupEvent = outbox.find((row) => {
      const envelope = decodeEnvelope(row.envelope);
      return envelope.type === "Signup" && envelope.entityId === carol.id;
    });
    expect(signupEvent, "the Signup envelope in the outbox").toBeTruthy();
    // The very same message on the stream again, as a redelivery would bring it.
    await js.nc.jetstream().publish(`${mesh.namespace}.${topicChannel("users")}`, signupEvent!.envelope);
    // A later sign-up's mail is the barrier: the consumer has handled the redelivery by then.
    const marker = await signup("marker");
    await onlyMail(marker.email, "verify-email");
    await sleep(1_000);
    expect(sink.to(carol.email)).toHaveLength(1);
    expect(await jobsTo(carol.email)).toHaveLength(1);
  });

  it("pushes the inbox entry the notifications node creates to a stream open on the gateway node", async () => {
    const dana = await signup("dana");
    const verifyMail = await onlyMail(dana.email, "verify-email");
    const aborter = new AbortController();
    const res = await fetch(`${gateway.baseUrl}/notifications/stream`, {
      headers: { Authorization: `Bearer ${dana.token}`, Accept: "text/event-stream" },
      signal: aborter.signal,
    });
    expect(res.status).toBe(200);
    let text = "";
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const reading = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          text += new TextDecoder().decode(value);
        }
      } catch {
        // Aborted below.
      }
    })();
    try {
      await eventually(async () => text.includes("event: ready"), 10_000, "the stream to open");
      const verifiedAt = Date.now();
      expect((await api("/auth/verify", { body: { token: tokenOf(verifyMail, "/verify-email") } })).status).toBe(200);
      await eventually(async () => text.includes("event: notification"), 15_000, "the welcome on the stream");
      const latency = Date.now() - verifiedAt;
      const data = JSON.parse(/event: notification\ndata: (.*)\n/.exec(text)?.[1] ?? "null");
      expect(data).toMatchObject({ kind: "welcome", category: "product", read: false });
      // Within a second of verification, through the outbox, JetStream and a broadcast across nodes.
      expect(latency).toBeLessThan(5_000);
    } finally {
      aborter.abort();
      await reading;
    }
  });

  it("retries while the SMTP server is down, with backoff, and delivers once it is back", async () => {
    const port = sink.port;
    await sink.close();
    const erin = await signup("erin");
    const failing = await eventually(
      async () => {
        const [job] = await jobsTo(erin.email);
        return job && job.attempts >= 2 && job.status === "queued" ? job : null;
      },
      30_000,
      "two failed attempts",
    );
    expect(failing.last_error).toMatch(/ECONNREFUSED|connect/i);
    const metrics = await (await fetch(`http://127.0.0.1:${notifier.metricsPort}/metrics`)).text();
    expect(
      prometheusValue(metrics, "meshwork_notifications_mail_attempt_failures_total", { template: "verify-email" }),
    ).toBeGreaterThanOrEqual(2);

    const earlier = sink.mails;
    sink = await startSmtpSink({ port });
    sink.mails.push(...earlier);
    await onlyMail(erin.email, "verify-email", 60_000);
    const [job] = await jobsTo(erin.email);
    expect(job).toMatchObject({ status: "sent", last_error: null });
    expect(job.attempts).toBeGreaterThanOrEqual(3);
    const after = await (await fetch(`http://127.0.0.1:${notifier.metricsPort}/metrics`)).text();
    expect(
      prometheusValue(after, "meshwork_notifications_mail_sent_total", { template: "verify-email" }),
    ).toBeGreaterThan(0);
    expect(prometheusValue(after, "meshwork_notifications_mail_failed_total")).toBe(0);
  }, 120_000);

  it("delivers every mail at least once when the notifications node is killed mid-batch and restarted", async () => {
    // A slow server (200 ms a message): the node dies with a batch in flight.
    const port = sink.port;
    await sink.close();
    sink = await startSmtpSink({ port, delayMs: 200 });
    const JOBS = 60;
    const tag = randomBytes(3).toString("hex");
    const recipients = Array.from({ length: JOBS }, (_, n) => `kill-${tag}-${n}@example.test`);
    await mesh.db.query(
      `INSERT INTO mail_jobs (id, trigger_event_id, recipient, template, category, subject, html, body_text)
       SELECT gen_random_uuid(), gen_random_uuid(), r, 'welcome', 'product', 'Welcome to meshwork', '<p>Hi</p>', 'Hi'
       FROM unnest($1::text[]) AS r`,
      [recipients],
    );
    // Generous: the pool may first meet the closed server and back off before it reaches the new one.
    await eventually(async () => sink.mails.length >= 10, 60_000, "the first mails of the batch");
    await notifier.stop("SIGKILL");
    const atKill = sink.mails.length;
    expect(atKill).toBeLessThan(JOBS);

    notifier = await mesh.start("notifications-again", "notifications", {
      SMTP_URL: sink.url,
      PUBLIC_URL,
      MAIL_FROM: "meshwork <no-reply@meshwork.example>",
    });
    // The dead node's leases run out (30 s), then the new node sends what it held.
    await eventually(
      async () => recipients.every((r) => sink.to(r).length > 0),
      90_000,
      "every mail delivered after the restart",
    );
    const jobs = await mesh.db.query<{ status: string }>(
      "SELECT status FROM mail_jobs WHERE recipient = ANY($1::text[])",
      [recipients],
    );
    expect(jobs.map((j) => j.status)).toEqual(recipients.map(() => "sent"));
    // Only what the killed node had sent but not yet recorded goes twice: at most one batch (20).
    const duplicates = recipients.reduce((n, r) => n + sink.to(r).length - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(20);
    console.log(`kill -9 mid-batch: ${atKill} mails before the kill, ${duplicates} sent twice after the restart`);
  }, 180_000);
});
