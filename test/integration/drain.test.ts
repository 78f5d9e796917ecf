/** SIGTERM drains: requests already accepted finish (and their rows exist), readiness turns 503 first, the process exits 0. */
import { request } from "node:http";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cleanupAll,
  createDatabase,
  http,
  sleep,
  spawnNode,
  type MeshworkNode,
  type TestDatabase,
} from "../support/processes.js";

interface Outcome {
  email: string;
  status?: number;
  /** Socket error code when no response arrived. */
  error?: string;
}

/** One signup on its own connection (no keep-alive), so "refused" and "accepted then dropped" are told apart. */
function signup(port: number, email: string): Promise<Outcome> {
  const body = JSON.stringify({ email, password: "drain password 1" });
  return new Promise((resolve) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/v1/auth/signup",
        agent: false,
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), Connection: "close" },
        timeout: 30_000,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ email, status: res.statusCode }));
      },
    );
    req.on("error", (err: NodeJS.ErrnoException) => resolve({ email, error: err.code ?? err.message }));
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.end(body);
  });
}

describe("graceful shutdown under load", () => {
  let db: TestDatabase;
  let node: MeshworkNode;

  beforeAll(async () => {
    db = await createDatabase();
    node = await spawnNode({
      name: "drain",
      env: { DATABASE_URL: db.url, JWT_SECRET: randomBytes(32).toString("hex") },
    });
    await node.waitReady();
  });

  afterAll(cleanupAll);

  it("finishes every accepted signup with 201 after SIGTERM, answers /ready 503 while draining and exits 0", async () => {
    const tag = randomBytes(3).toString("hex");
    const emails = Array.from({ length: 20 }, (_, i) => `drain-${tag}-${i}@example.com`);
    const inFlight = emails.map((email) => signup(node.port, email));
    // Let the requests reach the gateway (scrypt makes each signup take ~60 ms of the 2-core machine).
    await sleep(100);
    node.child.kill("SIGTERM");

    // Readiness flips first, so a load balancer stops sending traffic while the work drains.
    const readyDuringDrain: number[] = [];
    const pollReady = (async () => {
      while (node.running()) {
        try {
          readyDuringDrain.push(
            (await fetch(`http://127.0.0.1:${node.healthPort}/ready`, { signal: AbortSignal.timeout(2000) })).status,
          );
        } catch {
          // Health server closed (the node is nearly gone) or a slow answer: keep polling until exit.
        }
        await sleep(10);
      }
    })();

    const outcomes = await Promise.all(inFlight);
    const exit = await node.exited;
    await pollReady;

    const answered = outcomes.filter((o) => o.status !== undefined);
    const failed = outcomes.filter((o) => o.status !== undefined && o.status !== 201);
    const dropped = outcomes.filter((o) => o.error && o.error !== "ECONNREFUSED");
    console.log(
      `drain: ${answered.length}/20 answered (${answered.filter((o) => o.status === 201).length} × 201), ` +
        `${outcomes.length - answered.length} refused; /ready polled ${readyDuringDrain.length}× while draining: ${[...new Set(readyDuringDrain)].join(", ")}`,
    );
    expect(failed, "accepted requests must not fail").toEqual([]);
    expect(dropped, "accepted connections must not be dropped").toEqual([]);
    expect(answered.length).toBeGreaterThan(0);
    expect(exit).toEqual({ code: 0, signal: null });
    // The first polls may beat the signal handler; once readiness flips to 503 it stays there.
    const flipped = readyDuringDrain.indexOf(503);
    expect(flipped).toBeGreaterThanOrEqual(0);
    expect(readyDuringDrain.slice(0, flipped).every((status) => status === 200)).toBe(true);
    expect(readyDuringDrain.slice(flipped).every((status) => status === 503)).toBe(true);

    // Every 201 is a committed row, and nothing else was written.
    const rows = await db.query<{ email: string }>("SELECT email FROM users WHERE email LIKE $1 ORDER BY email", [
      `drain-${tag}-%`,
    ]);
    expect(rows.map((r) => r.email).sort()).toEqual(answered.map((o) => o.email).sort());
    // The signal really arrived with work in flight: the broker waited for it.
    expect(node.output()).toMatch(/SIGTERM received/);
    expect(node.output()).toMatch(/Waiting for \d+ running context/);
  });

  it("refuses connections once stopped (nothing half-accepted)", async () => {
    const late = await http(`${node.baseUrl}/auth/login`, {
      body: { email: "x@example.com", password: "whatever1" },
    }).catch((err: Error & { cause?: { code?: string } }) => err.cause?.code ?? err.message);
    expect(late).toBe("ECONNREFUSED");
  });
});
