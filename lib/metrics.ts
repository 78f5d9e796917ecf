/**
 * Moleculer's request metrics at a fraction of their per-call cost. The built-in Metrics middleware
 * records six label sets per action call (total, active, levels, time; each hashed from four or five
 * labels, the time histogram also feeding five rolling quantiles and a rate): a few percent of a
 * node's CPU at a few thousand requests a second. Here each call records the same Prometheus series
 * operators read, keyed by service, action and type (local or remote):
 *
 * - `moleculer_request_total`, `moleculer_request_error_total` (with the error's name, code and type),
 *   `moleculer_request_active`;
 * - `moleculer_request_time` as a histogram with buckets (quantiles come from `histogram_quantile`).
 *
 * Dropped: the `caller` label (which service called: a series per caller and callee, read by no
 * dashboard), `moleculer_request_levels` (call depth), the histogram's in-process quantiles and rates.
 * Event, transit and transporter metrics stay Moleculer's own.
 */
import { createRequire } from "node:module";
import type { ActionSchema, Context, ServiceBroker } from "moleculer";

interface MetricsRegistry {
  register(opts: Record<string, unknown>): unknown;
  increment(name: string, labels: object | null, value?: number): void;
  decrement(name: string, labels: object | null, value?: number): void;
  observe(name: string, value: number, labels: object | null): void;
  store: Map<string, unknown>;
}
type Handler = (ctx: Context) => Promise<unknown>;
type ActionDef = ActionSchema & { name: string; service?: { fullName: string } };
type MiddlewareObject = Record<string, unknown> & {
  created?: (broker: ServiceBroker) => void;
  localAction?: (next: Handler, action: ActionDef) => Handler;
  remoteAction?: (next: Handler, action: ActionDef) => Handler;
};
type MiddlewareFactory = (this: unknown, broker: ServiceBroker) => MiddlewareObject;

const TOTAL = "moleculer.request.total";
const ACTIVE = "moleculer.request.active";
const ERRORS = "moleculer.request.error.total";
const TIME = "moleculer.request.time";
const LEVELS = "moleculer.request.levels";
const LABELS = ["service", "action", "type"];

/** The request metrics, registered over the built-in definitions (same names, fewer labels). */
function registerRequestMetrics(metrics: MetricsRegistry): void {
  metrics.register({
    name: TOTAL,
    type: "counter",
    labelNames: LABELS,
    unit: "request",
    description: "Number of requests",
  });
  metrics.register({
    name: ACTIVE,
    type: "gauge",
    labelNames: LABELS,
    unit: "request",
    description: "Number of active requests",
  });
  metrics.register({
    name: ERRORS,
    type: "counter",
    labelNames: [...LABELS, "errorName", "errorCode", "errorType"],
    unit: "request",
    description: "Number of request errors",
  });
  metrics.register({
    name: TIME,
    type: "histogram",
    labelNames: LABELS,
    buckets: true,
    quantiles: false,
    unit: "millisecond",
    description: "Request times in milliseconds",
  });
  metrics.store.delete(LEVELS);
}

/** Wraps one action: its labels are fixed when the action is registered, never built per call. */
function leanHandler(metrics: MetricsRegistry, type: "local" | "remote", action: ActionDef, next: Handler): Handler {
  const labels = { service: action.service?.fullName ?? null, action: action.name, type };
  const done = (started: number) => {
    metrics.observe(TIME, performance.now() - started, labels);
    metrics.decrement(ACTIVE, labels);
  };
  return function leanMetrics(ctx: Context) {
    metrics.increment(TOTAL, labels);
    metrics.increment(ACTIVE, labels);
    const started = performance.now();
    return next(ctx).then(
      (result) => {
        done(started);
        return result;
      },
      (err: { name?: string; code?: unknown; type?: string } | undefined) => {
        done(started);
        metrics.increment(ERRORS, {
          ...labels,
          errorName: err?.name ?? null,
          errorCode: err?.code ?? null,
          errorType: err?.type ?? null,
        });
        throw err;
      },
    );
  };
}

let installed = false;

/**
 * Swaps Moleculer's built-in Metrics middleware for one with lean action hooks, in every broker this
 * process creates from now on (moleculer.config.ts calls it). Idempotent.
 */
export function installLeanRequestMetrics(): void {
  if (installed) return;
  const middlewares = (
    createRequire(import.meta.url)("moleculer") as { Middlewares: Record<string, MiddlewareFactory> }
  ).Middlewares;
  const builtIn = middlewares.Metrics;
  middlewares.Metrics = function LeanMetrics(this: unknown, broker: ServiceBroker): MiddlewareObject {
    const base = builtIn.call(this, broker);
    const metrics = broker.metrics as unknown as MetricsRegistry;
    const wrap = (type: "local" | "remote") => (next: Handler, action: ActionDef) =>
      broker.isMetricsEnabled() ? leanHandler(metrics, type, action, next) : next;
    return {
      ...base,
      created(b: ServiceBroker) {
        base.created?.call(this, b);
        if (broker.isMetricsEnabled()) registerRequestMetrics(metrics);
      },
      localAction: wrap("local"),
      remoteAction: wrap("remote"),
    };
  };
  installed = true;
}
