/** RATE_LIMIT: requests per minute per client address, keyed on the socket peer unless a trusted proxy says otherwise. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, expectJson, expectProblem, startTestNode, type TestNode } from "../support/testkit.js";

/** A cheap request on a routed path (it fails validation before any hashing). */
function ping(node: TestNode, headers: Record<string, string> = {}) {
  return api(node.baseUrl).post("/auth/recover", { email: "not-an-email" }, { headers });
}

describe("RATE_LIMIT=5", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startTestNode({ RATE_LIMIT: "5", SERVICES: "api,users" });
  });
  afterAll(() => node.stop());

  it("answers the sixth request in a minute with 429 problem+json and Retry-After", async () => {
    for (let i = 0; i < 5; i++) {
      const res = await ping(node);
      expect(res.status).toBe(422);
      expect(res.headers.get("x-rate-limit-remaining")).toBe(String(4 - i));
    }
    const limited = await ping(node);
    expectProblem(limited, 429, "RATE_LIMITED", node);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("is not bypassed by a client-supplied X-Forwarded-For", async () => {
    const res = await ping(node, { "X-Forwarded-For": "198.51.100.77" });
    expectProblem(res, 429, "RATE_LIMITED", node);
  });

  it("still serves the docs, which are not rate limited", async () => {
    expectJson(await api(node.baseUrl, "").get("/openapi.json"));
  });
});

describe("RATE_LIMIT=2 behind a trusted proxy", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startTestNode({ RATE_LIMIT: "2", TRUSTED_PROXIES: "127.0.0.1", SERVICES: "api,users" });
  });
  afterAll(() => node.stop());

  it("counts each forwarded client separately", async () => {
    for (let i = 0; i < 2; i++) expect((await ping(node, { "X-Forwarded-For": "203.0.113.1" })).status).toBe(422);
    expectProblem(await ping(node, { "X-Forwarded-For": "203.0.113.1" }), 429, "RATE_LIMITED", node);
    expect((await ping(node, { "X-Forwarded-For": "203.0.113.2" })).status).toBe(422);
  });
});

describe("RATE_LIMIT=0", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startTestNode({ RATE_LIMIT: "0", SERVICES: "api,users" });
  });
  afterAll(() => node.stop());

  it("turns the gateway limit off", async () => {
    const statuses = await Promise.all(Array.from({ length: 50 }, () => ping(node).then((res) => res.status)));
    expect(new Set(statuses)).toEqual(new Set([422]));
    expect((await ping(node)).headers.get("x-rate-limit-limit")).toBeNull();
  });
});
