/** Turns any error into an RFC 9457 problem: stable code, no stack, node id or action name. */
import { Errors } from "moleculer";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "../../lib/outage.js";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { field: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/**
 * Framework errors whose messages name actions or nodes: they get a fixed status and text.
 * SERVICE_NOT_FOUND/NOT_AVAILABLE only reach here for a known route (unknown routes are
 * moleculer-web's NOT_FOUND), so they mean "the service behind it is down": 503.
 * `from` is the status the framework gives the error: a domain error that happens to use the
 * same type with another status (e.g. a 422 INVALID_TOKEN) is not mistaken for it.
 */
const FRAMEWORK: Record<string, { from?: number; status: number; code: string; detail: string }> = {
  SERVICE_NOT_FOUND: {
    from: 404,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    detail: "The service behind this route is not available; try again shortly",
  },
  SERVICE_NOT_AVAILABLE: {
    from: 404,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    detail: "The service behind this route is not available; try again shortly",
  },
  SERVICE_UNAVAILABLE: {
    from: 503,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    detail: "The service behind this route is not available; try again shortly",
  },
  REQUEST_TIMEOUT: {
    from: 504,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    detail: "The service did not answer in time; try again shortly",
  },
  // The node handling the call was lost (it died, or the mesh connection dropped) before it answered.
  REQUEST_REJECTED: {
    from: 503,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    detail: "The node handling this request was lost before it answered; try again shortly",
  },
  // lib/outage.ts: PostgreSQL is down, restarting or refusing connections.
  [DATABASE_UNAVAILABLE]: {
    from: 503,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    detail: "The database is unreachable; try again shortly",
  },
  REQUEST_SKIPPED: {
    from: 514,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    detail: "The request ran out of time; try again",
  },
  QUEUE_FULL: {
    from: 429,
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    detail: "The service is overloaded; try again shortly",
  },
  CIRCUIT_OPEN: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The service is failing; try again shortly" },
  NOT_FOUND: { from: 404, status: 404, code: "NOT_FOUND", detail: "" },
  RATE_LIMIT_EXCEEDED: { from: 429, status: 429, code: "RATE_LIMITED", detail: "Too many requests; slow down" },
  NO_TOKEN: { from: 401, status: 401, code: "UNAUTHORIZED", detail: "A valid credential is required" },
  INVALID_TOKEN: { from: 401, status: 401, code: "UNAUTHORIZED", detail: "The credential is invalid or expired" },
  INVALID_REQUEST_BODY: {
    from: 400,
    status: 400,
    code: "MALFORMED_BODY",
    detail: "The request body is not valid JSON",
  },
  PAYLOAD_TOO_LARGE: { from: 413, status: 413, code: "PAYLOAD_TOO_LARGE", detail: "The request body is too large" },
  // moleculer-web's CORS check and path-parameter decoding.
  ORIGIN_NOT_ALLOWED: {
    from: 403,
    status: 403,
    code: "ORIGIN_NOT_ALLOWED",
    detail: "This origin is not allowed to call the API",
  },
  UNABLE_DECODE_PARAM: {
    from: 400,
    status: 400,
    code: "MALFORMED_PATH",
    detail: "A path parameter is not valid percent-encoding",
  },
};

/** body-parser errors carry `type` like "entity.parse.failed" and an HTTP `status`. */
const BODY_PARSER: Record<string, { status: number; code: string; detail: string }> = {
  "entity.parse.failed": { status: 400, code: "MALFORMED_BODY", detail: "The request body is not valid JSON" },
  "entity.too.deep": {
    status: 400,
    code: "BODY_TOO_DEEP",
    detail: "The request body nests arrays or objects too deeply",
  },
  "entity.too.large": { status: 413, code: "PAYLOAD_TOO_LARGE", detail: "The request body is too large" },
  "encoding.unsupported": {
    status: 415,
    code: "UNSUPPORTED_ENCODING",
    detail: "The request body encoding is not supported",
  },
  "charset.unsupported": {
    status: 415,
    code: "UNSUPPORTED_CHARSET",
    detail: "The request body charset is not supported",
  },
  "request.aborted": { status: 400, code: "REQUEST_ABORTED", detail: "The request was aborted" },
  "request.size.invalid": {
    status: 400,
    code: "MALFORMED_BODY",
    detail: "The request body length does not match Content-Length",
  },
};

/**
 * PostgreSQL errors only a caller's value can cause (text it can't parse or hold, a number past the
 * column's range, a statement too deep to plan): a 422, still logged, since the validator should
 * have refused the value first. A lost database is a 503 (lib/outage.ts); any other database error is a bug and stays a 500.
 */
const BAD_INPUT_SQLSTATES = new Set(["22P02", "22003", "22021", "54001"]);

/** The SQLSTATE of a database error, raw from pg or wrapped by Sequelize (`parent`/`original`). */
function sqlState(err: unknown): string | undefined {
  for (const candidate of [err, (err as { parent?: unknown })?.parent, (err as { original?: unknown })?.original]) {
    const code = (candidate as { code?: unknown } | null | undefined)?.code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export function problemType(code: string): string {
  return `urn:problem-type:meshwork:${code.toLowerCase().replace(/_/g, "-")}`;
}

/** A problem from its parts, for answers written outside the error path (e.g. on a raw socket). */
export function problemOf(status: number, code: string, detail: string, errors?: Problem["errors"]): Problem {
  const problem: Problem = { type: problemType(code), title: TITLES[status] ?? "Error", status, detail, code };
  if (errors?.length) problem.errors = errors;
  return problem;
}

interface ValidationItem {
  field?: string;
  message?: string;
  type?: string;
}

function fieldErrors(data: unknown): Problem["errors"] {
  if (!Array.isArray(data)) return undefined;
  return (data as ValidationItem[]).map((item) => ({
    field: String(item.field ?? ""),
    message: String(item.message ?? item.type ?? "is invalid"),
  }));
}

export interface ProblemWithHeaders {
  problem: Problem;
  /** True when the error is a bug or an outage worth logging at error level. */
  unexpected: boolean;
}

export function toProblem(err: unknown, notFoundDetail: string): ProblemWithHeaders {
  const e = (err ?? {}) as { type?: string; code?: unknown; status?: number; message?: string; data?: unknown };
  if (typeof e.type === "string" && BODY_PARSER[e.type]) {
    const known = BODY_PARSER[e.type];
    return { problem: problemOf(known.status, known.code, known.detail), unexpected: false };
  }
  const known = typeof e.type === "string" ? FRAMEWORK[e.type] : undefined;
  if (known && (known.from === undefined || known.from === e.code)) {
    // moleculer-web's own "no such route" is a MoleculerError; a service's NotFoundError says what is missing.
    const noRoute = err instanceof Errors.MoleculerError && !(err instanceof Errors.MoleculerClientError);
    const detail = known.code === "NOT_FOUND" ? (noRoute ? notFoundDetail : String(e.message)) : known.detail;
    return { problem: problemOf(known.status, known.code, detail), unexpected: known.status >= 500 };
  }
  if (e.type === "VALIDATION_ERROR" && e.code === 422) {
    const errors = fieldErrors(e.data);
    const detail = errors?.length ? "Some fields are invalid" : String(e.message ?? "Invalid input");
    return { problem: problemOf(422, "VALIDATION_ERROR", detail, errors), unexpected: false };
  }
  // moleculer-web throws its own untyped ServiceUnavailableError (503) for a known alias with no live endpoint.
  if (err instanceof Errors.MoleculerError && e.code === 503) {
    const down = FRAMEWORK.SERVICE_UNAVAILABLE;
    return { problem: problemOf(down.status, down.code, down.detail), unexpected: true };
  }
  // moleculer-web's rate limiter throws an untyped RateLimitExceeded (429).
  if (err instanceof Errors.MoleculerClientError && e.code === 429 && !e.type) {
    const limited = FRAMEWORK.RATE_LIMIT_EXCEEDED;
    return { problem: problemOf(limited.status, limited.code, limited.detail), unexpected: false };
  }
  // A domain error from another node arrives as a plain Error carrying name, code, type and data.
  const remoteDomainError =
    err instanceof Error && !(err instanceof Errors.MoleculerError) && typeof e.type === "string" && e.type !== "";
  if (
    (err instanceof Errors.MoleculerClientError || remoteDomainError) &&
    typeof e.code === "number" &&
    e.code >= 400 &&
    e.code < 500
  ) {
    return {
      problem: problemOf(e.code, e.type || "CLIENT_ERROR", String(e.message), fieldErrors(e.data)),
      unexpected: false,
    };
  }
  // A lost database that reached the gateway unmapped (a call outside any action) is still an outage.
  if (isDatabaseUnavailable(err)) {
    const down = FRAMEWORK[DATABASE_UNAVAILABLE];
    return { problem: problemOf(down.status, down.code, down.detail), unexpected: true };
  }
  const state = sqlState(err);
  if (state && BAD_INPUT_SQLSTATES.has(state)) {
    return {
      problem: problemOf(422, "VALIDATION_ERROR", "A value is out of range or not valid text"),
      unexpected: true,
    };
  }
  return {
    problem: problemOf(500, "INTERNAL", "Something went wrong on our side; the request id identifies it"),
    unexpected: true,
  };
}
