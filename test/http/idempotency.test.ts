/**
 * Idempotency-Key over HTTP (DESIGN §4): replays answer the first status, body and Location without
 * running the action again; a reused key with another body is 422, one still running is 409; keys are
 * scoped per caller; 5xx answers are not kept, 4xx answers are; other methods ignore the header.
 */
import { randomUUID } from "node:crypto";
import type { Context, ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Meta } from "../../lib/auth.js";
import { ConflictError } from "../../lib/errors.js";
import {
  api,
  expectJson,
  expectProblem,
  login,
  signup,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type ApiResponse,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let alice: SessionBody;
let bob: SessionBody;

/** How many times the test service's handlers ran, per project name: the effects a replay must not repeat. */
const runs = new Map<string, number>();
/** Calls of the test service held until the test lets them go, per project name. */
const gates = new Map<string, Gate>();

interface Gate {
  /** Resolves once the handler is running. */
  entered: Promise<void>;
  enter(): void;
  released: Promise<void>;
  release(): void;
}

function hold(name: string): Gate {
  const gate = {} as Gate;
  gate.entered = new Promise<void>((resolve) => (gate.enter = resolve));
  gate.released = new Promise<void>((resolve) => (gate.release = resolve));
  gates.set(name, gate);
  return gate;
}

interface TestProjectParams {
  name: string;
}

/**
 * Stands in for the projects domain (not run on this node) behind its real routes: `POST /projects`
 * (201 with Location) can be held, fail with a 500 once, or refuse with a 409; `POST /projects/:id/columns`
 * declares `idempotency: "required"`, as a money route does.
 */
const TestProjects: ServiceSchema = {
  name: "projects",
  actions: {
    create: {
      rest: "POST /projects",
      access: "user",
      params: { name: "string|min:1|max:100" },
      async handler(ctx: Context<TestProjectParams, Meta>) {
        const { name } = ctx.params;
        const count = (runs.get(name) ?? 0) + 1;
        runs.set(name, count);
        const gate = gates.get(name);
        if (gate) {
          gate.enter();
          await gate.released;
        }
        if (name.startsWith("flaky") && count === 1) throw new Error("the database fell over");
        if (name.startsWith("taken")) throw new ConflictError("A project with this name exists", "NAME_TAKEN");
        return { id: randomUUID(), name, run: count };
      },
    },
    createColumn: {
      rest: "POST /projects/:id/columns",
      access: "user",
      idempotency: "required",
      params: { id: "uuid", title: "string|min:1|max:100" },
      handler(ctx: Context<{ id: string; title: string }, Meta>) {
        runs.set(ctx.params.title, (runs.get(ctx.params.title) ?? 0) + 1);
        return { id: randomUUID(), projectId: ctx.params.id, title: ctx.params.title };
      },
    },
  },
};

beforeAll(async () => {
  node = await startTestNode({
    SERVICES: "api,users,teams",
    RATE_LIMIT: "0",
    TRUSTED_PROXIES: "127.0.0.1",
    CORS_ORIGINS: "https://app.example.test",
  });
  node.broker.createService(TestProjects);
  await node.broker.waitForServices("projects", 10_000);
  // The stand-in answers its own shapes, not the projects domain's declared ones.
  client = api(node.baseUrl, undefined, { checkContract: false });
  [alice, bob] = await Promise.all([signup(client), signup(client)]);
});
afterAll(() => node.stop());

const key = () => `key-${randomUUID()}`;
const as = (who: SessionBody, idempotencyKey?: string, headers: Record<string, string> = {}) => ({
  token: who.accessToken,
  headers: idempotencyKey === undefined ? headers : { ...headers, "Idempotency-Key": idempotencyKey },
});

async function teamsNamed(who: SessionBody, name: string): Promise<unknown[]> {
  const res = await client.get("/teams?pageSize=100", { token: who.accessToken });
  expectJson(res);
  return (res.body.rows as { name: string }[]).filter((team) => team.name === name);
}

function expectReplay(replayed: ApiResponse, first: ApiResponse): void {
  expect(replayed.status).toBe(first.status);
  expect(replayed.text).toBe(first.text);
  expect(replayed.headers.get("location")).toBe(first.headers.get("location"));
  expect(replayed.headers.get("content-type")).toBe(first.headers.get("content-type"));
  expect(replayed.headers.get("idempotent-replayed")).toBe("true");
  expect(replayed.headers.get("x-request-id")).toBeTruthy();
}

describe("a replayed POST", () => {
  it("answers the first status, body and Location without creating a second team", async () => {
    const name = `Replay ${randomUUID().slice(0, 8)}`;
    const k = key();
    const first = await client.post("/teams", { name }, as(alice, k));
    expectJson(first, 201);
    expect(first.headers.get("location")).toBe(`/api/v1/teams/${first.body.id}`);
    expect(first.headers.get("idempotent-replayed")).toBeNull();

    const again = await client.post("/teams", { name }, as(alice, k));
    expectReplay(again, first);
    expect(again.body.id).toBe(first.body.id);
    expect(await teamsNamed(alice, name)).toHaveLength(1);
  });

  it("treats the same params in another key order as the same request", async () => {
    const k = key();
    const id = randomUUID();
    const first = await client.post(`/projects/${id}/columns`, { title: "Order", extra: { b: 1, a: 2 } }, as(alice, k));
    expectJson(first, 201);
    const again = await client.request("POST", `/projects/${id}/columns`, {
      ...as(alice, k),
      body: '{"extra":{"a":2,"b":1},"title":"Order"}',
    });
    expectReplay(again, first);
  });

  it("replays a 204 without a body", async () => {
    // Signs out a second session with the first one's credential, which stays valid for the replay.
    const session = await signup(client);
    const other = await login(client, session.user.email);
    const k = key();
    const first = await client.post("/auth/logout", { refreshToken: other.refreshToken }, as(session, k));
    expect(first.status).toBe(204);
    const again = await client.post("/auth/logout", { refreshToken: other.refreshToken }, as(session, k));
    expect(again.status).toBe(204);
    expect(again.text).toBe("");
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  it("exposes Idempotent-Replayed to browsers", async () => {
    const name = `Cors ${randomUUID().slice(0, 8)}`;
    const k = key();
    const opts = as(alice, k, { Origin: "https://app.example.test" });
    await client.post("/teams", { name }, opts);
    const again = await client.post("/teams", { name }, opts);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("access-control-expose-headers")).toMatch(/Idempotent-Replayed/);
  });
});

describe("a reused key", () => {
  it("with another body is 422 IDEMPOTENCY_KEY_REUSED naming the header, and runs nothing", async () => {
    const name = `Reused ${randomUUID().slice(0, 8)}`;
    const k = key();
    expectJson(await client.post("/teams", { name }, as(alice, k)), 201);
    const other = await client.post("/teams", { name: `${name} bis` }, as(alice, k));
    expectProblem(other, 422, "IDEMPOTENCY_KEY_REUSED", node);
    expect(other.body.errors).toEqual([{ field: "Idempotency-Key", message: expect.any(String) }]);
    expect(await teamsNamed(alice, `${name} bis`)).toHaveLength(0);
  });

  it("on another path (other path params) is 422 too", async () => {
    const k = key();
    expectJson(await client.post(`/projects/${randomUUID()}/columns`, { title: "Path" }, as(alice, k)), 201);
    const other = await client.post(`/projects/${randomUUID()}/columns`, { title: "Path" }, as(alice, k));
    expectProblem(other, 422, "IDEMPOTENCY_KEY_REUSED", node);
  });

  it("by another caller runs normally: keys are scoped per caller", async () => {
    const name = `Scoped ${randomUUID().slice(0, 8)}`;
    const k = key();
    const mine = await client.post("/teams", { name }, as(alice, k));
    expectJson(mine, 201);
    const theirs = await client.post("/teams", { name }, as(bob, k));
    expectJson(theirs, 201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.createdBy).toBe(bob.user.id);
    expect(await teamsNamed(alice, name)).toHaveLength(1);
    expect(await teamsNamed(bob, name)).toHaveLength(1);
  });

  it("on a public route is scoped by client address: one anonymous client never gets another's answer", async () => {
    const k = key();
    const body = { email: uniqueEmail("idem"), password: "a long enough password 1" };
    const from = (ip: string) => ({ headers: { "Idempotency-Key": k, "X-Forwarded-For": ip } });
    const first = await client.post("/auth/signup", body, from("203.0.113.7"));
    expectJson(first, 201);
    // Another address with the same key and body runs the signup itself (and the email is taken by now).
    const other = await client.post("/auth/signup", body, from("203.0.113.8"));
    expectProblem(other, 409, undefined, node);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    const again = await client.post("/auth/signup", body, from("203.0.113.7"));
    expectReplay(again, first);
  });
});

describe("a key still running", () => {
  it("is 409 IDEMPOTENCY_KEY_IN_USE with Retry-After; the retry after it finishes is the replay", async () => {
    const name = `held-${randomUUID().slice(0, 8)}`;
    const gate = hold(name);
    const k = key();
    const firstCall = client.post("/projects", { name }, as(alice, k));
    await gate.entered;

    const concurrent = await client.post("/projects", { name }, as(alice, k));
    expectProblem(concurrent, 409, "IDEMPOTENCY_KEY_IN_USE", node);
    expect(Number(concurrent.headers.get("retry-after"))).toBeGreaterThan(0);
    // A different body under the running key is still the client's mistake: 422.
    expectProblem(await client.post("/projects", { name: `${name}-x` }, as(alice, k)), 422, "IDEMPOTENCY_KEY_REUSED");

    gate.release();
    const first = await firstCall;
    expectJson(first, 201);
    expect(first.headers.get("location")).toBe(`/api/v1/projects/${first.body.id}`);
    expectReplay(await client.post("/projects", { name }, as(alice, k)), first);
    expect(runs.get(name)).toBe(1);
  });
});

describe("what is kept", () => {
  it("a 5xx is not kept: the retry runs again, and its answer is kept", async () => {
    const name = `flaky-${randomUUID().slice(0, 8)}`;
    const k = key();
    expectProblem(await client.post("/projects", { name }, as(alice, k)), 500, "INTERNAL", node);
    const retry = await client.post("/projects", { name }, as(alice, k));
    expectJson(retry, 201);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    expectReplay(await client.post("/projects", { name }, as(alice, k)), retry);
    expect(runs.get(name)).toBe(2);
  });

  it("a 4xx from the action is kept and replayed without running it again", async () => {
    const name = `taken-${randomUUID().slice(0, 8)}`;
    const k = key();
    const first = await client.post("/projects", { name }, as(alice, k));
    expectProblem(first, 409, "NAME_TAKEN", node);
    const again = await client.post("/projects", { name }, as(alice, k));
    expectProblem(again, 409, "NAME_TAKEN", node);
    expectReplay(again, first);
    expect(runs.get(name)).toBe(1);
  });

  it("a validation 422 is kept too", async () => {
    const k = key();
    const first = await client.post("/teams", { name: "" }, as(alice, k));
    expectProblem(first, 422, "VALIDATION_ERROR", node);
    const again = await client.post("/teams", { name: "" }, as(alice, k));
    expectReplay(again, first);
  });
});

describe("the Idempotency-Key header", () => {
  it.each([
    ["too long", "k".repeat(256)],
    ["empty", ""],
    ["a tab", "a\tb"],
    ["not ASCII", "caf\u00e9"],
  ])("is 400 IDEMPOTENCY_KEY_INVALID when %s, before anything runs", async (_what, bad) => {
    const name = `Bad key ${randomUUID().slice(0, 8)}`;
    expectProblem(await client.post("/teams", { name }, as(alice, bad)), 400, "IDEMPOTENCY_KEY_INVALID", node);
    expect(await teamsNamed(alice, name)).toHaveLength(0);
  });

  it("of 255 printable characters is accepted", async () => {
    const k = `${key()} ~!`.padEnd(255, "x");
    expectJson(await client.post("/teams", { name: `Long ${randomUUID().slice(0, 8)}` }, as(alice, k)), 201);
  });

  it("is required where the action declares it: 400 IDEMPOTENCY_KEY_REQUIRED, and nothing runs", async () => {
    const title = `required-${randomUUID().slice(0, 8)}`;
    const path = `/projects/${randomUUID()}/columns`;
    expectProblem(await client.post(path, { title }, as(alice)), 400, "IDEMPOTENCY_KEY_REQUIRED", node);
    expect(runs.get(title)).toBeUndefined();
    // Credentials are checked first: no credential is 401, whatever the header.
    expectProblem(await client.post(path, { title }), 401, undefined, node);
    expectJson(await client.post(path, { title }, as(alice, key())), 201);
    expect(runs.get(title)).toBe(1);
  });

  it("is ignored by GET and PATCH, even when malformed", async () => {
    const bad = "k".repeat(300);
    const list = await client.get("/teams", as(alice, bad));
    expectJson(list);
    expect(list.headers.get("idempotent-replayed")).toBeNull();
    const team = await client.post("/teams", { name: `Patch ${randomUUID().slice(0, 8)}` }, as(alice));
    expectJson(team, 201);
    const first = await client.patch(`/teams/${team.body.id}`, { name: "Patched once" }, as(alice, "same"));
    const second = await client.patch(`/teams/${team.body.id}`, { name: "Patched twice" }, as(alice, "same"));
    expectJson(first);
    expectJson(second);
    expect(second.body.name).toBe("Patched twice");
    expect(second.headers.get("idempotent-replayed")).toBeNull();
  });

  it("is documented on every POST in OpenAPI, and nowhere else", async () => {
    const doc = await api(node.baseUrl, "").get("/openapi.json");
    const header = (op: { parameters: { name: string; in: string }[] }) =>
      op.parameters.find((p) => p.in === "header" && p.name === "Idempotency-Key");
    expect(header(doc.body.paths["/api/v1/teams"].post)).toMatchObject({ required: false, schema: { maxLength: 255 } });
    expect(header(doc.body.paths["/api/v1/teams"].get)).toBeUndefined();
    expect(header(doc.body.paths["/api/v1/teams/{id}"].patch)).toBeUndefined();
  });
});
