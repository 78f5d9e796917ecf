/** Turns any error into an RFC 9457 problem: stable code, no stack, node id or action name. */
import { Errors } from "moleculer";

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
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/**
 * Framework errors whose messages name actions or nodes: they get a fixed status and text.
 * SERVICE_NOT_FOUND/NOT_AVAILABLE only reach here for a known route (unknown routes are
 * moleculer-web's NOT_FOUND), so they mean "the service behind it is down": 503.
 */
const FRAMEWORK: Record<string, { status: number; code: string; detail: string }> = {
  SERVICE_NOT_FOUND: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The service behind this route is not available; try again shortly" },
  SERVICE_NOT_AVAILABLE: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The service behind this route is not available; try again shortly" },
  SERVICE_UNAVAILABLE: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The service behind this route is not available; try again shortly" },
  REQUEST_TIMEOUT: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The service did not answer in time; try again shortly" },
  REQUEST_REJECTED: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The service is shutting down; try again shortly" },
  REQUEST_SKIPPED: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The request ran out of time; try again" },
  QUEUE_FULL: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The service is overloaded; try again shortly" },
  CIRCUIT_OPEN: { status: 503, code: "SERVICE_UNAVAILABLE", detail: "The service is failing; try again shortly" },
  NOT_FOUND: { status: 404, code: "NOT_FOUND", detail: "" },
  RATE_LIMIT_EXCEEDED: { status: 429, code: "RATE_LIMITED", detail: "Too many requests; slow down" },
  NO_TOKEN: { status: 401, code: "UNAUTHORIZED", detail: "A valid credential is required" },
  INVALID_TOKEN: { status: 401, code: "UNAUTHORIZED", detail: "The credential is invalid or expired" },
  INVALID_REQUEST_BODY: { status: 400, code: "MALFORMED_BODY", detail: "The request body is not valid JSON" },
  PAYLOAD_TOO_LARGE: { status: 413, code: "PAYLOAD_TOO_LARGE", detail: "The request body is too large" },
};

/** body-parser errors carry `type` like "entity.parse.failed" and an HTTP `status`. */
const BODY_PARSER: Record<string, { status: number; code: string; detail: string }> = {
  "entity.parse.failed": { status: 400, code: "MALFORMED_BODY", detail: "The request body is not valid JSON" },
  "entity.too.large": { status: 413, code: "PAYLOAD_TOO_LARGE", detail: "The request body is too large" },
  "encoding.unsupported": { status: 415, code: "UNSUPPORTED_ENCODING", detail: "The request body encoding is not supported" },
  "charset.unsupported": { status: 415, code: "UNSUPPORTED_CHARSET", detail: "The request body charset is not supported" },
  "request.aborted": { status: 400, code: "REQUEST_ABORTED", detail: "The request was aborted" },
  "request.size.invalid": { status: 400, code: "MALFORMED_BODY", detail: "The request body length does not match Content-Length" },
};

export function problemType(code: string): string {
  return `urn:problem-type:meshwork:${code.toLowerCase().replace(/_/g, "-")}`;
}

function make(status: number, code: string, detail: string, errors?: Problem["errors"]): Problem {
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
    return { problem: make(known.status, known.code, known.detail), unexpected: false };
  }
  if (typeof e.type === "string" && FRAMEWORK[e.type]) {
    const known = FRAMEWORK[e.type];
    const detail = known.code === "NOT_FOUND" ? (e instanceof Errors.MoleculerClientError ? String(e.message) : notFoundDetail) : known.detail;
    return { problem: make(known.status, known.code, detail), unexpected: known.status >= 500 };
  }
  if (e.type === "VALIDATION_ERROR" && e.code === 422) {
    const errors = fieldErrors(e.data);
    const detail = errors?.length ? "Some fields are invalid" : String(e.message ?? "Invalid input");
    return { problem: make(422, "VALIDATION_ERROR", detail, errors), unexpected: false };
  }
  if (err instanceof Errors.MoleculerClientError && typeof e.code === "number" && e.code >= 400 && e.code < 500) {
    return { problem: make(e.code, e.type || "CLIENT_ERROR", String(e.message), fieldErrors(e.data)), unexpected: false };
  }
  return { problem: make(500, "INTERNAL", "Something went wrong on our side; the request id identifies it"), unexpected: true };
}
