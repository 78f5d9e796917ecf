/**
 * The API reference: /openapi.json, and Swagger UI at /docs served from the swagger-ui-dist package's
 * own files (no CDN, works offline), with "try it out" against this same gateway (the spec's server
 * is "/", so calls are same-origin) and the Authorize dialog for a bearer token or an API key.
 *
 * Everything here is sent with a Content-Security-Policy that allows only this origin: the page has
 * no inline script (its start-up is /docs/init.js), and images may also be data: URIs (Swagger UI's
 * icons). `nosniff` and `Referrer-Policy: no-referrer` go with it.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { OpenApiDocument } from "./openapi.js";

export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SWAGGER_UI_DIR = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

/** The package's files /docs needs, and their media types. */
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

/** Swagger UI's start-up: a file of its own, since the CSP refuses inline scripts. */
const INIT_JS = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    displayOperationId: true,
    displayRequestDuration: true,
    docExpansion: "list",
    filter: true,
    // Offline: no call to the public validator.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
`;

/** Slightly more room than Swagger UI's default, in a file (the CSP refuses inline styles). */
const PAGE_CSS = `body { margin: 0; background: #fafafa; }
.meshwork-head { padding: 12px 20px; font: 14px system-ui, sans-serif; border-bottom: 1px solid #ddd; background: #fff; }
.meshwork-head a { margin-right: 1em; }
noscript table { border-collapse: collapse; margin: 20px; font: 14px system-ui, sans-serif; }
noscript td { padding: 2px 10px; border-bottom: 1px solid #eee; }
`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** Without JavaScript the page still lists every operation. */
function operationTable(doc: OpenApiDocument): string {
  const rows: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops as Record<string, { summary?: string; tags?: string[] }>)) {
      rows.push(
        `<tr><td>${escapeHtml(op.tags?.[0] ?? "")}</td><td><code>${method.toUpperCase()} ${escapeHtml(path)}</code></td>` +
          `<td>${escapeHtml(op.summary ?? "")}</td></tr>`,
      );
    }
  }
  return `<table>${rows.join("")}</table>`;
}

function docsPage(doc: OpenApiDocument): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>meshwork API</title>
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="stylesheet" href="/docs/page.css">
</head>
<body>
<div class="meshwork-head"><strong>meshwork API</strong> · <a href="/openapi.json">/openapi.json</a>
Errors are <code>application/problem+json</code>. Sign up or sign in, then <em>Authorize</em> with the accessToken.</div>
<div id="swagger-ui"></div>
<noscript>${operationTable(doc)}</noscript>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;
}

/** The security headers /docs, its files and /openapi.json are sent with. */
function secure(res: ServerResponse, type: string): void {
  res.setHeader("Content-Type", type);
  res.setHeader("Content-Security-Policy", DOCS_CSP);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
}

const assets = new Map<string, Buffer>();

/** A file of the package, read once per process when the first gateway starts: a missing one fails the boot. */
function asset(file: string): Buffer {
  let bytes = assets.get(file);
  if (!bytes) assets.set(file, (bytes = readFileSync(join(SWAGGER_UI_DIR, file))));
  return bytes;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function serve(type: string, body: string | Buffer, cache: string): Handler {
  return (_req, res) => {
    secure(res, type);
    res.setHeader("Cache-Control", cache);
    res.setHeader("Content-Length", Buffer.byteLength(body));
    res.end(body);
  };
}

/** The gateway route of /openapi.json and /docs (moleculer-web route options), public, with no body parser. */
export function docsRoute(doc: OpenApiDocument) {
  const aliases: Record<string, Handler> = {
    "GET /openapi.json": serve("application/json; charset=utf-8", JSON.stringify(doc), "no-cache"),
    "GET /docs": serve("text/html; charset=utf-8", docsPage(doc), "no-cache"),
    "GET /docs/init.js": serve("text/javascript; charset=utf-8", INIT_JS, "no-cache"),
    "GET /docs/page.css": serve("text/css; charset=utf-8", PAGE_CSS, "no-cache"),
  };
  for (const [file, type] of Object.entries(ASSETS)) {
    aliases[`GET /docs/${file}`] = serve(type, asset(file), "public, max-age=86400");
  }
  return {
    name: "docs",
    path: "/",
    mappingPolicy: "restrict",
    authentication: false,
    bodyParsers: false,
    aliases,
  };
}
