/**
 * users: the auth throttles, atomic counters (rate-limiter-flexible) in Redis when REDIS_URL is set, so
 * every users node shares them, else in this process: requests per client address to the auth routes,
 * and login attempts per (email, address) pair under a higher ceiling per email.
 */
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { TooManyRequestsError } from "../../lib/errors.js";
import { redisOptions } from "../../lib/redis.js";

/** A login's few throttle commands each wait at most this long for a frozen Redis before the insurance limiter counts. */
const THROTTLE_COMMAND_TIMEOUT_MS = 100;

export interface ThrottleSettings {
  /**
   * Requests per minute one client address may make to sign-up, login, recovery and reset; 0 = off.
   * null = 20, except that it is off with RATE_LIMIT=0 (benchmarks and load tests, like every
   * per-address limit) and with NODE_ENV=test (test suites sign up dozens of accounts from loopback).
   */
  authPerAddressPerMinute: number | null;
  /** Login attempts that may fail per (email, client address) pair in a window. */
  loginFailuresPerAddress: number;
  /** Login attempts that may fail per email from all addresses together in a window: bounds distributed guessing. */
  loginFailuresPerEmail: number;
  loginWindowSeconds: number;
}

export const THROTTLE_DEFAULTS: ThrottleSettings = {
  authPerAddressPerMinute: null,
  loginFailuresPerAddress: 5,
  loginFailuresPerEmail: 50,
  loginWindowSeconds: 15 * 60,
};

/** The per-address limit in force: the setting, or its default for this node's configuration. */
export function authPerAddressLimit(
  setting: number | null,
  config: { rateLimit: number; nodeEnv: "development" | "production" | "test" },
): number {
  if (setting !== null) return setting;
  return config.rateLimit === 0 || config.nodeEnv === "test" ? 0 : 20;
}

/** Where the counters live: a Redis URL (shared) or null (this process). */
export interface ThrottleStore {
  redisUrl: string | null;
  /** Keeps this deployment's keys apart from another's in a shared Redis. */
  prefix: string;
}

/** The key part for a call that came through no gateway (another service, a test, the REPL). */
const MESH = "mesh";

function retryAfterOf(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Runs a consume; a refusal becomes `refuse(retryAfterSeconds)`, any other failure is thrown as is. */
async function consumeOr(limiter: RateLimiterAbstract, key: string, refuse: (retryAfter: number) => Error) {
  try {
    await limiter.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw refuse(retryAfterOf(err));
    throw err;
  }
}

const loginThrottled = (retryAfter: number) =>
  new TooManyRequestsError("Too many failed logins for this email; try again later", retryAfter, "LOGIN_THROTTLED");

export class AuthThrottles {
  private constructor(
    private readonly perAddress: RateLimiterAbstract | null,
    private readonly loginPair: RateLimiterAbstract,
    private readonly loginEmail: RateLimiterAbstract,
    private readonly redis: Redis | null,
  ) {}

  static open(settings: ThrottleSettings & { authPerAddressPerMinute: number }, store: ThrottleStore): AuthThrottles {
    // Fail fast while Redis is away or frozen: the in-process insurance limiter counts meanwhile.
    const redis = store.redisUrl
      ? new Redis(redisOptions(store.redisUrl, { commandTimeoutMs: THROTTLE_COMMAND_TIMEOUT_MS }))
      : null;
    redis?.on("error", () => undefined); // reconnects on its own; the insurance limiter covers the gap
    const limiter = (name: string, points: number, duration: number): RateLimiterAbstract => {
      const keyPrefix = `${store.prefix}:users:${name}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      if (!redis) return memory;
      return new RateLimiterRedis({
        storeClient: redis,
        keyPrefix,
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      });
    };
    const window = settings.loginWindowSeconds;
    const perMinute = settings.authPerAddressPerMinute;
    return new AuthThrottles(
      perMinute > 0 ? limiter("auth-address", perMinute, 60) : null,
      limiter("login-pair", settings.loginFailuresPerAddress, window),
      limiter("login-email", settings.loginFailuresPerEmail, window),
      redis,
    );
  }

  /** Counts one request to an auth route from `address`; 429 AUTH_RATE_LIMITED past the limit. */
  async admitAuthRequest(address: string | undefined): Promise<void> {
    if (!this.perAddress || address === undefined) return;
    await consumeOr(
      this.perAddress,
      address,
      (retryAfter) =>
        new TooManyRequestsError(
          "Too many sign-in requests from your address; try again later",
          retryAfter,
          "AUTH_RATE_LIMITED",
        ),
    );
  }

  /**
   * Counts a login attempt before its password is checked, so N parallel attempts evaluate at most the
   * limit: 429 LOGIN_THROTTLED once the (email, address) pair or the email as a whole has used its share.
   * A success gives the attempt back (loginSucceeded); a failure keeps it counted.
   */
  async admitLogin(email: string, address: string | undefined): Promise<void> {
    const pair = pairKey(email, address);
    await consumeOr(this.loginPair, pair, loginThrottled);
    try {
      await consumeOr(this.loginEmail, email, loginThrottled);
    } catch (err) {
      await this.loginPair.reward(pair, 1);
      throw err;
    }
  }

  /** The attempt was never evaluated (hashing busy, an outage): it doesn't count. */
  async loginNotEvaluated(email: string, address: string | undefined): Promise<void> {
    await Promise.all([this.loginPair.reward(pairKey(email, address), 1), this.loginEmail.reward(email, 1)]);
  }

  /** The right password: the pair starts afresh, and this attempt doesn't count against the email. */
  async loginSucceeded(email: string, address: string | undefined): Promise<void> {
    await Promise.all([this.loginPair.delete(pairKey(email, address)), this.loginEmail.reward(email, 1)]);
  }

  /** Whoever proved they own the mailbox may sign in again at once, from where they reset it. */
  async passwordReset(email: string, address: string | undefined): Promise<void> {
    await Promise.all([this.loginPair.delete(pairKey(email, address)), this.loginEmail.delete(email)]);
  }

  close(): void {
    this.redis?.disconnect();
  }
}

function pairKey(email: string, address: string | undefined): string {
  // A normalised email has no spaces, so the pair can't be confused with another.
  return `${email} ${address ?? MESH}`;
}
