/** Moleculer's Redis cacher, made to degrade to "uncached" instead of failing calls when Redis is down. */
import { Cachers } from "moleculer";

export interface ResilientRedisOptions {
  url: string;
  ttl: number;
  prefix: string;
}

export class ResilientRedisCacher extends Cachers.Redis {
  constructor(opts: ResilientRedisOptions) {
    super({
      ttl: opts.ttl,
      prefix: opts.prefix,
      // A 1 s ping notices an outage even when no cached call is running.
      pingInterval: 1000,
      redis: {
        ...redisFromUrl(opts.url),
        // Fail fast while disconnected instead of queueing calls until Redis is back.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: 2000,
        retryStrategy: (times: number) => Math.min(times * 200, 2000),
      },
    });
  }

  async get(key: string): Promise<Record<string, unknown> | null> {
    try {
      return await super.get(key);
    } catch {
      // A miss is `missingResponse` (undefined), not null: Moleculer serves anything else as a cached result.
      return this.opts.missingResponse;
    }
  }

  async set(key: string, data: unknown, ttl?: number): Promise<void> {
    try {
      await super.set(key, data, ttl);
    } catch {
      // Uncached is fine; a failed write is not.
    }
  }

  async del(keys: string | string[]): Promise<void> {
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
    try {
      await super.clean(match);
    } catch {
      // Entries expire by TTL.
    }
  }
}

function redisFromUrl(url: string): Record<string, unknown> {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === "rediss:" ? {} : undefined,
  };
}
