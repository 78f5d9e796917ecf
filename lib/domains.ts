/** Finds the domains: every `services/<domain>/<domain>.service.ts`, its schema and the routes it declares. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServiceSchema } from "moleculer";
import { routesOf, type Route } from "./actions.js";

export const SERVICES_DIR = fileURLToPath(new URL("../services", import.meta.url));

function schemaFile(name: string, dir: string): string | null {
  for (const ext of ["ts", "js"]) {
    const file = join(dir, name, `${name}.service.${ext}`);
    if (existsSync(file)) return file;
  }
  return null;
}

/** Every domain folder that holds its schema file, sorted. */
export function availableServices(dir = SERVICES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && schemaFile(entry.name, dir))
    .map((entry) => entry.name)
    .sort();
}

export async function loadServiceSchema(name: string, dir = SERVICES_DIR): Promise<ServiceSchema> {
  const file = schemaFile(name, dir);
  if (!file) throw new Error(`no service schema for ${name} in ${dir}`);
  const mod = (await import(pathToFileURL(file).href)) as { default: ServiceSchema };
  return mod.default;
}

/** The schema of every domain, whether or not this node runs it. */
export async function allSchemas(opts: { exclude?: string[]; dir?: string } = {}): Promise<ServiceSchema[]> {
  const { exclude = [], dir = SERVICES_DIR } = opts;
  const names = availableServices(dir).filter((name) => !exclude.includes(name));
  return Promise.all(names.map((name) => loadServiceSchema(name, dir)));
}

/**
 * Every route every domain declares, whether or not this node runs it: a gateway knows a route
 * whose service is down, and answers 503 for it rather than 404.
 */
export async function allRoutes(opts: { exclude?: string[]; dir?: string } = {}): Promise<Route[]> {
  const routes = (await allSchemas(opts)).flatMap(routesOf);
  const seen = new Map<string, string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    const other = seen.get(key);
    if (other) throw new Error(`${key} is declared by both ${other} and ${route.action}`);
    seen.set(key, route.action);
  }
  return routes;
}
