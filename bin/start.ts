/** `npm start`: one meshwork node from the environment (all services on embedded Postgres by default). */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { createNode } from "../node.js";

/** A URL's scheme, host and path, never its credentials. */
function withoutCredentials(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

/** Where the data lives: the embedded database's folder, or the PostgreSQL host and database. */
function dataOf(config: Config): string {
  if (config.databaseUrl) return `PostgreSQL ${withoutCredentials(config.databaseUrl).replace(/^\w+:\/\//, "")}`;
  return `embedded PostgreSQL in ${config.dataDir}`;
}

function modeOf(config: Config, nodeID: string): string {
  if (!config.transporter) return `embedded, one process (node ${nodeID})`;
  return `mesh over ${withoutCredentials(config.transporter)} (node ${nodeID})`;
}

/** The host a browser on this machine can use for an address the server is bound to. */
function shownHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

/** Where mail goes: an SMTP server (no credentials), the dev mailbox (and where to read it), or nowhere yet. */
function mailOf(config: Config, gateway: string | null): string {
  if (config.smtpUrl) return `SMTP ${withoutCredentials(config.smtpUrl)}`;
  if (config.nodeEnv === "production") return "not sent: SMTP_URL is not set, mail stays queued until it is";
  return `dev mailbox, not sent: ${gateway ? `${gateway}/dev/mailbox` : "/dev/mailbox on a gateway node"}`;
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const node = await createNode(config);
  const logger = node.broker.getLogger("meshwork");
  for (const warning of config.warnings) logger.warn(warning);

  // One drain per process: Ctrl-C delivers SIGINT both from the terminal and through npm.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: draining in-flight requests`);
    node
      .stop()
      .then(() => process.exit(0))
      .catch((err: Error) => {
        logger.error(`Shutdown failed: ${err.message}`);
        process.exit(1);
      });
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));

  await node.start();
  const ms = Math.round(performance.now() - startedAt);
  logger.info(`meshwork ready in ${ms} ms: ${modeOf(config, node.broker.nodeID)}`);
  const gateway = node.broker.getLocalService("api") as { server?: Server } | undefined;
  const address = gateway?.server?.address() as AddressInfo | null | undefined;
  if (address) {
    // The bound port, which PORT=0 leaves to the system.
    const base = `http://${shownHost(config.host)}:${address.port}`;
    logger.info(`  API:      ${base}/api/v1`);
    logger.info(`  Docs:     ${base}/docs`);
  }
  if (address || node.services.includes("notifications")) {
    logger.info(`  Mail:     ${mailOf(config, address ? `http://${shownHost(config.host)}:${address.port}` : null)}`);
  }
  logger.info(`  Data:     ${dataOf(config)}`);
  logger.info(`  Services: ${node.services.join(", ")}`);
}

main().catch((err: Error) => {
  if (err instanceof ConfigError) {
    console.error(`meshwork: invalid configuration: ${err.message}`);
  } else {
    console.error(`meshwork: failed to start: ${err.stack ?? err.message}`);
  }
  process.exit(1);
});
