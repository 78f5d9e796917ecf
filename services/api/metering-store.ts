/**
 * The gateway's quota counters: one count per team and period, checked and bumped in one round trip.
 * With REDIS_URL every gateway shares it (a Lua script: read, compare with the quota, increment);
 * without, it lives in this process (the embedded node has one gateway). The usage domain's counters
 * in PostgreSQL are the truth: a counter missing here (a new period, a flushed or replaced Redis) is
 * seeded from them before it admits anything, and a periodic sweep raises one that fell behind.
 */
import { Redis } from "ioredis";
import { RedisGate, redisOptions } from "../../lib/redis.js";

/** What one admission found: whether the request may run, and the count after it (or as it stands when refused). */
export interface MeterDecision {
  admitted: boolean;
  count: number;
}

export interface MeterStore {
  /**
   * Admits and counts one request unless `count >= quota` and `overage` is off; refused requests are
   * not counted. Null when the counter does not exist yet: seed it, then ask again.
   */
  admit(key: string, quota: number, overage: boolean, ttlMs: number): Promise<MeterDecision | null>;
  /** Creates a missing counter at `count` (an existing one is left alone). */
  seed(key: string, count: number, ttlMs: number): Promise<void>;
  /** The counters as they stand (null: missing). */
  read(keys: string[]): Promise<(number | null)[]>;
  /** Raises a counter to `truth` when it is below it (or missing); answers its value before. */
  raise(key: string, truth: number, ttlMs: number): Promise<number | null>;
  /** Takes one count back (a request admitted but never recorded). */
  release(key: string): Promise<void>;
  /** Drops counters (tests and benchmarks start from nothing). */
  forget(keys: string[]): Promise<void>;
  close(): Promise<void>;
}

/** Raised when the shared store can't answer in time. */
export class MeterUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the quota counters are unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = "MeterUnavailableError";
  }
}

// --- memory ------------------------------------------------------------------------------------

interface Counter {
  count: number;
  expiresAt: number;
}

/** This process's counters: exact for one gateway, and the fallback of a gateway whose Redis is away. */
export class MemoryMeterStore implements MeterStore {
  private readonly counters = new Map<string, Counter>();

  constructor(private readonly now: () => number = Date.now) {}

  private live(key: string): Counter | null {
    const counter = this.counters.get(key);
    if (!counter) return null;
    if (counter.expiresAt > this.now()) return counter;
    this.counters.delete(key);
    return null;
  }

  async admit(key: string, quota: number, overage: boolean): Promise<MeterDecision | null> {
    const counter = this.live(key);
    if (!counter) return null;
    if (counter.count >= quota && !overage) return { admitted: false, count: counter.count };
    counter.count += 1;
    return { admitted: true, count: counter.count };
  }

  async seed(key: string, count: number, ttlMs: number): Promise<void> {
    if (!this.live(key)) this.counters.set(key, { count, expiresAt: this.now() + ttlMs });
  }

  async read(keys: string[]): Promise<(number | null)[]> {
    return keys.map((key) => this.live(key)?.count ?? null);
  }

  async raise(key: string, truth: number, ttlMs: number): Promise<number | null> {
    const counter = this.live(key);
    if (!counter) {
      this.counters.set(key, { count: truth, expiresAt: this.now() + ttlMs });
      return null;
    }
    const before = counter.count;
    if (before < truth) counter.count = truth;
    return before;
  }

  async release(key: string): Promise<void> {
    const counter = this.live(key);
    if (counter && counter.count > 0) counter.count -= 1;
  }

  async forget(keys: string[]): Promise<void> {
    for (const key of keys) this.counters.delete(key);
  }

  async close(): Promise<void> {
    this.counters.clear();
  }
}

// --- Redis -------------------------------------------------------------------------------------

/** ARGV: quota, overage (1/0). Answers {-1} for a missing counter, else {admitted, count}. */
const ADMIT = `
local current = redis.call('GET', KEYS[1])
if current == false then return {-1, 0} end
local count = tonumber(current)
if count >= tonumber(ARGV[1]) and ARGV[2] ~= '1' then return {0, count} end
return {1, redis.call('INCR', KEYS[1])}`;

/** ARGV: truth, ttl ms. Answers the value before (-1: missing). */
const RAISE = `
local current = redis.call('GET', KEYS[1])
if current == false then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return -1
end
if tonumber(current) < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1], 'KEEPTTL') end
return tonumber(current)`;

/** Takes one back, never below zero, never creating a counter. */
const RELEASE = `
local current = redis.call('GET', KEYS[1])
if current ~= false and tonumber(current) > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

interface ScriptedRedis extends Redis {
  meterAdmit(key: string, quota: number, overage: string): Promise<[number, number]>;
  meterRaise(key: string, truth: number, ttlMs: number): Promise<number>;
  meterRelease(key: string): Promise<number>;
}

/** A quota decision waits this long for Redis before the gateway's own counters decide. */
export const METER_COMMAND_TIMEOUT_MS = 250;

/** Counters every gateway shares; a failed command is MeterUnavailableError (Redis is skipped for a second). */
export class RedisMeterStore implements MeterStore {
  private readonly redis: ScriptedRedis;
  private readonly gate = new RedisGate();

  constructor(url: string) {
    const redis = new Redis(redisOptions(url, { commandTimeoutMs: METER_COMMAND_TIMEOUT_MS }));
    redis.on("error", () => undefined); // reconnects on its own; decisions meanwhile fall back
    redis.on("ready", () => this.gate.reset());
    redis.defineCommand("meterAdmit", { numberOfKeys: 1, lua: ADMIT });
    redis.defineCommand("meterRaise", { numberOfKeys: 1, lua: RAISE });
    redis.defineCommand("meterRelease", { numberOfKeys: 1, lua: RELEASE });
    this.redis = redis as ScriptedRedis;
  }

  async admit(key: string, quota: number, overage: boolean): Promise<MeterDecision | null> {
    const [admitted, count] = await this.command(() => this.redis.meterAdmit(key, quota, overage ? "1" : "0"));
    return admitted === -1 ? null : { admitted: admitted === 1, count: Number(count) };
  }

  async seed(key: string, count: number, ttlMs: number): Promise<void> {
    await this.command(() => this.redis.set(key, String(count), "PX", ttlMs, "NX"));
  }

  async read(keys: string[]): Promise<(number | null)[]> {
    if (!keys.length) return [];
    const values = await this.command(() => this.redis.mget(...keys));
    return values.map((value) => (value === null ? null : Number(value)));
  }

  async raise(key: string, truth: number, ttlMs: number): Promise<number | null> {
    const before = await this.command(() => this.redis.meterRaise(key, truth, ttlMs));
    return before === -1 ? null : Number(before);
  }

  async release(key: string): Promise<void> {
    await this.command(() => this.redis.meterRelease(key));
  }

  async forget(keys: string[]): Promise<void> {
    if (keys.length) await this.command(() => this.redis.del(...keys));
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  private async command<T>(run: () => Promise<T>): Promise<T> {
    if (!this.gate.open) throw new MeterUnavailableError(new Error("Redis failed a moment ago"));
    if (this.redis.status !== "ready") {
      await this.firstConnect();
    }
    try {
      return await run();
    } catch (err) {
      this.gate.failed();
      throw new MeterUnavailableError(err);
    }
  }

  /** Right after boot a command waits up to a second for the first connection; a lost one is not waited for. */
  private async firstConnect(): Promise<void> {
    if (!["connecting", "connect", "wait"].includes(this.redis.status)) {
      this.gate.failed();
      throw new MeterUnavailableError(new Error(`not connected (${this.redis.status})`));
    }
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.redis.off("ready", ready);
        this.gate.failed();
        reject(new MeterUnavailableError(new Error(`not connected (${this.redis.status})`)));
      }, 1_000);
      const ready = () => {
        clearTimeout(timer);
        resolve();
      };
      this.redis.once("ready", ready);
    });
  }
}
