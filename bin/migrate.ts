/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
import { loadConfig } from "../config.js";
import { acquireDatabase, releaseDatabase } from "../lib/database.js";
import { migrate } from "../lib/migrate.js";
import { databaseOptions } from "../lib/runtime.js";

const config = loadConfig();
const options = databaseOptions(config);
const db = await acquireDatabase(options);
// acquireDatabase has already migrated; a second pass reports that nothing is left.
const left = await migrate(db.sequelize);
console.log(left.length ? `applied: ${left.join(", ")}` : "migrations: up to date");
await releaseDatabase(options);
