/**
 * Routes, access and team rules live on the action (DESIGN §1): this module types them (an
 * augmentation of moleculer's ActionSchema) and reads them back out of service schemas.
 */
import type { ActionSchema, ServiceSchema } from "moleculer";
import type {} from "moleculer-web"; // declares `rest` on ActionSchema
import type { TeamRule } from "./access.js";
import type { ResponseDeclaration } from "./schemas.js";

export type Access = "public" | "user" | "admin";
export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

declare module "moleculer" {
  interface ActionSchema {
    // `rest: "METHOD /path"` (under /api/v1) is declared by moleculer-web's own augmentation.
    /** Who may call it: `public` needs no credential, `user` any signed-in caller, `admin` the admin role. */
    access?: Access;
    /** The role the caller needs in the team that owns the resource. */
    team?: TeamRule;
    /** The success status the gateway answers with (default 200; 204 sends no body). */
    status?: number;
    /** `Location` of a created resource, e.g. "/projects/:id", filled from the result's fields. */
    location?: string;
    /** One line for the API reference. */
    summary?: string;
    /**
     * `"required"`: a POST that moves money refuses to run without an `Idempotency-Key`
     * (400 IDEMPOTENCY_KEY_REQUIRED, DESIGN §4). Every other POST honours the header when sent.
     */
    idempotency?: "required";
    /**
     * The success answer's shape, as JSON Schema (lib/schemas.ts), or `noContent` (null) for a 204.
     * Required on every routed action: /openapi.json and the black-box suites' checks read it.
     */
    response?: ResponseDeclaration;
    /** The operation's stable name in the API reference and the client, e.g. `createTask`. */
    operationId?: string;
    /**
     * Error statuses the route answers besides those the gateway derives from its declaration
     * (services/api/openapi.ts), e.g. 401 on a public sign-in that refuses a password.
     */
    problems?: number[];
  }
}

/** One HTTP route, read from an action's declaration. */
export interface Route {
  method: HttpMethod;
  /** Path under /api/v1, path-to-regexp 8 syntax. */
  path: string;
  /** Full action name, `<service>.<action>`. */
  action: string;
  access: Access;
  status: number;
  location?: string;
  summary: string;
  /** The domain: the service name. */
  tag: string;
  team?: TeamRule;
  params?: ActionSchema["params"];
  /** `"required"` when the route refuses to run without an `Idempotency-Key` (money routes). */
  idempotency?: "required";
  // routesOf always sets the three below; a route made by hand (a test's) may leave them out.
  /** The success answer's JSON Schema; null for no body (204). */
  response?: ResponseDeclaration;
  /** Stable, unique across the API (buildOpenApi refuses a duplicate at boot). */
  operationId?: string;
  /** Extra error statuses the action declares. */
  problems?: number[];
}

export const API_PREFIX = "/api/v1";
const REST = /^(GET|POST|PATCH|PUT|DELETE) (\/\S*)$/;

/** Splits `"POST /projects/:id/tasks"`; anything else is a programming error caught at boot. */
export function parseRest(rest: unknown, action: string): { method: HttpMethod; path: string } {
  const match = typeof rest === "string" ? REST.exec(rest) : null;
  if (!match) throw new Error(`${action}: rest must be "METHOD /path", got ${JSON.stringify(rest)}`);
  return { method: match[1] as HttpMethod, path: match[2] };
}

const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;

/**
 * A route's answer must be declared, and agree with its status: a 204 has no body (`noContent`),
 * anything else a schema. A programming error, caught when the routes are read at boot.
 */
function checkResponse(action: string, status: number, response: ResponseDeclaration | undefined): void {
  if (response === undefined) throw new Error(`${action} has a route but no response declaration`);
  if (status === 204 && response !== null) throw new Error(`${action} answers 204: its response must be noContent`);
  if (status !== 204 && (response === null || typeof response !== "object")) {
    throw new Error(`${action} answers ${status}: its response must be a JSON Schema`);
  }
}

/** The declared operationId, or the action's own name: camelCase either way. */
function operationIdOf(action: string, key: string, declared: string | undefined): string {
  const id = declared ?? key;
  if (!OPERATION_ID.test(id)) throw new Error(`${action}: operationId must be camelCase, got ${JSON.stringify(id)}`);
  return id;
}

/** The routes a service schema declares on its actions. */
export function routesOf(schema: ServiceSchema): Route[] {
  const routes: Route[] = [];
  for (const [key, def] of Object.entries(schema.actions ?? {})) {
    if (typeof def !== "object" || !def.rest) continue;
    const action = `${schema.name}.${def.name ?? key}`;
    if (!def.access) throw new Error(`${action} has a route but no access declaration`);
    const status = def.status ?? 200;
    checkResponse(action, status, def.response);
    routes.push({
      ...parseRest(def.rest, action),
      action,
      access: def.access,
      status,
      location: def.location,
      summary: def.summary ?? "",
      tag: schema.name,
      team: def.team,
      params: def.params,
      idempotency: def.idempotency,
      response: def.response ?? null,
      operationId: operationIdOf(action, def.name ?? key, def.operationId),
      problems: def.problems ?? [],
    });
  }
  return routes;
}

/** Fills a `Location` template's `:name` parts from the created entity. */
export function locationOf(template: string, result: unknown): string | null {
  const fields = (result ?? {}) as Record<string, unknown>;
  let missing = false;
  const path = template.replace(/:(\w+)/g, (_all, name: string) => {
    const value = fields[name];
    if (typeof value !== "string" && typeof value !== "number") missing = true;
    return encodeURIComponent(String(value));
  });
  return missing ? null : `${API_PREFIX}${path}`;
}
