/** `npm run migrate`: applies the pending migrations of the domains SERVICES names (all by default) and exits. */
import { loadConfig } from "../config.js";
import { DataDirLockedError, lockHolder } from "../lib/datadir-lock.js";

const config = loadConfig({ ...process.env, HEALTH_PORT: "0", METRICS_PORT: "0" });

function refuse(err: DataDirLockedError): never {
  console.error(`meshwork: ${err.message}.`);
  console.error("A node applies its pending migrations when it starts; to migrate without one, stop it first.");
  process.exit(1);
}

// Checked before loading every service so the refusal is immediate; the database's lock is the guarantee.
const holder = config.databaseUrl || config.dataDir.startsWith("memory://") ? null : lockHolder(config.dataDir);
if (holder) refuse(new DataDirLockedError(config.dataDir, holder));
const { createNode } = await import("../node.js");
const node = await createNode(config);
try {
  const applied = await node.migrate();
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "migrations: up to date");
} catch (err) {
  if (err instanceof DataDirLockedError) refuse(err);
  throw err;
}
process.exit(0);
