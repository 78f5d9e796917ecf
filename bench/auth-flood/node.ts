/**
 * The node bench/auth-flood/run.ts measures, in its own process so the load generator can't disturb it:
 * every service on an embedded in-memory database, configured from the environment, with the users
 * service's auth protections set by BENCH_PROTECTION before it starts:
 *   defaults      as shipped (per-address auth limit, bounded hashing);
 *   hashing-only  the bounded hashing without the per-address auth limit;
 *   none          neither: password checks run as many at once as arrive (the behaviour before them).
 * Prints `READY <port>` once the gateway listens; stops on SIGTERM.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../config.js";
import { createNode } from "../../node.js";
import { HashingGate } from "../../services/users/passwords.js";
import type { UsersSettings } from "../../services/users/users.service.js";

type Protection = "defaults" | "hashing-only" | "none";

const protection = (process.env.BENCH_PROTECTION ?? "defaults") as Protection;
const node = await createNode(loadConfig());
const users = node.broker.getLocalService("users") as unknown as { settings: UsersSettings; hashing: HashingGate };
if (protection !== "defaults") users.settings.throttle = { ...users.settings.throttle, authPerAddressPerMinute: 0 };
if (protection === "none") users.hashing = new HashingGate({ concurrency: 1e9, queue: 0, perAddress: 1e9 });

process.on("SIGTERM", () => {
  node.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});

await node.start();
const api = node.broker.getLocalService("api") as unknown as { server: Server };
console.log(`READY ${(api.server.address() as AddressInfo).port}`);
