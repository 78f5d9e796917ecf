/** The REST gateway: /api/v1 routes, credentials, problem+json errors, CORS, rate limit, request ids, OpenAPI. */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Errors, type Context, type ServiceSchema, type Service } from "moleculer";
import ApiGateway from "moleculer-web";
import { API_PREFIX, locationOf, type Route } from "../../lib/actions.js";
import type { AuthUser, Meta } from "../../lib/auth.js";
import { allRoutes } from "../../lib/domains.js";
import { UnauthorizedError } from "../../lib/errors.js";
import { configOf } from "../../lib/runtime.js";
import { clientAddress } from "./client-address.js";
import { answerClientErrors, applyServerLimits, type ServerLimits } from "./http-server.js";
import { Idempotency, REPLAYED_HEADER, idempotencyKeyOf } from "./idempotency.js";
import { devMailboxRoute, servesDevMailbox } from "./mailbox.js";
import { Metered, RATE_LIMIT_HEADERS, type Metering } from "./metering.js";
import { EventStreams, openEventStream, prepareEventStream, STREAM_ACTION } from "./sse.js";
import { docsRoute } from "./docs.js";
import { buildOpenApi } from "./openapi.js";
import { toProblem } from "./problem.js";
import { GatewayTokenCache, type TokenCacheMethods, type TokenCacheVars } from "./token-cache.js";
import { GatewayRateLimitStore, METRIC_RATE_LIMIT_FALLBACKS } from "./rate-limit.js";
import { withRawBodyRoutes, type GatewayRouteOptions } from "./raw-body.js";

/**
 * Every route every domain declares on its actions, read once at boot, including domains this node
 * doesn't run: their routes answer 503 while no node serves them.
 */
const ROUTES = await allRoutes({ exclude: ["api"] });

export interface ApiSettings extends ServerLimits {
  port: number;
  ip: string;
  routes: unknown[];
  [key: string]: unknown;
}

export interface ApiMethods extends TokenCacheMethods {
  httpHandler(req: GatewayRequest, res: ServerResponse, next?: () => void): Promise<void>;
  errorHandler(req: GatewayRequest, res: ServerResponse, err: unknown): void;
  authenticate(ctx: Context<unknown, Meta>, route: unknown, req: GatewayRequest): Promise<AuthUser | null>;
  callAction(...args: CallActionArgs): Promise<unknown>;
}

interface GatewayRequest extends IncomingMessage {
  $ctx?: Context<unknown, Meta>;
  $action?: { name: string };
  originalUrl?: string;
}

/** The parts of moleculer-web's route and alias objects the method checks read. */
interface GatewayRoute {
  cors: unknown;
}
interface GatewayAlias {
  method: string;
  re: RegExp;
  route: GatewayRoute;
}
interface GatewayInternals {
  aliases: GatewayAlias[];
  server: Server;
  writeCorsHeaders(route: GatewayRoute, req: IncomingMessage, res: ServerResponse, isPreFlight: boolean): void;
}

export interface ApiVars extends TokenCacheVars {
  routeByAction: Map<string, Route>;
  /** Idempotency-Key records (idempotency.ts). */
  idempotency: Idempotency;
  /** Team API keys' quotas, counts and request events (metering.ts). */
  metering: Metering;
  /** The rate-limit counts shared by every route (and, with REDIS_URL, every gateway): rate-limit.ts. */
  rateLimitStore?: GatewayRateLimitStore;
}

type ApiThis = Service<ApiSettings> & ApiMethods & ApiVars & GatewayInternals;

/** Built at boot: a route without a response declaration, or a duplicate operationId, fails it. */
const OPENAPI = buildOpenApi(ROUTES);
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const BODY_LIMIT = "256kb";
/** No route takes a body nested deeper than a few levels; 10,000 levels overflow the stack downstream. */
const MAX_BODY_DEPTH = 32;
/** The longest credentials users.resolveToken and users.resolveApiKey accept; longer ones are refused here. */
const MAX_TOKEN_LENGTH = 4096;
const MAX_API_KEY_LENGTH = 256;
/** The order methods are listed in `Allow`. */
const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** moleculer-web's callAction arguments: route, action name, req, res, params, isStream. */
type CallActionArgs = [unknown, string, GatewayRequest, ServerResponse, unknown, boolean];
/** The gateway's action call timeout; an Idempotency-Key's claim outlives it by a margin. */
const CALL_TIMEOUT_MS = 10_000;

/** moleculer-web's own request handler, which ours runs after the method checks. */
const gatewayHttpHandler = (
  ApiGateway as unknown as {
    methods: {
      httpHandler(this: ApiThis, req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void>;
    };
  }
).methods.httpHandler;
const gatewayCallAction = (
  ApiGateway as unknown as { methods: { callAction(this: ApiThis, ...args: CallActionArgs): Promise<unknown> } }
).methods.callAction;

/** A caller's well-formed X-Request-Id, or a fresh one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The path moleculer-web matches aliases against: no query string, no trailing slash. */
function pathOf(req: IncomingMessage): string {
  const url = req.url ?? "/";
  const query = url.indexOf("?", 1);
  const path = query === -1 ? url : url.slice(0, query);
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

/** The methods a path answers (HEAD wherever GET, OPTIONS everywhere) and its route; none for an unknown path. */
function methodsOf(service: ApiThis, path: string): { allow: string[]; route: GatewayRoute | null } {
  const found = new Set<string>();
  let route: GatewayRoute | null = null;
  for (const alias of service.aliases) {
    if (!alias.re.test(path)) continue;
    found.add(alias.method);
    route ??= alias.route;
  }
  if (!found.size) return { allow: [], route: null };
  if (found.has("*")) return { allow: METHOD_ORDER, route };
  if (found.has("GET")) found.add("HEAD");
  found.add("OPTIONS");
  return { allow: METHOD_ORDER.filter((m) => found.has(m)), route };
}

/** HEAD runs as GET; Node drops the body, and the Content-Length GET would have sent is kept. */
function answerHeadAsGet(req: IncomingMessage, res: ServerResponse): void {
  req.method = "GET";
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const [chunk] = args;
    if (!res.headersSent && !res.hasHeader("Content-Length") && (typeof chunk === "string" || Buffer.isBuffer(chunk))) {
      if (chunk.length) res.setHeader("Content-Length", Buffer.byteLength(chunk));
    }
    return end(...args);
  }) as ServerResponse["end"];
}

/**
 * body-parser's `verify`: refuses a JSON body that nests arrays or objects deeper than MAX_BODY_DEPTH,
 * before it is parsed, with a 400 (`entity.too.deep`, see problem.ts).
 */
function refuseDeepJson(_req: IncomingMessage, _res: ServerResponse, body: Buffer, encoding: string): void {
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(body);
  } catch {
    throw Object.assign(new Error(`unsupported charset ${encoding}`), { status: 415, type: "charset.unsupported" });
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_BODY_DEPTH) {
        throw Object.assign(new Error("body nested too deep"), { status: 400, type: "entity.too.deep" });
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

function aliasesOf(routes: Route[]): Record<string, string> {
  return Object.fromEntries(routes.map((r) => [`${r.method} ${r.path}`, r.action]));
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new UnauthorizedError("The Authorization header must be 'Bearer <token>'");
  return match[1];
}

function sendProblem(this: ApiThis, req: GatewayRequest, res: ServerResponse, err: unknown): void {
  const path = (req.originalUrl ?? req.url ?? "/").split("?")[0];
  const { problem, unexpected } = toProblem(err, `No route for ${req.method} ${path}`);
  const requestId = res.getHeader("X-Request-ID");
  // One log line per failure: a bug with its stack, an outage as a warning, client errors not at all.
  if (unexpected && problem.status >= 500 && problem.status !== 503) {
    this.logger.error(`Request ${String(requestId)} failed: ${req.method} ${path}`, err);
  } else if (unexpected) {
    this.logger.warn(
      `Request ${String(requestId)}: ${req.method} ${path} answered ${problem.status}: ${(err as Error).message}`,
    );
  }
  if (res.headersSent) return;
  const data = (err as { data?: { retryAfter?: number } }).data;
  if (problem.status === 429) {
    res.setHeader("Retry-After", String(data?.retryAfter ?? retryAfterSeconds(this)));
  }
  if (problem.status === 503) res.setHeader("Retry-After", "5");
  res.setHeader("Content-Type", "application/problem+json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.writeHead(problem.status);
  res.end(JSON.stringify(problem));
}

/** Seconds until the shared rate-limit window resets. */
function retryAfterSeconds(service: ApiThis): number {
  const store = service.rateLimitStore;
  if (!store) return 60;
  return Math.max(1, Math.ceil((store.resetTime - Date.now()) / 1000));
}

/** Moleculer calls `merged` (missing from its typings) after mixins merge, before moleculer-web builds routes. */
type GatewaySchema = ServiceSchema<ApiSettings, ApiMethods, ApiVars & GatewayInternals> & {
  merged(this: ApiThis, schema: ServiceSchema<ApiSettings>): void;
};

const ApiService: GatewaySchema = {
  name: "api",
  // EventStreams: the open notification streams, and the live event every gateway forwards to them.
  // GatewayTokenCache: who a token belongs to, kept here when users runs on another node (token-cache.ts).
  mixins: [ApiGateway as unknown as ServiceSchema, EventStreams(), Metered(), GatewayTokenCache()],

  settings: {
    port: 3000,
    ip: "127.0.0.1",
    // Routes are built in merged() from the node's config; nothing is reachable by default.
    routes: [],
    log4XXResponses: false,
    logRequest: "debug",
    logResponse: "debug",
    logRequestParams: null,
    logResponseData: null,
    // The route table is for debugging; `npm start` prints a summary instead.
    logRouteRegistration: "debug",
    // A caller's well-formed X-Request-Id becomes the context's request id (and trace id).
    rootCallOptions(options: { requestID?: string }, req: IncomingMessage) {
      options.requestID = requestIdOf(req);
    },
    // Slow clients: the headers within 15 s, the whole request within 30 s (a body is at most 256 kB),
    // checked every second. Keep-alive stays on, with Node's 5 s idle timeout.
    headersTimeout: 15_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: 1_000,
  },

  merged(schema) {
    const config = configOf(this.broker);
    const settings = schema.settings as ApiSettings;
    settings.port = config.port;
    settings.ip = config.host;
    // Errors moleculer-web raises outside a route (no route matched) come here; route errors via errorHandler.
    settings.onError = sendProblem;
    settings.routes = [
      {
        name: "v1",
        path: API_PREFIX,
        // Only the aliases below are reachable: no /api/v1/<service>/<action>, no $node.*.
        mappingPolicy: "restrict",
        whitelist: ROUTES.map((r) => r.action),
        aliases: aliasesOf(ROUTES),
        authentication: true,
        // Roles, scopes and team rules are enforced by the access middleware on the action's own node.
        authorization: false,
        bodyParsers: { json: { strict: true, limit: BODY_LIMIT, verify: refuseDeepJson }, urlencoded: false },
        cors: config.corsOrigins.length
          ? {
              origin: config.corsOrigins,
              methods: ["GET", "HEAD", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"],
              allowedHeaders: ["Authorization", "Content-Type", "X-API-Key", "X-Request-Id", "Idempotency-Key"],
              exposedHeaders: ["X-Request-Id", "Retry-After", REPLAYED_HEADER, ...RATE_LIMIT_HEADERS],
              credentials: false,
              maxAge: 600,
            }
          : undefined,
        rateLimit:
          config.rateLimit > 0
            ? {
                window: 60_000,
                limit: config.rateLimit,
                headers: true,
                key: (req: IncomingMessage) => clientAddress(req, config.trustedProxies),
                StoreFactory: SharedStoreFactory(this, config),
              }
            : undefined,
        callOptions: { timeout: CALL_TIMEOUT_MS },
        // Per-address throttles (login, auth routes) run in the services; they need the address.
        onBeforeCall(
          this: ApiThis,
          ctx: Context<unknown, Meta>,
          _route: unknown,
          req: GatewayRequest,
          res: ServerResponse,
        ) {
          ctx.meta.clientAddress = clientAddress(req, config.trustedProxies);
          // Money routes keep a POST's Idempotency-Key with what they write, for good (DESIGN §4);
          // a malformed key is left to Idempotency.run, which answers it 400.
          try {
            const key = req.method === "POST" ? idempotencyKeyOf(req, false) : null;
            if (key) ctx.meta.idempotencyKey = key;
          } catch {
            ctx.meta.idempotencyKey = undefined;
          }
          // The notifications stream hears live entries from before its action reads the backlog.
          prepareEventStream(this, ctx, req, res);
        },
        async onAfterCall(
          this: ApiThis,
          ctx: Context<unknown, Meta>,
          _route: unknown,
          req: GatewayRequest,
          res: ServerResponse,
          data: unknown,
        ) {
          // The status and Location come from the action's declaration, never from its handler.
          const spec = req.$action ? this.routeByAction.get(req.$action.name) : undefined;
          if (spec) ctx.meta.$statusCode = spec.status;
          const location = spec?.location ? locationOf(spec.location, data) : null;
          if (location) ctx.meta.$location = location;
          // The notifications stream stays open as Server-Sent Events (sse.ts).
          if (req.$action?.name === STREAM_ACTION) return openEventStream(this, ctx, req, res, data);
          // A POST's answer under an Idempotency-Key is kept before it is sent.
          await this.idempotency.keep(req, ctx, ctx.meta.$statusCode === 204 ? null : data);
          // 204 carries no body; everything else is JSON.
          if (ctx.meta.$statusCode === 204) return null;
          res.setHeader("Cache-Control", "no-store");
          return data;
        },
      },
      // /openapi.json and the API reference at /docs (docs.ts).
      docsRoute(OPENAPI),
      // Outside production without SMTP_URL: the mail kept instead of sent (mailbox.ts).
      ...(servesDevMailbox(config) ? [devMailboxRoute(this.broker)] : []),
    ];
    // Webhook routes read their body raw: a signature covers the bytes, not what a JSON parser makes of them.
    withRawBodyRoutes(settings.routes as GatewayRouteOptions[], ROUTES);
  },

  created() {
    this.routeByAction = new Map(ROUTES.map((r) => [r.action, r]));
    const config = configOf(this.broker);
    this.idempotency = Idempotency.open({
      redisUrl: config.redisUrl,
      prefix: config.namespace || "meshwork",
      callTimeoutMs: CALL_TIMEOUT_MS,
      logger: this.logger,
    });
    // moleculer-web's own `created` (a mixin's, so it ran first) has created the server, unless told not to.
    if (this.server) {
      applyServerLimits(this.server, this.settings);
      answerClientErrors(this.server);
    }
  },

  async stopped() {
    await this.idempotency.close();
    await this.rateLimitStore?.close();
  },

  methods: {
    /**
     * Method safety before any routing: OPTIONS is answered here and never reaches an action; HEAD
     * runs the path's GET; a method the path doesn't have is 405 with `Allow`.
     */
    async httpHandler(this: ApiThis, req: GatewayRequest, res: ServerResponse, next?: () => void) {
      const path = pathOf(req);
      const { allow, route } = methodsOf(this, path);
      if (req.method === "OPTIONS" || (allow.length && !allow.includes(req.method ?? ""))) {
        res.setHeader("X-Request-ID", requestIdOf(req));
        try {
          if (!allow.length) throw new ApiGateway.Errors.NotFoundError("NOT_FOUND");
          res.setHeader("Allow", allow.join(", "));
          if (route?.cors)
            this.writeCorsHeaders(route, req, res, Boolean(req.headers["access-control-request-method"]));
          if (req.method !== "OPTIONS") {
            throw new Errors.MoleculerClientError(
              `${req.method} is not allowed on ${path}; allowed: ${allow.join(", ")}`,
              405,
              "METHOD_NOT_ALLOWED",
            );
          }
          res.writeHead(204);
          res.end();
        } catch (err) {
          sendProblem.call(this, req, res, err);
        }
        return;
      }
      if (req.method === "HEAD" && allow.length) answerHeadAsGet(req, res);
      return gatewayHttpHandler.call(this, req, res, next);
    },

    /**
     * A team key's request is metered first (429 past the quota; metering.ts); a POST with an
     * Idempotency-Key runs once per key, a replay answers without calling (idempotency.ts).
     */
    callAction(this: ApiThis, ...args: CallActionArgs) {
      const [, action, req, res] = args;
      const route = this.routeByAction.get(action);
      return this.metering.around(req, res, route, () =>
        this.idempotency.run(req, res, route, () => gatewayCallAction.apply(this, args)),
      );
    },

    /** moleculer-web's own handler logs every 5xx with a stack before ours runs; ours logs once. */
    errorHandler(this: ApiThis, req: GatewayRequest, res: ServerResponse, err: unknown) {
      sendProblem.call(this, req, res, err);
    },

    /** Resolves the caller from a Bearer JWT or an X-API-Key; public routes ignore credentials. */
    async authenticate(this: ApiThis, ctx: Context<unknown, Meta>, _route: unknown, req: GatewayRequest) {
      const spec = req.$action ? this.routeByAction.get(req.$action.name) : undefined;
      if (!spec || spec.access === "public") return null;
      const token = bearerToken(req);
      const apiKey = req.headers["x-api-key"];
      // Refused here rather than by the users service's validator, whose 422 would name its params.
      if (token) {
        if (token.length > MAX_TOKEN_LENGTH) {
          throw new UnauthorizedError("The access token is invalid or expired", "INVALID_TOKEN");
        }
        return this.resolveToken(ctx, token);
      }
      if (typeof apiKey === "string" && apiKey) {
        if (apiKey.length > MAX_API_KEY_LENGTH) {
          throw new UnauthorizedError("The API key is invalid or revoked", "INVALID_API_KEY");
        }
        return ctx.call<AuthUser, { key: string }>("users.resolveApiKey", { key: apiKey });
      }
      throw new UnauthorizedError();
    },
  },
};

/** One rate-limit store for every route of this gateway (in Redis with REDIS_URL), so Retry-After can be computed. */
function SharedStoreFactory(service: ApiThis, config: ReturnType<typeof configOf>) {
  const metrics = service.broker.isMetricsEnabled() ? service.broker.metrics : null;
  if (metrics && !metrics.getMetric(METRIC_RATE_LIMIT_FALLBACKS)) {
    metrics.register({
      type: "counter",
      name: METRIC_RATE_LIMIT_FALLBACKS,
      description: "Gateway rate-limit decisions counted in this gateway because Redis failed or was skipped",
    });
  }
  return class {
    constructor(window: number) {
      service.rateLimitStore ??= new GatewayRateLimitStore({
        windowMs: window,
        limit: config.rateLimit,
        redisUrl: config.redisUrl,
        prefix: config.namespace || "meshwork",
        onFallback: () => metrics?.increment(METRIC_RATE_LIMIT_FALLBACKS),
      });
      return service.rateLimitStore;
    }
  };
}

export default ApiService;
