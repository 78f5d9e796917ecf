/**
 * Wire-compatibility guard for events/*.proto against events/schema.lock.json (the schemas as they are
 * on main). `--check` fails when a field or enum number is removed, renumbered or retyped, or when the
 * lock is behind the .proto files; `--write` records the current schemas after a compatible change.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import protobuf from "protobufjs";

const EVENTS = join(import.meta.dirname, "..", "events");
const LOCK = join(EVENTS, "schema.lock.json");

/** message → field number → "type rule name"; enum → value number → name. */
interface Lock {
  messages: Record<string, Record<string, string>>;
  enums: Record<string, Record<string, string>>;
}

function protoFiles(): string[] {
  const topics = readdirSync(EVENTS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EVENTS, d.name, "events.proto")))
    .map((d) => join(EVENTS, d.name, "events.proto"));
  return [join(EVENTS, "envelope.proto"), ...topics.sort()];
}

function collect(ns: protobuf.NamespaceBase, lock: Lock): void {
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type) {
      const fields: Record<string, string> = {};
      for (const field of nested.fieldsArray) {
        fields[String(field.id)] = `${field.type} ${field.repeated ? "repeated" : "single"} ${field.name}`;
      }
      lock.messages[nested.fullName.slice(1)] = fields;
      collect(nested, lock);
    } else if (nested instanceof protobuf.Enum) {
      const values: Record<string, string> = {};
      for (const [name, id] of Object.entries(nested.values)) values[String(id)] = name;
      lock.enums[nested.fullName.slice(1)] = values;
    } else if (nested instanceof protobuf.Namespace) {
      collect(nested, lock);
    }
  }
}

export function currentSchemas(): Lock {
  const lock: Lock = { messages: {}, enums: {} };
  for (const file of protoFiles()) {
    collect(protobuf.parse(readFileSync(file, "utf8"), { keepCase: true }).root, lock);
  }
  return lock;
}

/** Every way `now` breaks readers or writers built from `before`. */
export function breakingChanges(before: Lock, now: Lock): string[] {
  const problems: string[] = [];
  for (const [message, fields] of Object.entries(before.messages)) {
    const current = now.messages[message];
    if (!current) {
      problems.push(`message ${message} was removed`);
      continue;
    }
    for (const [id, spec] of Object.entries(fields)) {
      const [type, rule, name] = spec.split(" ");
      const next = current[id];
      if (!next) problems.push(`${message}: field ${id} (${name}) was removed or renumbered`);
      else {
        const [nextType, nextRule] = next.split(" ");
        if (nextType !== type || nextRule !== rule) {
          problems.push(`${message}: field ${id} (${name}) changed from ${type} ${rule} to ${nextType} ${nextRule}`);
        }
      }
    }
  }
  for (const [enumName, values] of Object.entries(before.enums)) {
    const current = now.enums[enumName];
    if (!current) {
      problems.push(`enum ${enumName} was removed`);
      continue;
    }
    for (const [id, name] of Object.entries(values)) {
      // Consumers read the type by name (Envelope.type), so a renamed value is a break too.
      if (current[id] !== name) problems.push(`${enumName}: value ${id} (${name}) was removed, renumbered or renamed`);
    }
  }
  return problems;
}

function lockOnMain(): Lock | null {
  for (const ref of ["origin/main", "main"]) {
    try {
      const text = execFileSync("git", ["show", `${ref}:events/schema.lock.json`], {
        stdio: ["ignore", "pipe", "ignore"],
      });
      return JSON.parse(text.toString()) as Lock;
    } catch {
      // ref or file absent: try the next
    }
  }
  return null;
}

function main(): void {
  const now = currentSchemas();
  if (process.argv.includes("--write")) {
    writeFileSync(LOCK, JSON.stringify(now, null, 2) + "\n");
    console.log(`events: schema lock written (${Object.keys(now.messages).length} messages)`);
    return;
  }
  const before = JSON.parse(readFileSync(LOCK, "utf8")) as Lock;
  const problems = breakingChanges(before, now);
  // The lock as main has it, when main is known: rewriting the lock in a branch can't hide a break.
  const onMain = lockOnMain();
  if (onMain) problems.push(...breakingChanges(onMain, now).filter((p) => !problems.includes(p)));
  if (problems.length) {
    console.error("events: wire-incompatible schema changes:\n  " + problems.join("\n  "));
    process.exit(1);
  }
  if (JSON.stringify(before) !== JSON.stringify(now)) {
    console.error("events: compatible additions are not in events/schema.lock.json; run npm run events:lock");
    process.exit(1);
  }
  console.log("events: schemas are wire-compatible with the lock");
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
