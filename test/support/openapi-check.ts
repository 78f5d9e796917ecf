/**
 * Every answer the black-box client receives is checked against the route's declaration in the
 * OpenAPI document the gateway serves (services/api/openapi.ts, built from the actions' `response`
 * declarations): the status must be one the route declares, a success body must match its schema
 * (objects are closed, so an undeclared field fails as surely as a missing one), a 204 has no body,
 * an error is problem+json shaped like `Problem`. The spec can't drift from what handlers answer.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { API_PREFIX, type HttpMethod } from "../../lib/actions.js";
import { allRoutes } from "../../lib/domains.js";
import { buildOpenApi } from "../../services/api/openapi.js";

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const OPENAPI = buildOpenApi(await allRoutes({ exclude: ["api"] }));
const SPEC_ID = "meshwork-openapi.json";

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(OPENAPI, SPEC_ID);

interface Matcher {
  method: HttpMethod;
  pattern: RegExp;
  /** The OpenAPI path key, e.g. /api/v1/projects/{id}. */
  path: string;
  /** Fewer parameters first: `/promotions/quote` is matched before `/promotions/:id`. */
  params: number;
}

interface OperationResponses {
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}

const MATCHERS: Matcher[] = Object.entries(OPENAPI.paths)
  .flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({
      method: method.toUpperCase() as HttpMethod,
      pattern: new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}/?$`),
      path,
      params: (path.match(/\{/g) ?? []).length,
    })),
  )
  .sort((a, b) => a.params - b.params);

/** What Node's HTTP server answers before any route is chosen: a request too slow (408), headers too large (431). */
const BEFORE_ROUTING = new Set([408, 431]);

/** A JSON pointer into the document, as an ajv reference. */
function pointer(...segments: string[]): string {
  const escaped = segments.map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1")));
  return `${SPEC_ID}#/${escaped.join("/")}`;
}

const validators = new Map<string, ValidateFunction>();
function validatorAt(ref: string): ValidateFunction {
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema at ${ref}`);
    validators.set(ref, validate);
  }
  return validate;
}

function schemaErrors(ref: string, body: unknown): string | null {
  const validate = validatorAt(ref);
  if (validate(body)) return null;
  return ajv.errorsText(validate.errors, { separator: "; ", dataVar: "body" });
}

export interface ReceivedResponse {
  method: string;
  /** The URL requested (its path is matched against the routes). */
  url: string;
  status: number;
  contentType: string;
  body: unknown;
  text: string;
}

/** Why a response breaks its route's declaration, or null when it keeps it (or is not an API route's). */
export function contractViolation(res: ReceivedResponse): string | null {
  const method = res.method.toUpperCase();
  // HEAD answers GET's headers without a body; OPTIONS never reaches an action.
  if (method === "HEAD" || method === "OPTIONS") return null;
  const path = new URL(res.url).pathname;
  const isProblem = /^application\/problem\+json/.test(res.contentType);
  const matched = MATCHERS.find((m) => m.method === method && m.pattern.test(path));
  if (!matched || res.status >= 500 || BEFORE_ROUTING.has(res.status)) {
    // No route (404, 405), the HTTP server's own refusal, or a bug: still an RFC 9457 problem.
    if (res.status < 400 || (!matched && !path.startsWith(API_PREFIX))) return null;
    if (!isProblem) return `an error must be application/problem+json, got ${res.contentType || "nothing"}`;
    return schemaErrors(pointer("components", "schemas", "Problem"), res.body);
  }
  const operation = (OPENAPI.paths[matched.path] as Record<string, OperationResponses>)[method.toLowerCase()];
  const declared = operation.responses[String(res.status)];
  if (!declared) {
    const statuses = Object.keys(operation.responses).join(", ");
    return `${res.status} is not a status ${method} ${matched.path} declares (${statuses})`;
  }
  if (declared.$ref) {
    if (!isProblem) return `an error must be application/problem+json, got ${res.contentType || "nothing"}`;
    return schemaErrors(pointer("components", "schemas", "Problem"), res.body);
  }
  const media = Object.keys(declared.content ?? {})[0];
  if (!media) return res.text === "" ? null : `${res.status} declares no body, got ${res.text.slice(0, 200)}`;
  if (media !== "application/json") return null; // a stream, read by its own tests
  if (!/^application\/json/.test(res.contentType)) return `expected application/json, got ${res.contentType}`;
  return schemaErrors(
    pointer("paths", matched.path, method.toLowerCase(), "responses", String(res.status), "content", media, "schema"),
    res.body,
  );
}

/** Throws (failing the test) when a response leaves its route's declaration. */
export function assertKeepsContract(res: ReceivedResponse): void {
  const violation = contractViolation(res);
  if (!violation) return;
  const path = new URL(res.url).pathname;
  throw new Error(
    `${res.method} ${path} answered ${res.status} outside its OpenAPI declaration: ${violation}\n` +
      `body: ${res.text.slice(0, 1000)}`,
  );
}

/** fetch, with each answer held to its route's declaration: what the generated client uses in tests. */
export async function contractFetch(request: Request): Promise<Response> {
  const response = await fetch(request);
  const text = await response.clone().text();
  const contentType = response.headers.get("content-type") ?? "";
  const body = text && /json/.test(contentType) ? (JSON.parse(text) as unknown) : text || null;
  assertKeepsContract({ method: request.method, url: request.url, status: response.status, contentType, body, text });
  return response;
}
