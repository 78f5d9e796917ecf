/** A known route whose service is down answers 503 problem+json (never 404), and recovers when it is back. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import UsersService from "../../services/users/users.service.js";
import {
  api,
  expectProblem,
  signup,
  startTestNode,
  TEST_PASSWORD,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

describe("the users service is down", () => {
  let node: TestNode;
  let client: ApiClient;
  let session: SessionBody;

  beforeAll(async () => {
    node = await startTestNode();
    client = api(node.baseUrl);
    session = await signup(client);
    const users = node.broker.getLocalService("users");
    if (!users) throw new Error("no users service");
    await node.broker.destroyService(users);
  });
  afterAll(() => node.stop());

  it("answers a public route with 503 and Retry-After", async () => {
    const res = await client.post("/auth/login", { email: session.user.email, password: TEST_PASSWORD });
    expectProblem(res, 503, "SERVICE_UNAVAILABLE", node);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("answers an authenticated route with 503, since credentials cannot be checked", async () => {
    expectProblem(await client.get("/users/me", { token: session.accessToken }), 503, "SERVICE_UNAVAILABLE", node);
    expectProblem(await client.get("/keys", { apiKey: "mw_any" }), 503, "SERVICE_UNAVAILABLE", node);
  });

  it("still answers an unknown route with 404", async () => {
    expectProblem(await client.get("/definitely/not/a/route"), 404, "NOT_FOUND", node);
  });

  it("serves again once the service is back", async () => {
    node.broker.createService(UsersService);
    await node.broker.waitForServices("users", 10_000);
    const res = await client.get("/users/me", { token: session.accessToken });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(session.user.id);
  });
});
