/**
 * `bash scripts/node24.sh tsx bench/events/codec.ts [other-checkout]`: the protobuf work per event of
 * bench:events, in one process, without PostgreSQL or NATS: what the producer does (encode a requests.Request
 * event, wrap it in an envelope), what the audit node does (decode the envelope, decode the payload, toJSON), and
 * a users event with a snapshot (encode; decode + toJSON). CPU time per operation (process.cpuUsage, which other
 * work on a shared machine disturbs less than wall time), the median of CODEC_ROUNDS (15) rounds of CODEC_N
 * (100k) operations after 3 warm-up rounds.
 *
 * With the path of another checkout (say `git worktree add /tmp/base <commit>`, with node_modules linked), the
 * same operations run against its events/ and lib/events/envelope.ts too, interleaved in this process (same
 * protobufjs, same conditions), and the ratio this/other is printed.
 */
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

type Requests = typeof import("../../events/requests/index.js");
type Users = typeof import("../../events/users/index.js");
type EnvelopeCodec = typeof import("../../lib/events/envelope.js");
interface Impl {
  requests: Requests;
  users: Users;
  envelope: EnvelopeCodec;
}

const N = Number(process.env.CODEC_N ?? 100_000);
const ROUNDS = Number(process.env.CODEC_ROUNDS ?? 15);
const WARMUP = 3;
const ROUTES = ["/projects/:id", "/tasks/:id", "/teams", "/users/me"];
const ids = Array.from({ length: 1024 }, () => randomUUID());
const user = {
  id: ids[0],
  email: "ada@example.test",
  firstName: "Ada",
  lastName: "Lovelace",
  status: "active",
  roles: ["user", "admin"],
  createdAt: 1_790_000_000_000,
  updatedAt: 1_790_000_000_001,
  verifiedAt: 0,
};

async function load(root: string): Promise<Impl> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  return {
    requests: (await import(url("events/requests/index.js"))) as Requests,
    users: (await import(url("events/users/index.js"))) as Users,
    envelope: (await import(url("lib/events/envelope.js"))) as EnvelopeCodec,
  };
}

function produce(m: Impl, i: number): Uint8Array {
  const payload = m.requests.encode("Request", {
    method: "GET",
    route: ROUTES[i % ROUTES.length],
    status: 200,
    durationMs: 3 + (i % 40),
    userId: ids[i % 1024],
  });
  return m.envelope.encodeEnvelope({
    id: ids[(i + 1) % 1024],
    topic: "requests",
    type: "Request",
    occurredAt: 1_790_000_000_000 + i,
    actorId: ids[i % 1024],
    teamId: ids[(i + 2) % 1024],
    entity: "request",
    entityId: ids[(i + 3) % 1024],
    traceId: "",
    schemaVersion: 1,
    payload,
  });
}

const here = await load(resolve(import.meta.dirname, "..", ".."));
const other = process.argv[2] ? await load(process.argv[2]) : null;
const impls: [string, Impl][] = [["this", here], ...(other ? [["other", other] as [string, Impl]] : [])];

const wire = Array.from({ length: 1024 }, (_, i) => produce(here, i));
const usersWire = here.users.encode("Updated", { user, changed: ["email"] });
const operations: Record<string, (m: Impl, i: number) => number> = {
  "produce (requests + envelope)": (m, i) => produce(m, i).length,
  "consume (envelope + requests, toJSON)": (m, i) => {
    const envelope = m.envelope.decodeEnvelope(wire[i % 1024]);
    return Object.keys(m.requests.toJSON(m.requests.decode(envelope.payload))).length;
  },
  "users encode (snapshot)": (m, i) =>
    m.users.encode("Updated", { user, changed: ["email"], sessionFamily: ids[i % 1024] }).length,
  "users decode + toJSON": (m) => Object.keys(m.users.toJSON(m.users.decode(usersWire))).length,
};

const samples: Record<string, Record<string, number[]>> = {};
let sink = 0;
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const [name, operation] of Object.entries(operations)) {
    // Alternate which implementation goes first.
    for (const [label, impl] of round % 2 ? [...impls].reverse() : impls) {
      const start = process.cpuUsage();
      for (let i = 0; i < N; i++) sink += operation(impl, i);
      const used = process.cpuUsage(start);
      if (round >= WARMUP) ((samples[name] ??= {})[label] ??= []).push(((used.user + used.system) * 1000) / N);
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, byImpl] of Object.entries(samples)) {
  const mine = median(byImpl.this);
  const theirs = byImpl.other ? median(byImpl.other) : null;
  console.log(
    `${name.padEnd(40)} ${Math.round(mine)} ns` +
      (theirs ? `   other ${Math.round(theirs)} ns   this/other ${(mine / theirs).toFixed(3)}` : ""),
  );
}
if (sink < 0) console.log(sink);
