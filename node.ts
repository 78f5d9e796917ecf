/** Builds one meshwork node: broker from config, the services SERVICES names, embedded DB, health server. */
import { readdirSync } from "node:fs";
import type { Server } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ServiceBroker, type ServiceSchema } from "moleculer";
import { ConfigError, type Config } from "../config.js";
import { brokerOptions } from "../moleculer.config.js";
import { acquireDatabase, releaseDatabase, type Database } from "./database.js";
import { startHealthServer, type HealthState } from "./health.js";
import { databaseOptions } from "./runtime.js";

export const SERVICES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "services");

export function availableServices(dir = SERVICES_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => /\.service\.(ts|js)$/.test(file))
    .map((file) => file.replace(/\.service\.(ts|js)$/, ""))
    .sort();
}

/** The service names this node runs: SERVICES, or all of them. */
export function selectServices(config: Config, dir = SERVICES_DIR): string[] {
  const all = availableServices(dir);
  if (!config.services) return all;
  const unknown = config.services.filter((name) => !all.includes(name));
  if (unknown.length)
    throw new ConfigError("SERVICES", `unknown service(s) ${unknown.join(", ")}; known: ${all.join(", ")}`);
  return config.services;
}

export async function loadServiceSchema(name: string, dir = SERVICES_DIR): Promise<ServiceSchema> {
  const file = readdirSync(dir).find((f) => f === `${name}.service.ts` || f === `${name}.service.js`);
  if (!file) throw new ConfigError("SERVICES", `no service file for ${name}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: ServiceSchema };
  return mod.default;
}

function usesDatabase(broker: ServiceBroker): boolean {
  return broker.services.some((service) => Boolean((service as { adapter?: unknown }).adapter));
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
  };
}
