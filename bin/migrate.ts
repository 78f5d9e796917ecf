/** `npm run migrate`: applies the pending migrations of the domains SERVICES names (all by default) and exits. */
import { loadConfig } from "../config.js";
import { createNode } from "../node.js";

const config = loadConfig({ ...process.env, HEALTH_PORT: "0", METRICS_PORT: "0" });
const node = await createNode(config);
const applied = await node.migrate();
console.log(applied.length ? `applied: ${applied.join(", ")}` : "migrations: up to date");
process.exit(0);
