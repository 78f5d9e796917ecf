/** `/live` and `/ready` for Kubernetes probes, on HEALTH_PORT of every node. */
import { createServer, type Server } from "node:http";
import type { ServiceBroker } from "moleculer";

export interface HealthState {
  started: boolean;
  stopping: boolean;
}

export interface HealthOptions {
  broker: ServiceBroker;
  state: HealthState;
  /** Service names this node must have registered before it is ready. */
  services: string[];
  /** Whether the node's database answers; absent when the node has none. */
  pingDatabase?: () => Promise<boolean>;
}

export interface ReadyReport {
  ready: boolean;
  checks: { broker: boolean; stopping: boolean; database: boolean | null; services: string[] };
}

/** A database that doesn't answer SELECT 1 in this time counts as unreachable (probes time out at 1 s by default). */
const PING_TIMEOUT_MS = 800;

/** The ping's answer, or false once `ms` pass without one. */
function withinTime(ping: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([ping.catch(() => false), late]).finally(() => clearTimeout(timer));
}

export async function readiness(opts: HealthOptions): Promise<ReadyReport> {
  const local = new Set(
    opts.broker.registry.getServiceList({ onlyLocal: true, skipInternal: true }).map((s) => s.name),
  );
  const missing = opts.services.filter((name) => !local.has(name));
  const database = opts.pingDatabase ? await withinTime(opts.pingDatabase(), PING_TIMEOUT_MS) : null;
  const ready = opts.state.started && !opts.state.stopping && missing.length === 0 && database !== false;
  return { ready, checks: { broker: opts.state.started, stopping: opts.state.stopping, database, services: missing } };
}

export function startHealthServer(opts: HealthOptions, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" });
      res.end(JSON.stringify(body));
    };
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/live") return reply(200, { live: true });
    if (path === "/ready") {
      readiness(opts)
        .then((report) => reply(report.ready ? 200 : 503, report))
        .catch(() => reply(503, { ready: false }));
      return;
    }
    reply(404, { error: "not found" });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
