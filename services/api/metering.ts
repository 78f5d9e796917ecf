/**
 * Usage metering at the gateway (DESIGN §4, §6 usage). A request authenticated with a team API key is
 * metered: before its action runs, one round trip to the counters (metering-store.ts: Redis shared by
 * every gateway, or this process's memory) checks the team's quota for the current period and counts
 * it. Past the quota it is 429 QUOTA_EXCEEDED with Retry-After = seconds to the period end, and not
 * counted; a paid tier goes on past the quota while its balance lasts (the usage domain debits the
 * overage). Every metered response carries RateLimit-Limit/Remaining/Reset. An admitted request
 * becomes a `requests.Request` event (metering-events.ts), durable before its response is sent; a 5xx
 * is counted and flagged, and never billed.
 *
 * The usage domain's counters in PostgreSQL are the truth. A counter missing here is seeded from them
 * before it admits anything (a new period, a flushed or replaced Redis), and a sweep every 30 s raises
 * any counter that fell behind them; how far counters were behind and ahead of the truth at the last
 * sweep is on /metrics (ahead: requests whose events are still on their way, or were lost in flight).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Context, Logger, Service, ServiceBroker, ServiceSchema } from "moleculer";
import type { Route } from "../../lib/actions.js";
import type { AuthUser, Meta } from "../../lib/auth.js";
import { TooManyRequestsError } from "../../lib/errors.js";
import { isDurable } from "../../lib/events/channels.js";
import { configOf } from "../../lib/runtime.js";
import {
  eventIdOf,
  JetStreamSink,
  OutboxSink,
  RequestRecorder,
  requestEnvelope,
  type MeteredRequest,
  type RequestSink,
} from "./metering-events.js";
import { GatewayClock, Plans, type Plan } from "./metering-plans.js";
import {
  MemoryMeterStore,
  MeterUnavailableError,
  RedisMeterStore,
  type MeterDecision,
  type MeterStore,
} from "./metering-store.js";

export const RATE_LIMIT_HEADERS = ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];
/** Broadcast by the usage domain when a team's billing changed (tier, balance, period): every gateway re-reads its plan. */
export const PLAN_CHANGED_EVENT = "usage.planChanged";
export const CLOCK_ADVANCED_EVENT = "billing.clockAdvanced";

export const METRIC_DECISIONS = "meshwork.usage.meter.decisions.total";
export const METRIC_FALLBACKS = "meshwork.usage.meter.fallbacks.total";
export const METRIC_BEHIND = "meshwork.usage.counter.behind";
export const METRIC_AHEAD = "meshwork.usage.counter.ahead";
export const METRIC_RAISED = "meshwork.usage.counter.raised.total";
export const METRIC_LOST = "meshwork.usage.events.lost.total";

/** A counter outlives its period by two days (late events, reconciliation), then Redis drops it. */
const COUNTER_GRACE_MS = 2 * 86_400_000;
const RECONCILE_EVERY_MS = 30_000;
/** Counters compared with the truth per call to the usage domain. */
const RECONCILE_CHUNK = 500;

export class QuotaExceededError extends TooManyRequestsError {
  constructor(plan: Plan, retryAfterSeconds: number) {
    const paid = plan.overageCentsPer100 !== null;
    super(
      paid
        ? `The team has used its ${plan.quota} metered requests for this period and its balance is empty; top it up to go on`
        : `The team has used its ${plan.quota} metered requests for this period; upgrade or wait for the next period`,
      retryAfterSeconds,
      "QUOTA_EXCEEDED",
    );
  }
}

export interface MeteringOptions {
  broker: ServiceBroker;
  logger: Logger;
  /** Shared counters; null keeps them in this process. */
  redisUrl: string | null;
  /** Keeps this deployment's counters apart in a shared Redis. */
  prefix: string;
  /** TEST_CLOCK: the platform clock is billing's. */
  testClock: boolean;
  /** JetStream (NATS): events are published there; otherwise through the usage domain's outbox. */
  durable: boolean;
  reconcileEveryMs?: number;
  /** Counters and sink of one's own (tests). */
  store?: MeterStore;
  sink?: RequestSink;
}

interface Tracked {
  teamId: string;
  periodStart: number;
  periodEnd: number;
}

/** What a metered request tells the gateway's caller: the RateLimit headers (draft-ietf-httpapi-ratelimit-headers). */
function setRateLimitHeaders(res: ServerResponse, plan: Plan, decision: MeterDecision, now: number): void {
  res.setHeader("RateLimit-Limit", String(plan.quota));
  res.setHeader("RateLimit-Remaining", String(Math.max(0, plan.quota - decision.count)));
  res.setHeader("RateLimit-Reset", String(secondsUntil(plan.periodEnd, now)));
}

function secondsUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

export class Metering {
  /** Off: team keys are not metered (the benchmark's baseline). */
  enabled = true;
  readonly plans: Plans;
  readonly clock: GatewayClock;
  readonly recorder: RequestRecorder;
  private readonly store: MeterStore;
  /** Where decisions go while Redis can't answer: this gateway's own counts, seeded from the truth. */
  private readonly fallback: MeterStore;
  private readonly tracked = new Map<string, Tracked>();
  private timer: NodeJS.Timeout | null = null;
  private reconciling: Promise<unknown> | null = null;

  constructor(private readonly opts: MeteringOptions) {
    this.plans = new Plans(opts.broker);
    this.clock = new GatewayClock(opts.broker, opts.testClock);
    this.fallback = new MemoryMeterStore();
    this.store = opts.store ?? (opts.redisUrl ? new RedisMeterStore(opts.redisUrl) : this.fallback);
    const sink = opts.sink ?? (opts.durable ? new JetStreamSink(opts.broker) : new OutboxSink(opts.broker));
    this.recorder = new RequestRecorder(sink, { concurrency: opts.durable ? 8 : 2 });
    this.registerMetrics();
  }

  start(): void {
    const every = this.opts.reconcileEveryMs ?? RECONCILE_EVERY_MS;
    this.timer = setInterval(() => void this.reconcile().catch(() => undefined), every);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.reconciling?.catch(() => undefined);
    await this.store.close();
    if (this.fallback !== this.store) await this.fallback.close();
  }

  keyOf(teamId: string, periodStart: number): string {
    return `${this.opts.prefix}:usage:${teamId}:${periodStart}`;
  }

  /**
   * Runs `call` (the action) for a request; a team key's request is first admitted and counted (or
   * refused with 429), and its response held until its event is durable.
   */
  async around(
    req: IncomingMessage & { $ctx?: Context<unknown, Meta> },
    res: ServerResponse,
    route: Route | undefined,
    call: () => Promise<unknown>,
  ): Promise<unknown> {
    const ctx = req.$ctx;
    const user = ctx?.meta.user;
    if (!this.enabled || !ctx || !route || !user?.teamId || !user.keyId) return call();
    const startedAt = Date.now();
    const started = performance.now();
    const now = await this.clock.now();
    const plan = await this.plans.get(user.teamId, now);
    const key = this.keyOf(plan.teamId, plan.periodStart);
    this.tracked.set(key, { teamId: plan.teamId, periodStart: plan.periodStart, periodEnd: plan.periodEnd });
    const overage = plan.overageCentsPer100 !== null && plan.balanceCents > 0;
    const decision = await this.decide(key, plan, overage, plan.periodEnd - now + COUNTER_GRACE_MS);
    setRateLimitHeaders(res, plan, decision, now);
    if (!decision.admitted) {
      this.count(METRIC_DECISIONS, { outcome: "refused" });
      throw new QuotaExceededError(plan, secondsUntil(plan.periodEnd, now));
    }
    this.count(METRIC_DECISIONS, { outcome: decision.count > plan.quota ? "overage" : "admitted" });
    const request = this.meteredRequest(ctx, req, user, route, plan, startedAt);
    this.recordAtEnd(res, request, started, key);
    return call();
  }

  private meteredRequest(
    ctx: Context<unknown, Meta>,
    req: IncomingMessage,
    user: AuthUser,
    route: Route,
    plan: Plan,
    startedAt: number,
  ): MeteredRequest {
    const requestId = ctx.requestID ?? ctx.id;
    return {
      eventId: eventIdOf(requestId, req.headers["x-request-id"] === requestId),
      requestId,
      teamId: plan.teamId,
      keyId: user.keyId ?? "",
      userId: user.id,
      method: route.method,
      route: route.path,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      startedAt,
    };
  }

  /**
   * Holds the response until the request's event is durable: `end` waits for it. An event that can't
   * be made durable before the recorder's deadline gets no answer (the connection is cut) and its
   * count is taken back, so what callers were answered and what is counted stay the same.
   */
  private recordAtEnd(res: ServerResponse, request: MeteredRequest, started: number, key: string): void {
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    let recorded = false;
    const record = (status: number): Promise<void> =>
      this.recorder.record(requestEnvelope(request, status, performance.now() - started));
    const lost = (err: unknown) => {
      this.count(METRIC_LOST, {});
      this.opts.logger.error(`Request ${request.requestId}: its usage event could not be recorded; not answered`, err);
      void this.store.release(key).catch(() => undefined);
      res.destroy();
    };
    res.end = ((...args: unknown[]) => {
      if (recorded) return end(...args);
      recorded = true;
      record(res.statusCode).then(() => end(...args), lost);
      return res;
    }) as ServerResponse["end"];
    // A caller gone before the answer was still admitted and counted: its event goes all the same.
    res.once("close", () => {
      if (recorded) return;
      recorded = true;
      record(499).catch((err: unknown) => {
        this.count(METRIC_LOST, {});
        this.opts.logger.error(`Request ${request.requestId}: its usage event could not be recorded`, err);
      });
    });
  }

  /** The decision in the shared counters, or in this gateway's own while Redis can't answer. */
  private async decide(key: string, plan: Plan, overage: boolean, ttlMs: number): Promise<MeterDecision> {
    try {
      return await this.decideIn(this.store, key, plan, overage, ttlMs);
    } catch (err) {
      if (!(err instanceof MeterUnavailableError) || this.store === this.fallback) throw err;
      this.count(METRIC_FALLBACKS, {});
      return this.decideIn(this.fallback, key, plan, overage, ttlMs);
    }
  }

  private async decideIn(
    store: MeterStore,
    key: string,
    plan: Plan,
    overage: boolean,
    ttlMs: number,
  ): Promise<MeterDecision> {
    const decision = await store.admit(key, plan.quota, overage, ttlMs);
    if (decision) return decision;
    const [truth] = await this.truths([{ teamId: plan.teamId, periodStart: plan.periodStart }]);
    await store.seed(key, truth ?? 0, ttlMs);
    const seeded = await store.admit(key, plan.quota, overage, ttlMs);
    if (!seeded) throw new MeterUnavailableError(new Error("the counter went missing as it was seeded"));
    return seeded;
  }

  /** The usage domain's counts; null for each when it can't answer (the sweep raises the counter later). */
  private async truths(items: { teamId: string; periodStart: number }[]): Promise<(number | null)[]> {
    try {
      return await this.opts.broker.call<number[], object>("usage.countsOf", { items });
    } catch (err) {
      this.opts.logger.warn(`Usage counts unavailable; counters start from what they hold: ${(err as Error).message}`);
      return items.map(() => null);
    }
  }

  /**
   * Compares every counter this gateway used in a live period with the truth: one behind it is raised
   * (a flushed Redis, events that reached PostgreSQL through another gateway's fallback); one ahead of
   * it is left alone (requests on their way) and reported.
   */
  reconcile(): Promise<{ checked: number; raised: number; behind: number; ahead: number }> {
    const run = this.sweep();
    this.reconciling = run;
    return run;
  }

  private async sweep(): Promise<{ checked: number; raised: number; behind: number; ahead: number }> {
    const now = await this.clock.now().catch(() => Date.now());
    for (const [key, tracked] of this.tracked) {
      if (tracked.periodEnd + COUNTER_GRACE_MS < now) this.tracked.delete(key);
    }
    const entries = [...this.tracked.entries()];
    const result = { checked: 0, raised: 0, behind: 0, ahead: 0 };
    for (let i = 0; i < entries.length; i += RECONCILE_CHUNK) {
      const chunk = entries.slice(i, i + RECONCILE_CHUNK);
      const truths = await this.truths(chunk.map(([, t]) => ({ teamId: t.teamId, periodStart: t.periodStart })));
      for (const [index, [key, tracked]] of chunk.entries()) {
        const truth = truths[index];
        if (truth === null) continue;
        const before = await this.store.raise(key, truth, tracked.periodEnd - now + COUNTER_GRACE_MS);
        result.checked += 1;
        if (before === null || before < truth) {
          result.raised += 1;
          result.behind += truth - (before ?? 0);
        } else result.ahead += before - truth;
      }
    }
    if (this.opts.broker.isMetricsEnabled()) {
      const metrics = this.opts.broker.metrics;
      metrics.set(METRIC_BEHIND, result.behind);
      metrics.set(METRIC_AHEAD, result.ahead);
      if (result.raised) metrics.increment(METRIC_RAISED, {}, result.raised);
    }
    if (result.behind)
      this.opts.logger.warn(`Usage counters were ${result.behind} request(s) behind PostgreSQL; raised`);
    return result;
  }

  private count(name: string, labels: Record<string, string>): void {
    if (this.opts.broker.isMetricsEnabled()) this.opts.broker.metrics.increment(name, labels);
  }

  private registerMetrics(): void {
    if (!this.opts.broker.isMetricsEnabled()) return;
    const metrics = this.opts.broker.metrics;
    const define = (type: "counter" | "gauge", name: string, description: string, labelNames: string[] = []) => {
      if (metrics.getMetric(name)) return;
      if (type === "counter") metrics.register({ type: "counter", name, description, labelNames });
      else metrics.register({ type: "gauge", name, description, labelNames });
    };
    define("counter", METRIC_DECISIONS, "Metered requests by quota decision (admitted, overage, refused)", ["outcome"]);
    define("counter", METRIC_FALLBACKS, "Quota decisions made in this gateway's own counters because Redis failed");
    define("gauge", METRIC_BEHIND, "Requests the quota counters were behind PostgreSQL at the last sweep (raised)");
    define("gauge", METRIC_AHEAD, "Requests the quota counters were ahead of PostgreSQL at the last sweep");
    define("counter", METRIC_RAISED, "Quota counters raised to PostgreSQL's count by the sweep");
    define("counter", METRIC_LOST, "Metered requests whose usage event could not be recorded");
  }
}

/** The gateway's metering: created with the service, told of plan changes and clock moves by broadcast. */
export function Metered(): Partial<ServiceSchema> {
  type Gateway = Service & { metering: Metering };
  return {
    events: {
      [PLAN_CHANGED_EVENT](this: Gateway, ctx: Context<{ teamId?: string }>) {
        if (typeof ctx.params?.teamId === "string") this.metering.plans.invalidate(ctx.params.teamId);
      },
      [CLOCK_ADVANCED_EVENT](this: Gateway) {
        this.metering.clock.invalidate();
        this.metering.plans.clear();
      },
    },
    created(this: Service) {
      const config = configOf(this.broker);
      (this as Gateway).metering = new Metering({
        broker: this.broker,
        logger: this.logger,
        redisUrl: config.redisUrl,
        prefix: config.namespace || "meshwork",
        testClock: config.billing.testClock,
        durable: isDurable(config),
      });
    },
    started(this: Service) {
      (this as Gateway).metering.start();
    },
    async stopped(this: Service) {
      await (this as Gateway).metering.stop();
    },
  };
}
