/** `npm run admin -- <email>`: grants the admin role to an existing account (through a running embedded node if one holds DATA_DIR). */
import { loadConfig } from "../config.js";
import { acquireDatabase, DataDirLockedError, releaseDatabase } from "../lib/database.js";
import { databaseOptions } from "../lib/runtime.js";
import { defineUsersModels } from "../services/users/models.js";
import { findUserByEmail, grantRole } from "../services/users/store.js";

const email = process.argv[2]?.trim().toLowerCase();
if (!email || !email.includes("@")) {
  console.error("usage: npm run admin -- <email>");
  process.exit(2);
}
// guest: a node running on the same embedded DATA_DIR lends its database for this one command.
const options = { ...databaseOptions(loadConfig()), guest: true };
let db;
try {
  db = await acquireDatabase(options);
} catch (err) {
  if (!(err instanceof DataDirLockedError)) throw err;
  console.error(`meshwork: ${err.message}.`);
  console.error("It does not serve other commands (yet): wait until it is ready, or stop it and run this again.");
  process.exit(1);
}
if (db.host) console.log(`through the running node (process ${db.host.pid})`);
let code = 0;
try {
  const user = await findUserByEmail(defineUsersModels(db.sequelize), email);
  if (!user || user.status === "deleted") {
    console.error(`no account with email ${email}`);
    code = 1;
  } else if (user.roles.includes("admin")) {
    console.log(`${email} is already an admin`);
  } else {
    await grantRole(db.sequelize, email, "admin");
    // Running nodes see the role on the caller's next request once their 30 s token cache expires.
    console.log(`${email} is now an admin`);
  }
} finally {
  await releaseDatabase(options);
}
process.exit(code);
