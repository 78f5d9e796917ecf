/**
 * The OpenAPI 3.1 document of the API, generated from what actions declare (lib/actions.ts): the
 * request from `params` (fastest-validator rules, translated here), the success answer from `response`
 * (JSON Schema, lib/schemas.ts), the problem+json errors a route can give from its shape (method,
 * access, team rule, params), the credentials from `access`. The gateway serves it at /openapi.json,
 * Swagger UI reads it at /docs (docs.ts), and `npm run client:gen` makes the TypeScript client from it.
 */
import { API_PREFIX, type Route } from "../../lib/actions.js";
import type { JsonSchema } from "../../lib/schemas.js";
import { takesRawBody } from "./raw-body.js";

type Rule = string | { type?: string; [key: string]: unknown };
type Operation = Record<string, unknown>;

const OPENAPI_VERSION = "3.1.0";

/** A shorthand rule ("number|integer|min:0|optional") as an object rule. */
function expandRule(rule: Rule): Exclude<Rule, string> {
  if (typeof rule !== "string") return rule;
  const [type, ...flags] = rule.split("|");
  const expanded: Record<string, unknown> = { type };
  for (const flag of flags) {
    const [name, value] = flag.split(":");
    expanded[name] = value === undefined ? true : Number.isNaN(Number(value)) ? value : Number(value);
  }
  return expanded;
}

/** Adds "null" to a schema's type (and enum): OpenAPI 3.1 has no `nullable`. */
function withNull(schema: JsonSchema): JsonSchema {
  if (!schema.type) return { anyOf: [schema, { type: "null" }] };
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return { ...schema, type: [...types, "null"], ...(schema.enum ? { enum: [...schema.enum, null] } : {}) };
}

function patternOf(pattern: unknown): string | undefined {
  if (pattern instanceof RegExp) return pattern.source;
  return typeof pattern === "string" ? pattern : undefined;
}

/** The JSON Schema of one fastest-validator rule, for the rule types our actions use; any other stays open. */
export function ruleToSchema(rule: Rule): { schema: JsonSchema; optional: boolean } {
  const r = expandRule(rule);
  const pick = (from: string, to: string) => (r[from] !== undefined ? { [to]: r[from] } : {});
  const described = typeof r.description === "string" ? { description: r.description } : {};
  let schema: JsonSchema;
  switch (r.type) {
    case "string": {
      const pattern = patternOf(r.pattern);
      schema = {
        type: "string",
        ...pick("min", "minLength"),
        ...pick("max", "maxLength"),
        ...(pattern ? { pattern } : {}),
      };
      break;
    }
    case "email":
      schema = { type: "string", format: "email", ...pick("max", "maxLength") };
      break;
    case "uuid":
      schema = { type: "string", format: "uuid" };
      break;
    case "date":
      schema = { type: "string", format: "date-time" };
      break;
    case "number":
      schema = {
        type: r.integer ? "integer" : "number",
        ...pick("min", "minimum"),
        ...pick("max", "maximum"),
        ...(r.positive ? { exclusiveMinimum: 0 } : {}),
      };
      break;
    case "boolean":
      schema = { type: "boolean" };
      break;
    case "enum":
      schema = { type: "string", enum: r.values as string[] };
      break;
    case "equal":
      schema = { const: r.value };
      break;
    case "array":
      schema = {
        type: "array",
        ...(r.items ? { items: ruleToSchema(r.items as Rule).schema } : {}),
        ...pick("min", "minItems"),
        ...pick("max", "maxItems"),
        ...(r.unique ? { uniqueItems: true } : {}),
      };
      break;
    case "object":
      schema = r.props
        ? {
            ...objectOf(r.props as Record<string, Rule>, []).schema,
            // `strict: true` refuses unknown members; "remove" drops them, so they may be sent.
            ...(r.strict === true ? { additionalProperties: false } : {}),
          }
        : { type: "object" };
      break;
    case "record":
      schema = { type: "object", additionalProperties: r.value ? ruleToSchema(r.value as Rule).schema : true };
      break;
    default:
      schema = {};
  }
  if (r.default !== undefined && typeof r.default !== "function") schema.default = r.default;
  Object.assign(schema, described);
  return { schema: r.nullable ? withNull(schema) : schema, optional: Boolean(r.optional) };
}

interface Field {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** Action params as an object schema, without the names in `exclude` (path parameters, raw-body inputs). */
function objectOf(params: Record<string, Rule>, exclude: string[]): { schema: JsonSchema; fields: Field[] } {
  const fields = Object.entries(params)
    .filter(([name]) => !name.startsWith("$$") && !exclude.includes(name))
    .map(([name, rule]) => {
      const { schema, optional } = ruleToSchema(rule);
      return { name, schema, required: !optional };
    });
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return {
    fields,
    schema: {
      type: "object",
      properties: Object.fromEntries(fields.map((f) => [f.name, f.schema])),
      ...(required.length ? { required } : {}),
    },
  };
}

// --- named schemas ------------------------------------------------------------------------------

/**
 * Moves every schema with a `title` into components.schemas and leaves a `$ref` in its place, so the
 * reference and the client name each shape once. Two different schemas under one title are a bug.
 */
class Components {
  readonly schemas: Record<string, JsonSchema> = {};
  private readonly seen = new Map<string, string>();

  hoist(schema: JsonSchema): JsonSchema {
    const inner = this.walk(schema);
    if (!schema.title) return inner;
    const name = schema.title;
    const text = JSON.stringify(inner);
    const known = this.seen.get(name);
    if (known !== undefined && known !== text) throw new Error(`two different response schemas are titled ${name}`);
    this.seen.set(name, text);
    this.schemas[name] = inner;
    return { $ref: `#/components/schemas/${name}` };
  }

  private walk(schema: JsonSchema): JsonSchema {
    const out: JsonSchema = { ...schema };
    if (schema.properties) {
      out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, this.hoist(v)]));
    }
    if (schema.items) out.items = this.hoist(schema.items);
    if (schema.anyOf) out.anyOf = schema.anyOf.map((s) => this.hoist(s));
    if (typeof schema.additionalProperties === "object") {
      out.additionalProperties = this.hoist(schema.additionalProperties);
    }
    return out;
  }
}

// --- errors and headers ----------------------------------------------------------------------------

const PROBLEM: JsonSchema = {
  title: "Problem",
  description: "An RFC 9457 problem: `code` is stable, `detail` says what went wrong for a person",
  type: "object",
  required: ["type", "title", "status", "detail", "code"],
  additionalProperties: false,
  properties: {
    type: { type: "string", description: "urn:problem-type:meshwork:<code in kebab case>" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: { type: "string", description: "e.g. VALIDATION_ERROR, NOT_FOUND, QUOTA_EXCEEDED" },
    errors: {
      description: "On 422: each field refused, and why",
      type: "array",
      items: {
        type: "object",
        required: ["field", "message"],
        additionalProperties: false,
        properties: { field: { type: "string" }, message: { type: "string" } },
      },
    },
  },
};

/** The error answers, by status: what each means on this API. */
const PROBLEM_RESPONSES: Record<string, { name: string; description: string; headers?: string[] }> = {
  "400": { name: "BadRequest", description: "Malformed: a body that isn't JSON, a bad Idempotency-Key or path" },
  "401": { name: "Unauthorized", description: "No credential, or one that is invalid or expired" },
  "403": {
    name: "Forbidden",
    description: "Not allowed: role, API-key scope, a team key off its team's routes, or a disallowed origin",
  },
  "404": { name: "NotFound", description: "No such resource, or one of a team you don't belong to" },
  "406": { name: "NotAcceptable", description: "The client won't take the media type this route answers" },
  "409": { name: "Conflict", description: "The resource's state forbids it, or an Idempotency-Key is still running" },
  "413": { name: "PayloadTooLarge", description: "The body is larger than the route takes" },
  "415": { name: "UnsupportedMediaType", description: "The body's encoding or charset is not supported" },
  "422": {
    name: "ValidationFailed",
    description: "Refused values: `errors[]` names each field (also IDEMPOTENCY_KEY_REUSED)",
  },
  "429": {
    name: "TooManyRequests",
    description: "Rate limited, or a team key past its quota (QUOTA_EXCEEDED); retry after Retry-After seconds",
    headers: ["Retry-After"],
  },
  "503": {
    name: "ServiceUnavailable",
    description: "The service behind the route is down or overloaded; retry after Retry-After seconds",
    headers: ["Retry-After"],
  },
};

const HEADERS: Record<string, object> = {
  "X-Request-Id": {
    description: "The request's id (yours, if you sent a well-formed X-Request-Id); the trace id of its events",
    schema: { type: "string" },
  },
  Location: { description: "The created resource, under /api/v1", schema: { type: "string" } },
  "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer", minimum: 0 } },
  "Idempotent-Replayed": {
    description: "`true` on the first answer replayed for a repeated Idempotency-Key",
    schema: { type: "string", enum: ["true"] },
  },
  "RateLimit-Limit": {
    description: "Team API keys: the team's metered requests per period",
    schema: { type: "integer" },
  },
  "RateLimit-Remaining": {
    description: "Team API keys: metered requests left this period",
    schema: { type: "integer" },
  },
  "RateLimit-Reset": { description: "Team API keys: seconds until the period ends", schema: { type: "integer" } },
};
const RATE_LIMIT_HEADERS = ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];

const headerRefs = (names: string[]) =>
  Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

/** The error statuses a route can answer, from its declaration. */
export function problemStatuses(route: Route, pathNames: string[], fields: Field[]): string[] {
  // The JSON body parser reads any body but a GET's (fetch sends none): malformed, too large, bad charset.
  const readsBody = route.method !== "GET";
  const statuses = new Set<number>([403, 429, 503, ...(route.problems ?? [])]);
  if (readsBody || pathNames.length) statuses.add(400);
  if (route.access !== "public") statuses.add(401);
  if (pathNames.length || route.team || route.access !== "public") statuses.add(404);
  if (route.response?.contentMediaType) statuses.add(406);
  if (route.method !== "GET") statuses.add(409);
  if (readsBody) statuses.add(413).add(415);
  // Path parameters are validated too (GET /projects/not-a-uuid is 422 naming `id`).
  if (fields.length || pathNames.some((name) => name in (route.params ?? {})) || route.method === "POST") {
    statuses.add(422);
  }
  return [...statuses].sort((a, b) => a - b).map(String);
}

// --- parameters ----------------------------------------------------------------------------------

/** The `Idempotency-Key` request header every POST honours (services/api/idempotency.ts). */
function idempotencyKeyParam(required: boolean): object {
  return {
    name: "Idempotency-Key",
    in: "header",
    required,
    description:
      "A unique value per operation (e.g. a UUID). A retry with the same key and body answers the first " +
      "answer with `Idempotent-Replayed: true`; another body is 422 IDEMPOTENCY_KEY_REUSED, a retry while " +
      "the first still runs 409 IDEMPOTENCY_KEY_IN_USE. Kept 24 h per caller and route." +
      (required ? " Required: without it the route answers 400 IDEMPOTENCY_KEY_REQUIRED." : ""),
    schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x20-\\x7E]+$" },
  };
}

/** The Standard Webhooks headers a signed webhook carries (services/billing). */
const SIGNATURE_HEADERS = ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) => ({
  name,
  in: "header",
  required: true,
  schema: { type: "string" },
}));

/** path-to-regexp `:id` → OpenAPI `{id}`. */
export function openApiPath(path: string): string {
  return API_PREFIX + path.replace(/:(\w+)/g, "{$1}");
}

/** Who may call it, in words, for the operation's description. */
function accessText(route: Route): string {
  const who =
    route.access === "public"
      ? "Public: no credential needed."
      : route.access === "admin"
        ? "Platform administrators only."
        : "Any signed-in caller.";
  if (!route.team) return who;
  const where = route.team.entity ? `the ${route.team.entity}'s team` : `the team \`${route.team.param}\` names`;
  const role = `Needs the ${route.team.role} role (or higher) in ${where}`;
  return `${who} ${role}${route.team.publicRead ? "; any signed-in caller reads a public one" : ""}.`;
}

function operation(route: Route, components: Components): Operation {
  const pathNames = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const params = (route.params ?? {}) as Record<string, Rule>;
  const raw = takesRawBody(route);
  const declared = objectOf(params, raw ? [...pathNames, "rawBody", "headers"] : pathNames);
  const parameters: object[] = pathNames.map((name) => ({
    name,
    in: "path",
    required: true,
    schema: params[name] ? ruleToSchema(params[name]).schema : { type: "string" },
  }));
  const hasBody = ["POST", "PATCH", "PUT"].includes(route.method);
  if (!hasBody) {
    for (const f of declared.fields)
      parameters.push({ name: f.name, in: "query", required: f.required, schema: f.schema });
  }
  if (raw) parameters.push(...SIGNATURE_HEADERS);
  if (route.method === "POST") parameters.push(idempotencyKeyParam(route.idempotency === "required"));

  const body = raw
    ? { type: "object", description: "Verified over the raw bytes, then parsed" }
    : declared.fields.length
      ? declared.schema
      : null;
  const metered = Boolean(route.team);
  return {
    operationId: route.operationId ?? route.action.replace(/\.(\w)/, (_all, c: string) => c.toUpperCase()),
    summary: route.summary,
    description: accessText(route),
    tags: [route.tag],
    security: route.access === "public" ? [] : [{ bearer: [] }, { apiKey: [] }],
    parameters,
    ...(hasBody && body
      ? {
          requestBody: {
            required: raw || declared.fields.some((f) => f.required),
            content: { "application/json": { schema: body } },
          },
        }
      : {}),
    responses: {
      [String(route.status)]: success(route, components, metered),
      ...Object.fromEntries(
        problemStatuses(route, pathNames, declared.fields).map((status) => [
          status,
          { $ref: `#/components/responses/${PROBLEM_RESPONSES[status]?.name ?? "Problem"}` },
        ]),
      ),
    },
  };
}

function success(route: Route, components: Components, metered: boolean): object {
  const headers = [
    "X-Request-Id",
    ...(route.location ? ["Location"] : []),
    ...(route.method === "POST" ? ["Idempotent-Replayed"] : []),
    ...(metered ? RATE_LIMIT_HEADERS : []),
  ];
  const response = route.response;
  if (route.status === 204 || response === null) {
    return { description: "No content", headers: headerRefs(headers) };
  }
  const schema = response ?? {};
  const media = schema.contentMediaType ?? "application/json";
  return {
    description: route.status === 201 ? "Created" : route.status === 202 ? "Accepted" : "OK",
    headers: headerRefs(headers),
    content: { [media]: { schema: components.hoist(schema) } },
  };
}

// --- the document ---------------------------------------------------------------------------------

/** One line per domain for the reference's sections; a new domain without one shows its name only. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  users: "Accounts, sign-up and sign-in, sessions, email verification, password recovery, API keys",
  teams: "Teams, memberships and roles, invites",
  projects: "Kanban boards: projects, columns, tasks and comments",
  customers: "A team's customers",
  products: "A team's products and prices",
  promotions: "Discounts with an approval workflow, and pricing a basket",
  billing: "Tiers, a team's account and balance, payments, the ledger",
  usage: "Metered requests of team API keys, per period",
  notifications: "Your inbox, its live stream, and your mail preferences",
  audit: "The stored domain events: search, history, replay",
};

const DESCRIPTION = `The meshwork API. JSON in, JSON out, under \`/api/v1\`.

**Credentials.** \`Authorization: Bearer <accessToken>\` (from sign-up, sign-in or refresh) or \`X-API-Key: <key>\`.
Routes marked public need neither.

**Errors** are \`application/problem+json\` (RFC 9457) with a stable \`code\`; a 422 names each refused field in
\`errors[]\`. Resources of a team you don't belong to answer 404. Before any route, the HTTP server itself may answer
408 (a request too slow to arrive) or 431 (headers over 16 kB), as problems too.

**Lists** take \`page\` and \`pageSize\` (≤ 100) and answer \`{rows, total, page, pageSize, totalPages}\`; cursor lists
(audit, inbox) take \`cursor\` and \`limit\` and answer \`{rows, nextCursor}\`.

**Retries.** Every POST honours \`Idempotency-Key\`; money routes require it. Money is integer cents (\`…Cents\`).`;

export function buildOpenApi(routes: Route[]) {
  const components = new Components();
  const paths: Record<string, Record<string, unknown>> = {};
  const operationIds = new Map<string, string>();
  for (const route of routes) {
    const op = operation(route, components);
    const id = op.operationId as string;
    const other = operationIds.get(id);
    if (other) throw new Error(`operationId ${id} is declared by both ${other} and ${route.action}`);
    operationIds.set(id, route.action);
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = op;
  }
  const tags = [...new Set(routes.map((r) => r.tag))].sort();
  return {
    openapi: OPENAPI_VERSION,
    info: { title: "meshwork API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: "/", description: "This gateway" }],
    tags: tags.map((name) => ({ name, ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}) })),
    security: [{ bearer: [] }, { apiKey: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "The `accessToken` of POST /auth/signup, /auth/login or /auth/refresh",
        },
        apiKey: {
          type: "apiKey",
          in: "header",
          name: "X-API-Key",
          description: "A personal key (POST /keys) or a team's (POST /teams/{id}/keys, metered)",
        },
      },
      schemas: { Problem: PROBLEM, ...components.schemas },
      headers: HEADERS,
      responses: Object.fromEntries(
        [...Object.values(PROBLEM_RESPONSES), { name: "Problem", description: "An error", headers: [] }].map(
          ({ name, description, headers }) => [
            name,
            {
              description,
              headers: headerRefs(["X-Request-Id", ...(headers ?? [])]),
              content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
            },
          ],
        ),
      ),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApi>;
