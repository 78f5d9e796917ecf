/** Password hashing with scrypt (memory-hard, in Node's crypto: no native addon to build), run with bounded concurrency. */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { TooManyRequestsError } from "../../lib/errors.js";

// 32 MiB per hash (128 * N * r): OWASP's scrypt floor, ~60 ms here.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: typeof PARAMS): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`: parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await derive(password, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// --- bounded hashing ----------------------------------------------------------------------

export interface HashingSettings {
  /** scrypt derivations running at once (each holds a libuv thread and 32 MiB). */
  concurrency: number;
  /** Derivations waiting for a slot; beyond that, refused at once. */
  queue: number;
  /** Derivations one client address may have running or waiting; calls without an address have no share. */
  perAddress: number;
}

export class HashingBusyError extends TooManyRequestsError {
  constructor() {
    super("Too many password checks are running; try again in a moment", 1, "HASHING_BUSY");
  }
}

/** The waiting line of calls that came through no gateway (another service, a test, the REPL). */
const MESH = "";

/**
 * Bounds the node's password hashing so a flood can't starve it: a few derivations at a time, a short
 * queue, and a share per client address so one address can't take the queue from everyone else.
 * Waiting derivations are served address by address in turn, so a burst from one address delays
 * another address's check by at most one of its derivations. Whatever doesn't fit is refused at once
 * (429 HASHING_BUSY, Retry-After 1) instead of waiting seconds.
 */
export class HashingGate {
  private running = 0;
  private waitingCount = 0;
  /** Waiting derivations per address; the map's order is the order of turns. */
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly limits: HashingSettings) {}

  /** Derivations running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waitingCount };
  }

  async run<T>(address: string | undefined, derive: () => Promise<T>): Promise<T> {
    const held = address === undefined ? 0 : (this.byAddress.get(address) ?? 0);
    const full = this.running >= this.limits.concurrency && this.waitingCount >= this.limits.queue;
    if (full || (address !== undefined && held >= this.limits.perAddress)) throw new HashingBusyError();
    if (address !== undefined) this.byAddress.set(address, held + 1);
    try {
      await this.acquire(address ?? MESH);
      try {
        return await derive();
      } finally {
        this.release();
      }
    } finally {
      if (address !== undefined) this.forget(address);
    }
  }

  private acquire(line: string): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    this.waitingCount++;
    // The releasing derivation hands its slot over: `running` stays as it is.
    return new Promise((resolve) => {
      const queue = this.waiting.get(line);
      if (queue) queue.push(resolve);
      else this.waiting.set(line, [resolve]);
    });
  }

  private release(): void {
    const [line, queue] = this.waiting.entries().next().value ?? [];
    if (line === undefined || !queue) {
      this.running--;
      return;
    }
    // The address whose turn it is goes last in the order; it keeps its place only if it has more waiting.
    this.waiting.delete(line);
    const next = queue.shift() as () => void;
    if (queue.length) this.waiting.set(line, queue);
    this.waitingCount--;
    next();
  }

  private forget(address: string): void {
    const left = (this.byAddress.get(address) ?? 1) - 1;
    if (left > 0) this.byAddress.set(address, left);
    else this.byAddress.delete(address);
  }
}
