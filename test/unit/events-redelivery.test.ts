/** Embedded redelivery: a failing consumer group is retried by timer from event_redeliveries, never while the publisher waits, and a restart picks pending retries up. */
import type { Service, ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACK_WAIT_MS } from "../../lib/events/channels.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { redeliveryBackoffMs } from "../../lib/events/redeliveries.js";
import { Consumer, holding } from "../../mixins/consumer.mixin.js";
import { envelopeBytes, rows, sendToChannel, startEmbedded, type EmbeddedBroker } from "../support/events.js";

/** Deliveries each group's handler saw, by envelope id. */
const seen: Record<string, string[]> = { flaky: [], late: [] };

/** Refuses each envelope the first time it sees it, then takes it. */
function flaky(group: "flaky" | "late"): ServiceSchema {
  return {
    name: `${group}-consumer`,
    mixins: [Consumer({ group, topics: ["promotions"], handler: "got" })],
    methods: {
      async got(this: Service, envelope: Envelope) {
        const before = seen[group].filter((id) => id === envelope.id).length;
        seen[group].push(envelope.id);
        if (before === 0) throw new Error(`${group} is not ready for ${envelope.id}`);
      },
    },
  };
}

async function until<T>(check: () => Promise<T | null | false>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let node: EmbeddedBroker;
const pending = () =>
  rows<{ consumer_group: string; envelope_id: string; attempts: number }>(
    node.db,
    "SELECT consumer_group, envelope_id, attempts FROM event_redeliveries ORDER BY id",
  );

beforeAll(async () => {
  node = await startEmbedded([flaky("flaky")]);
});
afterAll(() => node?.stop());

describe("a consumer group that fails", () => {
  it("is retried on a schedule: the publisher doesn't wait, the retry delivers, nothing is dead-lettered", async () => {
    const events = Array.from({ length: 5 }, () =>
      envelopeBytes({ topic: "promotions", type: "Created", entity: "promotion" }),
    );
    const started = performance.now();
    for (const { bytes } of events) await sendToChannel(node.broker, "events.promotions", bytes);
    // Five failing first deliveries cost the publisher no backoff: retried inline, each held it 750 ms.
    expect(performance.now() - started).toBeLessThan(750);
    expect((await pending()).map((p) => p.attempts)).toEqual([1, 1, 1, 1, 1]);
    await until(async () => (await pending()).length === 0);
    for (const { envelope } of events) expect(seen.flaky.filter((id) => id === envelope.id)).toHaveLength(2);
    const letters = await rows(node.db, "SELECT 1 FROM event_dead_letters WHERE consumer_group = 'flaky'");
    expect(letters).toEqual([]);
  });

  it("backs off 50 ms, 200 ms, 800 ms, 3.2 s between attempts", () => {
    expect([1, 2, 3, 4].map(redeliveryBackoffMs)).toEqual([50, 200, 800, 3_200]);
  });

  it("picks up the retries a stopped node left pending when its consumer starts", async () => {
    const { envelope, bytes } = envelopeBytes({ topic: "promotions", type: "Created", entity: "promotion" });
    await node.db.query(
      `INSERT INTO event_redeliveries (channel, consumer_group, envelope_id, body, attempts, next_attempt_at, last_error)
       VALUES ('events.promotions', 'late', $1, $2, 1, now(), 'the node stopped')`,
      { bind: [envelope.id, bytes] },
    );
    // It already failed once before the stop: this start's delivery is the retry, and it succeeds.
    seen.late.push(envelope.id);
    node.broker.createService(flaky("late"));
    await until(async () => (await pending()).length === 0);
    expect(seen.late.filter((id) => id === envelope.id)).toHaveLength(2);
  });
});

describe("a JetStream message whose handler outlives the ack wait", () => {
  it("is kept with working() every half ack wait while the handler (or its wait before a redelivery) runs", async () => {
    vi.useFakeTimers();
    try {
      const working = vi.fn();
      const done = holding({ working }, () => new Promise((resolve) => setTimeout(resolve, ACK_WAIT_MS * 2)));
      await vi.advanceTimersByTimeAsync(ACK_WAIT_MS * 2);
      await done;
      // At 2.5, 5 and 7.5 s of 10: the ack wait never ran out.
      expect(working).toHaveBeenCalledTimes(3);
      // Nothing more once the work is over.
      await vi.advanceTimersByTimeAsync(ACK_WAIT_MS * 2);
      expect(working).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
