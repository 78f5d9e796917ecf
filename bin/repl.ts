/** `npm run repl`: a Moleculer REPL joined to the mesh (moleculer-cli bundles 0.14 and can't join a 0.15 mesh). */
import { loadConfig } from "../config.js";
import { DataDirLockedError, lockHolder } from "../lib/datadir-lock.js";

// On a mesh the REPL node runs no services of its own unless SERVICES says so: it calls the
// mesh's. Embedded (no TRANSPORTER) it is the whole product in one process, like npm start.
const config = loadConfig({ ...process.env, HEALTH_PORT: "0", METRICS_PORT: "0" });
const services = config.transporter ? (config.services ?? []) : config.services;

/** Why this REPL can't open DATA_DIR, and what works instead. */
function refuse(err: DataDirLockedError): never {
  console.error(`meshwork: ${err.message}.`);
  console.error(
    [
      "An embedded REPL runs the whole product on DATA_DIR itself, so it can't share it with that node. Either:",
      "  - stop that node, then run `npm run repl` (the REPL is then the node), or",
      "  - run the node on a mesh (TRANSPORTER=nats://127.0.0.1:4222 npm start) and join it with",
      "    TRANSPORTER=nats://127.0.0.1:4222 npm run repl",
      "To make an account admin while the node runs: npm run admin -- <email> (it goes through the node).",
    ].join("\n"),
  );
  process.exit(1);
}

// Embedded, checked before loading every service so the refusal is immediate; the lock the
// database takes is what guarantees it.
const embedded = !config.transporter && !config.databaseUrl && !config.dataDir.startsWith("memory://");
const holder = embedded ? lockHolder(config.dataDir) : null;
if (holder) refuse(new DataDirLockedError(config.dataDir, holder));
const { createNode } = await import("../node.js");
const node = await createNode({ ...config, services });
try {
  await node.start();
} catch (err) {
  if (err instanceof DataDirLockedError) refuse(err);
  throw err;
}
await node.broker.repl();
