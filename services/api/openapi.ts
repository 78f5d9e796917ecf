/** OpenAPI 3 document and a small browsable page, generated from the route table. */
import { API_PREFIX, type RouteSpec } from "./routes.js";

/** path-to-regexp `:id` → OpenAPI `{id}`. */
function openApiPath(path: string): string {
  return API_PREFIX + path.replace(/:(\w+)/g, "{$1}");
}

function operation(route: RouteSpec) {
  const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  }));
  const status = String(route.status ?? 200);
  const errors = { $ref: "#/components/responses/Problem" };
  return {
    operationId: route.action,
    summary: route.summary,
    tags: [route.tag],
    security: route.access === "public" ? [] : [{ bearer: [] }, { apiKey: [] }],
    parameters: params,
    ...(["POST", "PATCH", "PUT"].includes(route.method)
      ? { requestBody: { required: false, content: { "application/json": { schema: { type: "object" } } } } }
      : {}),
    responses: {
      [status]:
        status === "204"
          ? { description: "No content" }
          : { description: "OK", content: { "application/json": { schema: { type: "object" } } } },
      "400": errors,
      ...(route.access === "public" ? {} : { "401": errors, "403": errors }),
      "404": errors,
      "422": errors,
      "429": errors,
      "503": errors,
    },
  };
}

export function buildOpenApi(routes: RouteSpec[]) {
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
