/** @moleculer/channels wiring: JetStream on NATS, awaited in-process delivery when embedded. */
import Channels from "@moleculer/channels";
import { Serializers, type Middleware, type ServiceBroker } from "moleculer";
import type { Config } from "../../config.js";

export const CHANNEL_PREFIX = "events.";

type Send = (channel: string, payload: Buffer, opts?: object) => Promise<void>;

function senderOf(broker: ServiceBroker): Send | undefined {
  return (broker as unknown as { sendToChannel?: Send }).sendToChannel;
}

/** Whether the broker has the channels middleware (a bare test broker has not). */
export function hasChannels(broker: ServiceBroker): boolean {
  return typeof senderOf(broker) === "function";
}

/** Publishes raw bytes to a channel through the broker's channels middleware. */
export function sendToChannel(broker: ServiceBroker, channel: string, payload: Buffer, opts?: object): Promise<void> {
  const send = senderOf(broker);
  if (!send) throw new Error("this broker has no channels middleware (moleculer.config.ts adds it)");
  return send(channel, payload, opts);
}
export const DEAD_LETTER_CHANNEL = "events.dead-letter";
/** JetStream's ack wait for every consumer group (a newly created group; an existing one keeps its own). */
export const ACK_WAIT_MS = 5_000;
export const MAX_RETRIES = 5;

/** Channel carrying one topic's envelopes. */
export function topicChannel(topic: string): string {
  return `${CHANNEL_PREFIX}${topic}`;
}

/** Channel a replay for one consumer group travels on (only that group listens). */
export function replayChannel(group: string): string {
  return `${CHANNEL_PREFIX}replay.${group}`;
}

/**
 * The adapter would JSON-encode a Buffer into an array of numbers; this one passes the
 * protobuf bytes through untouched, so the stream holds what `protoc --decode` reads.
 */
export class RawSerializer extends Serializers.Base {
  serialize(data: unknown): Buffer {
    if (Buffer.isBuffer(data)) return data;
    if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(JSON.stringify(data));
  }

  deserialize(buf: Buffer | string): Buffer {
    return Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  }
}

type FakeAdapterClass = new (opts: object) => {
  broker: ServiceBroker;
  opts: { eventPrefix: string };
  publish(channel: string, payload: unknown, opts?: { headers?: Record<string, string> }): Promise<void>;
};

const { Fake } = (Channels as unknown as { Adapters: { Fake: FakeAdapterClass } }).Adapters;

/**
 * In-process delivery that waits for every consumer group's handler, so the outbox relay marks a
 * row sent only once it was consumed (consumers retry and dead-letter on their own here).
 */
export class LocalAdapter extends Fake {
  async publish(channel: string, payload: unknown, opts: { headers?: Record<string, string> } = {}): Promise<void> {
    await this.broker.emit(`${this.opts.eventPrefix}.${channel}`, { payload, headers: opts.headers }, {
      throwError: true,
    } as never);
  }
}

export function isDurable(config: Config): boolean {
  return Boolean(config.transporter?.startsWith("nats://"));
}

export function channelsMiddleware(config: Config): Middleware {
  const common = {
    serializer: new RawSerializer(),
    maxRetries: MAX_RETRIES,
    maxInFlight: 64,
    deadLettering: { enabled: true, queueName: DEAD_LETTER_CHANNEL },
  };
  const adapter = isDurable(config)
    ? {
        type: "NATS",
        options: {
          ...common,
          // An options object: a bare URL string is ignored and the adapter dials localhost.
          nats: {
            url: config.transporter,
            connectionOptions: {
              servers: natsServers(config.transporter as string),
              name: "meshwork-channels",
              noAsyncTraces: true,
              // Reconnect for ever, quickly: after a NATS restart consumers and the relay are back within ~250 ms.
              maxReconnectAttempts: -1,
              reconnectTimeWait: 250,
              pingInterval: 5_000,
              maxPingOut: 2,
            },
            streamConfig: { max_age: 7 * 24 * 3600 * 1e9 },
            consumerOptions: {
              config: {
                // A consumer group created after events were published still gets them.
                deliver_policy: "all",
                // Messages a killed consumer held come back to the others (or its restart) after this.
                // A handler that runs longer keeps its message with `working()` (mixins/consumer.mixin.ts).
                ack_wait: ACK_WAIT_MS * 1e6,
              },
            },
          },
        },
      }
    : new LocalAdapter({ ...common, maxInFlight: 16 });
  return (Channels as unknown as { Middleware: (opts: object) => Middleware }).Middleware({ adapter, context: false });
}

function natsServers(url: string): string[] {
  return url.split(",").map((server) => new URL(server.trim()).host);
}
