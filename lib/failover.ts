/**
 * Fast failover on the mesh (issue "Faults and operations"). Moleculer alone notices a node that died
 * without a goodbye (kill -9, OOM, a lost host) only when its heartbeats stop for `heartbeatTimeout`,
 * checked every `heartbeatTimeout` seconds: 15–31 s of calls sent to a dead node, each hanging until
 * its 10 s timeout. Here:
 *
 * - **Probe on a slow call.** A remote call still unanswered after PROBE_AFTER_MS pings its node; no
 *   pong within PONG_TIMEOUT_MS and the node is declared lost at once (Moleculer's own "disconnected
 *   unexpectedly" path): its pending calls are rejected (REQUEST_REJECTED, "node lost") and the
 *   balancer stops choosing it. A live node answers a ping in milliseconds however slow its work is,
 *   so a slow call on a live node keeps running. A node declared lost by mistake comes back with its
 *   next heartbeat.
 * - **Retry of safe calls.** A call rejected because its node was lost runs once more, on another node,
 *   when it is safe to run twice: a GET route or a cached (read) action. Writes never run twice: the
 *   caller gets the 503 (the write may or may not have happened, as with any lost connection). Any
 *   call runs again elsewhere when it surely didn't run: its node was lost before it was sent, or the
 *   node answered that it no longer serves the action (it is stopping).
 * - **Timed-out calls release their context.** Moleculer's Timeout middleware sits outside the context
 *   tracker and the circuit breaker, and the transit keeps a timed-out request pending until its node
 *   answers or leaves, so neither ever saw the timeout: the breaker never opened and SIGTERM waited
 *   for thousands of "running" contexts. The timeout now rejects the pending request itself.
 * - **A lost NATS connection** rejects every pending remote call at once and forgets the remote nodes
 *   (they are rediscovered as soon as the connection is back: this node broadcasts DISCOVER and its
 *   INFO on reconnect, which Moleculer's NATS transporter doesn't do); meanwhile remote calls fail at
 *   once with 503 instead of being buffered and run late.
 */
import { Errors, Transporters, type Context, type Middleware, type ServiceBroker } from "moleculer";

/** How long a remote call may wait for its answer before its node is pinged. */
export const PROBE_AFTER_MS = 500;
/** How long a pinged node has to answer before it is declared lost. */
export const PONG_TIMEOUT_MS = 1_000;
/**
 * The same when no other node offers the waiting call's action: losing it gains nothing to fail over
 * to, so a node that is only slow (a starved CPU) gets longer before its calls are given up.
 */
export const SOLE_PONG_TIMEOUT_MS = 2_000;
/** A node that answered a ping this recently is not pinged again. */
const PONG_FRESH_MS = 1_000;

export const METRIC_NODES_LOST = "meshwork.mesh.nodes.lost.total";
export const METRIC_FAILOVER_RETRIES = "meshwork.mesh.failover.retries.total";

/** The parts of a remote action definition (as its node's INFO describes it) that tell whether it is safe to repeat. */
interface ActionInfo {
  name: string;
  rest?: unknown;
  cache?: unknown;
}

/** Safe to run twice: a GET route, or a cached action (only reads are cached). */
export function isRetrySafe(action: ActionInfo | undefined): boolean {
  if (!action) return false;
  if (typeof action.rest === "string" && /^GET\s/.test(action.rest)) return true;
  return Boolean(action.cache);
}

/** Moleculer internals the middleware reaches into (untyped in its declarations). */
interface PendingRequest {
  reject(err: Error): void;
}
interface TransitInternals {
  pendingRequests: Map<string, PendingRequest>;
  removePendingRequest(id: string): void;
  removePendingRequestByNodeID(nodeID: string): void;
  tx: unknown;
  discoverer: { sendLocalNodeInfo(): Promise<unknown>; discoverAllNodes(): Promise<unknown> };
}
interface NodeInternals {
  id: string;
  local: boolean;
  available: boolean;
}
interface RegistryInternals {
  nodes: {
    get(id: string): NodeInternals | undefined;
    toArray(): NodeInternals[];
    disconnected(id: string, unexpected: boolean): void;
  };
}

const transitOf = (broker: ServiceBroker) => (broker as unknown as { transit?: TransitInternals }).transit;
const registryOf = (broker: ServiceBroker) => broker.registry as unknown as RegistryInternals;

function count(broker: ServiceBroker, name: string, labels?: Record<string, string>): void {
  if (broker.isMetricsEnabled()) broker.metrics.increment(name, labels);
}

/** Declares `nodeID` gone: Moleculer rejects its pending calls and stops routing to it. */
function declareLost(broker: ServiceBroker, nodeID: string, why: string): void {
  const node = registryOf(broker).nodes.get(nodeID);
  if (!node || node.local) return;
  if (!node.available) {
    // Already gone; a call sent to it since (an endpoint picked earlier) must not wait for its timeout.
    transitOf(broker)?.removePendingRequestByNodeID(nodeID);
    return;
  }
  broker.logger.warn(`Node '${nodeID}' ${why}: treating it as lost`);
  count(broker, METRIC_NODES_LOST, { reason: why.startsWith("did not answer") ? "ping" : "connection" });
  registryOf(broker).nodes.disconnected(nodeID, true);
}

/** Pings nodes that keep a call waiting; one ping per node at a time. */
class NodeProbe {
  private readonly probing = new Set<string>();
  private readonly lastPong = new Map<string, number>();

  constructor(private readonly broker: ServiceBroker) {}

  /** Pings `nodeID` after PROBE_AFTER_MS unless `settled` resolves first. */
  watch(nodeID: string, action: string, settled: Promise<unknown>): void {
    const timer = setTimeout(() => this.probe(nodeID, action), PROBE_AFTER_MS);
    timer.unref();
    const stop = () => clearTimeout(timer);
    settled.then(stop, stop);
  }

  /** Whether another available node offers `action`. */
  private elsewhere(nodeID: string, action: string): boolean {
    const list = this.broker.registry.getActionEndpoints(action) as unknown as
      | { endpoints: { id: string; node: { available: boolean } }[] }
      | undefined;
    return Boolean(list?.endpoints.some((ep) => ep.id !== nodeID && ep.node.available));
  }

  private probe(nodeID: string, action: string): void {
    if (this.probing.has(nodeID)) return;
    if (Date.now() - (this.lastPong.get(nodeID) ?? 0) < PONG_FRESH_MS) return;
    this.probing.add(nodeID);
    const timeout = this.elsewhere(nodeID, action) ? PONG_TIMEOUT_MS : SOLE_PONG_TIMEOUT_MS;
    this.broker
      .ping(nodeID, timeout)
      .then((pong) => {
        if (pong) this.lastPong.set(nodeID, Date.now());
        else declareLost(this.broker, nodeID, `did not answer a ping within ${timeout} ms while a call waited`);
      })
      .catch(() => undefined)
      .finally(() => this.probing.delete(nodeID));
  }
}

type Handler = (ctx: Context) => Promise<unknown>;

/** Counts retries on a context, so a retried call is not retried again. */
const RETRIED = Symbol("failover.retried");

function registerMetrics(broker: ServiceBroker): void {
  if (!broker.isMetricsEnabled()) return;
  if (!broker.metrics.getMetric(METRIC_NODES_LOST)) {
    broker.metrics.register({
      type: "counter",
      name: METRIC_NODES_LOST,
      labelNames: ["reason"],
      description: "Nodes declared lost before their heartbeat timed out (no pong, or the NATS connection dropped)",
    });
  }
  if (!broker.metrics.getMetric(METRIC_FAILOVER_RETRIES)) {
    broker.metrics.register({
      type: "counter",
      name: METRIC_FAILOVER_RETRIES,
      labelNames: ["action"],
      description: "Safe calls run again on another node after theirs was lost",
    });
  }
}

/**
 * The failover middleware. Add it after Moleculer's built-in middlewares (`broker.middlewares.add` in
 * the broker's `created`), so it wraps them all: it sees the Timeout middleware's error and the final
 * outcome of each remote call.
 */
export function MeshFailover(broker: ServiceBroker): Middleware {
  const probe = new NodeProbe(broker);
  registerMetrics(broker);
  return {
    name: "MeshFailover",
    // Runs before the context tracker waits: says which remote calls a stop is waiting for, and on which node.
    async stopping() {
      const waiting = (broker as unknown as { _trackedContexts?: Context[] })._trackedContexts ?? [];
      if (!waiting.length) return;
      const calls = waiting
        .slice(0, 10)
        .map((ctx) => `${ctx.action?.name ?? "?"} on ${ctx.nodeID ?? "?"}`)
        .join(", ");
      broker.logger.warn(`Stopping with ${waiting.length} remote call(s) in flight: ${calls}`);
    },
    remoteAction(handler: Handler, action: ActionInfo) {
      const safe = isRetrySafe(action);
      const rerun = (ctx: Context) => {
        count(broker, METRIC_FAILOVER_RETRIES, { action: action.name });
        const again = ctx.copy();
        (again as unknown as Record<symbol, boolean>)[RETRIED] = true;
        return broker.call(action.name, ctx.params, { ctx: again } as never);
      };
      return function failover(ctx: Context) {
        if (!meshOnline(broker)) {
          // Buffered by the NATS client, the request would run whenever the connection came back.
          return Promise.reject(new Errors.ServiceNotAvailableError({ action: action.name, nodeID: ctx.nodeID ?? "" }));
        }
        const retried = (ctx as unknown as Record<symbol, boolean>)[RETRIED];
        // The gateway picks an endpoint before it authenticates: its node may have been lost meanwhile.
        // Nothing was sent, so any call may go to another node.
        if (!retried && ctx.nodeID && registryOf(broker).nodes.get(ctx.nodeID)?.available === false) return rerun(ctx);
        const answer = handler(ctx);
        // Taken now: on a timeout, Moleculer's ErrorHandler drops it from the map without settling it.
        const pending = transitOf(broker)?.pendingRequests.get(ctx.id);
        if (ctx.nodeID) probe.watch(ctx.nodeID, action.name, answer);
        return answer.catch((err: unknown) => {
          if (err instanceof Errors.RequestTimeoutError) release(broker, ctx, pending, err);
          if (retried) throw err;
          // The node answered that it no longer runs the action (it is stopping): nothing ran there.
          if (notRunThere(err, ctx)) return rerun(ctx);
          if (!safe || !(err instanceof Errors.RequestRejectedError)) throw err;
          return rerun(ctx);
        });
      };
    },
  } as Middleware;
}

/** A "not available on that node" answer from the node the call went to: the action never ran. */
function notRunThere(err: unknown, ctx: Context): boolean {
  if (!(err instanceof Errors.ServiceNotAvailableError) && !(err instanceof Errors.ServiceNotFoundError)) return false;
  const nodeID = (err as { data?: { nodeID?: string } }).data?.nodeID;
  return Boolean(nodeID) && nodeID === ctx.nodeID;
}

/**
 * Settles the transit's pending request of a timed-out call with the timeout, so the layers inside it
 * (context tracker, circuit breaker) see it end; a late answer finds nothing waiting.
 */
function release(broker: ServiceBroker, ctx: Context, pending: PendingRequest | undefined, err: Error): void {
  transitOf(broker)?.removePendingRequest(ctx.id);
  pending?.reject(err);
}

/** False while this node's NATS connection is down (only the resilient transporter knows). */
function meshOnline(broker: ServiceBroker): boolean {
  const tx = transitOf(broker)?.tx;
  return !(tx instanceof ResilientNatsTransporter) || tx.online;
}

interface NatsStatus {
  type: string;
}
interface NatsClient {
  status(): AsyncIterable<NatsStatus>;
}

/**
 * Moleculer's NATS transporter, told about its connection: while it is down, remote calls fail at once
 * and every remote node is forgotten (their pending calls rejected); once it is back, this node
 * announces itself and asks every node for its INFO, so the mesh is whole again within milliseconds
 * rather than at the next heartbeats.
 */
export class ResilientNatsTransporter extends Transporters.NATS {
  online = false;
  /** Set by our own disconnect: the connection closing then is no outage. */
  private closing = false;

  async connect(): Promise<void> {
    await super.connect();
    this.online = true;
    const client = (this as unknown as { client: NatsClient }).client;
    void this.follow(client);
  }

  async disconnect(): Promise<void> {
    this.closing = true;
    await super.disconnect();
  }

  private async follow(client: NatsClient): Promise<void> {
    for await (const status of client.status()) {
      if (this.closing) return;
      if (status.type === "disconnect") this.lost();
      else if (status.type === "reconnect") this.back();
    }
  }

  private lost(): void {
    this.online = false;
    const broker = this.broker as ServiceBroker;
    for (const node of registryOf(broker).nodes.toArray()) {
      if (!node.local && node.available) declareLost(broker, node.id, "is unreachable: the NATS connection dropped");
    }
  }

  private back(): void {
    this.online = true;
    const broker = this.broker as ServiceBroker;
    const discoverer = transitOf(broker)?.discoverer;
    broker.logger.info("NATS connection is back: announcing this node and rediscovering the mesh");
    discoverer
      ?.sendLocalNodeInfo()
      .then(() => discoverer.discoverAllNodes())
      .catch((err: Error) => broker.logger.warn(`Rediscovery after reconnect failed: ${err.message}`));
  }
}
