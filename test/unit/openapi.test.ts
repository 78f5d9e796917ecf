/**
 * The API's contract as data: every routed action declares its answer, the OpenAPI 3.1 document built
 * from the declarations is valid (swagger-parser), and the conventions hold across every route
 * (lists, creates, ids, camelCase, cents, no internal columns).
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import type { ServiceSchema } from "moleculer";
import { describe, expect, it } from "vitest";
import { routesOf, type Route } from "../../lib/actions.js";
import { allRoutes } from "../../lib/domains.js";
import { noContent, object, page, text, uuid, type JsonSchema } from "../../lib/schemas.js";
import { buildOpenApi, openApiPath, ruleToSchema } from "../../services/api/openapi.js";

const ROUTES = await allRoutes({ exclude: ["api"] });
const DOC = buildOpenApi(ROUTES);

interface OperationDoc {
  operationId: string;
  tags: string[];
  security: unknown[];
  parameters: { name: string; in: string; required: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { $ref?: string; headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
}

const operationOf = (route: Route) =>
  (DOC.paths[openApiPath(route.path)] as Record<string, OperationDoc>)[route.method.toLowerCase()];

/** Every schema reachable in the document, with the property path it sits at. */
function* schemasIn(schema: JsonSchema, at: string): Generator<[string, JsonSchema]> {
  yield [at, schema];
  for (const [name, child] of Object.entries(schema.properties ?? {})) yield* schemasIn(child, `${at}.${name}`);
  if (schema.items) yield* schemasIn(schema.items, `${at}[]`);
  for (const child of schema.anyOf ?? []) yield* schemasIn(child, at);
  if (typeof schema.additionalProperties === "object") yield* schemasIn(schema.additionalProperties, `${at}{}`);
}

/** Every property name of every response schema and request body, with where it is. */
function propertyNames(): [string, string, JsonSchema][] {
  const roots: [string, JsonSchema][] = Object.entries(DOC.components.schemas as Record<string, JsonSchema>);
  for (const route of ROUTES) {
    const body = operationOf(route).requestBody?.content["application/json"]?.schema;
    if (body) roots.push([`${route.method} ${route.path} body`, body]);
  }
  const found: [string, string, JsonSchema][] = [];
  for (const [name, root] of roots) {
    for (const [at, schema] of schemasIn(root, name)) {
      for (const [prop, child] of Object.entries(schema.properties ?? {})) found.push([prop, `${at}.${prop}`, child]);
    }
  }
  return found;
}

const schemaOf = (actions: ServiceSchema["actions"]): ServiceSchema => ({ name: "demo", actions });

describe("response declarations", () => {
  it("are on every routed action of every domain: a schema, or noContent exactly for 204", () => {
    expect(ROUTES.length).toBeGreaterThan(50);
    for (const route of ROUTES) {
      expect(route.response, route.action).not.toBeUndefined();
      if (route.status === 204) expect(route.response, route.action).toBeNull();
      else expect(route.response, route.action).toMatchObject({});
    }
  });

  it("are required when the routes are read at boot", () => {
    const handler = async () => null;
    expect(() => routesOf(schemaOf({ a: { rest: "GET /a", access: "user", handler } }))).toThrow(
      "demo.a has a route but no response declaration",
    );
    expect(() =>
      routesOf(
        schemaOf({ a: { rest: "DELETE /a", status: 204, access: "user", response: { type: "object" }, handler } }),
      ),
    ).toThrow("its response must be noContent");
    expect(() => routesOf(schemaOf({ a: { rest: "GET /a", access: "user", response: noContent, handler } }))).toThrow(
      "its response must be a JSON Schema",
    );
    expect(() =>
      routesOf(schemaOf({ a: { rest: "GET /a", access: "user", response: {}, operationId: "get-a", handler } })),
    ).toThrow("operationId must be camelCase");
    // An internal action (no route) declares nothing.
    expect(routesOf(schemaOf({ internal: { handler } }))).toEqual([]);
  });

  it("build closed objects: every property required unless named optional", () => {
    expect(object({ id: uuid, note: text }, { optional: ["note"] })).toEqual({
      type: "object",
      properties: { id: uuid, note: text },
      required: ["id"],
      additionalProperties: false,
    });
    expect(() => object({ id: uuid }, { optional: ["nope"] })).toThrow("optional property nope");
    expect(page(object({ id: uuid }, { title: "Thing" }))).toMatchObject({
      title: "ThingPage",
      required: ["rows", "total", "page", "pageSize", "totalPages"],
    });
  });
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (swagger-parser)", async () => {
    expect(DOC.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(DOC) as never)).resolves.toBeTruthy();
  });

  it("has one operation per route, with a unique, human operationId", () => {
    const ids = ROUTES.map((route) => operationOf(route).operationId);
    expect(new Set(ids).size).toBe(ROUTES.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+[A-Z][A-Za-z]*$|^(signup|login|logout)$/);
    expect(operationOf(ROUTES.find((r) => r.action === "projects.createTask")!).operationId).toBe("createTask");
    const twice = ROUTES.find((r) => r.action === "projects.createTask")!;
    expect(() => buildOpenApi([twice, { ...twice, path: "/other", action: "projects.other" }])).toThrow(
      "operationId createTask is declared by both projects.createTask and projects.other",
    );
  });

  it("lists every domain as a tag, and tags each operation with its domain", () => {
    const tags = DOC.tags.map((t) => t.name);
    expect(tags).toEqual([...new Set(ROUTES.map((r) => r.tag))].sort());
    expect(tags).toEqual(expect.arrayContaining(["users", "teams", "projects", "billing", "notifications"]));
    for (const route of ROUTES) expect(operationOf(route).tags).toEqual([route.tag]);
  });

  it("marks public routes as needing no credential, and offers bearer JWT or X-API-Key elsewhere", () => {
    expect(DOC.components.securitySchemes).toMatchObject({
      bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
      apiKey: { type: "apiKey", in: "header", name: "X-API-Key" },
    });
    for (const route of ROUTES) {
      const op = operationOf(route);
      if (route.access === "public") {
        expect(op.security, route.action).toEqual([]);
        // A public route answers 401 only where it refuses credentials of its own (sign-in, refresh).
        expect(Boolean(op.responses["401"]), route.action).toBe(Boolean(route.problems?.includes(401)));
      } else {
        expect(op.security, route.action).toEqual([{ bearer: [] }, { apiKey: [] }]);
        expect(op.responses["401"], route.action).toEqual({ $ref: "#/components/responses/Unauthorized" });
      }
    }
  });

  it("answers each route's success with its status, declared schema and headers", () => {
    for (const route of ROUTES) {
      const success = operationOf(route).responses[String(route.status)];
      expect(success, route.action).toBeDefined();
      expect(success.headers, route.action).toHaveProperty("X-Request-Id");
      if (route.status === 204) expect(success.content, route.action).toBeUndefined();
      else expect(Object.keys(success.content ?? {}), route.action).toHaveLength(1);
      if (route.location) expect(success.headers, route.action).toHaveProperty("Location");
      if (route.team) expect(success.headers, route.action).toHaveProperty("RateLimit-Remaining");
      if (route.method === "POST") {
        expect(operationOf(route).parameters, route.action).toContainEqual(
          expect.objectContaining({
            name: "Idempotency-Key",
            in: "header",
            required: route.idempotency === "required",
          }),
        );
      }
    }
    const signup = operationOf(ROUTES.find((r) => r.action === "users.signup")!);
    expect(signup.responses["201"].content).toEqual({
      "application/json": { schema: { $ref: "#/components/schemas/Session" } },
    });
  });

  it("gives every route its problem+json errors: 422 with errors[] where it takes params, 429 and 503 everywhere", () => {
    const problem = DOC.components.schemas.Problem as JsonSchema;
    expect(problem.required).toEqual(["type", "title", "status", "detail", "code"]);
    expect(problem.properties?.errors?.items?.required).toEqual(["field", "message"]);
    for (const route of ROUTES) {
      const { responses } = operationOf(route);
      expect(responses["429"], route.action).toEqual({ $ref: "#/components/responses/TooManyRequests" });
      expect(responses["503"], route.action).toEqual({ $ref: "#/components/responses/ServiceUnavailable" });
      const takesParams = Object.keys(route.params ?? {}).some((name) => !name.startsWith("$$"));
      if (takesParams) expect(responses["422"], route.action).toBeDefined();
      if (/:\w+/.test(route.path)) expect(responses["404"], route.action).toBeDefined();
      if (route.method !== "GET") expect(responses["409"], route.action).toBeDefined();
    }
    const responses = DOC.components.responses as Record<string, { content: Record<string, unknown> }>;
    for (const [name, response] of Object.entries(responses)) {
      expect(Object.keys(response.content), name).toEqual(["application/problem+json"]);
    }
  });

  it("documents params with their constraints, in the path, the query or the body", () => {
    const createTask = operationOf(ROUTES.find((r) => r.action === "projects.createTask")!);
    expect(createTask.parameters[0]).toEqual({
      name: "id",
      in: "path",
      required: true,
      schema: { type: "string", format: "uuid" },
    });
    expect(createTask.requestBody?.content["application/json"].schema).toMatchObject({
      required: ["columnId", "title"],
      properties: {
        title: { type: "string", minLength: 1, maxLength: 200 },
        points: { type: ["integer", "null"], minimum: 0, maximum: 1000 },
      },
    });
    const listProjects = operationOf(ROUTES.find((r) => r.action === "projects.list")!);
    expect(listProjects.parameters).toContainEqual({
      name: "pageSize",
      in: "query",
      required: false,
      schema: { type: "integer", minimum: 1, maximum: 100 },
    });
    expect(ruleToSchema("number|integer|min:0|optional")).toEqual({
      schema: { type: "integer", minimum: 0 },
      optional: true,
    });
    expect(ruleToSchema({ type: "string", pattern: /^\d+$/, nullable: true }).schema).toEqual({
      type: ["string", "null"],
      pattern: "^\\d+$",
    });
    expect(ruleToSchema({ type: "enum", values: ["a", "b"], nullable: true }).schema).toEqual({
      type: ["string", "null"],
      enum: ["a", "b", null],
    });
  });
});

describe("conventions across every route", () => {
  it("lists take page/pageSize and answer a page; cursor lists take cursor/limit and answer {rows, nextCursor}", () => {
    for (const route of ROUTES.filter((r) => r.method === "GET")) {
      const title = String(route.response?.title ?? "");
      const query = operationOf(route)
        .parameters.filter((p) => p.in === "query")
        .map((p) => p.name);
      if (title.endsWith("CursorPage")) {
        expect(query, route.action).toEqual(expect.arrayContaining(["cursor", "limit"]));
        expect(route.response?.required, route.action).toEqual(["rows", "nextCursor"]);
      } else if (title.endsWith("Page")) {
        expect(query, route.action).toEqual(expect.arrayContaining(["page", "pageSize"]));
        expect(route.response?.required, route.action).toEqual(["rows", "total", "page", "pageSize", "totalPages"]);
      } else {
        // Anything else is one resource: it takes no page.
        expect(query, route.action).not.toContain("page");
        expect(query, route.action).not.toContain("cursor");
      }
    }
  });

  it("creates answer 201 with Location, except resources that have no URL of their own", () => {
    // A column lives on its board, a comment on its task, invites and ledger entries in their lists.
    const withoutUrl = ["projects.createColumn", "projects.comment", "teams.invite", "billing.adjust"];
    for (const route of ROUTES.filter((r) => r.status === 201)) {
      if (withoutUrl.includes(route.action)) expect(route.location, route.action).toBeUndefined();
      else expect(route.location, route.action).toMatch(/^\/[\w/:-]+$/);
    }
  });

  it("path ids are UUIDs", () => {
    // An audit entity id is whatever its domain uses; a provider is a name.
    const notIds = ["GET /audit/entities/:entity/:id", "POST /billing/webhooks/:provider"];
    for (const route of ROUTES.filter((r) => !notIds.includes(`${r.method} ${r.path}`))) {
      for (const param of operationOf(route).parameters.filter((p) => p.in === "path")) {
        expect(param.schema, `${route.action} :${param.name}`).toEqual({ type: "string", format: "uuid" });
      }
    }
  });

  it("field names are camelCase, and money is integer cents in fields named …Cents", () => {
    const names = propertyNames();
    expect(names.length).toBeGreaterThan(100);
    for (const [name, where, schema] of names) {
      expect(name, where).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      if (/Cents/.test(name)) {
        const types = [schema.type ?? schema.anyOf?.map((s) => s.type)].flat();
        expect(
          types.filter((t) => t !== "null"),
          where,
        ).toEqual(["integer"]);
      }
      if (schema.description === "Integer cents") expect(name, where).toMatch(/Cents/);
    }
  });

  it("no schema carries an internal column: hashes, counters, locks, leases, revisions, provider refs", () => {
    const internal =
      /hash|salt|secret|password|taskSeq|revision|editedBy|lease|lock|envelope|receivedAt|triggerEventId|providerChargeId|paymentMethodRef|periodAnchor|deletedAt|bannedAt|revokedAt|spentAt|archivedAt/i;
    const responseProps = propertyNames().filter(([, where]) => !where.includes(" body"));
    for (const [name, where] of responseProps) expect(name, where).not.toMatch(internal);
  });
});
