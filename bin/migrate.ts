/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
import { loadConfig } from "../config.js";
import { acquireDatabase, releaseDatabase } from "../lib/database.js";
import { databaseOptions } from "../lib/runtime.js";

const config = loadConfig();
const options = databaseOptions(config);
const db = await acquireDatabase(options);
// acquireDatabase migrates as it opens; report what that pass applied.
const applied = await db.applied;
console.log(applied.length ? `applied: ${applied.join(", ")}` : "migrations: up to date");
await releaseDatabase(options);
