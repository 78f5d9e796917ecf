/**
 * The metering parts on their own: the quota counters (memory, and the Redis Lua scripts on the
 * machine's Redis under a unique prefix), the recorder's group commit and retries, periods rolled on
 * the platform clock, event ids, and the overage and alert arithmetic.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { makeEnvelope } from "../support/events.js";
import { SHARED_REDIS_URL } from "../support/processes.js";
import { eventIdOf, RequestRecorder, type RequestSink } from "../../services/api/metering-events.js";
import { rollForward, type Plan } from "../../services/api/metering-plans.js";
import { MemoryMeterStore, RedisMeterStore, type MeterStore } from "../../services/api/metering-store.js";
import { threshold } from "../../services/usage/methods.js";
import { owedCents } from "../../services/usage/overage.js";
import type { Envelope } from "../../lib/events/envelope.js";

const prefix = `mwtest_${randomUUID().slice(0, 8)}`;
const redisStore = new RedisMeterStore(SHARED_REDIS_URL);
const direct = new Redis(SHARED_REDIS_URL);

afterAll(async () => {
  // Only this run's keys: never a FLUSH of the shared Redis.
  const keys = await direct.keys(`${prefix}:*`);
  if (keys.length) await direct.del(...keys);
  await redisStore.close();
  direct.disconnect();
});

describe.each([
  { name: "memory", store: new MemoryMeterStore() as MeterStore },
  { name: "Redis", store: redisStore as MeterStore },
])("the $name quota counters", ({ store }) => {
  const key = () => `${prefix}:usage:${randomUUID()}:0`;

  it("know nothing of a counter until it is seeded, then admit up to the quota and count only what they admit", async () => {
    const k = key();
    expect(await store.admit(k, 3, false, 60_000)).toBeNull();
    await store.seed(k, 1, 60_000);
    expect(await store.admit(k, 3, false, 60_000)).toEqual({ admitted: true, count: 2 });
    expect(await store.admit(k, 3, false, 60_000)).toEqual({ admitted: true, count: 3 });
    expect(await store.admit(k, 3, false, 60_000)).toEqual({ admitted: false, count: 3 });
    expect(await store.admit(k, 3, false, 60_000)).toEqual({ admitted: false, count: 3 });
    expect(await store.read([k])).toEqual([3]);
    // Overage goes on past the quota.
    expect(await store.admit(k, 3, true, 60_000)).toEqual({ admitted: true, count: 4 });
  });

  it("never let a seed overwrite a live counter, raise only upwards, and take one back on release", async () => {
    const k = key();
    await store.seed(k, 5, 60_000);
    await store.seed(k, 1, 60_000);
    expect(await store.read([k])).toEqual([5]);
    expect(await store.raise(k, 3, 60_000)).toBe(5);
    expect(await store.read([k])).toEqual([5]);
    expect(await store.raise(k, 9, 60_000)).toBe(5);
    expect(await store.read([k])).toEqual([9]);
    await store.release(k);
    expect(await store.read([k])).toEqual([8]);
    const missing = key();
    expect(await store.raise(missing, 4, 60_000)).toBeNull();
    expect(await store.read([missing])).toEqual([4]);
    await store.forget([k, missing]);
    expect(await store.read([k, missing])).toEqual([null, null]);
  });

  it("admit exactly the quota of 50 parallel requests", async () => {
    const k = key();
    await store.seed(k, 0, 60_000);
    const decisions = await Promise.all(Array.from({ length: 50 }, () => store.admit(k, 20, false, 60_000)));
    expect(decisions.filter((d) => d?.admitted)).toHaveLength(20);
    expect(await store.read([k])).toEqual([20]);
  });
});

describe("the request recorder", () => {
  function sink(failures = 0): RequestSink & { batches: string[][] } {
    const batches: string[][] = [];
    let fail = failures;
    return {
      batches,
      async send(envelopes: Envelope[]) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (fail-- > 0) throw new Error("JetStream is not connected");
        batches.push(envelopes.map((e) => e.id));
      },
    };
  }

  it("sends the events of concurrent requests in a few batches, each once", async () => {
    const target = sink();
    const recorder = new RequestRecorder(target, { concurrency: 1 });
    const envelopes = Array.from({ length: 100 }, () => makeEnvelope({ topic: "requests", type: "Request" }));
    await Promise.all(envelopes.map((e) => recorder.record(e)));
    expect(target.batches.flat().sort()).toEqual(envelopes.map((e) => e.id).sort());
    expect(target.batches.length).toBeLessThanOrEqual(3);
  });

  it("retries a failed batch until it is sent, and gives up at the deadline", async () => {
    const flaky = sink(2);
    const envelope = makeEnvelope({ topic: "requests", type: "Request" });
    await new RequestRecorder(flaky, { deadlineMs: 5_000 }).record(envelope);
    expect(flaky.batches).toEqual([[envelope.id]]);
    const down = sink(1_000);
    await expect(new RequestRecorder(down, { deadlineMs: 300 }).record(envelope)).rejects.toThrow(/not connected/);
  });
});

describe("periods and ids", () => {
  const plan: Plan = {
    teamId: randomUUID(),
    tier: "free",
    quota: 10,
    overageCentsPer100: null,
    balanceCents: 0,
    periodStart: Date.UTC(2025, 0, 31),
    periodEnd: Date.UTC(2025, 1, 28),
  };

  it("moves a period billing has not ended yet on from where it ended", () => {
    expect(rollForward(plan, Date.UTC(2025, 1, 27))).toEqual(plan);
    const next = rollForward(plan, Date.UTC(2025, 2, 1));
    expect([next.periodStart, next.periodEnd]).toEqual([Date.UTC(2025, 1, 28), Date.UTC(2025, 2, 28)]);
    const later = rollForward(plan, Date.UTC(2025, 4, 1));
    expect(later.periodStart).toBe(Date.UTC(2025, 3, 28));
  });

  it("uses the gateway's request id as the event id, and a fresh one for an id the caller chose", () => {
    const id = randomUUID();
    expect(eventIdOf(id, false)).toBe(id);
    expect(eventIdOf(id, true)).not.toBe(id);
    expect(eventIdOf("my-trace-1", false)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("overage and alert arithmetic", () => {
  it("owes whole cents past the quota only, fractions waiting for more requests", () => {
    expect(owedCents(100, 100, 1)).toBe(0);
    expect(owedCents(199, 100, 1)).toBe(0);
    expect(owedCents(200, 100, 1)).toBe(1);
    expect(owedCents(350, 100, 1)).toBe(2);
    expect(owedCents(107, 100, 1000)).toBe(70);
    expect(owedCents(90, 100, 1000)).toBe(0);
  });

  it("puts the thresholds at 80 % and 100 %, rounded up", () => {
    expect(threshold(10, 80)).toBe(8);
    expect(threshold(20, 80)).toBe(16);
    expect(threshold(1_001, 80)).toBe(801);
    expect(threshold(1_000, 100)).toBe(1_000);
  });
});
