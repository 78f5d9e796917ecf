/**
 * lib/failover.ts on brokers talking over Moleculer's in-process Fake transporter: a timed-out call
 * releases its context, a node that stops answering is found by a ping within about a second, safe
 * calls then run on another node and writes never run twice.
 */
import { randomUUID } from "node:crypto";
import { Errors, ServiceBroker, type BrokerOptions, type Context } from "moleculer";
import { afterEach, describe, expect, it } from "vitest";
import { MeshFailover, PONG_TIMEOUT_MS, PROBE_AFTER_MS } from "../../lib/failover.js";

const brokers: ServiceBroker[] = [];

function broker(nodeID: string, namespace: string, options: Partial<BrokerOptions> = {}): ServiceBroker {
  const b = new ServiceBroker({
    nodeID,
    namespace,
    transporter: "Fake",
    logger: false,
    heartbeatInterval: 1,
    heartbeatTimeout: 30,
    tracking: { enabled: true, shutdownTimeout: 5_000 },
    created(created) {
      created.middlewares.add(MeshFailover(created));
    },
    ...options,
  });
  brokers.push(b);
  return b;
}

/** Makes a node deaf, as if its process were frozen or dead: it hears nothing, answers nothing. */
function deafen(b: ServiceBroker): () => void {
  const tx = (b as unknown as { transit: { tx: { incomingMessage: (...args: unknown[]) => unknown } } }).transit.tx;
  const hear = tx.incomingMessage;
  tx.incomingMessage = () => undefined;
  return () => {
    tx.incomingMessage = hear;
  };
}

const tracked = (b: ServiceBroker) => (b as unknown as { _trackedContexts: unknown[] })._trackedContexts.length;
const pending = (b: ServiceBroker) =>
  (b as unknown as { transit: { pendingRequests: Map<string, unknown> } }).transit.pendingRequests.size;

afterEach(async () => {
  await Promise.all(brokers.splice(0).map((b) => b.stop().catch(() => undefined)));
});

describe("a timed-out remote call", () => {
  it("releases its tracked context and pending request, so a stop doesn't wait for it", async () => {
    // Moleculer's ErrorHandler drops a timed-out request from the transit's map without settling it:
    // without the middleware, each of these stays a "running context" until a stop gives up on it.
    const ns = randomUUID();
    const caller = broker("caller", ns);
    const slow = broker("slow", ns);
    slow.createService({
      name: "slow",
      actions: { wait: () => new Promise((resolve) => setTimeout(() => resolve("late"), 1_500)) },
    });
    await Promise.all([caller.start(), slow.start()]);
    await caller.waitForServices("slow", 5_000);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => caller.call("slow.wait", {}, { timeout: 50 })),
    );
    expect(outcomes.every((o) => o.status === "rejected" && o.reason instanceof Errors.RequestTimeoutError)).toBe(true);
    expect(tracked(caller)).toBe(0);
    expect(pending(caller)).toBe(0);
    const started = performance.now();
    await caller.stop();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("sent to an endpoint picked before its node was lost, is re-routed at once, even a write", async () => {
    const ns = randomUUID();
    const caller = broker("a", ns);
    const b = broker("b", ns);
    const c = broker("c", ns);
    const runs: string[] = [];
    for (const [node, name] of [
      [b, "b"],
      [c, "c"],
    ] as const) {
      node.createService({
        name: "things",
        actions: { write: { rest: "POST /things", handler: () => runs.push(name) && name } },
      });
    }
    await Promise.all([caller.start(), b.start(), c.start()]);
    await caller.waitForServices("things", 5_000);
    const endpoints = () =>
      (caller.registry.getActionEndpoints("things.write") as unknown as { count(): number }).count();
    while (endpoints() < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    // The gateway resolves an endpoint first, authenticates, then calls it.
    let picked = caller.findNextActionEndpoint("things.write", {}, undefined as never) as { id: string };
    if (picked.id !== "b") picked = caller.findNextActionEndpoint("things.write", {}, undefined as never) as never;
    expect(picked.id).toBe("b");
    deafen(b);
    (
      caller.registry as unknown as { nodes: { disconnected(id: string, unexpected: boolean): void } }
    ).nodes.disconnected("b", true);
    const started = performance.now();
    expect(await caller.call(picked as never, {}, { timeout: 5_000 })).toBe("c");
    expect(performance.now() - started).toBeLessThan(500);
    expect(runs).toEqual(["c"]);
    expect(tracked(caller)).toBe(0);
  });
});

describe("a call reaching a node that no longer runs the action", () => {
  it("runs on another node, even a write, since nothing ran where it went", async () => {
    const ns = randomUUID();
    const caller = broker("a", ns);
    const b = broker("b", ns);
    const c = broker("c", ns);
    const runs: string[] = [];
    for (const [node, name] of [
      [b, "b"],
      [c, "c"],
    ] as const) {
      node.createService({
        name: "things",
        actions: { write: { rest: "POST /things", handler: () => runs.push(name) && name } },
      });
    }
    await Promise.all([caller.start(), b.start(), c.start()]);
    await caller.waitForServices("things", 5_000);
    const endpoints = () =>
      (caller.registry.getActionEndpoints("things.write") as unknown as { count(): number }).count();
    while (endpoints() < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    let picked = caller.findNextActionEndpoint("things.write", {}, undefined as never) as { id: string };
    if (picked.id !== "b") picked = caller.findNextActionEndpoint("things.write", {}, undefined as never) as never;
    expect(picked.id).toBe("b");
    // b stops serving it (a node shutting down unregisters its services first) after the caller picked b.
    await b.destroyService(b.getLocalService("things") as never);
    expect(await caller.call(picked as never, {}, { timeout: 5_000 })).toBe("c");
    expect(runs).toEqual(["c"]);
  });
});

describe("a node that stops answering", () => {
  it("is declared lost by a ping: safe calls run on another node, writes fail once and never run twice", async () => {
    const ns = randomUUID();
    const runs: Record<string, string[]> = { b: [], c: [] };
    const schema = (node: "b" | "c") => ({
      name: "things",
      actions: {
        read: { rest: "GET /things", handler: () => node },
        write: {
          rest: "POST /things",
          handler: (ctx: Context<{ id: string }>) => {
            runs[node].push(ctx.params.id);
            return node;
          },
        },
      },
    });
    const caller = broker("a", ns);
    const b = broker("b", ns);
    const c = broker("c", ns);
    b.createService(schema("b"));
    c.createService(schema("c"));
    await Promise.all([caller.start(), b.start(), c.start()]);
    await caller.waitForServices("things", 5_000);
    // Both nodes serve before the fault.
    const before = await Promise.all(Array.from({ length: 4 }, () => caller.call<string>("things.read")));
    expect(new Set(before)).toEqual(new Set(["b", "c"]));

    deafen(b);
    const started = performance.now();
    const reads = Array.from({ length: 6 }, async () => {
      const at = performance.now();
      const node = await caller.call<string>("things.read");
      return { node, ms: performance.now() - at };
    });
    const writes = Array.from({ length: 6 }, async (_, i) => {
      const id = `w${i}`;
      try {
        return { id, node: await caller.call<string, { id: string }>("things.write", { id }) };
      } catch (err) {
        return { id, error: err as Error };
      }
    });
    const readResults = await Promise.all(reads);
    const writeResults = await Promise.all(writes);
    const detectedWithin = performance.now() - started;

    // Every read answered, from the live node, within the probe's bound.
    expect(readResults.every((r) => r.node === "c")).toBe(true);
    expect(Math.max(...readResults.map((r) => r.ms))).toBeLessThan(PROBE_AFTER_MS + PONG_TIMEOUT_MS + 1_000);
    expect(detectedWithin).toBeLessThan(PROBE_AFTER_MS + PONG_TIMEOUT_MS + 1_000);
    // Writes sent to the lost node were refused as "node lost", never retried: each ran at most once.
    const failed = writeResults.filter((w) => w.error);
    expect(failed.length).toBeGreaterThan(0);
    for (const w of failed) expect(w.error).toBeInstanceOf(Errors.RequestRejectedError);
    expect(runs.b).toEqual([]);
    expect(runs.c.sort()).toEqual(
      writeResults
        .filter((w) => w.node === "c")
        .map((w) => w.id)
        .sort(),
    );
    // New calls go straight to the live node.
    expect(await caller.call<string, { id: string }>("things.write", { id: "after" })).toBe("c");
    expect(tracked(caller)).toBe(0);
  });

  it("comes back with its next heartbeat once it answers again", async () => {
    const ns = randomUUID();
    const caller = broker("a", ns);
    const b = broker("b", ns);
    b.createService({ name: "things", actions: { read: { rest: "GET /things", handler: () => "b" } } });
    await Promise.all([caller.start(), b.start()]);
    await caller.waitForServices("things", 5_000);
    const hear = deafen(b);
    await expect(caller.call("things.read")).rejects.toBeInstanceOf(Errors.MoleculerError);
    hear();
    await caller.waitForServices("things", 5_000);
    expect(await caller.call("things.read")).toBe("b");
  });
});
