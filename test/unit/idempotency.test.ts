/** Idempotency-Key pieces without HTTP: the memory store's leases, expiry and bounds; keys, scopes, fingerprints; OpenAPI. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Errors, type Context } from "moleculer";
import { describe, expect, it } from "vitest";
import type { Route } from "../../lib/actions.js";
import type { Meta } from "../../lib/auth.js";
import {
  callerScope,
  fingerprintOf,
  Idempotency,
  idempotencyKeyOf,
  KEEP_MS,
  type IdempotentRequest,
} from "../../services/api/idempotency.js";
import {
  MemoryIdempotencyStore,
  StoreUnavailableError,
  type IdempotencyStore,
} from "../../services/api/idempotency-store.js";
import { buildOpenApi } from "../../services/api/openapi.js";
import { toProblem } from "../../services/api/problem.js";

function clock(start = 1_000_000) {
  const state = { now: start };
  return { now: () => state.now, advance: (ms: number) => (state.now += ms) };
}

describe("MemoryIdempotencyStore", () => {
  it("claims a free key once; a second claim sees the first", async () => {
    const store = new MemoryIdempotencyStore();
    expect(await store.claim("k", "first", 1000)).toEqual({ claimed: true });
    expect(await store.claim("k", "second", 1000)).toEqual({ claimed: false, existing: "first" });
  });

  it("lets a claim's lease run out, so a crashed run doesn't block its key", async () => {
    const time = clock();
    const store = new MemoryIdempotencyStore({ now: time.now });
    await store.claim("k", "crashed", 30_000);
    time.advance(29_999);
    expect(await store.claim("k", "retry", 30_000)).toEqual({ claimed: false, existing: "crashed" });
    time.advance(1);
    expect(await store.claim("k", "retry", 30_000)).toEqual({ claimed: true });
  });

  it("keeps a completed answer for its own time, then forgets it", async () => {
    const time = clock();
    const store = new MemoryIdempotencyStore({ now: time.now });
    await store.claim("k", "claim", 30_000);
    await store.complete("k", "claim", "answer", KEEP_MS);
    time.advance(KEEP_MS - 1);
    expect(await store.claim("k", "other", 30_000)).toEqual({ claimed: false, existing: "answer" });
    time.advance(1);
    expect(await store.claim("k", "other", 30_000)).toEqual({ claimed: true });
  });

  it("never overwrites or releases a claim another run took after the lease ended", async () => {
    const time = clock();
    const store = new MemoryIdempotencyStore({ now: time.now });
    await store.claim("k", "slow", 1000);
    time.advance(1000);
    await store.claim("k", "newer", 1000);
    await store.complete("k", "slow", "late answer", KEEP_MS);
    await store.release("k", "slow");
    expect(await store.claim("k", "x", 1000)).toEqual({ claimed: false, existing: "newer" });
    await store.release("k", "newer");
    expect(await store.claim("k", "x", 1000)).toEqual({ claimed: true });
  });

  it("keeps an answer whose claim expired meanwhile (nobody else took the key)", async () => {
    const time = clock();
    const store = new MemoryIdempotencyStore({ now: time.now });
    await store.claim("k", "slow", 1000);
    time.advance(5000);
    await store.complete("k", "slow", "answer", KEEP_MS);
    expect(await store.claim("k", "x", 1000)).toEqual({ claimed: false, existing: "answer" });
  });

  it("holds at most maxEntries, dropping the least recently used", async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 3 });
    for (const key of ["a", "b", "c"]) await store.claim(key, key, 60_000);
    await store.claim("a", "again", 60_000); // a read: "a" is now the most recently used
    await store.claim("d", "d", 60_000);
    expect(store.size).toBe(3);
    expect(await store.claim("b", "b2", 60_000)).toEqual({ claimed: true }); // "b" was dropped (and "c" now)
    expect(await store.claim("a", "a2", 60_000)).toEqual({ claimed: false, existing: "a" });
    expect(await store.claim("d", "d2", 60_000)).toEqual({ claimed: false, existing: "d" });
  });

  it("holds at most maxChars of keys and values", async () => {
    const store = new MemoryIdempotencyStore({ maxChars: 100 });
    for (let i = 0; i < 10; i++) await store.claim(`k${i}`, "v".repeat(30), 60_000);
    expect(store.size).toBe(3); // 3 × (2 + 30) ≤ 100 < 4 × 32
    expect(await store.claim("k9", "x", 60_000)).toMatchObject({ claimed: false });
    expect(await store.claim("k0", "x", 60_000)).toEqual({ claimed: true });
  });

  it("sweeps expired records before dropping live ones when full", async () => {
    const time = clock();
    const store = new MemoryIdempotencyStore({ maxEntries: 3, now: time.now });
    await store.claim("live", "live", 60 * 60_000);
    await store.claim("short1", "s", 1000);
    await store.claim("short2", "s", 1000);
    time.advance(120_000);
    await store.claim("new", "new", 60_000);
    expect(store.size).toBe(2);
    expect(await store.claim("live", "x", 1000)).toEqual({ claimed: false, existing: "live" });
  });
});

describe("the Idempotency-Key header", () => {
  const request = (value?: string | string[]) =>
    ({ headers: value === undefined ? {} : { "idempotency-key": value } }) as unknown as IncomingMessage;

  it("is null when absent and optional, 400 IDEMPOTENCY_KEY_REQUIRED when absent and required", () => {
    expect(idempotencyKeyOf(request(), false)).toBeNull();
    expect(() => idempotencyKeyOf(request(), true)).toThrow(
      expect.objectContaining({ code: 400, type: "IDEMPOTENCY_KEY_REQUIRED" }),
    );
  });

  it("accepts 1 to 255 printable ASCII characters and refuses anything else with 400", () => {
    expect(idempotencyKeyOf(request("a"), true)).toBe("a");
    expect(idempotencyKeyOf(request(" ~".repeat(127) + "x"), false)).toHaveLength(255);
    for (const bad of ["", "x".repeat(256), "a\tb", "caf\u00e9", "a\u007fb", "\u{1F511}"]) {
      expect(() => idempotencyKeyOf(request(bad), false)).toThrow(
        expect.objectContaining({ code: 400, type: "IDEMPOTENCY_KEY_INVALID" }),
      );
    }
  });
});

describe("callerScope", () => {
  const ctx = (meta: Meta) => ({ meta }) as Context<unknown, Meta>;
  const user = { id: "u1", email: "u@example.test", roles: ["user" as const] };

  it("keeps the account and its credential kind apart, and falls back to the address", () => {
    expect(callerScope(ctx({ user: { ...user, via: "jwt" } }))).toBe("jwt:u1");
    expect(callerScope(ctx({ user: { ...user, via: "apikey", scopes: ["write"] } }))).toBe("apikey:u1");
    expect(callerScope(ctx({ user: null, clientAddress: "203.0.113.7" }))).toBe("address:203.0.113.7");
  });
});

describe("fingerprintOf", () => {
  it("ignores object key order at every level but not array order or values", () => {
    const a = fingerprintOf({ id: "t1", body: { x: 1, y: [1, { p: 1, q: 2 }] } });
    expect(fingerprintOf({ body: { y: [1, { q: 2, p: 1 }], x: 1 }, id: "t1" })).toBe(a);
    expect(fingerprintOf({ id: "t1", body: { x: 1, y: [{ p: 1, q: 2 }, 1] } })).not.toBe(a);
    expect(fingerprintOf({ id: "t2", body: { x: 1, y: [1, { p: 1, q: 2 }] } })).not.toBe(a);
    expect(fingerprintOf({ id: "t1", body: { x: "1", y: [1, { p: 1, q: 2 }] } })).not.toBe(a);
  });

  it("takes a body's own toJSON field as data", () => {
    expect(() => fingerprintOf({ toJSON: 5 })).not.toThrow();
    expect(fingerprintOf({ toJSON: 5 })).not.toBe(fingerprintOf({ toJSON: 6 }));
  });
});

/** A store that records its calls and can be made to fail. */
class RecordingStore implements IdempotencyStore {
  readonly memory = new MemoryIdempotencyStore();
  leases: number[] = [];
  failing: "claim" | "complete" | null = null;
  async claim(key: string, claim: string, leaseMs: number) {
    this.leases.push(leaseMs);
    if (this.failing === "claim") throw new StoreUnavailableError(new Error("connection refused"));
    return this.memory.claim(key, claim, leaseMs);
  }
  async complete(key: string, claim: string, outcome: string, ttlMs: number) {
    if (this.failing === "complete") throw new StoreUnavailableError(new Error("connection refused"));
    return this.memory.complete(key, claim, outcome, ttlMs);
  }
  release(key: string, claim: string) {
    return this.memory.release(key, claim);
  }
  close() {
    return this.memory.close();
  }
}

describe("Idempotency.run", () => {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => void warnings.push(message) };
  const post = (key: string) =>
    ({
      method: "POST",
      headers: { "idempotency-key": key },
      $params: { name: "x" },
      $ctx: { meta: { clientAddress: "203.0.113.7" } },
    }) as unknown as IdempotentRequest;
  const res = {} as ServerResponse;

  it("leases a claim for the call timeout plus a margin", async () => {
    const store = new RecordingStore();
    const idempotency = Idempotency.open({ redisUrl: null, prefix: "t", callTimeoutMs: 10_000, logger, store });
    await idempotency.run(post("k"), res, undefined, async () => "ran");
    expect(store.leases).toEqual([30_000]);
  });

  it("answers 503 (never runs the call) when the store can't claim", async () => {
    const store = new RecordingStore();
    store.failing = "claim";
    const idempotency = Idempotency.open({ redisUrl: null, prefix: "t", callTimeoutMs: 10_000, logger, store });
    let ran = false;
    const err = await idempotency
      .run(post("k"), res, undefined, async () => {
        ran = true;
      })
      .catch((e: unknown) => e);
    expect(ran).toBe(false);
    expect(err).toBeInstanceOf(Errors.MoleculerServerError);
    expect(toProblem(err, "").problem).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE" });
  });

  it("still answers a call that ran when its answer can't be kept, with a warning", async () => {
    const store = new RecordingStore();
    const idempotency = Idempotency.open({ redisUrl: null, prefix: "t", callTimeoutMs: 10_000, logger, store });
    store.failing = "complete";
    const err = await idempotency
      .run(post("k2"), res, undefined, async () => {
        throw new Errors.MoleculerClientError("nope", 409, "TAKEN");
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 409, type: "TAKEN" });
    expect(warnings.some((w) => w.includes("could not be kept"))).toBe(true);
  });

  it("ignores the header on methods other than POST", async () => {
    const store = new RecordingStore();
    const idempotency = Idempotency.open({ redisUrl: null, prefix: "t", callTimeoutMs: 10_000, logger, store });
    const get = { ...post(""), method: "GET" } as IdempotentRequest;
    expect(await idempotency.run(get, res, undefined, async () => "ran")).toBe("ran");
    expect(store.leases).toEqual([]);
  });
});

describe("OpenAPI", () => {
  const route = (over: Partial<Route>): Route => ({
    method: "POST",
    path: "/teams/:id/billing/top-ups",
    action: "billing.topUp",
    access: "user",
    status: 201,
    summary: "",
    tag: "billing",
    ...over,
  });

  it("documents Idempotency-Key on POST routes, required where declared, and 409 answers", () => {
    const doc = buildOpenApi([route({ idempotency: "required" }), route({ path: "/teams", action: "teams.create" })]);
    const topUp = doc.paths["/api/v1/teams/{id}/billing/top-ups"].post as {
      parameters: { name: string; in: string; required: boolean }[];
      responses: Record<string, unknown>;
    };
    expect(topUp.parameters).toContainEqual(
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }),
    );
    expect(topUp.responses).toHaveProperty("409");
    const create = doc.paths["/api/v1/teams"].post as { parameters: { name: string; required: boolean }[] };
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", required: false }));
  });

  it("leaves it off other methods", () => {
    const doc = buildOpenApi([route({ method: "GET", path: "/teams", action: "teams.list" })]);
    const list = doc.paths["/api/v1/teams"].get as { parameters: { name: string }[] };
    expect(list.parameters.map((p) => p.name)).not.toContain("Idempotency-Key");
  });
});
