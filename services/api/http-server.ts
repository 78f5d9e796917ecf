/** The gateway's Node HTTP server: bounds for slow clients, and problem+json on the errors Node answers itself. */
import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { Socket } from "node:net";
import { problemOf } from "./problem.js";

export interface ServerLimits {
  /** Milliseconds a client has to send the request line and headers. */
  headersTimeout: number;
  /** Milliseconds a client has to send the whole request, body included (not the time to answer it). */
  requestTimeout: number;
  /** Milliseconds an idle keep-alive connection stays open for the next request. */
  keepAliveTimeout: number;
  /** How often Node looks for connections past those bounds; a late client waits at most this much longer. */
  connectionsCheckingInterval: number;
}

/**
 * Sets the bounds on the server moleculer-web created. The checking interval is read when the server
 * starts listening, so this runs before `listen` (in `created`).
 */
export function applyServerLimits(server: Server, limits: ServerLimits): void {
  server.requestTimeout = limits.requestTimeout;
  server.headersTimeout = Math.min(limits.headersTimeout, limits.requestTimeout);
  server.keepAliveTimeout = limits.keepAliveTimeout;
  // Node's default is 30 s, which would let a slow client overstay a 15 s bound by as much again.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval =
    limits.connectionsCheckingInterval;
}

/** What Node would have answered with, as status, code and detail. */
function clientErrorProblem(code: string | undefined): [number, string, string] {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return [431, "HEADERS_TOO_LARGE", "The request headers are too large"];
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return [413, "PAYLOAD_TOO_LARGE", "The request's chunk extensions are too large"];
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return [408, "REQUEST_TIMEOUT", "The request was not received in time"];
    default:
      return [400, "BAD_REQUEST", "The request is not valid HTTP"];
  }
}

/**
 * Node answers malformed requests, oversized headers and timed-out requests itself, with an empty
 * body. This gives those answers a problem+json body, where the connection still allows an answer.
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (err: NodeJS.ErrnoException, duplex) => {
    const socket = duplex as Socket & { _httpMessage?: { headersSent?: boolean } };
    const inFlight = socket._httpMessage;
    // A reset connection can't be answered; a response already started can't be replaced.
    if (err.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, code, detail] = clientErrorProblem(err.code);
    const problem = problemOf(status, code, detail);
    const body = JSON.stringify(problem);
    socket.end(
      [
        `HTTP/1.1 ${status} ${problem.title}`,
        "Content-Type: application/problem+json; charset=utf-8",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "Cache-Control: no-store",
        `X-Request-ID: ${randomUUID()}`,
        "Connection: close",
        "",
        body,
      ].join("\r\n"),
    );
    // The parser is in an unknown state: nothing more is read from this connection.
    socket.destroySoon();
  });
}
