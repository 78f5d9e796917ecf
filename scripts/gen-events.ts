/**
 * `npm run events:gen`: one TypeScript module per schema, from events/envelope.proto (events/envelope.ts) and
 * every events/<topic>/events.proto (events/<topic>/index.ts), plus events/topics.ts. protobufjs only: no protoc,
 * no protobufjs-cli. Each module holds
 *   - TypeScript types for each message (decoded `Name`, encoder input `IName`) and each enum (a const object
 *     plus the union of its values);
 *   - the schema as protobufjs reflection JSON (`root.toJSON()`), loaded with `Root.fromJSON` from
 *     protobufjs/light.js: nothing parses .proto files at runtime or needs them on disk, and the types and the
 *     runtime schema come from the same run of this script, so CI's freshness check covers both;
 *   - for a topic, TOPIC, SCHEMA_VERSION, EVENT_TYPES and typed encode/decode/toJSON.
 * Reflection builds its encoders and decoders at runtime with the same code generator pbjs's static modules are
 * printed from, so the bytes are the same (test/unit/events-wire.test.ts: fixtures of the former static code).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import protobuf from "protobufjs";

const ROOT = join(import.meta.dirname, "..");
const EVENTS = join(ROOT, "events");
const PRETTIER = join(ROOT, "node_modules", ".bin", "prettier");

const NUMBER = new Set(["double", "float", "int32", "uint32", "sint32", "fixed32", "sfixed32"]);
const INT64 = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);

function schemaVersion(source: string): number {
  const match = /\/\/\s*schema-version:\s*(\d+)/.exec(source);
  return match ? Number(match[1]) : 1;
}

/** The package's messages and enums, in .proto order; anything this generator can't type is an error. */
function declarations(root: protobuf.Root, pkg: string): { messages: protobuf.Type[]; enums: protobuf.Enum[] } {
  const ns = root.lookup(pkg);
  if (!(ns instanceof protobuf.Namespace)) throw new Error(`${pkg}: package not found`);
  const messages: protobuf.Type[] = [];
  const enums: protobuf.Enum[] = [];
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type) {
      if (nested.nestedArray.length) throw new Error(`${nested.fullName}: nested declarations are not supported`);
      if (nested.oneofsArray.length) throw new Error(`${nested.fullName}: oneof/optional is not supported`);
      messages.push(nested);
    } else if (nested instanceof protobuf.Enum) enums.push(nested);
    else throw new Error(`${pkg}.${nested.name}: unsupported declaration`);
  }
  return { messages, enums };
}

/** TypeScript type of one field: as decoded (scalars always present) or as encoder input. */
function fieldType(field: protobuf.Field, input: boolean): string {
  let type: string;
  if (field.resolvedType instanceof protobuf.Type) type = (input ? "I" : "") + field.resolvedType.name;
  else if (field.resolvedType instanceof protobuf.Enum) type = field.resolvedType.name;
  else if (field.type === "string") type = "string";
  else if (field.type === "bool") type = "boolean";
  else if (field.type === "bytes") type = "Uint8Array";
  else if (NUMBER.has(field.type)) type = "number";
  else if (INT64.has(field.type)) type = "Int64";
  else throw new Error(`${field.fullName}: unsupported type ${field.type}`);
  if (field instanceof protobuf.MapField) return `{ [key: string]: ${type} }`;
  return field.repeated ? `${type}[]` : type;
}

function messageTypes(type: protobuf.Type): string {
  const decoded = type.fieldsArray.map((f) =>
    f.resolvedType instanceof protobuf.Type && !f.repeated
      ? `  ${f.name}?: ${fieldType(f, false)} | null;`
      : `  ${f.name}: ${fieldType(f, false)};`,
  );
  const input = type.fieldsArray.map((f) => `  ${f.name}?: ${fieldType(f, true)} | null;`);
  const name = type.fullName.slice(1);
  return `/** ${name} as decoded. */
export interface ${type.name} {
${decoded.join("\n")}
}
/** ${name} as encoder input. */
export interface I${type.name} {
${input.join("\n")}
}
`;
}

function enumTypes(enumType: protobuf.Enum): string {
  const values = Object.entries(enumType.values).map(([name, id]) => `${name}: ${id}`);
  return `export const ${enumType.name} = { ${values.join(", ")} } as const;
export type ${enumType.name} = (typeof ${enumType.name})[keyof typeof ${enumType.name}];
`;
}

/**
 * root.toJSON() without `protoName` (the snake_case name, which only ProtoJSON and descriptor conversion read, and
 * which protobufjs's IField type leaves out): everything the binary codec and toObject use.
 */
function descriptor(root: protobuf.Root): string {
  return JSON.stringify(root.toJSON(), (key, value: unknown) => (key === "protoName" ? undefined : value));
}

/** Types for every declaration of `pkg`, and the reflection root built from the schema's JSON. */
function schemaModule(root: protobuf.Root, pkg: string): string {
  const { messages, enums } = declarations(root, pkg);
  const int64 = messages.some((m) => m.fieldsArray.some((f) => INT64.has(f.type)));
  return `import protobuf from "protobufjs/light.js";

${int64 ? "/** int64 fields decode to a Long (protobufjs depends on long.js); encode takes a number or a Long. */\ntype Int64 = number | protobuf.Long;\n" : ""}
${enums.map(enumTypes).join("\n")}
${messages.map(messageTypes).join("\n")}
// The schema as protobufjs reflection JSON (root.toJSON() of the .proto): no .proto parsing at runtime.
const root = protobuf.Root.fromJSON(${descriptor(root)});
`;
}

function parse(file: string): { source: string; root: protobuf.Root } {
  const source = readFileSync(file, "utf8");
  const root = protobuf.parse(source, { keepCase: false }).root;
  root.resolveAll();
  return { source, root };
}

function envelopeModule(): string {
  const { root } = parse(join(EVENTS, "envelope.proto"));
  return `// Generated by scripts/gen-events.ts from events/envelope.proto. Do not edit: run npm run events:gen.
${schemaModule(root, "meshwork.events")}
/** Reflected meshwork.events.Envelope (encode, decode, fromObject, toObject). lib/events/envelope.ts wraps it. */
export const Envelope = root.lookupType("meshwork.events.Envelope");
`;
}

function topicModule(topic: string): string {
  const pkg = `meshwork.events.${topic}`;
  const { source, root } = parse(join(EVENTS, topic, "events.proto"));
  const enumType = root.lookupEnum(`${pkg}.EventType`);
  root.lookupType(`${pkg}.Event`);
  const names = Object.keys(enumType.values).filter((n) => enumType.values[n] !== 0);
  return `// Generated by scripts/gen-events.ts from events/${topic}/events.proto. Do not edit: run npm run events:gen.
${schemaModule(root, pkg)}
export const TOPIC = "${topic}" as const;
export const SCHEMA_VERSION = ${schemaVersion(source)};

export type EventTypeName = ${names.map((n) => JSON.stringify(n)).join(" | ")};
export const EVENT_TYPES: readonly EventTypeName[] = ${JSON.stringify(names)};

export type EventInput = Omit<IEvent, "type">;
/** Reflected ${pkg}.Event, looked up once. */
export const Event = root.lookupType("${pkg}.Event");

/** Encodes one ${topic} event of the given type. */
export function encode(type: EventTypeName, fields: EventInput = {}): Uint8Array {
  return Event.encode(Event.fromObject({ ...fields, type: EventType[type] })).finish();
}

export function decode(bytes: Uint8Array): Event {
  return Event.decode(bytes) as unknown as Event;
}

/** Plain JSON view: enum names as strings, int64 as numbers, defaults included. */
export function toJSON(event: Event): Record<string, unknown> {
  return Event.toObject(event as unknown as protobuf.Message, { enums: String, longs: Number, defaults: true, arrays: true });
}
`;
}

const topics = readdirSync(EVENTS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(EVENTS, d.name, "events.proto")))
  .map((d) => d.name)
  .sort();

const written: string[] = [join(EVENTS, "envelope.ts")];
writeFileSync(written[0], envelopeModule());
for (const topic of topics) {
  const file = join(EVENTS, topic, "index.ts");
  writeFileSync(file, topicModule(topic));
  written.push(file);
}
writeFileSync(
  join(EVENTS, "topics.ts"),
  `// Generated by scripts/gen-events.ts. Do not edit: run npm run events:gen.
${topics.map((t) => `import * as ${t} from "./${t}/index.js";`).join("\n")}

export const TOPICS = ${JSON.stringify(topics)} as const;
export type Topic = (typeof TOPICS)[number];
export const topicModules = { ${topics.join(", ")} };
`,
);
written.push(join(EVENTS, "topics.ts"));
execFileSync(PRETTIER, ["--write", "--log-level", "warn", ...written], { stdio: "inherit" });
console.log(`events: generated envelope + ${topics.length} topics (${topics.join(", ")})`);
