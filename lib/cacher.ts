/** Moleculer's Redis cacher, made to degrade to "uncached" instead of failing calls when Redis is down. */
import { Cachers } from "moleculer";
import { redisOptions } from "./redis.js";

export interface ResilientRedisOptions {
  url: string;
  ttl: number;
  prefix: string;
}

/** A frozen Redis costs a cached call at most this long before it runs uncached. */
export const CACHE_COMMAND_TIMEOUT_MS = 50;

export class ResilientRedisCacher extends Cachers.Redis {
  constructor(opts: ResilientRedisOptions) {
    super({
      ttl: opts.ttl,
      prefix: opts.prefix,
      // A 1 s ping notices an outage even when no cached call is running, and its answer ends one.
      pingInterval: 1000,
      redis: redisOptions(opts.url, { commandTimeoutMs: CACHE_COMMAND_TIMEOUT_MS }),
    });
  }

  async get(key: string): Promise<Record<string, unknown> | null> {
    try {
      return await super.get(key);
    } catch {
      // Timed out or refused: calls bypass the cache (Moleculer's middleware checks `connected`) until
      // the next ping answers, so a frozen Redis costs one timeout, not one per call.
      this.connected = false;
      // A miss is `missingResponse` (undefined), not null: Moleculer serves anything else as a cached result.
      return this.opts.missingResponse;
    }
  }

  async set(key: string, data: unknown, ttl?: number): Promise<void> {
    if (this.connected === false) return;
    try {
      await super.set(key, data, ttl);
    } catch {
      // Uncached is fine; a failed write is not.
    }
  }

  async del(keys: string | string[]): Promise<void> {
    if (this.connected === false) return; // entries expire by TTL; a frozen Redis would cost a timeout
    try {
      await super.del(keys);
    } catch {
      // Entries expire by TTL.
    }
  }

  /** QUIT fails while disconnected; a failed close would make broker.stop() skip the rest of its sequence. */
  async close(): Promise<void> {
    try {
      await super.close();
    } catch {
      this.client.disconnect();
    }
  }

  async clean(match?: string | string[]): Promise<void> {
    if (this.connected === false) return;
    try {
      await super.clean(match);
    } catch {
      // Entries expire by TTL.
    }
  }
}
