/**
 * Property-based fuzzing of every declared route: malformed path params, query values, JSON bodies
 * and headers never give a 5xx, and no error body leaks a stack, node id or action name.
 * FUZZ_RUNS (default 25 per route) and FUZZ_SEED (default fixed) make longer local runs reproducible.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Route } from "../../lib/actions.js";
import { API_PREFIX } from "../../lib/actions.js";
import { allRoutes } from "../../lib/domains.js";
import { contractViolation } from "../support/openapi-check.js";
import { createProject, createTask } from "../support/tenancy.js";
import {
  api,
  eventually,
  KNOWN_ACTIONS,
  signup,
  signupAdmin,
  startTestNode,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_108);

/**
 * Routes that destroy or lock out fixtures run last, in this order (the rest keep declaration
 * order, reads first): fixtures stay alive for every route that needs them.
 */
const DESTRUCTIVE = [
  "PATCH /teams/:id/members/:userId",
  "DELETE /teams/:id/members/:userId",
  "POST /teams/:id/leave",
  "DELETE /keys/:id",
  "DELETE /tasks/:id",
  "DELETE /projects/:id",
  "DELETE /teams/:id",
  "POST /users/:id/ban",
  "POST /users/:id/unban",
  "DELETE /users/:id",
];

function runOrder(route: Route): number {
  const destructive = DESTRUCTIVE.indexOf(`${route.method} ${route.path}`);
  if (destructive !== -1) return 2 + destructive;
  if (route.method === "DELETE") return 1.5;
  return route.method === "GET" ? 0 : 1;
}

const ROUTES = (await allRoutes()).sort((a, b) => runOrder(a) - runOrder(b));

/** Ids that exist, so generated requests get past "not found" into validation and handlers. */
interface Fixtures {
  admin: SessionBody;
  member: SessionBody;
  teamId: string;
  projectId: string;
  columnId: string;
  taskId: string;
  inviteId: string;
  keyId: string;
  eventId: string;
}

let node: TestNode;
let client: ApiClient;
let fx: Fixtures;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  const admin = await signupAdmin(client, node.broker);
  const member = await signup(client);
  const as = { token: admin.accessToken };
  const team = await client.post("/teams", { name: "Fuzz" }, as);
  expect(team.status, team.text).toBe(201);
  const board = await createProject(client, admin.accessToken, team.body.id);
  const task = await createTask(client, admin.accessToken, board);
  const comment = await client.post(`/tasks/${task.id}/comments`, { content: "first" }, as);
  expect(comment.status, comment.text).toBe(201);
  const invite = await client.post(`/teams/${team.body.id}/invites`, { emails: [member.user.email] }, as);
  expect(invite.status, invite.text).toBe(201);
  const key = await client.post("/keys", { description: "fuzz" }, as);
  expect(key.status, key.text).toBe(201);
  const eventId = await eventually(async () => {
    const events = await client.get("/audit/events?limit=1", as);
    expect(events.body.rows.length).toBe(1);
    return events.body.rows[0].id as string;
  });
  fx = {
    admin,
    member,
    teamId: team.body.id,
    projectId: board.id,
    columnId: board.columns[1],
    taskId: task.id,
    inviteId: invite.body.rows[0].id,
    keyId: key.body.id ?? key.body.key?.id,
    eventId,
  };
}, 120_000);
afterAll(() => node?.stop());

// --- generators -------------------------------------------------------------------------

/** The real id a path parameter of a route names, when there is one. */
function realId(route: Route, name: string): string | undefined {
  if (name === "userId") return fx.member.user.id;
  if (name === "entity") return "task";
  const resource = route.path.split("/")[1];
  const byResource: Record<string, string | undefined> = {
    teams: fx.teamId,
    projects: fx.projectId,
    tasks: fx.taskId,
    invites: fx.inviteId,
    keys: fx.keyId,
    users: fx.member.user.id,
    audit: route.path.startsWith("/audit/entities") ? fx.taskId : fx.eventId,
  };
  return byResource[resource];
}

const NASTY_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "../../etc/passwd",
  "..",
  "%",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e300",
  "-1e300",
  "9007199254740993",
  "99999999999999999999999",
  "1.5",
  "0x10",
  "true",
  "[]",
  "{}",
  "'; DROP TABLE teams; --",
  "\u202e\u200b\ufeff",
  "\ud800",
  "😀".repeat(50),
  "x".repeat(5_000),
];

/** Any text: random, unicode, or one of the classics. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 1, arbitrary: fc.uuid().map((id) => id.toUpperCase()) },
);

/** Percent-encodes any text; a lone surrogate (which encodeURIComponent refuses) becomes U+FFFD. */
const encode = (t: string) => encodeURIComponent(t.replace(/[\ud800-\udfff]/gu, "\ufffd"));

/** A path segment as sent: mostly percent-encoded, sometimes raw or deliberately broken. */
function segment(route: Route, name: string): fc.Arbitrary<string> {
  const real = realId(route, name);
  return fc.oneof(
    { weight: 3, arbitrary: real ? fc.constant(real) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: text.map(encode) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "..",
        "..%2F..%2F",
        "%2e%2e%2f",
        "%00",
        `${real ?? "x"}%00`,
        "%",
        "%zz",
        "%E0%A4%A",
        "%C0%AF",
        "9".repeat(400),
        "1e300",
        "a".repeat(3_000),
        "__proto__",
        ";",
        "%20",
      ),
    },
  );
}

/** Raw JSON text of one value: wrong types, nesting, huge strings, numbers JSON.stringify can't write. */
const jsonValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 3, arbitrary: text.map((t) => JSON.stringify(t)) },
  { weight: 1, arbitrary: fc.uuid().map((t) => JSON.stringify(t)) },
  { weight: 1, arbitrary: fc.double().map((n) => JSON.stringify(n)) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "1e300",
      "-1e300",
      "1e400",
      "9007199254740993",
      "-0",
      "0.1",
      "true",
      "null",
      "[]",
      "{}",
      '[""]',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"admin":true}}}',
      JSON.stringify("x".repeat(20_001)),
      JSON.stringify(["a@b.test", "\u0000@x.test", 1, null]),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => "[".repeat(n) + "]".repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => '{"a":'.repeat(n) + "1" + "}".repeat(n)) },
);

/** A fastest-validator rule, as the routes declare them (shorthand strings or objects). */
interface Rule {
  type?: string;
  min?: number;
  max?: number;
  values?: unknown[];
  items?: unknown;
}

function ruleOf(spec: unknown): Rule {
  if (typeof spec === "string") return { type: spec.split("|")[0] };
  return (spec ?? {}) as Rule;
}

/** A value the rule would likely accept (around its bounds), so requests reach the handlers. */
function plausible(spec: unknown, name: string, route: Route): fc.Arbitrary<unknown> {
  const rule = ruleOf(spec);
  const ids = [fx.teamId, fx.projectId, fx.columnId, fx.taskId, fx.member.user.id, fx.admin.user.id, fx.inviteId];
  switch (rule.type) {
    case "uuid":
      return fc.oneof(fc.constantFrom(...ids, realId(route, name) ?? fx.teamId), fc.uuid());
    case "string": {
      const max = Math.min(rule.max ?? 200, 300);
      return fc.oneof(
        fc.string({ minLength: rule.min ?? 0, maxLength: max }),
        fc.string({ unit: "binary", minLength: rule.min ?? 0, maxLength: max }),
        fc.constant("x".repeat((rule.max ?? 100) + 1)),
      );
    }
    case "number":
      return fc.oneof(
        fc.integer({ min: (rule.min ?? 0) - 1, max: Math.min(rule.max ?? 1_000, 1_000_000) + 1 }),
        fc.constantFrom(2 ** 31, 2 ** 53 - 1, -(2 ** 53 - 1), 0.5),
      );
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.oneof(fc.constantFrom(...(rule.values ?? ["x"])), text);
    case "email":
      return fc.oneof(fc.emailAddress(), fc.constant(fx.member.user.email), text);
    case "date":
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.integer(),
        text,
      );
    case "array":
      return fc.array(plausible(rule.items ?? "string", name, route), { maxLength: (rule.max ?? 5) + 1 });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** An object of every declared param, each with a plausible value, some dropped, an extra key or two. */
function plausibleBody(route: Route): fc.Arbitrary<string> {
  const declared = Object.entries(route.params ?? {}).filter(([k]) => !k.startsWith("$$"));
  const fields = declared.map(([k, spec]) =>
    fc.option(
      plausible(spec, k, route).map((v) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? "null"}`),
      { nil: undefined, freq: 5 },
    ),
  );
  const extra = fc.option(
    fc.tuple(bodyKey(route), jsonValue).map(([k, v]) => `${JSON.stringify(k)}:${v}`),
    {
      nil: undefined,
    },
  );
  return fc
    .tuple(fc.tuple(...fields), extra)
    .map(([parts, more]) => `{${[...parts, more].filter((p) => p !== undefined).join(",")}}`);
}

/** A key of a JSON object: a declared param, or an extra one (prototype keys included). */
function bodyKey(route: Route): fc.Arbitrary<string> {
  const declared = Object.keys(route.params ?? {}).filter((k) => !k.startsWith("$$"));
  return fc.oneof(
    { weight: 4, arbitrary: declared.length ? fc.constantFrom(...declared) : fc.constant("name") },
    {
      weight: 1,
      arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "$$strict", "id", "roles", "teamId", "admin"),
    },
    { weight: 1, arbitrary: text },
  );
}

/** The raw body text: mostly an object of generated entries, sometimes anything else. */
function body(route: Route): fc.Arbitrary<string | undefined> {
  const entries = fc.array(fc.tuple(bodyKey(route), jsonValue), { maxLength: 8 });
  const object = entries.map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`);
  return fc.oneof(
    { weight: 6, arbitrary: plausibleBody(route) },
    { weight: 6, arbitrary: object },
    { weight: 2, arbitrary: jsonValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "{",
        "not json",
        "{'a':1}",
        '{"a":1}garbage',
        "\u0000",
        '{"a":"\\ud800"}',
        JSON.stringify({ name: "x".repeat(300_000) }),
      ),
    },
  );
}

/** A query string of declared and extra params, values as text; qs-style brackets and repeats too. */
function query(route: Route): fc.Arbitrary<string> {
  const declared = Object.keys(route.params ?? {}).filter((k) => !k.startsWith("$$"));
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...declared, "page", "pageSize", "sort", "limit", "cursor") },
    { weight: 1, arbitrary: fc.constantFrom("__proto__[x]", "constructor[prototype][x]", "page[]", "a[b][c][d]") },
    { weight: 1, arbitrary: text.map(encode) },
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: text.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom("%", "%zz", "%00", "1e300", "9007199254740993", "-1", "") },
  );
  const declaredPair = declared.length
    ? fc
        .constantFrom(...declared)
        .chain((k) =>
          plausible(route.params?.[k], k, route).map(
            (v) => [k, encode(typeof v === "string" ? v : (JSON.stringify(v) ?? ""))] as const,
          ),
        )
    : fc.tuple(key, value);
  return fc
    .array(fc.oneof(fc.tuple(key, value), declaredPair), { maxLength: 5 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));
}

/** Printable ASCII only: fetch refuses anything else in a header. */
const headerText = fc.string({ unit: "binary-ascii", maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, "x"));

type Caller = "admin" | "member" | "anonymous" | "oversized" | "garbage" | "basic" | "tampered" | "apikey";

const headers = fc.record({
  caller: fc.constantFrom<Caller>(
    "admin",
    "admin",
    "admin",
    "admin",
    "admin",
    "admin",
    "admin",
    "member",
    "anonymous",
    "anonymous",
    "oversized",
    "garbage",
    "basic",
    "tampered",
    "apikey",
  ),
  contentType: fc.constantFrom(
    "application/json",
    "application/json",
    "application/json",
    "application/json",
    "application/json",
    "application/json",
    "application/json; charset=utf-8",
    "application/json; charset=utf-16",
    "application/json; charset=utf-32",
    "application/json; charset=latin1",
    "application/json; charset=nope",
    "application/problem+json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "garbage",
    "",
  ),
  requestId: fc.option(fc.oneof(headerText, fc.constant("r".repeat(500)), fc.uuid()), { nil: undefined }),
  idempotencyKey: fc.option(fc.oneof(headerText, fc.constant("k".repeat(300))), { nil: undefined }),
});

interface FuzzRequest {
  method: string;
  path: string;
  body?: string;
  headers: Record<string, string>;
}

function authHeaders(caller: Caller, garbage: string): Record<string, string> {
  switch (caller) {
    case "admin":
      return { Authorization: `Bearer ${fx.admin.accessToken}` };
    case "member":
      return { Authorization: `Bearer ${fx.member.accessToken}` };
    case "anonymous":
      return {};
    case "oversized":
      return { Authorization: `Bearer ${"a".repeat(9_000)}` };
    case "garbage":
      return { Authorization: `Bearer ${garbage || "x"}` };
    case "basic":
      return { Authorization: "Basic Zm9vOmJhcg==" };
    case "tampered":
      return { Authorization: `Bearer ${fx.admin.accessToken.slice(0, -4)}AAAA` };
    case "apikey":
      return { "X-API-Key": garbage || "mw_nothing" };
  }
}

function request(route: Route): fc.Arbitrary<FuzzRequest> {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const segments = fc.tuple(...names.map((name) => segment(route, name)));
  const withBody = route.method !== "GET";
  return fc
    .record({
      segments,
      query: query(route),
      body: withBody ? body(route) : fc.constant(undefined),
      headers,
      garbage: headerText,
    })
    .map(({ segments: values, query: qs, body: text, headers: h, garbage }) => {
      let i = 0;
      const path = route.path.replace(/:(\w+)/g, () => values[i++]) + qs;
      const sent: Record<string, string> = { Accept: "application/json", ...authHeaders(h.caller, garbage) };
      if (text !== undefined && h.contentType) sent["Content-Type"] = h.contentType;
      if (h.requestId !== undefined) sent["X-Request-Id"] = h.requestId;
      if (h.idempotencyKey !== undefined) sent["Idempotency-Key"] = h.idempotencyKey;
      return { method: route.method, path, body: text, headers: sent };
    });
}

// --- the property -----------------------------------------------------------------------

const LEAK = /\bat .+:\d+:\d+|stack|node_modules|\.[jt]s:\d+/i;
const PROBLEM_KEYS = new Set(["type", "title", "status", "detail", "code", "errors"]);

function summary(req: FuzzRequest, status: number, text: string): string {
  const shown = req.body && req.body.length > 300 ? `${req.body.slice(0, 300)}… (${req.body.length} chars)` : req.body;
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, v.length > 80 ? `${v.slice(0, 80)}… (${v.length})` : v]),
  );
  return `${req.method} ${req.path.slice(0, 300)} ${JSON.stringify(headers)} body=${shown}\n→ ${status} ${text.slice(0, 500)}`;
}

/** No 5xx (503 aside: a service may shed load); every error is a problem that leaks nothing. */
async function check(req: FuzzRequest): Promise<void> {
  const res = await fetch(`${node.baseUrl}${API_PREFIX}${req.path}`, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  const what = summary(req, res.status, text);
  if (res.status >= 500) expect(res.status, what).toBe(503);
  // Whatever the input, the answer is one the route declares, in the declared shape.
  const contentType = res.headers.get("content-type") ?? "";
  const body = text && /json/.test(contentType) ? (JSON.parse(text) as unknown) : text || null;
  const url = `${node.baseUrl}${API_PREFIX}${req.path}`;
  expect(contractViolation({ method: req.method, url, status: res.status, contentType, body, text }), what).toBeNull();
  if (res.status < 400) return;
  expect(res.headers.get("content-type"), what).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(text) as Record<string, unknown>;
  expect(problem.status, what).toBe(res.status);
  expect(
    Object.keys(problem).filter((k) => !PROBLEM_KEYS.has(k)),
    what,
  ).toEqual([]);
  expect(text, what).not.toMatch(LEAK);
  expect(text, what).not.toContain(node.broker.nodeID);
  expect(text, what).not.toMatch(/nodeID/i);
  for (const action of KNOWN_ACTIONS) expect(text, what).not.toContain(action);
}

describe("fuzzing every route", () => {
  ROUTES.forEach((route, index) => {
    it(`${route.method} ${route.path} answers malformed input with a 4xx problem, never a 5xx`, async () => {
      await fc.assert(fc.asyncProperty(request(route), check), { numRuns: RUNS, seed: SEED + index });
    }, 120_000);
  });
});
