/** The client's address for rate limiting: the socket peer, or X-Forwarded-For only via trusted proxies. */
import type { IncomingMessage } from "node:http";

function normalize(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

/**
 * moleculer-web's default key trusts any client's X-Forwarded-For, so one client could spoof
 * a new address per request. We walk the header right to left and stop at the first hop
 * that is not one of our proxies.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: string[]): string {
  const peer = normalize(req.socket.remoteAddress ?? "unknown");
  if (!trustedProxies.length || !trustedProxies.includes(peer)) return peer;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((h) => normalize(h.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trustedProxies.includes(hops[i])) return hops[i];
  }
  return hops[0] ?? peer;
}
