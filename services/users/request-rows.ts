/**
 * The caller's row as users.resolveToken has just read it, kept for the rest of the same request: the
 * gateway resolves the token and then calls users.me under one request id, and me answers from that
 * row instead of reading it again. Only a fresh read is kept (a cached resolveToken runs no handler),
 * for one use and at most a second; keyed by request id and user id, so a reused X-Request-Id never
 * hands anyone another account's row.
 */
import type { UserRecord } from "./models.js";

const MAX_AGE_MS = 1_000;
const MAX_ENTRIES = 10_000;

const rows = new Map<string, { row: UserRecord; at: number }>();

const keyOf = (requestID: string, userId: string) => `${requestID}\u0000${userId}`;

export function rememberForRequest(requestID: string | null | undefined, row: UserRecord): void {
  if (!requestID) return;
  const now = Date.now();
  if (rows.size >= MAX_ENTRIES) {
    // Entries no request came back for (a route other than me): drop the old ones.
    for (const [key, entry] of rows) if (now - entry.at > MAX_AGE_MS) rows.delete(key);
    if (rows.size >= MAX_ENTRIES) rows.clear();
  }
  rows.set(keyOf(requestID, row.id), { row, at: now });
}

/** The row resolveToken read for this request, once; null when there is none (or it is too old). */
export function recallForRequest(requestID: string | null | undefined, userId: string): UserRecord | null {
  if (!requestID || !userId) return null;
  const key = keyOf(requestID, userId);
  const entry = rows.get(key);
  if (!entry) return null;
  rows.delete(key);
  return Date.now() - entry.at <= MAX_AGE_MS ? entry.row : null;
}
