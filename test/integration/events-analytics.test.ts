/** analytics forwards events to a Mixpanel stand-in through the real mixpanel library: names, ids, unknown types, the ignore list, retries through an outage. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { topicChannel } from "../../lib/events/channels.js";
import { encodeEnvelope } from "../../lib/events/envelope.js";
import {
  createEventMesh,
  jetstream,
  makeEnvelope,
  signups,
  startFakeMixpanel,
  type EventMesh,
  type FakeMixpanel,
  type JetStream,
  type TrackedEvent,
} from "../support/events.js";
import { eventually, sleep } from "../support/processes.js";

describe("analytics forwarding to Mixpanel", () => {
  let mesh: EventMesh;
  let mixpanel: FakeMixpanel;
  let js: JetStream;
  let producerUrl = "";

  /** The tracked events of one Mixpanel distinct_id, once there are `count`. */
  const trackedFor = (distinctId: string, count: number, timeoutMs = 15_000) =>
    eventually(
      async () => {
        const found = mixpanel.tracked.filter((e) => e.properties.distinct_id === distinctId);
        return found.length >= count ? found : null;
      },
      timeoutMs,
      `${count} tracked event(s) of ${distinctId}`,
      25,
    );

  const auditRows = (entityId: string) =>
    mesh.db.query<{ id: string; type: string; occurred_at: Date }>(
      "SELECT id, type, occurred_at FROM audit_events WHERE entity_id = $1 ORDER BY seq",
      [entityId],
    );

  /** Publishes a hand-made users envelope straight to the JetStream subject, as another producer would. */
  const publishRaw = (overrides: Parameters<typeof makeEnvelope>[0]) => {
    const envelope = makeEnvelope(overrides);
    return js.nc
      .jetstream()
      .publish(`${mesh.namespace}.${topicChannel(envelope.topic)}`, encodeEnvelope(envelope))
      .then(() => envelope);
  };

  beforeAll(async () => {
    mixpanel = await startFakeMixpanel();
    mesh = await createEventMesh("mwev_mp");
    js = await jetstream();
    // Audit first: it creates the streams and is the group that must not wait for analytics.
    await mesh.start("audit", "audit");
    const producer = await mesh.start("producer", "api,users");
    producerUrl = producer.baseUrl;
    await mesh.start("analytics", "analytics", {
      MIXPANEL_TOKEN: "test",
      MIXPANEL_HOST: mixpanel.host,
      MIXPANEL_PROTOCOL: "http",
      ANALYTICS_IGNORE: "*@ignored.test",
    });
  });

  afterAll(async () => {
    await js?.close();
    await mesh?.cleanup();
    await mixpanel?.close();
  });

  it("tracks users.Created and users.Signup with distinct_id = actor, $insert_id = envelope id and the event time", async () => {
    const [id] = await signups(producerUrl, 1, { tag: "tracked" });
    const tracked = await trackedFor(id, 2);
    const stored = await auditRows(id);
    expect(tracked.map((e) => e.event).sort()).toEqual(["users.Created", "users.Signup"]);
    for (const event of tracked) {
      const row = stored.find((r) => `users.${r.type}` === event.event) as (typeof stored)[number];
      expect(event.properties).toMatchObject({
        distinct_id: id,
        $insert_id: row.id,
        time: new Date(row.occurred_at).getTime(),
        token: "test",
        topic: "users",
        entity: "user",
        entity_id: id,
      });
    }
  });

  it("reports an event type this build does not know by its name", async () => {
    const actor = randomUUID();
    const envelope = await publishRaw({
      type: "FutureThing",
      actorId: actor,
      entityId: actor,
      payload: new Uint8Array([0x08, 0x63]),
    });
    const [event] = await trackedFor(actor, 1);
    expect(event).toMatchObject({
      event: "users.FutureThing",
      properties: { distinct_id: actor, $insert_id: envelope.id, time: envelope.occurredAt },
    });
  });

  it("reports an actor that is no account id under that id", async () => {
    const envelope = await publishRaw({ type: "Login", actorId: "nightly-import", entityId: randomUUID() });
    const [event] = await trackedFor("nightly-import", 1);
    expect(event.properties.$insert_id).toBe(envelope.id);
  });

  it("never reports the events of an account on the ignore list, of any topic", async () => {
    const [ignored] = await signups(producerUrl, 1, { tag: "hidden", domain: "ignored.test" });
    // A teams event caused by the ignored account: analytics has to look its email up.
    const teamId = randomUUID();
    await publishRaw({
      topic: "teams",
      type: "TeamCreated",
      entity: "team",
      entityId: teamId,
      teamId,
      actorId: ignored,
    });
    // Controls published after them: once these arrive, the ignored ones have been handled.
    const [control] = await signups(producerUrl, 1, { tag: "control" });
    const controlTeam = await publishRaw({
      topic: "teams",
      type: "TeamCreated",
      entity: "team",
      entityId: randomUUID(),
      actorId: control,
    });
    const controls = await trackedFor(control, 3);
    expect(controls.map((e) => e.event).sort()).toEqual(["teams.TeamCreated", "users.Created", "users.Signup"]);
    expect(controls.find((e) => e.event === "teams.TeamCreated")?.properties.$insert_id).toBe(controlTeam.id);
    await sleep(500);
    expect(mixpanel.attempts.filter((e) => e.properties.distinct_id === ignored)).toEqual([]);
    // Audit still has them: the ignore list is analytics' alone.
    expect((await auditRows(ignored)).map((r) => r.type)).toEqual(["Created", "Signup"]);
  });

  it(
    "retries through a Mixpanel outage without holding up audit, and delivers once it recovers",
    { timeout: 45_000 },
    async () => {
      mixpanel.failNext(Number.MAX_SAFE_INTEGER);
      const outageStarted = Date.now();
      const [id] = await signups(producerUrl, 1, { tag: "outage" });
      // Audit stores both events while every Mixpanel request fails.
      await eventually(async () => (await auditRows(id)).length === 2, 10_000, "audit to store during the outage", 25);
      await eventually(
        async () => mixpanel.attempts.filter((e) => e.properties.distinct_id === id).length >= 2,
        10_000,
        "a refused attempt",
        25,
      );
      await sleep(Math.max(0, 2_500 - (Date.now() - outageStarted)));
      expect(mixpanel.tracked.filter((e) => e.properties.distinct_id === id)).toEqual([]);
      mixpanel.failNext(0);

      const tracked = await trackedFor(id, 2, 30_000);
      const stored = await auditRows(id);
      expect(tracked.map((e) => e.properties.$insert_id).sort()).toEqual(stored.map((r) => r.id).sort());
      const attempts = mixpanel.attempts.filter((e: TrackedEvent) => e.properties.distinct_id === id);
      expect(attempts.length).toBeGreaterThan(2);
      console.log(
        `Mixpanel outage of ${Date.now() - outageStarted} ms: ${attempts.length} attempts for 2 events, delivered after recovery`,
      );
      await sleep(500);
      expect(mixpanel.tracked.filter((e) => e.properties.distinct_id === id)).toHaveLength(2);
    },
  );
});
