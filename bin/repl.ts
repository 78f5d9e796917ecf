/** `npm run repl`: a Moleculer REPL joined to the mesh (moleculer-cli bundles 0.14 and can't join a 0.15 mesh). */
import { loadConfig } from "../config.js";
import { createNode } from "../node.js";

// On a mesh the REPL node runs no services of its own unless SERVICES says so: it calls the
// mesh's. Embedded (no TRANSPORTER) it is the whole product in one process, like npm start.
const config = loadConfig({ ...process.env, HEALTH_PORT: "0", METRICS_PORT: "0" });
const services = config.transporter ? (config.services ?? []) : config.services;
const node = await createNode({ ...config, services });
await node.start();
await node.broker.repl();
