/**
 * The embedded database's thread: PGlite (Postgres compiled to WASM) and its wire-protocol server on a
 * Unix socket run here, so query execution never blocks the node's event loop (lib/database.ts starts it).
 *
 * Plain Node (types stripped, no tsx): a worker thread doesn't inherit the parent's loader, and under
 * the compiled build this file is dist/lib/pglite-worker.js. Only packages and node: modules are imported.
 */
import { chmodSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface PgliteWorkerData {
  /** A directory for the cluster's files, or `memory://…`. */
  dataDir: string;
  /** The Unix socket the node's pool (and its guests, through the node) connect to. */
  socketPath: string;
  /** Sessions the socket server accepts at once: the node's pool plus a guest's. */
  maxConnections: number;
  /** Server settings (`name=value`) given on PGlite's command line, over the cluster's postgresql.conf. */
  settings: string[];
}

/** What the worker tells the thread that started it. */
export type PgliteWorkerMessage = { type: "ready" } | { type: "stopped" } | { type: "error"; message: string };

/** What the starting thread tells the worker. */
export type PgliteWorkerCommand = { type: "stop" };

const port = parentPort;
if (!port) throw new Error("lib/pglite-worker runs as a worker thread (lib/database.ts starts it)");
const options = workerData as PgliteWorkerData;
const send = (message: PgliteWorkerMessage) => port.postMessage(message);

let pglite: PGlite | null = null;
let server: PGLiteSocketServer | null = null;

async function start(): Promise<void> {
  // As `-c` options after PGlite's own: the cluster's postgresql.conf stays as initdb wrote it.
  const startParams = [...PGlite.defaultStartParams, ...options.settings.flatMap((setting) => ["-c", setting])];
  pglite = await PGlite.create(options.dataDir, { startParams });
  // No TCP port: any local user could reach an unauthenticated Postgres on one.
  server = new PGLiteSocketServer({ db: pglite, path: options.socketPath, maxConnections: options.maxConnections });
  await server.start();
  chmodSync(options.socketPath, 0o600);
}

async function stop(): Promise<void> {
  await server?.stop();
  server = null;
  if (pglite && !pglite.closed) await pglite.close();
  pglite = null;
}

port.on("message", (command: PgliteWorkerCommand) => {
  if (command.type !== "stop") return;
  stop().then(
    () => send({ type: "stopped" }),
    (err: Error) => send({ type: "error", message: err.message }),
  );
});

start().then(
  () => send({ type: "ready" }),
  async (err: Error) => {
    await stop().catch(() => undefined);
    send({ type: "error", message: err.stack ?? err.message });
  },
);
