/** The embedded product: one process, PGlite in DATA_DIR, no network services; data and sessions survive a restart. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupAll, http, spawnNode, tempDir, type MeshworkNode } from "../support/processes.js";

describe("embedded mode (no TRANSPORTER, no DATABASE_URL)", () => {
  afterAll(cleanupAll);

  it("keeps accounts and the generated JWT secret in DATA_DIR across a clean restart", async () => {
    const dataDir = tempDir("meshwork-embedded-");
    const env = { DATA_DIR: dataDir, TRANSPORTER: "", DATABASE_URL: "", REDIS_URL: "", JWT_SECRET: "" };
    const email = "embedded@example.com";
    // Not containing the local part of the email: the password policy refuses that.
    const password = "quiet harbour lantern 41";

    const first: MeshworkNode = await spawnNode({ name: "embedded-1", env });
    const firstReadyMs = await first.waitReady(90_000);
    const firstRssKb = first.rssKb();
    expect(first.output()).toContain("embedded");
    expect(existsSync(join(dataDir, "jwt-secret"))).toBe(true);

    const signup = await http(`${first.baseUrl}/auth/signup`, { body: { email, password } });
    expect(signup.status).toBe(201);
    const settledRssKb = first.rssKb();

    const exit = await first.stop("SIGTERM");
    expect(exit).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain("ServiceBroker is stopped");

    const second = await spawnNode({ name: "embedded-2", env: { ...env, PORT: String(first.port) } });
    const secondReadyMs = await second.waitReady(90_000);
    const secondRssKb = second.rssKb();

    const login = await http(`${second.baseUrl}/auth/login`, { body: { email, password } });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(signup.body.user.id);
    // A token signed before the restart still verifies: the generated secret was kept, not regenerated.
    const me = await http(`${second.baseUrl}/users/me`, { token: signup.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);

    expect(await second.stop("SIGTERM")).toEqual({ code: 0, signal: null });

    const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
    console.log(
      [
        "embedded node measurements (spawn → /ready 200; VmRSS from /proc/<pid>/status):",
        `  first boot (fresh DATA_DIR, initdb): ${firstReadyMs} ms, RSS at ready ${mb(firstRssKb)}, after one signup ${mb(settledRssKb)}`,
        `  second boot (existing DATA_DIR):     ${secondReadyMs} ms, RSS at ready ${mb(secondRssKb)}`,
      ].join("\n"),
    );
  });
});
