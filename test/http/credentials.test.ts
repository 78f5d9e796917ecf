/** Over-long credentials are 401 like any bad one; the 400/431 answers Node writes itself are problem+json too. */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  type ApiClient,
  type ApiResponse,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let user: SessionBody;
let port: number;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  user = await signup(client);
  port = Number(new URL(node.baseUrl).port);
});
afterAll(() => node.stop());

/**
 * Writes `request` as raw bytes on a fresh connection and reads until the server closes it (or
 * `timeoutMs` passes), for requests fetch refuses to send. The answer is parsed like the test kit's.
 */
function rawRequest(request: string, timeoutMs = 5000): Promise<ApiResponse & { closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let closed = false;
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    // The server may close while the request is still being written: the answer is what matters.
    socket.on("error", () => undefined);
    socket.on("end", () => (closed = true));
    socket.on("close", () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks).toString("utf8");
      const split = raw.indexOf("\r\n\r\n");
      if (split === -1) return reject(new Error(`no HTTP answer: ${JSON.stringify(raw)}`));
      const [statusLine, ...lines] = raw.slice(0, split).split("\r\n");
      const headers = new Headers();
      for (const line of lines) {
        const colon = line.indexOf(":");
        headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const text = raw.slice(split + 4);
      const body: unknown = /json/.test(headers.get("content-type") ?? "") && text ? JSON.parse(text) : text || null;
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body, text, closed });
    });
    socket.write(request);
  });
}

describe("over-long credentials", () => {
  it("answers a 10 kB bearer token with 401, not a validation error naming internal parameters", async () => {
    const res = await client.get("/users/me", { token: "a".repeat(10_000) });
    expectProblem(res, 401, "UNAUTHORIZED", node);
    expect(res.body.errors).toBeUndefined();
    expect(res.text).not.toMatch(/"token"|resolveToken/);
  });

  it("answers a 10 kB API key with 401, like an unknown key", async () => {
    const res = await client.get("/users/me", { apiKey: `mw_${"k".repeat(10_000)}` });
    expectProblem(res, 401, "INVALID_API_KEY", node);
    expect(res.body.errors).toBeUndefined();
    expect(res.text).not.toMatch(/"key"|resolveApiKey/);
  });

  it("answers every length of bad token alike: just under, at and over the limit", async () => {
    for (const length of [4095, 4096, 4097, 5000]) {
      expectProblem(await client.get("/users/me", { token: "b".repeat(length) }), 401, "UNAUTHORIZED", node);
    }
    for (const length of [255, 256, 257]) {
      expectProblem(await client.get("/users/me", { apiKey: "k".repeat(length) }), 401, "INVALID_API_KEY", node);
    }
  });

  it("still accepts a real token", async () => {
    expectJson(await client.get("/users/me", { token: user.accessToken }));
  });
});

describe("errors Node answers before the gateway", () => {
  it("answers headers over 16 kB with 431 problem+json HEADERS_TOO_LARGE and closes", async () => {
    const res = await rawRequest(
      `GET /api/v1/users/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${"c".repeat(20_000)}\r\n\r\n`,
    );
    expectProblem(res, 431, "HEADERS_TOO_LARGE", node);
    expect(res.headers.get("connection")).toBe("close");
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(res.text));
    expect(res.closed).toBe(true);
  });

  it("answers a malformed request line with 400 problem+json BAD_REQUEST", async () => {
    const res = await rawRequest("THIS IS NOT HTTP\r\n\r\n");
    expectProblem(res, 400, "BAD_REQUEST", node);
    expect(res.headers.get("connection")).toBe("close");
  });

  it("answers a malformed header with 400 problem+json BAD_REQUEST", async () => {
    const res = await rawRequest("GET /api/v1/users/me HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n");
    expectProblem(res, 400, "BAD_REQUEST", node);
  });

  it("keeps serving after them", async () => {
    const res = await rawRequest("GET /openapi.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
  });
});
