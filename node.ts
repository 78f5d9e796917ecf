/** Builds one meshwork node: broker from config, the domains SERVICES names, their database, a health server. */
import type { Server } from "node:http";
import { ServiceBroker } from "moleculer";
import { ConfigError, type Config } from "./config.js";
import { brokerOptions } from "./moleculer.config.js";
import { acquireDatabase, releaseDatabase, type Database } from "./lib/database.js";
import { availableServices, loadServiceSchema, SERVICES_DIR } from "./lib/domains.js";
import { startHealthServer, type HealthState } from "./lib/health.js";
import { migrate, type MigrationSet } from "./lib/migrate.js";
import { databaseOptions } from "./lib/runtime.js";

export { availableServices };

/** The service names this node runs: SERVICES, or all of them. */
export function selectServices(config: Config, dir = SERVICES_DIR): string[] {
  const all = availableServices(dir);
  if (!config.services) return all;
  const unknown = config.services.filter((name) => !all.includes(name));
  if (unknown.length)
    throw new ConfigError("SERVICES", `unknown service(s) ${unknown.join(", ")}; known: ${all.join(", ")}`);
  return config.services;
}

function usesDatabase(broker: ServiceBroker): boolean {
  return broker.services.some((service) => Boolean((service as { adapter?: unknown }).adapter));
}

/** Sends this node's INFO (its services) to every node now. */
async function announce(broker: ServiceBroker): Promise<void> {
  const discoverer = (broker.registry as unknown as { discoverer?: { sendLocalNodeInfo(): Promise<unknown> } })
    .discoverer;
  if (broker.transit && discoverer) await discoverer.sendLocalNodeInfo();
}

export interface MeshworkNode {
  broker: ServiceBroker;
  config: Config;
  services: string[];
  health: HealthState;
  /** Starts the database (embedded or pooled), the services, and the health server. */
  start(): Promise<void>;
  /** Marks the node not ready, drains in-flight requests, stops services and the database. */
  stop(): Promise<void>;
  /** Applies the pending migrations of the domains this node runs, without starting them. */
  migrate(): Promise<string[]>;
}

/** The migration sets of the node's services (the Db mixin sets them when a service is created). */
function migrationSets(broker: ServiceBroker): MigrationSet[] {
  return broker.services
    .map((service) => (service as { migrationSet?: MigrationSet | null }).migrationSet)
    .filter((set): set is MigrationSet => Boolean(set));
}

export async function createNode(config: Config): Promise<MeshworkNode> {
  const services = selectServices(config);
  const broker = new ServiceBroker(brokerOptions(config));
  for (const name of services) broker.createService(await loadServiceSchema(name));
  const health: HealthState = { started: false, stopping: false };
  const dbOptions = databaseOptions(config);
  let database: Database | null = null;
  let healthServer: Server | null = null;

  return {
    broker,
    config,
    services,
    health,
    async start() {
      // Held by the node itself so /ready can ping it and it outlives the services on shutdown.
      // A node without database services (a gateway-only node) needs no DATABASE_URL.
      if (usesDatabase(broker)) database = await acquireDatabase(dbOptions);
      await broker.start();
      // Moleculer announces started services to the mesh up to a second later (a debounced INFO). Ready
      // means callers can route here: announce them now, so a rolling deploy that stops the old node as
      // soon as this one is ready leaves no gap with no provider.
      await announce(broker);
      if (config.healthPort > 0) {
        const db = database;
        healthServer = await startHealthServer(
          { broker, state: health, services, pingDatabase: db ? () => db.ping() : undefined },
          config.healthPort,
          config.host,
        );
      }
      health.started = true;
    },
    async stop() {
      health.stopping = true;
      // New connections are refused from here on; requests already in flight run to completion
      // while the broker drains (Kubernetes' preStop pause has taken the pod out of rotation).
      const gateway = broker.getLocalService("api") as { server?: Server } | undefined;
      gateway?.server?.close();
      await broker.stop();
      await new Promise<void>((resolve) => (healthServer ? healthServer.close(() => resolve()) : resolve()));
      if (database) await releaseDatabase(dbOptions);
      database = null;
    },
    async migrate() {
      const db = await acquireDatabase(dbOptions);
      try {
        return [...(await db.applied), ...(await migrate(db.sequelize, migrationSets(broker)))];
      } finally {
        await releaseDatabase(dbOptions);
      }
    },
  };
}
