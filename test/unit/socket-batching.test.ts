/** NATS writes coalesced per event-loop turn (lib/socket-batching.ts), on the machine's NATS server: fewer socket writes, every message delivered in order. */
import type { Socket } from "node:net";
import { connect, StringCodec, type NatsConnection } from "nats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchNatsWrites } from "../../lib/socket-batching.js";

const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";
const codec = StringCodec();
let publisher: NatsConnection;
let subscriber: NatsConnection;

beforeAll(async () => {
  batchNatsWrites();
  publisher = await connect({ servers: NATS_URL.replace("nats://", "") });
  subscriber = await connect({ servers: NATS_URL.replace("nats://", "") });
});
afterAll(async () => {
  await publisher?.close();
  await subscriber?.close();
});

/** The publisher's socket, with a count of the writes that reached it (one per write or writev). */
function countWrites(connection: NatsConnection): () => number {
  const socket = (connection as unknown as { protocol: { transport: { socket: Socket } } }).protocol.transport.socket;
  const target = socket as unknown as Record<"_write" | "_writev", (...args: unknown[]) => unknown>;
  let writes = 0;
  for (const name of ["_write", "_writev"] as const) {
    const original = target[name].bind(socket);
    target[name] = (...args: unknown[]) => {
      writes++;
      return original(...args);
    };
  }
  return () => writes;
}

describe("batchNatsWrites", () => {
  it("sends the messages of one event-loop turn in one socket write, all delivered in order", async () => {
    const subject = `batching.${Date.now()}`;
    const received: string[] = [];
    const done = new Promise<void>((resolve) => {
      subscriber.subscribe(subject, {
        callback: (_err, message) => {
          received.push(codec.decode(message.data));
          if (received.length === 50) resolve();
        },
      });
    });
    await subscriber.flush();
    const writes = countWrites(publisher);
    // 50 publishes in one turn, each after a microtask boundary (where nats.js would flush on its own).
    for (let i = 0; i < 50; i++) {
      publisher.publish(subject, codec.encode(String(i)));
      await Promise.resolve();
    }
    await done;
    expect(received).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    expect(writes()).toBeLessThanOrEqual(2);
  });

  it("keeps flush round trips working", async () => {
    const rtt = await publisher.rtt();
    expect(rtt).toBeGreaterThanOrEqual(0);
  });
});
