/** `npm start`: one meshwork node from the environment (all services on embedded Postgres by default). */
import { ConfigError, loadConfig } from "../config.js";
import { createNode } from "../node.js";

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const node = await createNode(config);
  const logger = node.broker.getLogger("meshwork");
  for (const warning of config.warnings) logger.warn(warning);

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
  const mode = config.transporter ? `node ${node.broker.nodeID} on ${config.transporter}` : "embedded";
  logger.info(`meshwork ready in ${ms} ms (${mode}; services: ${node.services.join(", ")})`);
  if (node.services.includes("api")) {
    const shownHost = config.host === "0.0.0.0" ? "localhost" : config.host;
    logger.info(`Gateway: http://${shownHost}:${config.port}/api/v1  (docs: http://${shownHost}:${config.port}/docs)`);
  }
}

main().catch((err: Error) => {
  if (err instanceof ConfigError) {
    console.error(`meshwork: invalid configuration: ${err.message}`);
  } else {
    console.error(`meshwork: failed to start: ${err.stack ?? err.message}`);
  }
  process.exit(1);
});
