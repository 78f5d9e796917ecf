/**
 * The platform clock (DESIGN §6): real time plus an offset that only the test clock moves. Every
 * time-based billing rule (period ends, renewals, proration) reads it, never `Date.now()` directly.
 */

export interface Clock {
  /** The platform's current time. */
  now(): Promise<Date>;
}

/** Real time: the clock of every node without TEST_CLOCK. */
export const systemClock: Clock = { now: async () => new Date() };

/** Where the shared offset lives, so every node reads the same one (the billing database). */
export interface OffsetStore {
  read(): Promise<number>;
  /** Adds `ms` to the offset atomically and answers the new offset. */
  advance(ms: number): Promise<number>;
}

/**
 * Real time plus a shared offset in milliseconds, read through a short cache so a hot path costs no
 * query. A node that moves the clock knows at once; others within `ttlMs`, or sooner when told
 * (`invalidate()`, on the broadcast the mover sends).
 */
export class OffsetClock implements Clock {
  private cached: { offsetMs: number; readAt: number } | null = null;

  constructor(
    private readonly store: OffsetStore,
    private readonly ttlMs = 1_000,
    private readonly realNow: () => number = Date.now,
  ) {}

  async offsetMs(): Promise<number> {
    const cached = this.cached;
    if (cached && this.realNow() - cached.readAt < this.ttlMs) return cached.offsetMs;
    const offsetMs = await this.store.read();
    this.cached = { offsetMs, readAt: this.realNow() };
    return offsetMs;
  }

  async now(): Promise<Date> {
    const offset = await this.offsetMs();
    return new Date(this.realNow() + offset);
  }

  /** Moves the platform clock forward by `seconds` and answers the new time. */
  async advance(seconds: number): Promise<Date> {
    if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new RangeError("the clock only moves forward");
    const offsetMs = await this.store.advance(seconds * 1000);
    this.cached = { offsetMs, readAt: this.realNow() };
    return new Date(this.realNow() + offsetMs);
  }

  /** Another node moved the clock: the next `now()` reads the offset again. */
  invalidate(): void {
    this.cached = null;
  }
}

/**
 * `date` plus `months` calendar months in UTC, the day clamped to the target month's last
 * (31 January + 1 month = 28 or 29 February), the time of day kept.
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(date.getUTCDate(), lastDay),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

/**
 * The monthly period containing `at`, counted from `anchor` (the account's start): period n runs
 * from anchor + n months to anchor + n + 1 months. Counting from the anchor, not from the last
 * period, keeps a 31st-of-the-month anchor on the 31st whenever the month has one.
 */
export function periodAt(anchor: Date, at: Date): { start: Date; end: Date } {
  const months = (at.getUTCFullYear() - anchor.getUTCFullYear()) * 12 + (at.getUTCMonth() - anchor.getUTCMonth());
  let n = Math.max(0, months - 1);
  while (addMonths(anchor, n + 1).getTime() <= at.getTime()) n++;
  return { start: addMonths(anchor, n), end: addMonths(anchor, n + 1) };
}
