/** users.me answers from the row resolveToken read in the same request: once, for that user only, while fresh. */
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { UserRecord } from "../../services/users/models.js";
import { recallForRequest, rememberForRequest } from "../../services/users/request-rows.js";

const row = (id = randomUUID()) => ({ id, email: `${id}@example.com`, status: "active" }) as UserRecord;

afterEach(() => vi.useRealTimers());

describe("request rows", () => {
  it("hands the row back once, to the same request and user", () => {
    const user = row();
    const requestID = randomUUID();
    rememberForRequest(requestID, user);
    expect(recallForRequest(randomUUID(), user.id)).toBeNull();
    expect(recallForRequest(requestID, randomUUID())).toBeNull();
    expect(recallForRequest(requestID, user.id)).toBe(user);
    expect(recallForRequest(requestID, user.id)).toBeNull();
  });

  it("keeps a row at most a second, and nothing without a request id", () => {
    vi.useFakeTimers();
    const user = row();
    const requestID = randomUUID();
    rememberForRequest(requestID, user);
    rememberForRequest(undefined, user);
    vi.advanceTimersByTime(1_001);
    expect(recallForRequest(requestID, user.id)).toBeNull();
    expect(recallForRequest(undefined, user.id)).toBeNull();
  });

  it("stays bounded when requests never come back for their rows", () => {
    vi.useFakeTimers();
    const first = row();
    rememberForRequest("first", first);
    vi.advanceTimersByTime(2_000);
    for (let i = 0; i < 10_000; i++) rememberForRequest(`r${i}`, row());
    expect(recallForRequest("first", first.id)).toBeNull();
  });
});
