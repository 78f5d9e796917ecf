/**
 * Row "bare moleculer-web → local action": a broker with one action behind one moleculer-web alias,
 * Moleculer's defaults otherwise (no metrics, no validator work, no cacher). Prints READY <port>.
 */
import { ServiceBroker, type Context } from "moleculer";
import ApiGateway from "moleculer-web";

const broker = new ServiceBroker({ logger: false, transporter: null });
broker.createService({
  name: "users",
  actions: {
    me(_ctx: Context) {
      return { id: "00000000-0000-4000-8000-000000000000", email: "bare@example.com", status: "active" };
    },
  },
});
const api = broker.createService({
  name: "api",
  mixins: [ApiGateway],
  settings: { port: 0, ip: "127.0.0.1", routes: [{ path: "/api/v1", aliases: { "GET /users/me": "users.me" } }] },
});
await broker.start();
const address = (api as unknown as { server: import("node:http").Server }).server.address();
console.log(`READY ${typeof address === "object" && address ? address.port : 0}`);
process.on("SIGTERM", () => broker.stop().then(() => process.exit(0)));
