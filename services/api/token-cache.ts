/**
 * The gateway's copy of `users.resolveToken` answers, on a gateway that doesn't run the users service.
 * The users service caches them already (30 s), but Moleculer's cacher wraps local actions only, so on
 * a mesh every request paid a NATS round trip to learn who its token belongs to before the one it came
 * for: half of the mesh hop's cost (docs/benchmarks.md).
 *
 * Kept exactly as long and dropped exactly when the users service's own cache is: 30 s, and on the
 * `cache.clean.users` broadcast that everything ending a session sends (logout, password change or
 * reset, ban, key revocation). That broadcast leaves the users node before the answer of the call that
 * caused it, on the same NATS connection, so the gateway has dropped its copies before that answer
 * reaches the client. An answer that was on its way while they were dropped is not kept (a generation
 * count), and a transporter that disconnects or reconnects drops everything (a broadcast may have been
 * missed meanwhile). API keys are not cached here: each use is recorded by the users service.
 */
import type { Context, Service, ServiceSchema } from "moleculer";
import type { AuthUser, Meta } from "../../lib/auth.js";
import { cloneCached } from "../../mixins/cache.mixin.js";

/** As the users service caches resolveToken (services/users/internal.actions.ts). */
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

export class TokenCache {
  private entries = new Map<string, { user: AuthUser; until: number }>();
  /** Bumped by every clear: an answer fetched before one is not kept after it. */
  generation = 0;

  constructor(
    private readonly ttlMs = TTL_MS,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  get(token: string): AuthUser | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (entry.until <= Date.now()) {
      this.entries.delete(token);
      return null;
    }
    // A copy: the caller becomes ctx.meta.user, which a request may change.
    return cloneCached(entry.user);
  }

  set(token: string, user: AuthUser, generation: number): void {
    if (generation !== this.generation) return;
    // The oldest entry goes first (a Map iterates in insertion order).
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { user: cloneCached(user), until: Date.now() + this.ttlMs });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface TokenCacheVars {
  tokenCache: TokenCache;
}

export interface TokenCacheMethods {
  /** The caller behind an access token: from this gateway's copy, or from users.resolveToken. */
  resolveToken(ctx: Context<unknown, Meta>, token: string): Promise<AuthUser>;
}

type This = Service & TokenCacheVars;

export function GatewayTokenCache(): Partial<ServiceSchema> {
  const drop = function (this: Service) {
    (this as This).tokenCache.clear();
  };
  return {
    created(this: Service) {
      (this as This).tokenCache = new TokenCache();
    },
    events: {
      "cache.clean.users": drop,
      "$transporter.connected": drop,
      "$transporter.disconnected": drop,
    },
    methods: {
      async resolveToken(this: Service, ctx: Context<unknown, Meta>, token: string): Promise<AuthUser> {
        const { tokenCache } = this as This;
        // A node that runs users has its cache in the same process: nothing to save.
        if (this.broker.getLocalService("users")) {
          return ctx.call<AuthUser, { token: string }>("users.resolveToken", { token });
        }
        const cached = tokenCache.get(token);
        if (cached) return cached;
        const generation = tokenCache.generation;
        const user = await ctx.call<AuthUser, { token: string }>("users.resolveToken", { token });
        tokenCache.set(token, user, generation);
        return user;
      },
    },
  };
}
