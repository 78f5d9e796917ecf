/**
 * `Idempotency-Key` on POST routes (DESIGN §4): a retried POST answers what its first run answered
 * instead of running again.
 *
 * - The key (1–255 printable ASCII characters, else 400 IDEMPOTENCY_KEY_INVALID) is honoured on every
 *   POST, required where the action declares `idempotency: "required"` (400 IDEMPOTENCY_KEY_REQUIRED),
 *   and ignored on other methods.
 * - Scope: caller + method + route + key. The caller is the account when it signed in with a token
 *   (`jwt:<id>`) and the key itself with an API key (`apikey:<key id>`), so an answer only goes back to the
 *   credential that earned it; on a public route (no caller) it is the client address. Two anonymous
 *   clients behind one address share a scope, but a replay also needs the very same body (passwords and
 *   tokens included), which only the first client has.
 * - The first run claims the key with a lease (the call timeout plus a margin, so a crashed gateway frees
 *   it); its 2xx or 4xx answer (status, body, Location) is kept for 24 h with a fingerprint of the params.
 *   5xx and 429 answers are not kept: they say "try again", and the retry runs again.
 * - Same key, same params: the kept answer with `Idempotent-Replayed: true`, without calling the action.
 *   Same key, other params: 422 IDEMPOTENCY_KEY_REUSED. Same key while the first still runs: 409
 *   IDEMPOTENCY_KEY_IN_USE with Retry-After (no waiting: the client retries and then gets the replay).
 * - The store (idempotency-store.ts) is Redis with REDIS_URL, shared by every gateway, else memory.
 *   A store that can't answer is 503 with Retry-After: the request is refused, never run unguarded.
 */
import { createHash, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { Errors, type Context } from "moleculer";
import type { Route } from "../../lib/actions.js";
import type { Meta } from "../../lib/auth.js";
import { BadRequestError, ConflictError, UnprocessableError } from "../../lib/errors.js";
import {
  MemoryIdempotencyStore,
  RedisIdempotencyStore,
  StoreUnavailableError,
  type IdempotencyStore,
} from "./idempotency-store.js";
import { toProblem } from "./problem.js";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";
/** Printable ASCII (space to tilde), 1 to 255 characters. */
const KEY_FORMAT = /^[\x20-\x7E]{1,255}$/;
/** How long an answer is kept. */
export const KEEP_MS = 24 * 60 * 60 * 1000;
/** Added to the call timeout for the claim's lease: the gateway settles a claim within it. */
const LEASE_MARGIN_MS = 20_000;
const JSON_TYPE = "application/json; charset=utf-8";
const PROBLEM_TYPE = "application/problem+json; charset=utf-8";

/** The parts of moleculer-web's request the check reads. */
export interface IdempotentRequest extends IncomingMessage {
  $ctx?: Context<unknown, Meta>;
  $params?: unknown;
  $alias?: { fullPath?: string };
  /** The resolved action's definition, as its own node declares it. */
  $action?: { name: string; idempotency?: unknown };
  originalUrl?: string;
}

/** A key being run. */
interface RunningRecord {
  state: "running";
  fingerprint: string;
  /** Makes each claim's value unique, so only its owner completes or releases it. */
  claim: string;
}

/** A kept answer. */
interface DoneRecord {
  state: "done";
  fingerprint: string;
  status: number;
  contentType: string | null;
  location: string | null;
  body: string | null;
}

type StoredRecord = RunningRecord | DoneRecord;
type Answer = Omit<DoneRecord, "state" | "fingerprint">;

/** What a request that claimed a key holds until its answer is kept or the claim released. */
interface Hold {
  storeKey: string;
  claim: string;
  fingerprint: string;
  settled: boolean;
}

export interface IdempotencyOptions {
  /** Redis shared by every gateway; null keeps records in this process. */
  redisUrl: string | null;
  /** Keeps this deployment's keys apart from another's in a shared Redis. */
  prefix: string;
  /** The gateway's action call timeout; the claim's lease is this plus a margin. */
  callTimeoutMs: number;
  logger: { warn(message: string): void };
  /** A store of one's own (tests); otherwise chosen from redisUrl. */
  store?: IdempotencyStore;
}

export class Idempotency {
  private readonly holds = new WeakMap<IncomingMessage, Hold>();
  private readonly leaseMs: number;

  constructor(
    private readonly store: IdempotencyStore,
    private readonly opts: Omit<IdempotencyOptions, "store" | "redisUrl">,
  ) {
    this.leaseMs = opts.callTimeoutMs + LEASE_MARGIN_MS;
  }

  static open(opts: IdempotencyOptions): Idempotency {
    const store =
      opts.store ?? (opts.redisUrl ? new RedisIdempotencyStore(opts.redisUrl) : new MemoryIdempotencyStore());
    return new Idempotency(store, opts);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /**
   * Runs `call` (moleculer-web's callAction) under the request's Idempotency-Key: answers a kept
   * answer instead, or refuses, or claims the key and settles it with whatever the call answers.
   */
  async run<T>(req: IdempotentRequest, res: ServerResponse, route: Route | undefined, call: () => Promise<T>) {
    if (req.method !== "POST") return call();
    const required = route?.idempotency === "required" || req.$action?.idempotency === "required";
    // A caller the route refuses anyway hears 403 from the access check, not 400 for a missing key.
    if (required && route?.access === "admin" && !req.$ctx?.meta.user?.roles?.includes("admin")) return call();
    const key = idempotencyKeyOf(req, required);
    if (key === null) return call();

    const fingerprint = fingerprintOf(req.$params ?? {});
    const storeKey = this.storeKeyOf(req, route, key);
    const claim = JSON.stringify({ state: "running", fingerprint, claim: randomUUID() } satisfies RunningRecord);
    const answer = await this.guard(() => this.store.claim(storeKey, claim, this.leaseMs));
    if (!answer.claimed) return this.answerExisting(res, answer.existing, fingerprint);

    const hold: Hold = { storeKey, claim, fingerprint, settled: false };
    this.holds.set(req, hold);
    try {
      return await call();
    } catch (err) {
      await this.settleFailure(req, hold, err);
      throw err;
    } finally {
      // An answer keep() could not record (not JSON) frees the key rather than blocking it.
      if (!hold.settled) await this.release(hold);
    }
  }

  /**
   * Records a successful call's answer before it is sent (the route's onAfterCall), so a retry that
   * arrives after the client has the answer always finds it kept. `body` is what the gateway sends.
   */
  async keep(req: IncomingMessage, ctx: Context<unknown, Meta>, body: unknown): Promise<void> {
    const hold = this.holds.get(req);
    if (!hold || hold.settled) return;
    const status = ctx.meta.$statusCode ?? 200;
    // Only JSON answers are kept; a stream, a buffer or another media type is not replayable.
    if (status >= 500 || ctx.meta.$responseType || !isJsonAnswer(body)) return;
    hold.settled = true;
    const location = typeof ctx.meta.$location === "string" ? ctx.meta.$location : null;
    const empty = body == null || status === 204;
    await this.complete(hold, {
      status,
      contentType: empty ? null : JSON_TYPE,
      location: status === 201 || (status >= 300 && status < 400) ? location : null,
      body: empty ? null : JSON.stringify(body),
    });
  }

  /** A failed call: a 4xx (as the client will see it) is kept, anything else frees the key. */
  private async settleFailure(req: IdempotentRequest, hold: Hold, err: unknown): Promise<void> {
    hold.settled = true;
    const path = (req.originalUrl ?? req.url ?? "/").split("?")[0];
    const { problem } = toProblem(err, `No route for ${req.method} ${path}`);
    if (problem.status >= 500 || problem.status === 429) return this.release(hold);
    await this.complete(hold, {
      status: problem.status,
      contentType: PROBLEM_TYPE,
      location: null,
      body: JSON.stringify(problem),
    });
  }

  private async complete(hold: Hold, answer: Answer): Promise<void> {
    const record: DoneRecord = { state: "done", fingerprint: hold.fingerprint, ...answer };
    try {
      await this.store.complete(hold.storeKey, hold.claim, JSON.stringify(record), KEEP_MS);
    } catch (err) {
      // The action ran: its answer still goes out. The claim's lease runs out and a retry runs again.
      this.opts.logger.warn(`Idempotency: the answer could not be kept: ${(err as Error).message}`);
    }
  }

  private async release(hold: Hold): Promise<void> {
    hold.settled = true;
    try {
      await this.store.release(hold.storeKey, hold.claim);
    } catch (err) {
      this.opts.logger.warn(
        `Idempotency: a claim could not be released (its lease ends it): ${(err as Error).message}`,
      );
    }
  }

  /** A key that already holds a record: a replay, or a refusal. */
  private answerExisting(res: ServerResponse, existing: string, fingerprint: string): true {
    const record = parseRecord(existing);
    if (record.fingerprint !== fingerprint) {
      throw new UnprocessableError(
        "This Idempotency-Key was used with another request; use a new key for a new request",
        [{ field: IDEMPOTENCY_KEY_HEADER, message: "was already used with different parameters" }],
        "IDEMPOTENCY_KEY_REUSED",
      );
    }
    if (record.state === "running") {
      res.setHeader("Retry-After", "1");
      throw new ConflictError(
        "A request with this Idempotency-Key is still running; retry shortly for its answer",
        "IDEMPOTENCY_KEY_IN_USE",
      );
    }
    replay(res, record);
    return true;
  }

  /** Store failures become a 503 the client may retry; the request is not run without its guard. */
  private async guard<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      throw new Errors.MoleculerServerError(err.message, 503, "IDEMPOTENCY_STORE_UNAVAILABLE");
    }
  }

  /** One store key per scope: a hash, so any key text fits and none is stored in the clear. */
  private storeKeyOf(req: IdempotentRequest, route: Route | undefined, key: string): string {
    const path = route?.path ?? req.$alias?.fullPath ?? "";
    const scope = JSON.stringify([callerScope(req.$ctx), req.method, path, key]);
    return `${this.opts.prefix}:idempotency:${createHash("sha256").update(scope).digest("hex")}`;
  }
}

/** The request's Idempotency-Key, null when absent and not required; a bad one is a 400. */
export function idempotencyKeyOf(req: IncomingMessage, required: boolean): string | null {
  const given = req.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (given === undefined) {
    if (!required) return null;
    throw new BadRequestError(
      "This route needs an Idempotency-Key header (a unique value per operation, e.g. a UUID)",
      "IDEMPOTENCY_KEY_REQUIRED",
    );
  }
  const key = Array.isArray(given) ? given.join(", ") : given;
  if (!KEY_FORMAT.test(key)) {
    throw new BadRequestError(
      "The Idempotency-Key header must be 1 to 255 printable ASCII characters",
      "IDEMPOTENCY_KEY_INVALID",
    );
  }
  return key;
}

/** Who the key belongs to: the account and its credential kind, or the client address on public routes. */
export function callerScope(ctx: Context<unknown, Meta> | undefined): string {
  const user = ctx?.meta.user;
  // An API key is its own scope: a team key and its issuer's personal key never share answers.
  if (user?.keyId) return `apikey:${user.keyId}`;
  if (user) return `${user.via}:${user.id}`;
  return `address:${ctx?.meta.clientAddress ?? "unknown"}`;
}

/** A hash of the params (body, query and path params) with object keys in a stable order. */
export function fingerprintOf(params: unknown): string {
  return createHash("sha256").update(canonicalJson(params)).digest("hex");
}

function canonicalJson(value: unknown): string {
  // Dates and buffers as JSON shows them; a body's own "toJSON" field is just a field.
  const toJSON = (value as { toJSON?: unknown } | null)?.toJSON;
  const plain = typeof toJSON === "function" && !isPlainObject(value) ? (toJSON as () => unknown).call(value) : value;
  if (Array.isArray(plain)) return `[${plain.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (plain !== null && typeof plain === "object") {
    const fields = Object.entries(plain as Record<string, unknown>)
      .filter(([, field]) => field !== undefined && typeof field !== "function")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, field]) => `${JSON.stringify(name)}:${canonicalJson(field)}`);
    return `{${fields.join(",")}}`;
  }
  return JSON.stringify(plain) ?? "null";
}

function isPlainObject(value: unknown): boolean {
  const proto = value !== null && typeof value === "object" ? (Object.getPrototypeOf(value) as unknown) : undefined;
  return proto === Object.prototype || proto === null;
}

/** Answers moleculer-web would JSON-encode (not buffers or streams). */
function isJsonAnswer(body: unknown): boolean {
  if (body == null || typeof body !== "object") return true;
  if (Buffer.isBuffer(body) || body instanceof Readable) return false;
  return (body as { type?: unknown }).type !== "Buffer";
}

function parseRecord(text: string): StoredRecord {
  try {
    const record = JSON.parse(text) as StoredRecord;
    if (typeof record.fingerprint === "string" && (record.state === "running" || record.state === "done")) {
      return record;
    }
  } catch {
    // handled below
  }
  // Only this module writes these keys: anything else is a store that can't be trusted right now.
  throw new Errors.MoleculerServerError("unreadable idempotency record", 503, "IDEMPOTENCY_STORE_UNAVAILABLE");
}

/** Writes a kept answer: the first status, body and Location, marked as a replay. */
function replay(res: ServerResponse, record: DoneRecord): void {
  res.statusCode = record.status;
  res.setHeader(REPLAYED_HEADER, "true");
  res.setHeader("Cache-Control", "no-store");
  if (record.location) res.setHeader("Location", record.location);
  if (record.body === null) {
    res.end();
    return;
  }
  res.setHeader("Content-Type", record.contentType ?? JSON_TYPE);
  res.setHeader("Content-Length", Buffer.byteLength(record.body));
  res.end(record.body);
}
