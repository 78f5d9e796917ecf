/**
 * Where Idempotency-Key records live: Redis when REDIS_URL is set (every gateway sees every claim),
 * this process's memory otherwise. Values are opaque strings; idempotency.ts gives them meaning.
 */
import { Redis } from "ioredis";
import { RedisGate, redisOptions } from "../../lib/redis.js";

/** The answer to a claim: the key was free and is now ours, or it already holds `existing`. */
export type ClaimAnswer = { claimed: true } | { claimed: false; existing: string };

export interface IdempotencyStore {
  /** Takes `key` for `leaseMs` with `claim` unless it already holds a live value. */
  claim(key: string, claim: string, leaseMs: number): Promise<ClaimAnswer>;
  /** Replaces our claim (or an expired one) with `outcome` for `ttlMs`; a claim someone else took since stays. */
  complete(key: string, claim: string, outcome: string, ttlMs: number): Promise<void>;
  /** Frees `key` if it still holds our claim, so a retry runs again. */
  release(key: string, claim: string): Promise<void>;
  close(): Promise<void>;
}

/** Raised when the store can't answer; the gateway turns it into a 503. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the idempotency store is unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = "StoreUnavailableError";
  }
}

// --- memory ------------------------------------------------------------------------

export interface MemoryStoreOptions {
  /** Most records kept; the least recently used go first. */
  maxEntries?: number;
  /** Most characters of values kept, so a few large answers can't exhaust memory. */
  maxChars?: number;
  /** The clock, for tests. */
  now?: () => number;
}

interface MemoryEntry {
  value: string;
  expiresAt: number;
}

/** How often a full sweep of expired records may run once the store is full. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * One process's records: a Map in least-recently-used order with an expiry per entry, bounded by
 * count and by size. Enough for a single gateway; several gateways need Redis to share claims.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, MemoryEntry>();
  private chars = 0;
  private lastSweep = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly now: () => number;

  constructor(opts: MemoryStoreOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 10_000;
    this.maxChars = opts.maxChars ?? 32 * 1024 * 1024;
    this.now = opts.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async claim(key: string, claim: string, leaseMs: number): Promise<ClaimAnswer> {
    const existing = this.live(key);
    if (existing !== null) return { claimed: false, existing };
    this.put(key, claim, leaseMs);
    return { claimed: true };
  }

  async complete(key: string, claim: string, outcome: string, ttlMs: number): Promise<void> {
    const current = this.live(key);
    if (current === null || current === claim) this.put(key, outcome, ttlMs);
  }

  async release(key: string, claim: string): Promise<void> {
    if (this.live(key) === claim) this.remove(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.chars = 0;
  }

  /** The value under `key` unless expired; a read makes it the most recently used. */
  private live(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.remove(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  private put(key: string, value: string, ttlMs: number): void {
    this.remove(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    this.chars += key.length + value.length;
    if (this.entries.size > this.maxEntries || this.chars > this.maxChars) this.sweep();
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break;
      if (oldest === key) continue; // the record just written stays, even alone over the size bound
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.chars -= key.length + entry.value.length;
  }

  /** Drops every expired record (at most once a minute: the scan costs the whole map). */
  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.remove(key);
  }
}

// --- Redis -----------------------------------------------------------------------------

/** SET NX PX, or the value already there, in one atomic step. */
const CLAIM = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {1} end
return {0, redis.call('GET', KEYS[1])}`;

/** The outcome replaces our claim, or a key whose claim expired meanwhile; never a newer claim. */
const COMPLETE = `
local current = redis.call('GET', KEYS[1])
if current == false or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

interface ScriptedRedis extends Redis {
  idempotencyClaim(key: string, claim: string, leaseMs: number): Promise<[number, string | null]>;
  idempotencyComplete(key: string, claim: string, outcome: string, ttlMs: number): Promise<number>;
  idempotencyRelease(key: string, claim: string): Promise<number>;
}

/** How long a request waits for the first connection after boot before it is answered 503. */
const FIRST_CONNECT_WAIT_MS = 2_000;
/** A keyed POST waits at most this long for Redis (a frozen one included) before it is answered 503. */
export const IDEMPOTENCY_COMMAND_TIMEOUT_MS = 250;

/** Records shared by every gateway through Redis; an unreachable Redis is StoreUnavailableError. */
export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly redis: ScriptedRedis;
  /** Once a command failed, the next ones are answered 503 at once for a second instead of each waiting. */
  private readonly gate = new RedisGate();
  private everReady = false;

  constructor(url: string) {
    // Fail fast while Redis is away or frozen: the caller gets a 503 and retries, nothing queues up.
    const redis = new Redis(redisOptions(url, { commandTimeoutMs: IDEMPOTENCY_COMMAND_TIMEOUT_MS }));
    redis.on("error", () => undefined); // reconnects on its own; requests meanwhile are 503
    redis.on("ready", () => {
      this.everReady = true;
      this.gate.reset();
    });
    redis.defineCommand("idempotencyClaim", { numberOfKeys: 1, lua: CLAIM });
    redis.defineCommand("idempotencyComplete", { numberOfKeys: 1, lua: COMPLETE });
    redis.defineCommand("idempotencyRelease", { numberOfKeys: 1, lua: RELEASE });
    this.redis = redis as ScriptedRedis;
  }

  async claim(key: string, claim: string, leaseMs: number): Promise<ClaimAnswer> {
    const [claimed, existing] = await this.command(() => this.redis.idempotencyClaim(key, claim, leaseMs));
    return claimed === 1 || existing === null ? { claimed: true } : { claimed: false, existing };
  }

  async complete(key: string, claim: string, outcome: string, ttlMs: number): Promise<void> {
    await this.command(() => this.redis.idempotencyComplete(key, claim, outcome, ttlMs));
  }

  async release(key: string, claim: string): Promise<void> {
    await this.command(() => this.redis.idempotencyRelease(key, claim));
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect(); // QUIT fails while disconnected
    }
  }

  private async command<T>(run: () => Promise<T>): Promise<T> {
    if (!this.gate.open) throw new StoreUnavailableError(new Error("Redis failed a moment ago"));
    try {
      await this.connected();
      return await run();
    } catch (err) {
      this.gate.failed();
      throw new StoreUnavailableError(err);
    }
  }

  /** Waits briefly for the first connection right after boot; a lost one is not waited for. */
  private async connected(): Promise<void> {
    if (this.redis.status === "ready") return;
    if (this.redis.status === "end") throw new Error("the connection is closed");
    if (this.everReady) throw new Error(`not connected (${this.redis.status})`);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.redis.off("ready", ready);
        reject(new Error(`not connected (${this.redis.status})`));
      }, FIRST_CONNECT_WAIT_MS);
      const ready = () => {
        clearTimeout(timer);
        resolve();
      };
      this.redis.once("ready", ready);
    });
  }
}
