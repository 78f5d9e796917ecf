/** Moleculer's cacher (memory or Redis) with invalidation that reaches every node. */
import type { ServiceSchema, Service, Context } from "moleculer";

export interface CacheOptions {
  /** Services whose entity changes also invalidate this one's cached results. */
  dependsOn?: string[];
}

export interface CacheMethods {
  /** Drops this service's cached results here and on every other node. */
  invalidateCache(): Promise<void>;
}

async function cleanLocal(service: Service, name: string): Promise<void> {
  const cacher = service.broker.cacher;
  if (!cacher) return;
  try {
    await cacher.clean(`${name}.**`);
  } catch (err) {
    // A Redis outage degrades to stale-until-TTL, never to a failed write.
    service.logger.warn(`Cache clean for ${name} failed: ${(err as Error).message}`);
  }
}

export function Cache(opts: CacheOptions = {}): Partial<ServiceSchema> {
  const events: Record<string, (this: Service, ctx: Context) => Promise<void>> = {};
  for (const name of opts.dependsOn ?? []) {
    events[`cache.clean.${name}`] = async function (this: Service) {
      await cleanLocal(this, this.fullName);
    };
  }
  return {
    events: {
      ...events,
      // moleculer-db broadcasts the same event name on entity changes.
      "cache.clean.*": {
        async handler(this: Service, ctx: Context) {
          if (ctx.eventName === `cache.clean.${this.fullName}`) await cleanLocal(this, this.fullName);
        },
      },
    },
    methods: {
      async invalidateCache(this: Service): Promise<void> {
        await cleanLocal(this, this.fullName);
        await this.broker.broadcast(`cache.clean.${this.fullName}`);
      },
    },
  };
}

/**
 * The memory cacher's copy of a cached value on its way in and out (a caller may change what it got):
 * JSON-shaped data (what a Redis cacher could hold) copied by hand, several times faster than lodash's
 * cloneDeep; Dates stay Dates, and anything else (a Buffer, a class instance) is kept by reference.
 */
export function cloneCached<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneCached) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = cloneCached((value as Record<string, unknown>)[key]);
  return copy as T;
}
