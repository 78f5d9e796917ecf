/**
 * Honest outages: a database that is down, restarting or refusing connections is a 503 the caller
 * may retry, never a 500. Every action's error passes through one broker middleware that recognises
 * the ways a lost PostgreSQL shows up (pg, Sequelize and socket errors, SQLSTATE class 08 and the
 * shutdown codes) and replaces them with DatabaseUnavailableError; the gateway answers it 503
 * SERVICE_UNAVAILABLE with Retry-After (services/api/problem.ts).
 */
import { Errors, type Context, type Middleware } from "moleculer";

export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

/** A 503 the caller may retry: the database could not be reached or went away mid-statement. */
export class DatabaseUnavailableError extends Errors.MoleculerRetryableError {
  constructor(cause?: unknown) {
    super("The database is unreachable; try again shortly", 503, DATABASE_UNAVAILABLE, {
      reason: describe(cause),
    });
    this.name = "DatabaseUnavailableError";
  }
}

/**
 * SQLSTATEs of a server that is gone or refusing: class 08 (connection exception), 57P01–57P03
 * (admin shutdown, crash shutdown, cannot connect now: starting up or in recovery), 53300 (too many
 * connections).
 */
const UNAVAILABLE_STATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** Socket errors of a server that is down or unreachable. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/** Sequelize's connection errors (its DatabaseError wraps query failures; these wrap connect failures). */
const SEQUELIZE_CONNECTION = /^Sequelize(Connection\w*|HostNotFound|HostNotReachable|InvalidConnection)Error$/;

/** pg's own words when a connection dies under a query or a pool can't open one in time. */
const PG_MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
  "timeout exceeded when trying to connect",
  "Client was closed and is not queryable",
];

/** The error and what it wraps (Sequelize's `parent`/`original`, `cause`), a few levels deep. */
function chain(err: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const queue = [err];
  while (queue.length && found.length < 8) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || found.includes(current as Record<string, unknown>)) continue;
    const record = current as Record<string, unknown>;
    found.push(record);
    queue.push(record.parent, record.original, record.cause);
  }
  return found;
}

/** Whether `err` says the database is unreachable (rather than that a statement was wrong). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const errors = chain(err);
  // A socket error means the database only when Sequelize carried it (not an SMTP or HTTP client's).
  const fromSequelize = errors.some((e) => typeof e.name === "string" && e.name.startsWith("Sequelize"));
  return errors.some((e) => {
    if (e.type === DATABASE_UNAVAILABLE) return true;
    const code = typeof e.code === "string" ? e.code : "";
    if (UNAVAILABLE_STATE.test(code) || (fromSequelize && SOCKET_CODES.has(code))) return true;
    if (typeof e.name === "string" && SEQUELIZE_CONNECTION.test(e.name)) return true;
    const message = typeof e.message === "string" ? e.message : "";
    return PG_MESSAGES.some((words) => message.startsWith(words));
  });
}

function describe(err: unknown): string {
  const e = (err ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? `${e.code}: ` : "";
  return `${code}${typeof e.message === "string" ? e.message : String(err)}`.slice(0, 200);
}

type Handler = (ctx: Context) => Promise<unknown>;

/**
 * Replaces a lost-database error of any local action with DatabaseUnavailableError, so the gateway,
 * the circuit breaker and callers on other nodes all see a retryable 503.
 */
export function DatabaseOutage(): Middleware {
  return {
    name: "DatabaseOutage",
    localAction(handler: Handler) {
      return (ctx: Context) =>
        handler(ctx).catch((err: unknown) => {
          if (err instanceof DatabaseUnavailableError || !isDatabaseUnavailable(err)) throw err;
          throw new DatabaseUnavailableError(err);
        });
    },
  } as Middleware;
}
