/** The gateway itself: error classes as problem+json, request ids, CORS, unreachable internals, OpenAPI and docs. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRoutes } from "../../lib/domains.js";
import { API_PREFIX } from "../../lib/actions.js";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  signup,
  signupAdmin,
  startTestNode,
  TEST_PASSWORD,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

const ROUTES = await allRoutes();

let node: TestNode;
let client: ApiClient;
let root: ApiClient;
let user: SessionBody;
let admin: SessionBody;

beforeAll(async () => {
  node = await startTestNode({ CORS_ORIGINS: "http://app.example" });
  client = api(node.baseUrl);
  root = api(node.baseUrl, "");
  user = await signup(client);
  admin = await signupAdmin(client, node.broker);
});
afterAll(() => node.stop());

describe("error responses", () => {
  it("answers an unknown route with 404 naming the method and path", async () => {
    const res = await client.get("/no/such/route");
    expectProblem(res, 404, "NOT_FOUND", node);
    expect(res.body.detail).toBe("No route for GET /api/v1/no/such/route");
    expectProblem(await root.get("/"), 404, "NOT_FOUND", node);
  });

  it("answers a method the path doesn't have with 405 and Allow", async () => {
    const res = await client.request("PUT", "/users/me", { token: user.accessToken, body: {} });
    expectProblem(res, 405, "METHOD_NOT_ALLOWED", node);
    expect(res.headers.get("allow")).toMatch(/^GET, HEAD, PATCH\b/);
  });

  it("answers malformed JSON with 400", async () => {
    expectProblem(await client.post("/auth/login", '{"email": "a@b.test", '), 400, "MALFORMED_BODY", node);
    expectProblem(await client.post("/auth/login", "null"), 400, "MALFORMED_BODY", node);
  });

  it("answers a body over 256 kB with 413", async () => {
    const body = JSON.stringify({ email: "a@b.test", password: "x".repeat(300 * 1024) });
    expectProblem(await client.post("/auth/signup", body), 413, "PAYLOAD_TOO_LARGE", node);
  });

  it("answers invalid fields with 422 and one {field, message} per field", async () => {
    const res = await client.post("/auth/signup", { email: "not-an-email", password: "short", firstName: 42 });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: "email", message: expect.any(String) },
        { field: "password", message: expect.any(String) },
        { field: "firstName", message: expect.any(String) },
      ]),
    );
    expect(res.body.errors).toHaveLength(3);
  });

  it("answers a missing body on a write route with 422 naming the required fields", async () => {
    const res = await client.post("/auth/login");
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["email", "password"]);
  });

  it("answers list parameters out of range with 422", async () => {
    const res = await client.get("/users?pageSize=500", { token: admin.accessToken });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual([{ field: "pageSize", message: expect.any(String) }]);
    expectProblem(
      await client.get("/users?sort=password_hash", { token: admin.accessToken }),
      422,
      "VALIDATION_ERROR",
      node,
    );
  });

  it("answers 401 without a credential and with a bad one", async () => {
    expectProblem(await client.get("/users/me"), 401, "UNAUTHORIZED", node);
    expectProblem(await client.get("/users/me", { token: "not.a.jwt" }), 401, "UNAUTHORIZED", node);
    expectProblem(await client.get("/users/me", { apiKey: "mw_nope" }), 401, "INVALID_API_KEY", node);
  });

  it("answers 403 to a non-admin on an admin route", async () => {
    expectProblem(await client.get("/users", { token: user.accessToken }), 403, "FORBIDDEN", node);
    expectProblem(await client.delete(`/users/${admin.user.id}`, { token: user.accessToken }), 403, "FORBIDDEN", node);
  });

  it("answers 404 to an unknown user id", async () => {
    const res = await client.get(`/users/${randomUUID()}`, { token: admin.accessToken });
    expectProblem(res, 404, "NOT_FOUND", node);
    expect(res.body.detail).toBe("user not found");
  });

  it("answers a badly percent-encoded path with 400, not 500", async () => {
    expectProblem(await client.get("/users/%E0%A4%A", { token: admin.accessToken }), 400, "MALFORMED_PATH", node);
  });
});

describe("mesh internals are unreachable", () => {
  it("does not expose $node actions or service/action paths", async () => {
    for (const path of [
      "/$node/list",
      "/$node/services",
      "/$node/actions",
      "/~node/health",
      "/$node.list",
      "/api/rest",
    ]) {
      const res = await client.get(path, { token: admin.accessToken });
      expectProblem(res, 404, "NOT_FOUND", node);
      expect(res.text).not.toContain(node.broker.nodeID);
    }
    // The path is GET/DELETE /users/:id, so a POST there is refused before any action is looked up.
    expectProblem(
      await client.post("/users/resolveToken", { token: user.accessToken }),
      405,
      "METHOD_NOT_ALLOWED",
      node,
    );
    expectProblem(await client.post("/users/resolveToken/x", { token: user.accessToken }), 404, "NOT_FOUND", node);
  });

  it("routes /users/list to 'one user' (never the listing), so it needs admin and a UUID", async () => {
    expectProblem(await client.get("/users/list"), 401, "UNAUTHORIZED", node);
    expectProblem(await client.get("/users/list", { token: user.accessToken }), 403, "FORBIDDEN", node);
    const res = await client.get("/users/list", { token: admin.accessToken });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual([{ field: "id", message: expect.any(String) }]);
  });
});

describe("X-Request-Id", () => {
  it("is on every response, success or error, and unique per request", async () => {
    const responses = [
      await client.get("/users/me", { token: user.accessToken }),
      await client.get("/nowhere"),
      await client.post("/auth/login", "{bad"),
      await client.get("/users/me"),
      await root.get("/openapi.json"),
      await root.get("/docs"),
    ];
    const ids = responses.map((res) => res.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("echoes a caller's well-formed id on success and on error", async () => {
    const ok = await client.get("/users/me", {
      token: user.accessToken,
      headers: { "X-Request-Id": "frontend-req.42:a_b" },
    });
    expectJson(ok);
    expect(ok.headers.get("x-request-id")).toBe("frontend-req.42:a_b");
    const failed = await client.get("/users/me", { headers: { "X-Request-Id": "frontend-req-43" } });
    expectProblem(failed, 401, undefined, node);
    expect(failed.headers.get("x-request-id")).toBe("frontend-req-43");
  });

  it("replaces a malformed or oversized id with a fresh one", async () => {
    for (const given of ["has spaces<script>", "x".repeat(200), "semi;colon", "%C3%BC"]) {
      const res = await client.get("/users/me", { token: user.accessToken, headers: { "X-Request-Id": given } });
      expectJson(res);
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("becomes the trace id of the events the request caused", async () => {
    const requestId = `trace-${randomUUID()}`;
    const res = await client.post(
      "/auth/signup",
      { email: `${requestId}@example.test`, password: TEST_PASSWORD },
      { headers: { "X-Request-Id": requestId } },
    );
    expectJson(res, 201);
    const events = await eventually(async () => {
      const found = await client.get(`/audit/entities/user/${res.body.user.id}`, { token: admin.accessToken });
      expect(found.body.rows.length).toBeGreaterThan(0);
      return found.body.rows as { traceId: string }[];
    });
    for (const event of events) expect(event.traceId).toBe(requestId);
  });
});

describe("CORS", () => {
  const preflight = (origin: string) =>
    client.request("OPTIONS", "/auth/login", {
      headers: {
        Origin: origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,authorization",
      },
    });

  it("allows a preflight from a configured origin", async () => {
    const res = await preflight("http://app.example");
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://app.example");
    expect(res.headers.get("access-control-allow-methods")).toMatch(/PATCH/);
    expect(res.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    expect(res.headers.get("access-control-allow-headers")).toMatch(/X-API-Key/);
    expect(res.headers.get("vary")).toMatch(/Origin/);
  });

  it("gives no Access-Control-Allow-Origin to another origin, answering 403 problem+json", async () => {
    const res = await preflight("http://evil.example");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expectProblem(res, 403, "ORIGIN_NOT_ALLOWED", node);
    const simple = await client.get("/users/me", {
      token: user.accessToken,
      headers: { Origin: "http://evil.example" },
    });
    expect(simple.headers.get("access-control-allow-origin")).toBeNull();
    expectProblem(simple, 403, "ORIGIN_NOT_ALLOWED", node);
  });

  it("exposes X-Request-Id and Retry-After to the allowed origin's scripts", async () => {
    const res = await client.get("/users/me", { token: user.accessToken, headers: { Origin: "http://app.example" } });
    expectJson(res);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://app.example");
    expect(res.headers.get("access-control-expose-headers")).toMatch(/X-Request-Id/);
  });
});

describe("CORS off by default", () => {
  let plain: TestNode;
  beforeAll(async () => {
    plain = await startTestNode({ SERVICES: "api" });
  });
  afterAll(() => plain.stop());

  it("sends no CORS headers when CORS_ORIGINS is unset", async () => {
    const res = await api(plain.baseUrl).request("OPTIONS", "/auth/login", {
      headers: { Origin: "http://app.example", "Access-Control-Request-Method": "POST" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("OpenAPI and docs", () => {
  it("lists every route of the table in /openapi.json", async () => {
    const res = await root.get("/openapi.json");
    expectJson(res);
    expect(res.body.openapi).toMatch(/^3\./);
    for (const route of ROUTES) {
      const path = API_PREFIX + route.path.replace(/:(\w+)/g, "{$1}");
      const operation = res.body.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      expect(operation.security).toEqual(route.access === "public" ? [] : [{ bearer: [] }, { apiKey: [] }]);
      expect(Object.keys(operation.responses)).toContain(String(route.status ?? 200));
    }
    const documented = Object.values(res.body.paths as Record<string, object>).reduce<number>(
      (n, ops) => n + Object.keys(ops).length,
      0,
    );
    expect(documented).toBe(ROUTES.length);
    expect(res.body.components.schemas.Problem.required).toEqual(["type", "title", "status", "detail", "code"]);
  });

  it("describes request bodies and query parameters from the actions' own params", async () => {
    const res = await root.get("/openapi.json");
    const signup = res.body.paths[`${API_PREFIX}/auth/signup`].post.requestBody;
    expect(signup.required).toBe(true);
    expect(signup.content["application/json"].schema).toMatchObject({
      type: "object",
      required: ["email", "password"],
      properties: { email: { type: "string", format: "email" }, password: { type: "string", minLength: 8 } },
    });
    const list = res.body.paths[`${API_PREFIX}/users`].get.parameters as { name: string; in: string }[];
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "page", in: "query", schema: { type: "integer", minimum: 1 } }),
        expect.objectContaining({
          name: "pageSize",
          in: "query",
          schema: { type: "integer", minimum: 1, maximum: 100 },
        }),
      ]),
    );
    const getUser = res.body.paths[`${API_PREFIX}/users/{id}`].get.parameters as { name: string; in: string }[];
    expect(getUser).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }]);
  });

  it("describes a signed webhook by its signature headers, not its raw-body params", async () => {
    const res = await root.get("/openapi.json");
    const webhook = res.body.paths[`${API_PREFIX}/billing/webhooks/{provider}`].post;
    const names = (webhook.parameters as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["provider", "webhook-id", "webhook-timestamp", "webhook-signature"]));
    expect(names).not.toContain("rawBody");
    const schema = webhook.requestBody.content["application/json"].schema;
    expect(schema.properties ?? {}).not.toHaveProperty("rawBody");
    expect(schema.properties ?? {}).not.toHaveProperty("headers");
  });

  it("serves a browsable HTML page at /docs", async () => {
    const res = await root.get("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<title>meshwork API<\/title>/);
    expect(res.text).toContain("/openapi.json");
  });
});
