/** OpenAPI 3 document and a small browsable page, generated from the routes declared on actions. */
import { API_PREFIX, type Route } from "../../lib/actions.js";

type Rule = string | { type?: string; [key: string]: unknown };
type JsonSchema = Record<string, unknown>;

/** fastest-validator rules → JSON Schema, for the shapes our actions use; anything else stays open. */
export function ruleToSchema(rule: Rule): { schema: JsonSchema; optional: boolean } {
  const r = typeof rule === "string" ? { type: rule.split("|")[0], optional: rule.includes("optional") } : rule;
  const optional = Boolean(r.optional);
  const nullable = r.nullable ? { nullable: true } : {};
  const pick = (from: string, to: string) => (r[from] !== undefined ? { [to]: r[from] } : {});
  switch (r.type) {
    case "string":
      return {
        optional,
        schema: { type: "string", ...pick("min", "minLength"), ...pick("max", "maxLength"), ...nullable },
      };
    case "email":
      return { optional, schema: { type: "string", format: "email", ...pick("max", "maxLength"), ...nullable } };
    case "uuid":
      return { optional, schema: { type: "string", format: "uuid", ...nullable } };
    case "date":
      return { optional, schema: { type: "string", format: "date-time", ...nullable } };
    case "number":
      return {
        optional,
        schema: {
          type: r.integer ? "integer" : "number",
          ...pick("min", "minimum"),
          ...pick("max", "maximum"),
          ...nullable,
        },
      };
    case "boolean":
      return { optional, schema: { type: "boolean", ...nullable } };
    case "enum":
      return { optional, schema: { type: "string", enum: r.values, ...nullable } };
    case "array":
      return {
        optional,
        schema: {
          type: "array",
          ...(r.items ? { items: ruleToSchema(r.items as Rule).schema } : {}),
          ...pick("min", "minItems"),
          ...pick("max", "maxItems"),
        },
      };
    default:
      return { optional, schema: {} };
  }
}

/** An action's params as an object schema (without the path parameters). */
function paramsSchema(
  params: Record<string, Rule>,
  exclude: string[],
): { schema: JsonSchema; fields: [string, JsonSchema, boolean][] } {
  const fields = Object.entries(params)
    .filter(([name]) => !name.startsWith("$$") && !exclude.includes(name))
    .map(([name, rule]) => {
      const { schema, optional } = ruleToSchema(rule);
      return [name, schema, !optional] as [string, JsonSchema, boolean];
    });
  const required = fields.filter(([, , req]) => req).map(([name]) => name);
  return {
    fields,
    schema: {
      type: "object",
      properties: Object.fromEntries(fields.map(([name, schema]) => [name, schema])),
      ...(required.length ? { required } : {}),
    },
  };
}

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
function openApiPath(path: string): string {
  return API_PREFIX + path.replace(/:(\w+)/g, "{$1}");
}

function operation(route: Route) {
  const pathNames = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const params: object[] = pathNames.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  const raw = "rawBody" in (route.params ?? {});
  // A raw-body action (a signed webhook) gets the bytes and headers as sent, not JSON fields.
  const declared = paramsSchema(
    (route.params ?? {}) as Record<string, Rule>,
    raw ? [...pathNames, "rawBody", "headers"] : pathNames,
  );
  if (raw) params.push(...SIGNATURE_HEADERS);
  const hasBody = ["POST", "PATCH", "PUT"].includes(route.method);
  if (!hasBody) {
    for (const [name, schema, required] of declared.fields) params.push({ name, in: "query", required, schema });
  }
  if (route.method === "POST") params.push(idempotencyKeyParam(route.idempotency === "required"));
  const status = String(route.status);
  const errors = { $ref: "#/components/responses/Problem" };
  return {
    operationId: route.action,
    summary: route.summary,
    tags: [route.tag],
    security: route.access === "public" ? [] : [{ bearer: [] }, { apiKey: [] }],
    parameters: params,
    ...(hasBody
      ? {
          requestBody: {
            required: declared.fields.some(([, , required]) => required),
            content: {
              "application/json": {
                schema: raw
                  ? { type: "object", description: "Verified over the raw bytes, then parsed" }
                  : declared.schema,
              },
            },
          },
        }
      : {}),
    responses: {
      [status]:
        status === "204"
          ? { description: "No content" }
          : { description: "OK", content: { "application/json": { schema: { type: "object" } } } },
      "400": errors,
      ...(route.access === "public" ? {} : { "401": errors, "403": errors }),
      "404": errors,
      ...(route.method === "POST" ? { "409": errors } : {}),
      "422": errors,
      "429": errors,
      "503": errors,
    },
  };
}

export function buildOpenApi(routes: Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: "3.0.3",
    info: { title: "meshwork API", version: "1.0.0", description: "SaaS platform backend on the Moleculer mesh" },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
        apiKey: { type: "apiKey", in: "header", name: "X-API-Key" },
      },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "code"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            code: { type: "string" },
            errors: {
              type: "array",
              items: { type: "object", properties: { field: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
      },
      responses: {
        Problem: {
          description: "RFC 9457 problem",
          content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
        },
      },
    },
  };
}

/** A dependency-free page listing the routes from /openapi.json. */
export function docsPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>meshwork API</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:60rem}code{background:#f3f3f3;padding:0 .3em}
.m{display:inline-block;width:4.5em;font-weight:bold}.pub{color:#080}.tag{margin-top:1.5em;font-size:1.1em}</style></head>
<body><h1>meshwork API</h1><p>Machine-readable: <a href="/openapi.json">/openapi.json</a>. Errors are <code>application/problem+json</code>.</p>
<div id="routes">Loading…</div>
<script>
fetch("/openapi.json").then(r => r.json()).then(doc => {
  const rows = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) rows.push({ path, method, op });
  rows.sort((a, b) => a.op.tags[0].localeCompare(b.op.tags[0]));
  let tag = "", html = "";
  for (const { path, method, op } of rows) {
    if (op.tags[0] !== tag) { tag = op.tags[0]; html += '<div class="tag">' + tag + "</div>"; }
    const pub = op.security.length === 0 ? ' <span class="pub">public</span>' : "";
    html += '<div><span class="m">' + method.toUpperCase() + "</span><code>" + path + "</code> " + op.summary + pub + "</div>";
  }
  document.getElementById("routes").innerHTML = html;
});
</script></body></html>`;
}
