/** Kubernetes probes on HEALTH_PORT and Prometheus /metrics on METRICS_PORT, checked by promtool. */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cleanupAll,
  createDatabase,
  http,
  spawnNode,
  type MeshworkNode,
  type TestDatabase,
} from "../support/processes.js";

function promtool(): string {
  const found = spawnSync("sh", ["-c", "command -v promtool"], { encoding: "utf8" });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) {
    throw new Error(
      "promtool is not installed: `apt-get install -y prometheus` provides it (this suite fails rather than skips)",
    );
  }
  return path;
}

describe("health and metrics endpoints", () => {
  let db: TestDatabase;
  let node: MeshworkNode;

  beforeAll(async () => {
    db = await createDatabase();
    node = await spawnNode({
      name: "observed",
      env: { DATABASE_URL: db.url, JWT_SECRET: randomBytes(32).toString("hex") },
    });
    await node.waitReady();
  });

  afterAll(cleanupAll);

  it("answers /live 200 and /ready 200 with the checks that make the node ready", async () => {
    const live = await http(`http://127.0.0.1:${node.healthPort}/live`);
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ live: true });

    const ready = await http(`http://127.0.0.1:${node.healthPort}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get("content-type")).toMatch(/^application\/json/);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(ready.body).toEqual({
      ready: true,
      checks: { broker: true, stopping: false, database: true, services: [] },
    });

    const unknown = await http(`http://127.0.0.1:${node.healthPort}/nope`);
    expect(unknown.status).toBe(404);
    console.log(`Postgres-backed node (all services, no transporter): RSS ${(node.rssKb() / 1024).toFixed(0)} MB`);
  });

  it("serves Prometheus text on /metrics that promtool accepts, with request metrics of real calls", async () => {
    const tool = promtool();
    const signup = await http(`${node.baseUrl}/auth/signup`, {
      body: { email: `metrics-${randomBytes(3).toString("hex")}@example.com`, password: "metrics password" },
    });
    expect(signup.status).toBe(201);
    const me = await http(`${node.baseUrl}/users/me`, { token: signup.body.accessToken });
    expect(me.status).toBe(200);

    const res = await fetch(`http://127.0.0.1:${node.metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^# TYPE moleculer_request_total counter$/m);
    expect(text).toMatch(/^moleculer_request_total\{[^}]*action="users\.signup"[^}]*\} 1$/m);
    expect(text).toMatch(/^moleculer_request_total\{[^}]*action="users\.resolveToken"[^}]*\} [1-9]/m);

    const check = spawnSync(tool, ["check", "metrics"], { input: text, encoding: "utf8" });
    expect(check.error).toBeUndefined();
    const report = `${check.stdout}${check.stderr}`.trim();
    // Exit 1 means the exposition does not parse. Exit 3 means it parses but lint findings exist:
    // Moleculer's built-in metrics (the `nodeID` label, quantiles beside histogram buckets, gauges
    // named *_total, *_min/_max without HELP) always produce some, so 0 is out of our hands.
    expect(report).not.toMatch(/error while linting/);
    expect([0, 3]).toContain(check.status);
    const findings = report.split("\n").filter((line) => line.trim());
    const byKind = new Map<string, number>();
    for (const line of findings) {
      const kind = line.replace(/^\S+\s+/, "");
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    console.log(
      `promtool check metrics: exit ${check.status}, ${findings.length} finding(s)\n` +
        [...byKind].map(([kind, n]) => `  ${String(n).padStart(4)} × ${kind}`).join("\n"),
    );
    // Our own metrics follow the conventions; every finding belongs to the framework's families.
    expect(findings.filter((line) => line.startsWith("meshwork_"))).toEqual([]);
    expect(findings.filter((line) => !line.startsWith("moleculer_"))).toEqual([]);
  });
});
