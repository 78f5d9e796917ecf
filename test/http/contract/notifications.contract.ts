/** Contract cases for the inbox: /notifications/*, its live stream and preferences. */
import { expect } from "vitest";
import { signupVerified } from "../../support/mail.js";
import { eventually, expectJson, expectProblem, type ApiClient, type SessionBody } from "../../support/testkit.js";
import type { ContractCases } from "./context.js";

const nullable = (matcher: unknown) => expect.toBeOneOf([null, matcher]);
const uuid = () => expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoDate = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

/** An inbox entry: exactly these keys. */
export function expectNotification(body: unknown): void {
  const shape = {
    id: uuid(),
    kind: expect.any(String),
    category: expect.stringMatching(/^(product|billing|usage)$/),
    title: expect.any(String),
    body: expect.any(String),
    link: nullable(expect.any(String)),
    teamId: nullable(uuid()),
    readAt: nullable(isoDate()),
    read: expect.any(Boolean),
    createdAt: isoDate(),
  };
  expect(body).toEqual(shape);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(shape).sort());
}

/** A verified account with the welcome entry its verification put in its inbox. */
async function withWelcome(client: ApiClient): Promise<{ session: SessionBody; id: string }> {
  const session = await signupVerified(client);
  const id = await eventually(async () => {
    const res = await client.get("/notifications", { token: session.accessToken });
    expect(res.body.rows).toHaveLength(1);
    return res.body.rows[0].id as string;
  });
  return { session, id };
}

const ALL_ON = {
  product: { email: true, inbox: true },
  billing: { email: true, inbox: true },
  usage: { email: true, inbox: true },
};

export const cases: ContractCases = {
  "GET /notifications": async ({ client }) => {
    const { session, id } = await withWelcome(client);
    const res = await client.get("/notifications?limit=1", { token: session.accessToken });
    expectJson(res);
    expect(Object.keys(res.body).sort()).toEqual(["nextCursor", "rows"]);
    expect(res.body.rows).toHaveLength(1);
    expectNotification(res.body.rows[0]);
    expect(res.body.rows[0]).toMatchObject({ id, kind: "welcome", category: "product", read: false, readAt: null });
    // A full page points at the next one; the next one is empty and ends the list.
    expect(res.body.nextCursor).toMatch(/^\d+$/);
    const next = await client.get(`/notifications?limit=1&cursor=${res.body.nextCursor}`, {
      token: session.accessToken,
    });
    expectJson(next);
    expect(next.body).toEqual({ rows: [], nextCursor: null });
    const unread = await client.get("/notifications?unread=true", { token: session.accessToken });
    expect(unread.body.rows.map((n: { id: string }) => n.id)).toEqual([id]);
    const read = await client.get("/notifications?unread=false", { token: session.accessToken });
    expect(read.body).toEqual({ rows: [], nextCursor: null });
  },

  "GET /notifications/unread-count": async ({ client }) => {
    const { session } = await withWelcome(client);
    const res = await client.get("/notifications/unread-count", { token: session.accessToken });
    expectJson(res);
    expect(res.body).toEqual({ count: 1 });
  },

  "POST /notifications/:id/read": async ({ client, node }) => {
    const { session, id } = await withWelcome(client);
    const res = await client.post(`/notifications/${id}/read`, undefined, { token: session.accessToken });
    expectJson(res);
    expectNotification(res.body);
    expect(res.body).toMatchObject({ id, read: true, readAt: isoDate() });
    const stranger = await signupVerified(client);
    expectProblem(
      await client.post(`/notifications/${id}/read`, undefined, { token: stranger.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },

  "POST /notifications/read-all": async ({ client }) => {
    const { session } = await withWelcome(client);
    const res = await client.post("/notifications/read-all", undefined, { token: session.accessToken });
    expectJson(res);
    expect(res.body).toEqual({ updated: 1 });
    expect((await client.get("/notifications/unread-count", { token: session.accessToken })).body).toEqual({
      count: 0,
    });
  },

  "DELETE /notifications/:id": async ({ client, node }) => {
    const { session, id } = await withWelcome(client);
    const res = await client.delete(`/notifications/${id}`, { token: session.accessToken });
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe("");
    expect((await client.get("/notifications", { token: session.accessToken })).body.rows).toEqual([]);
    expectProblem(await client.delete(`/notifications/${id}`, { token: session.accessToken }), 404, "NOT_FOUND", node);
  },

  "GET /notifications/stream": async ({ client, node }) => {
    const { session } = await withWelcome(client);
    const aborter = new AbortController();
    const res = await fetch(`${client.baseUrl}/api/v1/notifications/stream`, {
      headers: { Authorization: `Bearer ${session.accessToken}`, Accept: "text/event-stream" },
      signal: aborter.signal,
    });
    try {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("x-request-id")).toBeTruthy();
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      let text = "";
      while (!text.includes("event: ready")) text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toMatch(/^retry: \d+\n/);
      expect(text).toContain('event: ready\ndata: {"unreadCount":1}');
    } finally {
      aborter.abort();
    }
    // A client that won't take an event stream is told so.
    expectProblem(
      await client.get("/notifications/stream", { token: session.accessToken }),
      406,
      "NOT_ACCEPTABLE",
      node,
    );
  },

  "GET /notifications/preferences": async ({ client }) => {
    const { session } = await withWelcome(client);
    const res = await client.get("/notifications/preferences", { token: session.accessToken });
    expectJson(res);
    expect(res.body).toEqual(ALL_ON);
  },

  "PATCH /notifications/preferences": async ({ client, node }) => {
    const { session } = await withWelcome(client);
    const res = await client.patch(
      "/notifications/preferences",
      { usage: { email: false } },
      { token: session.accessToken },
    );
    expectJson(res);
    expect(res.body).toEqual({ ...ALL_ON, usage: { email: false, inbox: true } });
    expect((await client.get("/notifications/preferences", { token: session.accessToken })).body).toEqual(res.body);
    const refused = await client.patch(
      "/notifications/preferences",
      { security: { email: false } },
      { token: session.accessToken },
    );
    expectProblem(refused, 422, "VALIDATION_ERROR", node);
    expect(refused.body.errors).toEqual([{ field: "security", message: expect.stringMatching(/always goes/) }]);
  },
};
