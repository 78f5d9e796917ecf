/** The one broker configuration: every option comes from the validated environment (config.ts). */
import type { BrokerOptions } from "moleculer";
import { hostname } from "node:os";
import type { Config } from "./config.js";
import { ResilientRedisCacher } from "./lib/cacher.js";
import { channelsMiddleware } from "./lib/events/channels.js";
import { CallerAccess, TeamAccessRules } from "./lib/access.js";
import { DATABASE_UNAVAILABLE, DatabaseOutage } from "./lib/outage.js";
import { MeshFailover, ResilientNatsTransporter } from "./lib/failover.js";
import { bindConfig } from "./lib/runtime.js";
import { createValidator } from "./lib/validation.js";
import { installLeanRequestMetrics } from "./lib/metrics.js";
import { batchNatsWrites } from "./lib/socket-batching.js";
import { cloneCached } from "./mixins/cache.mixin.js";

export function brokerOptions(config: Config): BrokerOptions {
  // Moleculer's request metrics, same series with fewer labels, at a fraction of the cost (lib/metrics.ts).
  installLeanRequestMetrics();
  // One socket write per event-loop turn for NATS packets, not one per packet (lib/socket-batching.ts).
  if (config.transporter?.startsWith("nats://")) batchNatsWrites();
  return {
    namespace: config.namespace,
    nodeID: config.nodeId ?? `${hostname()}-${process.pid}`,
    created(broker) {
      // Services read the validated config through configOf(broker), never from process.env.
      bindConfig(broker, config);
      // Added after the built-in middlewares, so it wraps them all: roles and scopes are checked
      // before validation and before the cacher.
      broker.middlewares.add(CallerAccess());
      // Also after the built-ins: it sees the Timeout middleware's error and each remote call's outcome.
      if (config.transporter) broker.middlewares.add(MeshFailover(broker));
    },

    logger: {
      type: "Console",
      options: {
        // One line per channel and consumer group at every start says nothing an operator needs.
        level: config.logLevel === "info" ? { "$CHANNEL:**": "warn", CHANNELS: "warn", "**": "info" } : config.logLevel,
        formatter: config.logFormat === "json" ? "json" : "full",
        colors: config.logFormat !== "json",
        moduleColors: false,
        autoPadding: false,
      },
    },

    // null = every service in this process; NATS (or another) = a mesh of nodes.
    transporter: transporterOf(config.transporter),
    // JSON measured fastest for our payloads; event bodies are protobuf bytes inside it.
    serializer: "JSON",
    cacher: config.redisUrl
      ? new ResilientRedisCacher({ url: config.redisUrl, ttl: 30, prefix: `MW-${config.namespace || "default"}` })
      : { type: "Memory", options: { ttl: 30, clone: cloneCached } },

    registry: {
      strategy: "RoundRobin",
      preferLocal: true,
      discoverer: (config.discoverer ?? "Local") as NonNullable<BrokerOptions["registry"]>["discoverer"],
    },

    requestTimeout: 10_000,
    retryPolicy: { enabled: false },
    maxCallLevel: 100,
    // A node that dies while calls wait on it is found by a ping in about a second (lib/failover.ts);
    // heartbeats find idle ones, and bring back a node declared lost by mistake.
    heartbeatInterval: 2,
    heartbeatTimeout: 6,

    // Context tracking lets SIGTERM wait for in-flight requests before the node leaves.
    tracking: { enabled: true, shutdownTimeout: 10_000 },
    // Per endpoint (action × node): a live node whose calls keep failing or timing out is skipped for a while.
    // A lost database fails every node alike, so it doesn't trip a breaker (which would outlast the outage).
    circuitBreaker: {
      enabled: Boolean(config.transporter),
      threshold: 0.5,
      minRequestCount: 20,
      windowTime: 60,
      check: (err: Error & { code?: number; type?: string }) =>
        (err.code ?? 500) >= 500 && err.type !== DATABASE_UNAVAILABLE,
    },

    // fastest-validator, plus rules every action gets: no NUL in strings, integers within the safe range.
    validator: createValidator(),
    metrics: {
      enabled: config.metricsPort > 0,
      reporter: [
        {
          type: "Prometheus",
          // The reporter binds 0.0.0.0 unless told; HOST decides, as for the gateway.
          options: {
            port: config.metricsPort,
            host: config.host,
            path: "/metrics",
            // Moleculer's default `nodeID` label breaks Prometheus' snake_case convention on every metric, ours included.
            defaultLabels: (registry: { broker: { namespace: string; nodeID: string } }) => ({
              namespace: registry.broker.namespace,
              node_id: registry.broker.nodeID,
            }),
          },
        },
      ],
    },
    tracing: { enabled: false },

    // Durable domain events: JetStream when on NATS, awaited in-process delivery when embedded.
    // Team rules declared on actions (`team: { role, param, entity? }`) are enforced here, after validation.
    // A lost database is a retryable 503 from every action (lib/outage.ts), ownerOf lookups of the team rules included.
    middlewares: [channelsMiddleware(config), TeamAccessRules(), DatabaseOutage()],

    // bin/start.ts owns the signals: it flips readiness to 503, stops the broker, then the database.
    skipProcessEventRegistration: true,
  };
}

/** NATS gets the resilient transporter (lib/failover.ts): quick reconnects, a dead server noticed within 10 s. */
function transporterOf(url: string | null): BrokerOptions["transporter"] {
  if (!url?.startsWith("nats://")) return url as BrokerOptions["transporter"];
  return new ResilientNatsTransporter({
    url,
    reconnectTimeWait: 250,
    pingInterval: 5_000,
    maxPingOut: 2,
  } as never) as unknown as BrokerOptions["transporter"];
}
