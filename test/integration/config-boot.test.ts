/** A bad environment stops `bin/start.ts` at boot with a non-zero exit and a message naming the variable. */
import { readdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupAll, spawnNode, tempDir } from "../support/processes.js";

const CASES: { env: Record<string, string>; variable: string; says: RegExp }[] = [
  { env: { PORT: "abc" }, variable: "PORT", says: /whole number/ },
  { env: { HEALTH_PORT: "70000" }, variable: "HEALTH_PORT", says: /between 0 and 65535/ },
  { env: { TRANSPORTER: "http://x" }, variable: "TRANSPORTER", says: /nats:/ },
  { env: { DATABASE_URL: "mysql://db/x" }, variable: "DATABASE_URL", says: /postgres:/ },
  { env: { LOG_LEVEL: "loud" }, variable: "LOG_LEVEL", says: /one of fatal, error/ },
  { env: { SERVICES: "users,nope" }, variable: "SERVICES", says: /unknown service\(s\) nope/ },
  { env: { NODE_ENV: "production", JWT_SECRET: "" }, variable: "JWT_SECRET", says: /required in production/ },
  { env: { JWT_SECRET: "short" }, variable: "JWT_SECRET", says: /at least 32 characters/ },
];

describe("configuration is validated at boot", () => {
  it("leaves DATA_DIR untouched when the configuration is rejected (no generated secret)", async () => {
    const dataDir = tempDir("meshwork-badcfg-");
    const node = await spawnNode({ name: "bad-PORT-fresh", env: { PORT: "abc", JWT_SECRET: "", DATA_DIR: dataDir } });
    const exit = await node.exited;
    expect(exit.code).toBe(1);
    expect(node.stderr()).toContain("meshwork: invalid configuration: PORT:");
    expect(readdirSync(dataDir)).toEqual([]);
  });

  afterAll(cleanupAll);

  it.each(CASES)("exits non-zero and names $variable", async ({ env, variable, says }) => {
    const node = await spawnNode({ name: `bad-${variable}`, env: { JWT_SECRET: "x".repeat(32), ...env } });
    const timer = setTimeout(() => node.child.kill("SIGKILL"), 20_000);
    const exit = await node.exited;
    clearTimeout(timer);
    expect(exit.signal).toBeNull();
    expect(exit.code).not.toBe(0);
    expect(node.stderr()).toContain(`meshwork: invalid configuration: ${variable}:`);
    expect(node.stderr()).toMatch(says);
    // Fails before anything starts: no stack trace, no broker.
    expect(node.stderr()).not.toMatch(/\n\s+at /);
    expect(node.output()).not.toContain("ServiceBroker");
  });
});
