/**
 * Response declarations are JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1): an action says
 * `response: project` beside its `params`, the gateway's /openapi.json carries it as it is, and the
 * black-box suites validate every answer against it with ajv. These are the pieces every domain
 * shares; a domain's own shapes live in its `services/<domain>/responses.ts`.
 *
 * Objects are closed (`additionalProperties: false`) and every property is required unless named
 * optional, so a handler that leaks a field or drops one fails a test. A schema with a `title` becomes
 * a named component of the spec (`#/components/schemas/<title>`) and a named type of the client.
 */

export interface JsonSchema {
  title?: string;
  description?: string;
  type?: string | string[];
  format?: string;
  enum?: readonly unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  $ref?: string;
  /** `text/event-stream` on a streamed answer: the spec shows that media type instead of JSON. */
  contentMediaType?: string;
  [keyword: string]: unknown;
}

/**
 * What an action answers: a JSON Schema, or `noContent` (null) for a 204 without a body.
 * Required on every routed action (lib/actions.ts checks it when routes are read at boot).
 */
export type ResponseDeclaration = JsonSchema | null;

/** A 204's declaration: no body. */
export const noContent = null;

export const uuid: JsonSchema = { type: "string", format: "uuid" };
/** An instant as the API writes it: ISO 8601 in UTC, e.g. 2025-01-31T09:30:00.000Z. */
export const instant: JsonSchema = { type: "string", format: "date-time" };
export const text: JsonSchema = { type: "string" };
export const bool: JsonSchema = { type: "boolean" };
export const integer: JsonSchema = { type: "integer" };
/** A count of things: 0 or more. */
export const count: JsonSchema = { type: "integer", minimum: 0 };
/** Money: integer cents, never a float, within JavaScript's safe integers. Field names end in `Cents`. */
export const money: JsonSchema = {
  type: "integer",
  minimum: -Number.MAX_SAFE_INTEGER,
  maximum: Number.MAX_SAFE_INTEGER,
  description: "Integer cents",
};
/** A JSON object whose members the schema doesn't fix (an event's payload). */
export const anyObject: JsonSchema = { type: "object", additionalProperties: true };
/** A flat map of scalar values (a customer's or product's `extraFields`). */
export const scalarMap: JsonSchema = {
  type: "object",
  additionalProperties: { type: ["string", "number", "boolean", "null"] },
};

export function oneOf(values: readonly string[]): JsonSchema {
  return { type: "string", enum: values };
}

export function arrayOf(items: JsonSchema): JsonSchema {
  return { type: "array", items };
}

/** `schema` or null. A named schema stays whole (it becomes a reference), the rest gain "null" in their type. */
export function nullable(schema: JsonSchema): JsonSchema {
  if (schema.title || schema.$ref || !schema.type) return { anyOf: [schema, { type: "null" }] };
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const nulled: JsonSchema = { ...schema, type: [...types, "null"] };
  if (schema.enum) nulled.enum = [...schema.enum, null];
  return nulled;
}

export interface ObjectOptions {
  /** The component name (and client type name). */
  title?: string;
  description?: string;
  /** Properties that may be absent; all others are required. */
  optional?: readonly string[];
}

/** A closed object: exactly these properties, all required unless named in `optional`. */
export function object(properties: Record<string, JsonSchema>, options: ObjectOptions = {}): JsonSchema {
  const optional = new Set(options.optional ?? []);
  for (const name of optional) {
    if (!(name in properties)) throw new Error(`optional property ${name} is not a property`);
  }
  return {
    ...(options.title ? { title: options.title } : {}),
    ...(options.description ? { description: options.description } : {}),
    type: "object",
    properties,
    required: Object.keys(properties).filter((name) => !optional.has(name)),
    additionalProperties: false,
  };
}

/** The list envelope of DESIGN §4 (`?page=&pageSize=`), named `<Item>Page` after a named item. */
export function page(item: JsonSchema): JsonSchema {
  return object(
    {
      rows: arrayOf(item),
      total: count,
      page: { type: "integer", minimum: 1 },
      pageSize: { type: "integer", minimum: 1, maximum: 100 },
      totalPages: count,
    },
    item.title ? { title: `${item.title}Page`, description: `A page of ${item.title} rows` } : {},
  );
}

/** A cursor list (`?cursor=&limit=`): pass `nextCursor` back as `cursor`; null at the end. */
export function cursorPage(item: JsonSchema): JsonSchema {
  return object(
    { rows: arrayOf(item), nextCursor: nullable({ type: "string" }) },
    item.title ? { title: `${item.title}CursorPage`, description: `A cursor page of ${item.title} rows` } : {},
  );
}

/** A Server-Sent Events answer (`text/event-stream`), described in words. */
export function eventStream(description: string): JsonSchema {
  return { type: "string", contentMediaType: "text/event-stream", description };
}
