/** The one broker configuration: every option comes from the validated environment (config.ts). */
import type { BrokerOptions } from "moleculer";
import { hostname } from "node:os";
import type { Config } from "./config.js";
import { ResilientRedisCacher } from "./lib/cacher.js";
import { channelsMiddleware } from "./lib/events/channels.js";
import { CallerAccess, TeamAccessRules } from "./lib/access.js";
import { bindConfig } from "./lib/runtime.js";
import { createValidator } from "./lib/validation.js";

export function brokerOptions(config: Config): BrokerOptions {
  return {
    namespace: config.namespace,
    nodeID: config.nodeId ?? `${hostname()}-${process.pid}`,
    created(broker) {
      // Services read the validated config through configOf(broker), never from process.env.
      bindConfig(broker, config);
      // Added after the built-in middlewares, so it wraps them all: roles and scopes are checked
      // before validation and before the cacher.
      broker.middlewares.add(CallerAccess());
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
    transporter: config.transporter as BrokerOptions["transporter"],
    // JSON measured fastest for our payloads; event bodies are protobuf bytes inside it.
    serializer: "JSON",
    cacher: config.redisUrl
      ? new ResilientRedisCacher({ url: config.redisUrl, ttl: 30, prefix: `MW-${config.namespace || "default"}` })
      : { type: "Memory", options: { ttl: 30, clone: true } },

    registry: {
      strategy: "RoundRobin",
      preferLocal: true,
      discoverer: (config.discoverer ?? "Local") as NonNullable<BrokerOptions["registry"]>["discoverer"],
    },

    requestTimeout: 10_000,
    retryPolicy: { enabled: false },
    maxCallLevel: 100,
    heartbeatInterval: 5,
    heartbeatTimeout: 15,

    // Context tracking lets SIGTERM wait for in-flight requests before the node leaves.
    tracking: { enabled: true, shutdownTimeout: 10_000 },
    circuitBreaker: { enabled: Boolean(config.transporter), threshold: 0.5, minRequestCount: 20, windowTime: 60 },

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
    middlewares: [channelsMiddleware(config), TeamAccessRules()],

    // bin/start.ts owns the signals: it flips readiness to 503, stops the broker, then the database.
    skipProcessEventRegistration: true,
  };
}
