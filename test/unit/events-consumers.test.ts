/** Consuming events in embedded mode: audit stores unknown types, dedupes redeliveries, dead-letters poison and failing handlers, and replays to one group. */
import { randomBytes, randomUUID } from "node:crypto";
import type { Service, ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as users from "../../events/users/index.js";
import { ACK_WAIT_MS, MAX_RETRIES, replayChannel } from "../../lib/events/channels.js";
import type { Envelope } from "../../lib/events/envelope.js";
import {
  Consumer,
  METRIC_CONSUMED,
  METRIC_DEAD_LETTERED,
  METRIC_UNDECODABLE,
  redeliveryDelayMs,
} from "../../mixins/consumer.mixin.js";
import AuditService from "../../services/audit/audit.service.js";
import {
  counterValue,
  envelopeBytes,
  rows,
  sendToChannel,
  startEmbedded,
  type EmbeddedBroker,
} from "../support/events.js";

/** Envelopes each recording consumer received, by group. */
const received: Record<string, Envelope[]> = { probe: [], failing: [] };

function recorder(group: string, topics: ("users" | "promotions")[], fail = false): ServiceSchema {
  return {
    name: `${group}-consumer`,
    mixins: [Consumer({ group, topics, handler: "got" })],
    methods: {
      async got(this: Service, envelope: Envelope) {
        received[group].push(envelope);
        if (fail) throw new Error(`${group} refuses ${envelope.id}`);
      },
    },
  };
}

let node: EmbeddedBroker;

/** Polls `check` until it answers something (scheduled redeliveries take a few seconds in all). */
async function until<T>(check: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting for a scheduled redelivery");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface StoredRow {
  id: string;
  topic: string;
  type: string;
  seq: number;
  payload: Record<string, unknown>;
}

const stored = (id: string) =>
  rows<StoredRow>(node.db, "SELECT id, topic, type, seq, payload FROM audit_events WHERE id = $1", [id]);
const deadLetters = (group: string) =>
  rows<{ channel: string; consumer_group: string; envelope_id: string | null; reason: string; body: Buffer }>(
    node.db,
    "SELECT channel, consumer_group, envelope_id, reason, body FROM event_dead_letters WHERE consumer_group = $1 ORDER BY id",
    [group],
  );

beforeAll(async () => {
  node = await startEmbedded([AuditService, recorder("failing", ["promotions"], true)]);
});

afterAll(() => node?.stop());

describe("audit as a consumer", () => {
  it("stores a users event with its decoded payload", async () => {
    const { envelope, bytes } = envelopeBytes({
      type: "Signup",
      payload: users.encode("Signup", { user: { id: randomUUID(), email: "sam@example.test" } }),
    });
    await sendToChannel(node.broker, "events.users", bytes);
    const [row] = await stored(envelope.id);
    expect(row).toMatchObject({
      id: envelope.id,
      topic: "users",
      type: "Signup",
      payload: { type: "Signup", user: { email: "sam@example.test" } },
    });
  });

  it("stores an event type this build does not know under its own name", async () => {
    const { envelope, bytes } = envelopeBytes({ type: "FutureThing", payload: new Uint8Array([0x08, 0x63]) });
    await sendToChannel(node.broker, "events.users", bytes);
    const [row] = await stored(envelope.id);
    expect(row).toMatchObject({ type: "FutureThing", payload: { type: "FutureThing" } });
    const found = await node.broker.call<{ rows: { id: string }[] }, object>("audit.search", { type: "FutureThing" });
    expect(found.rows.map((r) => r.id)).toContain(envelope.id);
  });

  it("stores an envelope delivered twice once", async () => {
    const { envelope, bytes } = envelopeBytes({ type: "Login" });
    await sendToChannel(node.broker, "events.users", bytes);
    await sendToChannel(node.broker, "events.users", bytes);
    await Promise.all([
      sendToChannel(node.broker, "events.users", bytes),
      sendToChannel(node.broker, "events.users", bytes),
    ]);
    expect(await stored(envelope.id)).toHaveLength(1);
  });

  it("moves a poison message to dead letters, counts it, and goes on storing valid events", async () => {
    const labels = { channel: "events.users", group: "audit" };
    const before = counterValue(node.broker, METRIC_UNDECODABLE, labels);
    const poison = randomBytes(48);
    await sendToChannel(node.broker, "events.users", poison);
    const letters = await deadLetters("audit");
    const letter = letters.find((l) => Buffer.compare(l.body, poison) === 0);
    expect(letter).toMatchObject({
      channel: "events.users",
      consumer_group: "audit",
      envelope_id: null,
      reason: expect.stringMatching(/undecodable/),
    });
    expect(counterValue(node.broker, METRIC_UNDECODABLE, labels)).toBe(before + 1);

    const { envelope, bytes } = envelopeBytes({ type: "Logout" });
    await sendToChannel(node.broker, "events.users", bytes);
    expect(await stored(envelope.id)).toHaveLength(1);
  });

  it("refuses an id that only looks like a UUID as undecodable", async () => {
    const { bytes } = envelopeBytes({ id: "-".repeat(36) });
    const before = counterValue(node.broker, METRIC_UNDECODABLE, { channel: "events.users", group: "audit" });
    await sendToChannel(node.broker, "events.users", bytes);
    expect(counterValue(node.broker, METRIC_UNDECODABLE, { channel: "events.users", group: "audit" })).toBe(before + 1);
  });

  it("stores the valid events that arrive together with one the database refuses, and dead-letters only that one", async () => {
    // A NUL character is valid protobuf but not valid jsonb: the insert of that one event fails.
    const bad = envelopeBytes({
      type: "Updated",
      payload: users.encode("Updated", { user: { id: randomUUID(), email: "nul\u0000@example.test" } }),
    });
    const good = Array.from({ length: 20 }, () => envelopeBytes({ type: "Updated" }));
    await Promise.all([bad, ...good].map(({ bytes }) => sendToChannel(node.broker, "events.users", bytes)));
    for (const { envelope } of good) expect(await stored(envelope.id)).toHaveLength(1);
    expect(await stored(bad.envelope.id)).toHaveLength(0);
    // Retried on a schedule (not while the relay waits), then dead-lettered.
    const letters = await until(async () => {
      const found = await deadLetters("audit");
      return found.some((l) => l.envelope_id === bad.envelope.id) ? found : null;
    });
    expect(letters.filter((l) => l.envelope_id === bad.envelope.id)).toHaveLength(1);
    expect(letters.filter((l) => good.some((g) => g.envelope.id === l.envelope_id))).toHaveLength(0);
  });
});

describe("a handler that always fails", () => {
  it(`is tried ${MAX_RETRIES} times, then the message lands in dead letters and is counted`, async () => {
    const { envelope, bytes } = envelopeBytes({ topic: "promotions", type: "Created", entity: "promotion" });
    const started = performance.now();
    await sendToChannel(node.broker, "events.promotions", bytes);
    // The failing group doesn't hold the publisher: its retries are scheduled (50 ms, 200 ms, 800 ms, 3.2 s).
    expect(performance.now() - started).toBeLessThan(500);
    expect(received.failing.filter((e) => e.id === envelope.id)).toHaveLength(1);
    const letters = await until(async () => {
      const found = (await deadLetters("failing")).filter((l) => l.envelope_id === envelope.id);
      return found.length ? found : null;
    });
    expect(received.failing.filter((e) => e.id === envelope.id)).toHaveLength(MAX_RETRIES);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ channel: "events.promotions", reason: `failing refuses ${envelope.id}` });
    expect(Buffer.compare(letters[0].body, bytes)).toBe(0);
    expect(counterValue(node.broker, METRIC_DEAD_LETTERED, { channel: "events.promotions", group: "failing" })).toBe(1);
    // The audit group, consuming the same channel, stored it normally.
    expect(await stored(envelope.id)).toHaveLength(1);
    expect(
      counterValue(node.broker, METRIC_CONSUMED, { channel: "events.promotions", group: "audit" }),
    ).toBeGreaterThanOrEqual(1);
  });
});

describe("audit.replay", () => {
  it("re-delivers a stored range to one consumer group only, on its replay channel", async () => {
    const sent = Array.from({ length: 5 }, (_, i) =>
      envelopeBytes({ type: i % 2 ? "Login" : "Logout", occurredAt: Date.now() + i }),
    );
    for (const { bytes } of sent) await sendToChannel(node.broker, "events.users", bytes);
    const seqs = (await Promise.all(sent.map(({ envelope }) => stored(envelope.id)))).map(([row]) => Number(row.seq));
    const auditCount = async () =>
      (await rows<{ n: number }>(node.db, "SELECT count(*)::int AS n FROM audit_events"))[0].n;
    const countBefore = await auditCount();

    // A group that joins later: it never saw these events.
    node.broker.createService(recorder("probe", ["users"]));
    await node.broker.waitForServices(["probe-consumer"]);
    expect(received.probe).toHaveLength(0);

    const result = await node.broker.call<{ replayed: number; group: string; lastSeq: number }, object>(
      "audit.replay",
      {
        fromSeq: Math.min(...seqs),
        toSeq: Math.max(...seqs),
        topic: "users",
        group: "probe",
      },
    );
    expect(result).toMatchObject({ group: "probe", lastSeq: Math.max(...seqs), more: false });
    expect(result.replayed).toBeGreaterThanOrEqual(sent.length);
    const replayedIds = received.probe.map((e) => e.id);
    for (const { envelope } of sent) expect(replayedIds).toContain(envelope.id);
    const one = received.probe.find((e) => e.id === sent[1].envelope.id) as Envelope;
    expect({ ...one, payload: undefined }).toEqual({ ...sent[1].envelope, payload: undefined });
    // Audit itself did not get them again.
    expect(await auditCount()).toBe(countBefore);
    expect(counterValue(node.broker, METRIC_CONSUMED, { channel: replayChannel("audit"), group: "audit" })).toBe(0);
  });

  it("refuses a range that ends before it starts with 422", async () => {
    await expect(node.broker.call("audit.replay", { fromSeq: 10, toSeq: 2, group: "probe" })).rejects.toMatchObject({
      code: 422,
    });
  });
});

describe("durable redelivery", () => {
  it("spaces the retries of a failing message over seconds (the message kept meanwhile: ack wait is 5 s)", () => {
    const waits = Array.from({ length: MAX_RETRIES - 1 }, (_, i) => redeliveryDelayMs(i + 1));
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(redeliveryDelayMs(50)).toBe(8_000);
    // Longer than the ack wait: the wrapper calls working() every ACK_WAIT_MS / 2 while it waits.
    expect(ACK_WAIT_MS).toBe(5_000);
  });
});
