/**
 * A gateway without the users service keeps who each token belongs to (services/api/token-cache.ts):
 * repeated requests don't ask the users node again, and whatever ends a session ends it at once.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NATS_URL,
  cleanupAll,
  createDatabase,
  eventually,
  http,
  spawnNode,
  uniqueName,
  type MeshworkNode,
  type TestDatabase,
} from "../support/processes.js";

describe("the gateway's token cache on a mesh", () => {
  let db: TestDatabase;
  let gateway: MeshworkNode;
  let users: MeshworkNode;
  const namespace = uniqueName("mwtc");
  const password = "quiet harbour lantern 41";

  /** How many times the users node has run resolveToken, from its /metrics. */
  async function resolveCount(): Promise<number> {
    const text = await (await fetch(`http://127.0.0.1:${users.metricsPort}/metrics`)).text();
    const line = text
      .split("\n")
      .find((l) => l.startsWith("moleculer_request_total{") && l.includes('action="users.resolveToken"'));
    return line ? Number(line.split(" ").pop()) : 0;
  }

  async function session(): Promise<{ accessToken: string; refreshToken: string }> {
    const email = `tc-${randomBytes(4).toString("hex")}@example.com`;
    const res = await http(`${gateway.baseUrl}/auth/signup`, { body: { email, password } });
    expect(res.status).toBe(201);
    return res.body;
  }

  beforeAll(async () => {
    db = await createDatabase();
    const env = {
      TRANSPORTER: NATS_URL,
      NAMESPACE: namespace,
      DATABASE_URL: db.url,
      JWT_SECRET: randomBytes(32).toString("hex"),
    };
    [gateway, users] = await Promise.all([
      spawnNode({ name: "gateway", env: { ...env, SERVICES: "api", NODE_ID: `${namespace}-gw` } }),
      spawnNode({ name: "users", env: { ...env, SERVICES: "users", NODE_ID: `${namespace}-users` } }),
    ]);
    await Promise.all([gateway.waitReady(), users.waitReady()]);
    await eventually(
      async () => (await http(`${gateway.baseUrl}/users/me`, { token: "x" })).status === 401,
      20_000,
      "the gateway to see the users service",
    );
  });

  afterAll(async () => {
    await cleanupAll();
    await db?.drop();
  });

  it("asks the users node once for a token used again and again", async () => {
    const { accessToken } = await session();
    expect((await http(`${gateway.baseUrl}/users/me`, { token: accessToken })).status).toBe(200);
    const before = await resolveCount();
    for (let i = 0; i < 10; i++) {
      expect((await http(`${gateway.baseUrl}/users/me`, { token: accessToken })).status).toBe(200);
    }
    expect(await resolveCount()).toBe(before);
  });

  it("refuses a token at once after its session is logged out", async () => {
    const { accessToken, refreshToken } = await session();
    expect((await http(`${gateway.baseUrl}/users/me`, { token: accessToken })).status).toBe(200);
    const logout = await http(`${gateway.baseUrl}/auth/logout`, { token: accessToken, body: { refreshToken } });
    expect(logout.status).toBe(204);
    const after = await http(`${gateway.baseUrl}/users/me`, { token: accessToken });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe("SESSION_ENDED");
  });

  it("refuses the old token at once after a password change", async () => {
    const { accessToken } = await session();
    expect((await http(`${gateway.baseUrl}/users/me`, { token: accessToken })).status).toBe(200);
    const change = await http(`${gateway.baseUrl}/users/me`, {
      method: "PATCH",
      token: accessToken,
      body: { password: "another harbour lantern 42", currentPassword: password },
    });
    expect(change.status).toBe(200);
    expect((await http(`${gateway.baseUrl}/users/me`, { token: accessToken })).status).toBe(401);
  });
});
