/**
 * The gateway rate limit's counter store (moleculer-web awaits `inc(key)` and reads `resetTime`):
 * RATE_LIMIT requests per minute per client address. With REDIS_URL the count lives in Redis
 * (rate-limiter-flexible), so N gateways hold one limit per client, not N. Redis is never waited on:
 * a command that fails or times out (a frozen Redis) counts in this gateway's memory instead, and
 * Redis is skipped for a second; each such fallback is counted on /metrics
 * (meshwork_gateway_rate_limit_fallbacks_total). Failing open to a per-gateway count beats answering
 * 503 or stalling every request while Redis is away.
 */
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { RedisGate, redisOptions } from "../../lib/redis.js";

export const METRIC_RATE_LIMIT_FALLBACKS = "meshwork.gateway.rate.limit.fallbacks.total";

/**
 * One rate-limit decision may wait this long for Redis before this gateway's own count decides (after
 * which Redis is skipped for a second). Long enough that a busy machine's slow answer isn't taken for
 * a frozen Redis.
 */
export const RATE_LIMIT_COMMAND_TIMEOUT_MS = 100;

export interface RateLimitStoreOptions {
  windowMs: number;
  /** Requests per window and client. */
  limit: number;
  /** Shared counts in Redis; null keeps them in this gateway. */
  redisUrl: string | null;
  /** Keeps this deployment's keys apart in a shared Redis. */
  prefix: string;
  /** Called each time a decision falls back to this gateway's own count. */
  onFallback?: () => void;
}

export class GatewayRateLimitStore {
  /** When the window of the client counted last resets (ms since the epoch): X-Rate-Limit-Reset, Retry-After. */
  resetTime: number;
  private readonly memory: RateLimiterAbstract;
  private readonly shared: RateLimiterAbstract | null;
  private readonly redis: Redis | null;
  private readonly gate = new RedisGate();

  constructor(private readonly opts: RateLimitStoreOptions) {
    const duration = Math.max(1, Math.round(opts.windowMs / 1000));
    const keyPrefix = `${opts.prefix}:gateway:rate`;
    this.resetTime = Date.now() + opts.windowMs;
    this.memory = new RateLimiterMemory({ keyPrefix, points: opts.limit, duration });
    this.redis = opts.redisUrl
      ? new Redis(redisOptions(opts.redisUrl, { commandTimeoutMs: RATE_LIMIT_COMMAND_TIMEOUT_MS }))
      : null;
    this.redis?.on("error", () => undefined); // reconnects on its own; memory counts meanwhile
    this.redis?.on("ready", () => this.gate.reset());
    this.shared = this.redis
      ? new RateLimiterRedis({
          storeClient: this.redis,
          keyPrefix,
          points: opts.limit,
          duration,
          rejectIfRedisNotReady: true,
        })
      : null;
  }

  /** Counts one request of `key`; answers how many it made in the current window (past the limit too). */
  async inc(key: string): Promise<number> {
    const res = await this.consume(key);
    this.resetTime = Date.now() + res.msBeforeNext;
    return res.consumedPoints;
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }

  private async consume(key: string): Promise<RateLimiterRes> {
    if (this.shared) {
      if (this.gate.open) {
        try {
          return await this.shared.consume(key);
        } catch (err) {
          if (err instanceof RateLimiterRes) return err; // over the limit: the answer, not a failure
          this.gate.failed();
        }
      }
      this.opts.onFallback?.();
    }
    try {
      return await this.memory.consume(key);
    } catch (err) {
      if (err instanceof RateLimiterRes) return err;
      throw err;
    }
  }
}
