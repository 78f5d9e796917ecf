/**
 * analytics forwards the requests topic in batches: many requests.Request events in flight go to a
 * Mixpanel stand-in as a few POST /track requests of at most 50 events (the real mixpanel library's
 * batch API), each with its $insert_id; a refused batch is retried until Mixpanel takes it, and other
 * topics still go one event per request.
 */
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { topicModules } from "../../events/topics.js";
import { topicChannel } from "../../lib/events/channels.js";
import { encodeEnvelope } from "../../lib/events/envelope.js";
import AnalyticsService from "../../services/analytics/analytics.service.js";
import { makeEnvelope, sendToChannel, startEmbedded, type EmbeddedBroker } from "../support/events.js";
import { eventually } from "../support/testkit.js";

interface Received {
  method: string;
  events: { event: string; properties: Record<string, unknown> }[];
}

let server: Server;
let host = "";
const received: Received[] = [];
let failures = 0;
let node: EmbeddedBroker;

/** A Mixpanel stand-in: /track by GET (one event in the query) or POST (a batch in the form body). */
function startMixpanel(): Promise<void> {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://mixpanel.local");
      const data = req.method === "POST" ? new URLSearchParams(body).get("data") : url.searchParams.get("data");
      if (url.pathname !== "/track" || !data) return void res.writeHead(404).end("0");
      const parsed = JSON.parse(Buffer.from(data, "base64").toString("utf8")) as
        | Received["events"]
        | Received["events"][0];
      if (failures > 0) {
        failures -= 1;
        return void res.writeHead(500).end("0");
      }
      received.push({ method: req.method ?? "", events: Array.isArray(parsed) ? parsed : [parsed] });
      res.writeHead(200, { "Content-Type": "text/plain" }).end("1");
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

beforeAll(async () => {
  await startMixpanel();
  node = await startEmbedded([AnalyticsService], {
    MIXPANEL_TOKEN: "test",
    MIXPANEL_HOST: host,
    MIXPANEL_PROTOCOL: "http",
  });
});
afterAll(async () => {
  await node?.stop();
  await new Promise((resolve) => server.close(resolve));
});

function requestEvent(teamId: string) {
  const id = randomUUID();
  return makeEnvelope({
    id,
    topic: "requests",
    type: "Request",
    teamId,
    entity: "request",
    entityId: id,
    payload: topicModules.requests.encode("Request", { method: "GET", route: "/projects", status: 200 }),
  });
}

const send = (envelope: ReturnType<typeof makeEnvelope>) =>
  sendToChannel(node.broker, topicChannel(envelope.topic), encodeEnvelope(envelope));

describe("analytics on the requests topic", () => {
  it("forwards 200 events in flight as a few batches of at most 50, each event once", async () => {
    const teamId = randomUUID();
    const events = Array.from({ length: 200 }, () => requestEvent(teamId));
    await Promise.all(events.map(send));
    const mine = () =>
      received.filter((r) => r.events.some((e) => e.properties.team_id === teamId)).filter((r) => r.method === "POST");
    await eventually(async () => expect(mine().flatMap((r) => r.events)).toHaveLength(200));
    const batches = mine();
    expect(batches.length).toBeLessThanOrEqual(10);
    expect(Math.max(...batches.map((b) => b.events.length))).toBeLessThanOrEqual(50);
    const ids = batches.flatMap((b) => b.events.map((e) => e.properties.$insert_id));
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    expect(batches.flatMap((b) => b.events.map((e) => e.event))).toEqual(Array(200).fill("requests.Request"));
  });

  it("retries a batch Mixpanel refused, and sends other topics one by one", async () => {
    const teamId = randomUUID();
    failures = 1;
    const events = Array.from({ length: 10 }, () => requestEvent(teamId));
    await Promise.all(events.map(send));
    await eventually(async () => {
      const ids = received.flatMap((r) => r.events).filter((e) => e.properties.team_id === teamId);
      expect(new Set(ids.map((e) => e.properties.$insert_id)).size).toBe(10);
    });
    const user = makeEnvelope({ topic: "users", type: "Created", payload: topicModules.users.encode("Created", {}) });
    await send(user);
    const single = await eventually(async () => {
      const found = received.find((r) => r.events.some((e) => e.properties.$insert_id === user.id));
      expect(found).toBeDefined();
      return found!;
    });
    expect(single.method).toBe("GET");
  });
});
