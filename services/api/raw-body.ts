/**
 * Routes whose action takes the request body exactly as it arrived, declared by a `rawBody` param
 * (the payment provider's webhook: its signature covers the bytes, which a JSON parser would
 * lose). They leave the v1 route for one of their own with the same options but no body parser:
 * the body is read as text, bounded, and passed as `rawBody`, with the request's headers (less
 * credentials) as `headers`. Neither can come from the query or the body's own fields.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Route } from "../../lib/actions.js";

/** The largest raw body read; a longer one is 413 before any of it reaches an action. */
export const RAW_BODY_LIMIT = 64 * 1024;

/** Headers an action never sees: credentials. */
const HIDDEN_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-api-key"]);

export function takesRawBody(route: Route): boolean {
  return typeof route.params === "object" && route.params !== null && "rawBody" in route.params;
}

interface RawRequest extends IncomingMessage {
  $rawBody?: string;
  $params?: Record<string, unknown>;
}

type Next = (err?: unknown) => void;

/** The moleculer-web route options this module reads and writes; the rest is copied as it is. */
export interface GatewayRouteOptions {
  name?: string;
  aliases?: Record<string, unknown>;
  use?: unknown[];
  onBeforeCall?: (this: unknown, ...args: unknown[]) => unknown;
  [option: string]: unknown;
}

const bodyError = (type: string, status: number, message: string) =>
  Object.assign(new Error(message), { type, status });

/** A connect-style middleware that reads the whole body as UTF-8 text into `req.$rawBody`, at most `limit` bytes. */
export function readRawBody(limit = RAW_BODY_LIMIT) {
  return function rawBody(req: RawRequest, _res: ServerResponse, next: Next): void {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      req.resume();
      next(bodyError("entity.too.large", 413, "request entity too large"));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (err?: unknown) => {
      if (settled) return;
      settled = true;
      next(err);
    };
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) settle(bodyError("entity.too.large", 413, "request entity too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => {
      if (settled) return;
      try {
        req.$rawBody = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
        settle();
      } catch {
        settle(bodyError("entity.parse.failed", 400, "the body is not UTF-8 text"));
      }
    });
    req.on("aborted", () => settle(bodyError("request.aborted", 400, "request aborted")));
    req.on("error", () => settle(bodyError("request.aborted", 400, "request aborted")));
  };
}

/** The request's headers as single strings, credentials left out. */
export function visibleHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (HIDDEN_HEADERS.has(name) || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/**
 * Moves every raw-body route out of the route named `v1` into a copy of it placed right after it:
 * same path, authentication, rate limit, CORS and call hooks, but no body parser.
 */
export function withRawBodyRoutes(routes: GatewayRouteOptions[], all: Route[], limit = RAW_BODY_LIMIT): void {
  const raw = all.filter(takesRawBody);
  const index = routes.findIndex((route) => route.name === "v1");
  if (!raw.length || index === -1) return;
  const v1 = routes[index];
  const keys = new Set(raw.map((route) => `${route.method} ${route.path}`));
  v1.aliases = Object.fromEntries(Object.entries(v1.aliases ?? {}).filter(([key]) => !keys.has(key)));
  const onBeforeCall = v1.onBeforeCall;
  routes.splice(index + 1, 0, {
    ...v1,
    name: "v1-raw-body",
    aliases: Object.fromEntries(raw.map((route) => [`${route.method} ${route.path}`, route.action])),
    whitelist: raw.map((route) => route.action),
    bodyParsers: false,
    use: [...(v1.use ?? []), readRawBody(limit)],
    async onBeforeCall(this: unknown, ...args: unknown[]) {
      if (onBeforeCall) await onBeforeCall.apply(this, args);
      const req = args[2] as RawRequest;
      // Set last, over anything merged from the query string or path.
      if (req.$params) {
        req.$params.rawBody = req.$rawBody ?? "";
        req.$params.headers = visibleHeaders(req);
      }
    },
  });
}
