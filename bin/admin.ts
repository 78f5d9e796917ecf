/** `npm run admin -- <email>`: grants the admin role to an existing account. */
import { loadConfig } from "../config.js";
import { acquireDatabase, releaseDatabase } from "../lib/database.js";
import { databaseOptions } from "../lib/runtime.js";
import { defineUsersModels } from "../services/users/models.js";
import { findUserByEmail, grantRole } from "../services/users/store.js";

const email = process.argv[2]?.trim().toLowerCase();
if (!email || !email.includes("@")) {
  console.error("usage: npm run admin -- <email>");
  process.exit(2);
}
const options = databaseOptions(loadConfig());
const db = await acquireDatabase(options);
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
