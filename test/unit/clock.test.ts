/** lib/clock.ts: the platform clock's shared offset and cache, and calendar-month periods. */
import { describe, expect, it } from "vitest";
import { OffsetClock, addMonths, periodAt, systemClock, type OffsetStore } from "../../lib/clock.js";

/** An offset store that counts its reads, as the billing table would serve them. */
function memoryStore(): OffsetStore & { reads: number; offset: number } {
  const store = {
    reads: 0,
    offset: 0,
    async read() {
      store.reads += 1;
      return store.offset;
    },
    async advance(ms: number) {
      store.offset += ms;
      return store.offset;
    },
  };
  return store;
}

describe("OffsetClock", () => {
  it("is real time plus the stored offset", async () => {
    const store = memoryStore();
    store.offset = 86_400_000;
    let real = 1_000_000;
    const clock = new OffsetClock(store, 1_000, () => real);
    expect((await clock.now()).getTime()).toBe(1_000_000 + 86_400_000);
    real += 5;
    expect((await clock.now()).getTime()).toBe(1_000_005 + 86_400_000);
  });

  it("reads the offset at most once per ttl, and again at once after invalidate()", async () => {
    const store = memoryStore();
    let real = 0;
    const clock = new OffsetClock(store, 1_000, () => real);
    await clock.now();
    await clock.now();
    expect(store.reads).toBe(1);
    // Another node moves the shared clock: this one sees it after the ttl…
    store.offset = 60_000;
    real = 500;
    expect((await clock.now()).getTime()).toBe(500);
    real = 1_000;
    expect((await clock.now()).getTime()).toBe(61_000);
    // …or at once when told.
    store.offset = 120_000;
    clock.invalidate();
    expect((await clock.now()).getTime()).toBe(121_000);
    expect(store.reads).toBe(3);
  });

  it("advances by whole seconds, forward only, and answers the new time without another read", async () => {
    const store = memoryStore();
    const clock = new OffsetClock(store, 1_000, () => 0);
    expect((await clock.advance(3_600)).getTime()).toBe(3_600_000);
    expect((await clock.now()).getTime()).toBe(3_600_000);
    expect(store.reads).toBe(0);
    await expect(clock.advance(0)).rejects.toThrow(RangeError);
    await expect(clock.advance(-5)).rejects.toThrow(RangeError);
    await expect(clock.advance(1.5)).rejects.toThrow(RangeError);
  });

  it("has a system clock that is real time", async () => {
    const before = Date.now();
    const now = (await systemClock.now()).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe("calendar months", () => {
  const at = (iso: string) => new Date(iso);

  it("adds months in UTC, clamping the day to the month's last and keeping the time", () => {
    expect(addMonths(at("2026-01-15T10:20:30.400Z"), 1).toISOString()).toBe("2026-02-15T10:20:30.400Z");
    expect(addMonths(at("2026-01-31T00:00:00Z"), 1).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(addMonths(at("2028-01-31T00:00:00Z"), 1).toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(addMonths(at("2026-11-30T12:00:00Z"), 3).toISOString()).toBe("2027-02-28T12:00:00.000Z");
  });

  it("finds the period containing a time, counted from the anchor so the 31st stays the 31st", () => {
    const anchor = at("2026-01-31T09:00:00Z");
    expect(periodAt(anchor, at("2026-02-10T00:00:00Z"))).toEqual({
      start: at("2026-01-31T09:00:00Z"),
      end: at("2026-02-28T09:00:00Z"),
    });
    expect(periodAt(anchor, at("2026-03-30T00:00:00Z"))).toEqual({
      start: at("2026-02-28T09:00:00Z"),
      end: at("2026-03-31T09:00:00Z"),
    });
    // An end is the next period's start.
    expect(periodAt(anchor, at("2026-03-31T09:00:00Z")).start).toEqual(at("2026-03-31T09:00:00Z"));
    // Before the anchor: the first period.
    expect(periodAt(anchor, at("2025-12-01T00:00:00Z")).start).toEqual(anchor);
  });
});
