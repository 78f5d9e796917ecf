/**
 * The one set of ioredis options every Redis client here uses (cacher, idempotency records, auth
 * throttles, the gateway rate limit): Redis is never worth a stalled request. No offline queue and no
 * per-command retries, so a command fails at once while disconnected; a command timeout, so a frozen
 * Redis (alive socket, no answers) fails a command within `commandTimeoutMs`; quick reconnects.
 */
import type { RedisOptions } from "ioredis";

export interface RedisClientOptions {
  /** How long one command may wait for its answer. */
  commandTimeoutMs: number;
  /** How long a (re)connect may take before it counts as failed. */
  connectTimeoutMs?: number;
}

export function redisOptions(url: string, opts: RedisClientOptions): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === "rediss:" ? {} : undefined,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: opts.commandTimeoutMs,
    connectTimeout: opts.connectTimeoutMs ?? 1_000,
    // Back within half a second of Redis returning; never more than a second between attempts.
    retryStrategy: (times: number) => Math.min(times * 100, 1_000),
  };
}

/**
 * Remembers that Redis just failed, so callers skip it for `cooldownMs` instead of each paying a
 * command timeout while it is frozen; the first call after the cooldown tries again.
 */
export class RedisGate {
  private skipUntil = 0;

  constructor(private readonly cooldownMs = 1_000) {}

  /** Whether to try Redis now. */
  get open(): boolean {
    return Date.now() >= this.skipUntil;
  }

  failed(): void {
    this.skipUntil = Date.now() + this.cooldownMs;
  }

  /** Redis is (re)connected: try it again at once. */
  reset(): void {
    this.skipUntil = 0;
  }
}
