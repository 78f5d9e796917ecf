/** Slow clients can't hold the gateway's connections: bounded headers and requests, answered 408; keep-alive stays on. */
import type { Server } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ApiService from "../../services/api/api.service.js";
import { expectProblem, startTestNode, type ApiResponse, type TestNode } from "../support/testkit.js";

/** Small bounds for this file's node, set through the gateway's settings before it is created. */
const LIMITS = { headersTimeout: 600, requestTimeout: 1200, keepAliveTimeout: 5000, connectionsCheckingInterval: 100 };

let node: TestNode;
let port: number;

beforeAll(async () => {
  const settings = ApiService.settings as typeof ApiService.settings & typeof LIMITS;
  const defaults = { ...settings };
  Object.assign(settings, LIMITS);
  try {
    node = await startTestNode({ SERVICES: "api", RATE_LIMIT: "0" });
  } finally {
    Object.assign(settings, defaults);
  }
  port = Number(new URL(node.baseUrl).port);
});
afterAll(() => node.stop());

interface Exchange {
  socket: Socket;
  /** Everything received so far. */
  received(): string;
  /** Resolves with the milliseconds from `open` until the server closed the connection. */
  closed: Promise<number>;
}

function open(): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (data += chunk));
    socket.on("error", () => undefined);
    const started = performance.now();
    const closed = new Promise<number>((done) => socket.on("close", () => done(performance.now() - started)));
    socket.on("connect", () => resolve({ socket, received: () => data, closed }));
  });
}

/** The first HTTP answer in `raw`, parsed like the test kit's responses. */
function parse(raw: string): ApiResponse {
  const split = raw.indexOf("\r\n\r\n");
  const [statusLine, ...lines] = raw.slice(0, split).split("\r\n");
  const headers = new Headers(
    lines.map((line) => [line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim()]),
  );
  let rest = raw.slice(split + 4);
  let text = "";
  if (headers.get("transfer-encoding") === "chunked") {
    for (let size = parseInt(rest, 16); size > 0; size = parseInt(rest, 16)) {
      const start = rest.indexOf("\r\n") + 2;
      text += rest.slice(start, start + size);
      rest = rest.slice(start + size + 2);
    }
  } else {
    text = rest.slice(0, Number(headers.get("content-length") ?? 0));
  }
  return { status: Number(statusLine.split(" ")[1]), headers, text, body: text ? JSON.parse(text) : null };
}

/** The bound plus Node's checking interval, plus slack for a busy machine. */
const within = (bound: number) => bound + LIMITS.connectionsCheckingInterval + 2500;

describe("a client that stops sending", () => {
  it("is answered 408 problem+json and disconnected when its body never finishes", async () => {
    const exchange = await open();
    exchange.socket.write(
      "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
        'Content-Length: 100\r\n\r\n{"email":',
    );
    const ms = await exchange.closed;
    expect(ms).toBeLessThan(within(LIMITS.requestTimeout));
    expect(ms).toBeGreaterThanOrEqual(LIMITS.requestTimeout * 0.8);
    const res = parse(exchange.received());
    expectProblem(res, 408, "REQUEST_TIMEOUT", node);
    expect(res.headers.get("connection")).toBe("close");
  });

  it("is answered 408 problem+json and disconnected when its headers never finish", async () => {
    const exchange = await open();
    exchange.socket.write("GET /api/v1/users/me HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1\r\n");
    // A header line now and then doesn't reset the bound.
    const drip = setInterval(() => exchange.socket.write("X-Slow: 1\r\n"), 200);
    const ms = await exchange.closed;
    clearInterval(drip);
    expect(ms).toBeLessThan(within(LIMITS.headersTimeout));
    expectProblem(parse(exchange.received()), 408, "REQUEST_TIMEOUT", node);
  });

  it("is served normally when its body arrives in parts within the bound", async () => {
    const exchange = await open();
    const body = JSON.stringify({ email: "slow@example.test", password: "not the password" });
    exchange.socket.write(
      "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    exchange.socket.write(body.slice(10));
    await exchange.closed;
    // No users service on this node: the route is known and its service down.
    expectProblem(parse(exchange.received()), 503, "SERVICE_UNAVAILABLE", node);
  });
});

describe("keep-alive", () => {
  it("serves several requests on one connection and says how long it stays open", async () => {
    const exchange = await open();
    const ask = async (n: number) => {
      exchange.socket.write("GET /openapi.json HTTP/1.1\r\nHost: localhost\r\n\r\n");
      for (let i = 0; i < 200 && exchange.received().split("HTTP/1.1 200").length <= n; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    await ask(1);
    const first = parse(exchange.received());
    expect(first.status).toBe(200);
    expect(first.headers.get("connection")).toBe("keep-alive");
    expect(first.headers.get("keep-alive")).toBe(`timeout=${LIMITS.keepAliveTimeout / 1000}`);
    await ask(2);
    expect(exchange.received().split("HTTP/1.1 200").length - 1).toBe(2);
    expect(exchange.socket.destroyed).toBe(false);
    exchange.socket.destroy();
  });
});

describe("the gateway's own bounds", () => {
  let plain: TestNode;
  beforeAll(async () => {
    plain = await startTestNode({ SERVICES: "api" });
  });
  afterAll(() => plain.stop());

  it("are 15 s for headers and 30 s for the whole request, checked every second, keep-alive 5 s", () => {
    const { server } = plain.broker.getLocalService("api") as unknown as { server: Server };
    expect(server.headersTimeout).toBe(15_000);
    expect(server.requestTimeout).toBe(30_000);
    expect(server.keepAliveTimeout).toBe(5_000);
    expect((server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval).toBe(1_000);
  });
});
