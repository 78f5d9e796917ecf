/**
 * Routes, access and team rules live on the action (DESIGN §1): this module types them (an
 * augmentation of moleculer's ActionSchema) and reads them back out of service schemas.
 */
import type { ActionSchema, ServiceSchema } from "moleculer";
import type {} from "moleculer-web"; // declares `rest` on ActionSchema
import type { TeamRule } from "./access.js";

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
}

export const API_PREFIX = "/api/v1";
const REST = /^(GET|POST|PATCH|PUT|DELETE) (\/\S*)$/;

/** Splits `"POST /projects/:id/tasks"`; anything else is a programming error caught at boot. */
export function parseRest(rest: unknown, action: string): { method: HttpMethod; path: string } {
  const match = typeof rest === "string" ? REST.exec(rest) : null;
  if (!match) throw new Error(`${action}: rest must be "METHOD /path", got ${JSON.stringify(rest)}`);
  return { method: match[1] as HttpMethod, path: match[2] };
}

/** The routes a service schema declares on its actions. */
export function routesOf(schema: ServiceSchema): Route[] {
  const routes: Route[] = [];
  for (const [key, def] of Object.entries(schema.actions ?? {})) {
    if (typeof def !== "object" || !def.rest) continue;
    const action = `${schema.name}.${def.name ?? key}`;
    if (!def.access) throw new Error(`${action} has a route but no access declaration`);
    routes.push({
      ...parseRest(def.rest, action),
      action,
      access: def.access,
      status: def.status ?? 200,
      location: def.location,
      summary: def.summary ?? "",
      tag: schema.name,
      team: def.team,
      params: def.params,
      idempotency: def.idempotency,
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
