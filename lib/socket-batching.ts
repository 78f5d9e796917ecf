/**
 * NATS writes coalesced per event-loop turn. nats.js flushes its outbound buffer at the end of the
 * microtask queue, so under load every Moleculer packet (a request, a response, an event) is its own
 * socket write: a third of a gateway node's CPU went to `writeBuffer` with 50 concurrent requests
 * (docs/benchmarks.md). Here the first write of a turn corks the socket and the check phase uncorks
 * it, so the packets of every request handled in that turn leave in one writev. It delays a packet by
 * at most the rest of the turn; flush()/PING round trips are unchanged.
 */
import { createRequire } from "node:module";
import type { Socket } from "node:net";

interface Transport {
  socket?: Socket;
  _send(frame: Uint8Array): Promise<void>;
  send(frame: Uint8Array): void;
}

let installed = false;

/** Patches nats.js' Node transport for every connection this process opens from now on. Idempotent. */
export function batchNatsWrites(): void {
  if (installed) return;
  const { NodeTransport } = createRequire(import.meta.url)("nats/lib/src/node_transport.js") as {
    NodeTransport: { prototype: Transport };
  };
  NodeTransport.prototype.send = function send(this: Transport, frame: Uint8Array): void {
    const socket = this.socket;
    if (socket && !socket.destroyed && socket.writableCorked === 0) {
      socket.cork();
      setImmediate(() => socket.uncork());
    }
    // As nats.js does: a failed write shows as a failed read or a missed heartbeat, which reconnect.
    this._send(frame).catch(() => undefined);
  };
  installed = true;
}
