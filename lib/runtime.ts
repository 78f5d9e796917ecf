/** How services reach the node's validated configuration: bound to the broker when it is created. */
import { randomBytes, randomUUID } from "node:crypto";
import type { ServiceBroker } from "moleculer";
import { loadConfig, type Config } from "../config.js";
import type { DatabaseOptions } from "./database.js";

// A WeakMap rather than a broker option or metadata: metadata is gossiped to every node (and
// would carry the JWT secret), an option key is untyped.
const configs = new WeakMap<ServiceBroker, Config>();

/** Called by the broker options' `created` hook (moleculer.config.ts). */
export function bindConfig(broker: ServiceBroker, config: Config): void {
  configs.set(broker, config);
}

/**
 * The config the node was started with. A bare `new ServiceBroker()` (a test suite's) gets its own
 * in-memory embedded database and a throwaway secret, so services run with zero setup and two
 * brokers in one process never share data.
 */
export function configOf(broker: ServiceBroker): Config {
  let config = configs.get(broker);
  if (!config) {
    config = loadConfig({
      NODE_ENV: "test",
      DATA_DIR: `memory://broker-${randomUUID()}`,
      JWT_SECRET: randomBytes(32).toString("hex"),
    });
    configs.set(broker, config);
  }
  return config;
}

export function databaseOptions(config: Config): DatabaseOptions {
  return { url: config.databaseUrl, dataDir: config.dataDir };
}
