/**
 * The inbox over HTTP: entries a user owns (read, unread, archive, counts, 404 to anyone else),
 * preferences that mail and inbox follow, a failed charge reaching the team's administrators, and
 * the live stream: a new entry arrives within a second, and Last-Event-ID resumes after a drop.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailbox, signupVerified, verifyEmail, waitForMail } from "../support/mail.js";
import { addMember } from "../support/tenancy.js";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
});
afterAll(() => node.stop());

const as = (session: SessionBody) => ({ token: session.accessToken });

async function inbox(session: SessionBody, query = ""): Promise<{ id: string; kind: string; read: boolean }[]> {
  const res = await client.get(`/notifications${query}`, as(session));
  expectJson(res);
  return res.body.rows;
}

/** An open event stream and the events it has carried so far. */
interface OpenStream {
  events: { id?: string; event: string; data: Record<string, unknown> }[];
  headers: Headers;
  close(): void;
}

async function openStream(session: SessionBody, lastEventId?: string): Promise<OpenStream> {
  const aborter = new AbortController();
  const headers: Record<string, string> = {
    Authorization: `Bearer ${session.accessToken}`,
    Accept: "text/event-stream",
  };
  if (lastEventId) headers["Last-Event-ID"] = lastEventId;
  const res = await fetch(`${client.baseUrl}/api/v1/notifications/stream`, { headers, signal: aborter.signal });
  expect(res.status).toBe(200);
  const stream: OpenStream = { events: [], headers: res.headers, close: () => aborter.abort() };
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffered += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffered.indexOf("\n\n")) !== -1) {
          const lines = buffered.slice(0, end).split("\n");
          buffered = buffered.slice(end + 2);
          const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
          const event = field("event");
          if (event) stream.events.push({ id: field("id"), event, data: JSON.parse(field("data") ?? "null") });
        }
      }
    } catch {
      // Aborted by the test.
    }
  })();
  await eventually(async () => expect(stream.events.map((e) => e.event)).toContain("ready"));
  return stream;
}

describe("the inbox", () => {
  it("holds a user's own entries: unread first, then read, archived ones gone; others get 404", async () => {
    const ada = await signupVerified(client);
    const [welcome] = await eventually(async () => {
      const rows = await inbox(ada);
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(welcome).toMatchObject({ kind: "welcome", read: false });
    expect((await client.get("/notifications/unread-count", as(ada))).body).toEqual({ count: 1 });

    const eve = await signupVerified(client);
    for (const res of [
      await client.post(`/notifications/${welcome.id}/read`, undefined, as(eve)),
      await client.delete(`/notifications/${welcome.id}`, as(eve)),
    ]) {
      expectProblem(res, 404, "NOT_FOUND", node);
    }
    expectProblem(await client.post(`/notifications/${randomUUID()}/read`, undefined, as(ada)), 404, "NOT_FOUND", node);
    expectProblem(
      await client.post("/notifications/not-a-uuid/read", undefined, as(ada)),
      422,
      "VALIDATION_ERROR",
      node,
    );
    expect((await client.get("/notifications/unread-count", as(ada))).body).toEqual({ count: 1 });

    const read = await client.post(`/notifications/${welcome.id}/read`, undefined, as(ada));
    expectJson(read);
    expect(read.body).toMatchObject({ id: welcome.id, read: true });
    // Reading again keeps the first read time.
    const again = await client.post(`/notifications/${welcome.id}/read`, undefined, as(ada));
    expect(again.body.readAt).toBe(read.body.readAt);
    expect(await inbox(ada, "?unread=true")).toEqual([]);
    expect((await inbox(ada, "?unread=false")).map((n) => n.id)).toEqual([welcome.id]);
    expect((await client.get("/notifications/unread-count", as(ada))).body).toEqual({ count: 0 });

    expect((await client.delete(`/notifications/${welcome.id}`, as(ada))).status).toBe(204);
    expect(await inbox(ada)).toEqual([]);
    expect((await client.post("/notifications/read-all", undefined, as(ada))).body).toEqual({ updated: 0 });
  });

  it("refuses malformed list queries with 422 naming the field", async () => {
    const ada = await signup(client);
    for (const [query, field] of [
      ["?limit=0", "limit"],
      ["?limit=101", "limit"],
      ["?cursor=abc", "cursor"],
      ["?unread=maybe", "unread"],
    ]) {
      const res = await client.get(`/notifications${query}`, as(ada));
      expectProblem(res, 422, "VALIDATION_ERROR", node);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});

describe("preferences", () => {
  it("turn welcome mail off while the welcome still lands in the inbox; inbox off keeps it out of the inbox", async () => {
    const mailOff = await signup(client);
    expectJson(await client.patch("/notifications/preferences", { product: { email: false } }, as(mailOff)));
    const inboxOff = await signup(client);
    expectJson(await client.patch("/notifications/preferences", { product: { inbox: false } }, as(inboxOff)));
    await verifyEmail(client, mailOff);
    await verifyEmail(client, inboxOff);

    await eventually(async () => expect((await inbox(mailOff)).map((n) => n.kind)).toEqual(["welcome"]));
    await waitForMail(client, inboxOff.user.email, "welcome");
    expect(await mailbox(client, mailOff.user.email, "welcome")).toEqual([]);
    expect(await inbox(inboxOff)).toEqual([]);
  });
});

describe("a failed charge", () => {
  it("mails and notifies the team's administrators, and no other member", async () => {
    const owner = await signupVerified(client);
    const editor = await signupVerified(client);
    const team = await client.post("/teams", { name: "Billing trouble" }, as(owner));
    expectJson(team, 201);
    await addMember(client, team.body.id, owner, editor, "editor");
    const card = await client.put(
      `/teams/${team.body.id}/billing/payment-method`,
      { token: "tok_chargeDeclined" },
      as(owner),
    );
    expect(card.status, card.text).toBe(200);
    const topUp = await client.post(
      `/teams/${team.body.id}/billing/top-ups`,
      { amountCents: 2500 },
      { ...as(owner), headers: { "Idempotency-Key": randomUUID() } },
    );
    expect(topUp.status, topUp.text).toBeLessThan(300);

    const [mail] = await waitForMail(client, owner.user.email, "charge-failed", 1, 30_000);
    expect(mail.subject).toBe("A payment for Billing trouble failed");
    expect(mail.bodyText).toContain("25.00");
    await eventually(async () =>
      expect(await inbox(owner)).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: "charge-failed", read: false })]),
      ),
    );
    expect(await mailbox(client, editor.user.email, "charge-failed")).toEqual([]);
    expect((await inbox(editor)).map((n) => n.kind)).not.toContain("charge-failed");
  });
});

describe("GET /notifications/stream", () => {
  it("pushes a new entry as soon as it is committed, and resumes after Last-Event-ID", async () => {
    const ada = await signup(client);
    const stream = await openStream(ada);
    try {
      expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
      expect(stream.events[0]).toEqual({ event: "ready", data: { unreadCount: 0 } });
      // Verifying creates the welcome entry; it arrives on the open stream.
      const verifiedAt = Date.now();
      await verifyEmail(client, ada);
      const pushed = await eventually(async () => {
        const found = stream.events.find((e) => e.event === "notification");
        expect(found).toBeDefined();
        return found!;
      });
      expect(Date.now() - verifiedAt).toBeLessThan(5_000);
      expect(pushed.data).toMatchObject({ kind: "welcome", read: false });
      expect(pushed.id).toBe(pushed.data.id);
    } finally {
      stream.close();
    }

    // Missed while away: resumed from the last id seen.
    const first = stream.events.find((e) => e.event === "notification")!;
    const owner = await signupVerified(client);
    const team = await client.post("/teams", { name: "Resume" }, as(owner));
    // A second entry for ada, while no stream is open: a failed charge as an administrator.
    await addMember(client, team.body.id, owner, ada, "administrator");
    await client.put(`/teams/${team.body.id}/billing/payment-method`, { token: "tok_chargeDeclined" }, as(owner));
    await client.post(
      `/teams/${team.body.id}/billing/top-ups`,
      { amountCents: 1000 },
      { ...as(owner), headers: { "Idempotency-Key": randomUUID() } },
    );
    await eventually(async () => expect((await inbox(ada)).map((n) => n.kind)).toContain("charge-failed"), 30_000);
    const resumed = await openStream(ada, first.id);
    try {
      await eventually(async () =>
        expect(resumed.events.filter((e) => e.event === "notification").map((e) => e.data.kind)).toEqual([
          "charge-failed",
        ]),
      );
      expect(resumed.events[0]).toEqual({ event: "ready", data: { unreadCount: 2 } });
    } finally {
      resumed.close();
    }
  });

  it("answers 401 without a credential and 406 to a client that won't take an event stream", async () => {
    const ada = await signup(client);
    const anonymous = await fetch(`${client.baseUrl}/api/v1/notifications/stream`, {
      headers: { Accept: "text/event-stream" },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expectProblem(await client.get("/notifications/stream", as(ada)), 406, "NOT_ACCEPTABLE", node);
  });
});
