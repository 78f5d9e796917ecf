/** The meshwork test kit: a real node on random ports, a small HTTP client, sign-up helpers and recording fakes. */
import { randomBytes, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { ServiceBroker } from "moleculer";
import { expect } from "vitest";
import { loadConfig, type LoadedConfig } from "../../config.js";
import { createNode, type MeshworkNode } from "../../node.js";
import { grantRole } from "../../services/users/store.js";
import { allSchemas } from "../../lib/domains.js";
import { API_PREFIX } from "../../lib/actions.js";
import { createMeshworkClient } from "meshwork/client";
import { assertKeepsContract, contractFetch } from "./openapi-check.js";
import type { Sequelize } from "sequelize";

// --- nodes -------------------------------------------------------------------

export interface TestNode {
  node: MeshworkNode;
  broker: ServiceBroker;
  config: LoadedConfig;
  /** `http://127.0.0.1:<port>` of the gateway (no path). */
  baseUrl: string;
  stop(): Promise<void>;
}

/** A JWT secret long enough for config.ts (≥ 32 characters). */
export function randomSecret(length = 48): string {
  return randomBytes(length).toString("base64url").slice(0, length);
}

/**
 * The environment a test node starts from: its own in-memory database, its own secret, the gateway
 * on a random port, no health or metrics server, quiet logs. `overrides` win.
 */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: "test",
    DATA_DIR: `memory://test-${randomUUID()}`,
    JWT_SECRET: randomSecret(),
    NODE_ID: `test-node-${randomUUID().slice(0, 8)}`,
    HOST: "127.0.0.1",
    PORT: "0",
    HEALTH_PORT: "0",
    METRICS_PORT: "0",
    // MESHWORK_TEST_LOG_LEVEL=info shows the node's logs while debugging a test.
    LOG_LEVEL: process.env.MESHWORK_TEST_LOG_LEVEL ?? "fatal",
    ...overrides,
  };
}

/** Starts a whole meshwork node (all services unless SERVICES says otherwise) on an in-memory database. */
export async function startTestNode(env: Record<string, string> = {}): Promise<TestNode> {
  const config = loadConfig(testEnv(env));
  const node = await createNode(config);
  try {
    await node.start();
  } catch (err) {
    // Release the database and ports a half-started node holds before failing the suite.
    await node.stop().catch(() => undefined);
    throw err;
  }
  const broker = node.broker;
  let baseUrl = "";
  const api = broker.getLocalService("api") as unknown as { server?: Server } | undefined;
  if (api?.server) {
    const address = api.server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${address.port}`;
  }
  let stopped = false;
  return {
    node,
    broker,
    config,
    baseUrl,
    async stop() {
      if (stopped) return;
      stopped = true;
      await node.stop();
    },
  };
}

// --- HTTP --------------------------------------------------------------------

/** Parsed JSON as tests probe it (`res.body.rows[0].id`): the kit's one deliberately untyped alias. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as `X-API-Key`. */
  apiKey?: string;
  headers?: Record<string, string>;
  /** A string is sent as-is (for malformed bodies); anything else as JSON. */
  body?: unknown;
}

export interface ApiResponse<T = Json> {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response is JSON, the text otherwise, null when empty. */
  body: T;
  /** The raw text, for assertions about what must never appear in it. */
  text: string;
}

export interface ApiClient {
  /** `http://127.0.0.1:<port>` of the gateway (no path), for what lives outside the API (/dev/mailbox). */
  readonly baseUrl: string;
  request<T = Json>(method: string, path: string, opts?: RequestOptions): Promise<ApiResponse<T>>;
  get<T = Json>(path: string, opts?: Omit<RequestOptions, "body">): Promise<ApiResponse<T>>;
  delete<T = Json>(path: string, opts?: Omit<RequestOptions, "body">): Promise<ApiResponse<T>>;
  post<T = Json>(path: string, body?: unknown, opts?: RequestOptions): Promise<ApiResponse<T>>;
  patch<T = Json>(path: string, body?: unknown, opts?: RequestOptions): Promise<ApiResponse<T>>;
  put<T = Json>(path: string, body?: unknown, opts?: RequestOptions): Promise<ApiResponse<T>>;
}

export interface ClientOptions {
  /**
   * Check every answer against its route's OpenAPI declaration (default true). Off only for a test
   * that stands a fake service in for a real one behind its routes: the fake answers its own shapes.
   */
  checkContract?: boolean;
}

/**
 * A fetch-based client; paths are relative to `prefix` (the versioned API by default, "" for the root).
 * Every answer is checked against its route's OpenAPI declaration (openapi-check.ts): a status the
 * route doesn't declare, or a body that leaves its schema, fails the test.
 */
export function api(baseUrl: string, prefix = API_PREFIX, { checkContract = true }: ClientOptions = {}): ApiClient {
  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Accept: "application/json", ...opts.headers };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    if (opts.apiKey) headers["X-API-Key"] = opts.apiKey;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
      headers["Content-Type"] ??= "application/json";
    }
    const url = `${baseUrl}${prefix}${path}`;
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    const type = res.headers.get("content-type") ?? "";
    let parsed: unknown = text.length ? text : null;
    if (text.length && /json/.test(type)) parsed = JSON.parse(text);
    if (checkContract) assertKeepsContract({ method, url, status: res.status, contentType: type, body: parsed, text });
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }
  return {
    baseUrl,
    request,
    get: (path, opts) => request("GET", path, opts),
    delete: (path, opts) => request("DELETE", path, opts),
    post: (path, body, opts) => request("POST", path, { ...opts, body }),
    patch: (path, body, opts) => request("PATCH", path, { ...opts, body }),
    put: (path, body, opts) => request("PUT", path, { ...opts, body }),
  };
}

/** Action names that must never appear in a response body: every action every domain declares. */
export const KNOWN_ACTIONS = (await allSchemas()).flatMap((schema) =>
  Object.entries(schema.actions ?? {})
    .filter(([, def]) => def !== false)
    .map(([key]) => `${schema.name}.${key}`),
);

/**
 * Asserts an RFC 9457 problem that leaks nothing internal: the status, the problem+json media type,
 * a request id, exactly the problem members, and no stack trace, node id or action name.
 * Pass the node (or anything with a broker) so its node id is checked too.
 */
export function expectProblem(res: ApiResponse, status: number, code?: string, node?: { broker: ServiceBroker }): void {
  expect(res.status, `${res.status} ${res.text}`).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(res.headers.get("x-request-id")).toBeTruthy();
  const body = res.body as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
    code: expect.any(String),
  });
  expect(String(body.type)).toMatch(/^urn:problem-type:meshwork:[a-z0-9-]+$/);
  if (code) expect(body.code).toBe(code);
  const allowed = new Set(["type", "title", "status", "detail", "code", "errors"]);
  expect(Object.keys(body).filter((key) => !allowed.has(key))).toEqual([]);
  expect(res.text).not.toMatch(/\bat .+:\d+:\d+|stack|node_modules|\.[jt]s:\d+/i);
  if (node) expect(res.text).not.toContain(node.broker.nodeID);
  for (const action of KNOWN_ACTIONS) expect(res.text).not.toContain(action);
  expect(res.text).not.toMatch(/nodeID/i);
}

/** Asserts a successful JSON answer with a request id. */
export function expectJson(res: ApiResponse, status = 200): void {
  expect(res.status, `${res.status} ${res.text}`).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.headers.get("x-request-id")).toBeTruthy();
}

// --- accounts ------------------------------------------------------------------

export const TEST_PASSWORD = "correct horse battery staple";

/** An email no other test uses. */
export function uniqueEmail(tag = "user"): string {
  return `${tag}-${randomUUID().slice(0, 12)}@example.test`;
}

export interface SessionBody {
  user: {
    id: string;
    email: string;
    roles: string[];
    status: string;
    firstName: string | null;
    lastName: string | null;
  };
  accessToken: string;
  refreshToken: string;
  tokenType: "Bearer";
  expiresIn: number;
}

/** Signs up over HTTP and returns the session (fails the test unless the gateway answers 201). */
export async function signup(
  client: ApiClient,
  email = uniqueEmail(),
  password = TEST_PASSWORD,
  extra: Record<string, unknown> = {},
): Promise<SessionBody> {
  // Through the generated client (meshwork/client), so every suite exercises it on its happy path.
  const { data, error, response } = await typedClient(client).POST("/api/v1/auth/signup", {
    body: { email, password, ...extra },
  });
  expect(response.status, JSON.stringify(error ?? null)).toBe(201);
  return data as SessionBody;
}

/** Signs in over HTTP and returns the session. */
export async function login(client: ApiClient, email: string, password = TEST_PASSWORD): Promise<SessionBody> {
  const { data, error, response } = await typedClient(client).POST("/api/v1/auth/login", { body: { email, password } });
  expect(response.status, JSON.stringify(error ?? null)).toBe(200);
  return data as SessionBody;
}

/** The generated client on the same gateway, each answer checked against the spec like `api()`'s. */
function typedClient(client: ApiClient) {
  return createMeshworkClient({ baseUrl: client.baseUrl, fetch: contractFetch });
}

/** The users service's database on a node or broker that runs it. */
export function usersDb(broker: ServiceBroker): Sequelize {
  const users = broker.getLocalService("users") as unknown as { sql(): Sequelize } | undefined;
  if (!users) throw new Error("this broker runs no users service");
  return users.sql();
}

/**
 * Grants the admin role to an existing account, as `npm run admin` does, and drops cached token
 * lookups so the role applies to the account's very next request.
 */
export async function makeAdmin(broker: ServiceBroker, email: string): Promise<void> {
  const granted = await grantRole(usersDb(broker), email.toLowerCase(), "admin");
  if (!granted) throw new Error(`no account with email ${email}, or it is already an admin`);
  const users = broker.getLocalService("users") as unknown as { invalidateCache(): Promise<void> };
  await users.invalidateCache();
}

/** Signs up a new account and makes it an admin; the returned session's token carries the role. */
export async function signupAdmin(
  client: ApiClient,
  broker: ServiceBroker,
  email = uniqueEmail("admin"),
): Promise<SessionBody> {
  await signup(client, email);
  await makeAdmin(broker, email);
  return login(client, email);
}

/** Retries `probe` until it stops throwing (durable events arrive asynchronously); rethrows after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

// --- fakes for unit tests: the package's own kit (meshwork/testing) --------------------

export { asUser, fakeService, type FakeAnswer, type FakeService, type RecordedCall } from "../../testing/index.js";
