/** How services reach the node's validated configuration: it travels in the broker options. */
import { randomBytes } from "node:crypto";
import type { ServiceBroker } from "moleculer";
import { loadConfig, type Config } from "../config.js";
import type { DatabaseOptions } from "./database.js";

let fallback: Config | null = null;

/**
 * The config the node was started with. A bare `new ServiceBroker()` (a test suite's) gets
 * an in-memory embedded database and a throwaway secret, so services run with zero setup.
 */
export function configOf(broker: ServiceBroker): Config {
  const own = (broker.options as { meshwork?: Config }).meshwork;
  if (own) return own;
  fallback ??= loadConfig({
    NODE_ENV: "test",
    DATA_DIR: "memory://meshwork",
    JWT_SECRET: randomBytes(32).toString("hex"),
  });
  return fallback;
}

export function databaseOptions(config: Config): DatabaseOptions {
  return { url: config.databaseUrl, dataDir: config.dataDir };
}
