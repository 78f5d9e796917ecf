/** The test kit's nodes: each on its own port with its own in-memory database, stopped cleanly. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, signup, startTestNode, uniqueEmail, type TestNode } from "../support/testkit.js";

describe("startTestNode", () => {
  let first: TestNode;
  let second: TestNode;

  beforeAll(async () => {
    [first, second] = await Promise.all([startTestNode(), startTestNode()]);
  });
  afterAll(async () => {
    await Promise.all([first.stop(), second.stop()]);
  });

  it("binds each gateway to its own random loopback port", () => {
    expect(first.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(second.baseUrl).not.toBe(first.baseUrl);
    expect(first.broker.nodeID).not.toBe(second.broker.nodeID);
  });

  it("gives each node its own database and JWT secret", async () => {
    const email = uniqueEmail();
    const one = await signup(api(first.baseUrl), email);
    await signup(api(second.baseUrl), email);
    expect(first.config.dataDir).not.toBe(second.config.dataDir);
    const elsewhere = await api(second.baseUrl).get("/users/me", { token: one.accessToken });
    expect(elsewhere.status).toBe(401);
  });

  it("runs no health or metrics server unless asked", () => {
    expect(first.config.healthPort).toBe(0);
    expect(first.config.metricsPort).toBe(0);
  });
});
