/** Row "raw node:http": the ceiling, a small JSON answer from node:http and nothing else. Prints READY <port>. */
import { createServer } from "node:http";

const body = JSON.stringify({ id: "00000000-0000-4000-8000-000000000000", email: "raw@example.com", status: "active" });
const server = createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 5_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`READY ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
