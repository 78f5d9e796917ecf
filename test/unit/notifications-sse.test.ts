/** The gateway's notification streams (services/api/sse.ts): frames, resume, no gaps or repeats, keep-alive, cleanup. */
import type { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { acceptsEventStream, StreamHub } from "../../services/api/sse.js";
import { eventually } from "../support/testkit.js";

const settings = { heartbeatMs: 20, maxPerUser: 2, retryMs: 3_000 };
const entry = (id: string) => ({ id, kind: "welcome", title: `Entry ${id}` });

/** Everything written to a stream so far. */
function collect(out: PassThrough): () => string {
  let text = "";
  out.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

/** The SSE events in a stream's text, comments left out. */
function events(text: string): { id?: string; event: string; data: unknown }[] {
  return text
    .split("\n\n")
    .map((frame) => frame.split("\n").filter((line) => line && !line.startsWith(":") && !line.startsWith("retry:")))
    .filter((lines) => lines.length)
    .map((lines) => {
      const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
      return { id: field("id"), event: field("event") as string, data: JSON.parse(field("data") as string) };
    });
}

describe("a notification stream", () => {
  it("opens with the retry delay and the unread count, then replays what was missed, oldest first", async () => {
    const hub = new StreamHub(settings);
    const stream = hub.open({ userId: "u1", unreadCount: 3, backlog: [entry("a"), entry("b")] }, undefined);
    const text = collect(stream.out);
    await eventually(async () => expect(events(text())).toHaveLength(3));
    expect(text()).toMatch(/^retry: 3000\n: connected\n\n/);
    expect(events(text())).toEqual([
      { event: "ready", data: { unreadCount: 3 } },
      { id: "a", event: "notification", data: entry("a") },
      { id: "b", event: "notification", data: entry("b") },
    ]);
    hub.closeAll();
  });

  it("carries a user's live entries to each of their streams and to nobody else's", async () => {
    const hub = new StreamHub(settings);
    const [mine, myOther, theirs] = [
      hub.open({ userId: "u1", unreadCount: 0, backlog: [] }, undefined),
      hub.open({ userId: "u1", unreadCount: 0, backlog: [] }, undefined),
      hub.open({ userId: "u2", unreadCount: 0, backlog: [] }, undefined),
    ].map((s) => collect(s.out));
    hub.deliver({ userId: "u1", notification: entry("n1") });
    await eventually(async () => {
      expect(events(mine()).map((e) => e.id)).toEqual([undefined, "n1"]);
      expect(events(myOther()).map((e) => e.id)).toEqual([undefined, "n1"]);
    });
    expect(events(theirs()).map((e) => e.event)).toEqual(["ready"]);
    expect(hub.countOf("u1")).toBe(2);
    hub.closeAll();
  });

  it("loses nothing that arrives while its request is still reading the backlog, and repeats nothing", async () => {
    const hub = new StreamHub(settings);
    const pending = hub.listen();
    // Heard before the backlog was read (and also in it), then after it was read.
    hub.deliver({ userId: "u1", notification: entry("old") });
    hub.deliver({ userId: "u1", notification: entry("new") });
    hub.deliver({ userId: "u2", notification: entry("someone-else") });
    const stream = hub.open({ userId: "u1", unreadCount: 2, backlog: [entry("old")] }, pending);
    const text = collect(stream.out);
    hub.deliver({ userId: "u1", notification: entry("new") });
    hub.deliver({ userId: "u1", notification: entry("live") });
    await eventually(async () => expect(events(text()).map((e) => e.id)).toEqual([undefined, "old", "new", "live"]));
    hub.closeAll();
  });

  it("sends keep-alive comments while idle", async () => {
    const hub = new StreamHub(settings);
    const text = collect(hub.open({ userId: "u1", unreadCount: 0, backlog: [] }, undefined).out);
    await eventually(async () => expect(text().match(/^: keep-alive \S+$/gm)?.length ?? 0).toBeGreaterThanOrEqual(2));
    hub.closeAll();
  });

  it("drops a stream whose client went away, and ends every stream when the gateway stops", async () => {
    const hub = new StreamHub(settings);
    const gone = hub.open({ userId: "u1", unreadCount: 0, backlog: [] }, undefined);
    const kept = hub.open({ userId: "u2", unreadCount: 0, backlog: [] }, undefined);
    collect(kept.out);
    gone.out.destroy();
    await eventually(async () => expect(hub.countOf("u1")).toBe(0));
    expect(hub.size).toBe(1);
    const ended = new Promise((resolve) => kept.out.once("end", resolve));
    hub.closeAll();
    await ended;
    expect(hub.size).toBe(0);
  });
});

describe("Accept negotiation", () => {
  it.each([
    [undefined, true],
    ["text/event-stream", true],
    ["text/*", true],
    ["*/*", true],
    ["application/json, text/event-stream;q=0.5", true],
    ["application/json", false],
    ["text/html", false],
    ["text/event-stream;q=0", false],
  ])("Accept %s → %s", (accept, ok) => {
    expect(acceptsEventStream(accept)).toBe(ok);
  });
});
