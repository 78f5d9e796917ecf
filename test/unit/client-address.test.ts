/** services/api/client-address.ts: the rate-limit key cannot be spoofed with X-Forwarded-For. */
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../../services/api/client-address.js";

function request(peer: string | undefined, forwardedFor?: string | string[]): IncomingMessage {
  const headers: Record<string, string | string[]> = {};
  if (forwardedFor !== undefined) headers["x-forwarded-for"] = forwardedFor;
  return { socket: { remoteAddress: peer }, headers } as unknown as IncomingMessage;
}

describe("clientAddress", () => {
  it("uses the socket peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(request("203.0.113.9", "1.2.3.4"), [])).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress(request("203.0.113.9", "1.2.3.4"), ["10.0.0.1"])).toBe("203.0.113.9");
  });

  it("normalizes IPv4-mapped IPv6 peers", () => {
    expect(clientAddress(request("::ffff:198.51.100.7"), [])).toBe("198.51.100.7");
    expect(clientAddress(request("::ffff:10.0.0.1", "1.2.3.4"), ["10.0.0.1"])).toBe("1.2.3.4");
  });

  it("believes a trusted proxy's X-Forwarded-For", () => {
    expect(clientAddress(request("10.0.0.1", "1.2.3.4"), ["10.0.0.1"])).toBe("1.2.3.4");
  });

  it("takes the right-most hop that is not a trusted proxy, so a client cannot prepend a fake address", () => {
    const req = request("10.0.0.1", "6.6.6.6, 1.2.3.4, 10.0.0.2");
    expect(clientAddress(req, ["10.0.0.1", "10.0.0.2"])).toBe("1.2.3.4");
  });

  it("joins repeated X-Forwarded-For headers", () => {
    expect(clientAddress(request("10.0.0.1", ["6.6.6.6", "1.2.3.4"]), ["10.0.0.1"])).toBe("1.2.3.4");
  });

  it("falls back to the first hop when every hop is a trusted proxy, and to the peer without a header", () => {
    expect(clientAddress(request("10.0.0.1", "10.0.0.2"), ["10.0.0.1", "10.0.0.2"])).toBe("10.0.0.2");
    expect(clientAddress(request("10.0.0.1"), ["10.0.0.1"])).toBe("10.0.0.1");
  });

  it("still answers when the socket has no address", () => {
    expect(clientAddress(request(undefined, "1.2.3.4"), [])).toBe("unknown");
  });
});
