/** Consuming domain events: decode, dedupe-safe handler, retries, dead letters, and a replay channel per group. */
import type { Service, ServiceSchema } from "moleculer";
import { TOPICS, type Topic } from "../events/topics.js";
import { acquireDatabase, releaseDatabase } from "../lib/database.js";
import {
  DEAD_LETTER_CHANNEL,
  MAX_RETRIES,
  isDurable,
  replayChannel,
  sendToChannel,
  topicChannel,
} from "../lib/events/channels.js";
import { decodeEnvelope, UndecodableEnvelopeError, type Envelope } from "../lib/events/envelope.js";
import { configOf, databaseOptions } from "../lib/runtime.js";

export interface ConsumerOptions {
  /** Consumer group: each group gets every event once (at least once). */
  group: string;
  topics: readonly Topic[] | "all";
  /** Name of the service method that handles one envelope; it must be idempotent on envelope.id. */
  handler: string;
  /** Messages in flight at once per channel. */
  maxInFlight?: number;
}

export const METRIC_UNDECODABLE = "meshwork.events.undecodable.total";
export const METRIC_DEAD_LETTERED = "meshwork.events.dead.lettered.total";
export const METRIC_CONSUMED = "meshwork.events.consumed.total";

type Handler = (envelope: Envelope) => Promise<void>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function registerMetrics(service: Service): void {
  const metrics = service.broker.metrics;
  if (!service.broker.isMetricsEnabled()) return;
  const define = (name: string, description: string) => {
    if (!metrics.getMetric(name))
      metrics.register({ type: "counter", name, description, labelNames: ["channel", "group"] });
  };
  define(METRIC_UNDECODABLE, "Event messages that could not be decoded and went to dead letters");
  define(METRIC_DEAD_LETTERED, "Event messages moved to dead letters after failed retries (embedded mode)");
  define(METRIC_CONSUMED, "Event messages handled successfully");
}

async function deadLetter(
  service: Service,
  channel: string,
  group: string,
  body: Buffer,
  reason: string,
  envelopeId: string | null,
) {
  const config = configOf(service.broker);
  if (isDurable(config)) {
    await sendToChannel(service.broker, DEAD_LETTER_CHANNEL, body, {
      raw: true,
      headers: { "x-original-channel": channel, "x-original-group": group, "x-reason": reason.slice(0, 200) },
    });
    return;
  }
  const options = databaseOptions(config);
  const db = await acquireDatabase(options);
  try {
    await db.sequelize.query(
      "INSERT INTO event_dead_letters (channel, consumer_group, envelope_id, reason, body) VALUES ($1, $2, $3, $4, $5)",
      { bind: [channel, group, envelopeId, reason, body] },
    );
  } finally {
    await releaseDatabase(options);
  }
}

/**
 * JetStream redelivers a NAKed message at once, so MAX_RETRIES failures would pass in milliseconds
 * and a short outage of a handler's dependency (Mixpanel, the database) would dead-letter everything
 * in flight. Before a failed message goes back, it is held for this long (well inside ack_wait).
 */
export function redeliveryDelayMs(deliveries: number): number {
  return Math.min(8_000, 1_000 * 2 ** Math.max(0, deliveries - 1));
}

/** The part of a JetStream message the wrapper reads. */
interface RawMessage {
  info?: { redeliveryCount?: number };
}

function wrap(opts: ConsumerOptions, channel: string) {
  return async function (this: Service & Record<string, Handler>, body: Buffer, raw?: RawMessage): Promise<void> {
    const labels = { channel, group: opts.group };
    let envelope: Envelope;
    try {
      envelope = decodeEnvelope(body);
    } catch (err) {
      if (!(err instanceof UndecodableEnvelopeError)) throw err;
      // A poison message is never retried: it would only block the ones behind it.
      this.logger.warn(`Undecodable message on ${channel} moved to dead letters: ${err.message}`);
      if (this.broker.isMetricsEnabled()) this.broker.metrics.increment(METRIC_UNDECODABLE, labels);
      await deadLetter(this, channel, opts.group, body, err.message, null);
      return;
    }
    const handle = this[opts.handler].bind(this);
    if (isDurable(configOf(this.broker))) {
      // JetStream redelivers on failure and dead-letters after MAX_RETRIES deliveries.
      try {
        await handle(envelope);
      } catch (err) {
        const deliveries = raw?.info?.redeliveryCount ?? 1;
        if (deliveries < MAX_RETRIES) await sleep(redeliveryDelayMs(deliveries));
        throw err;
      }
    } else {
      await handleWithRetries(this, handle, envelope, channel, opts.group, body);
    }
    if (this.broker.isMetricsEnabled()) this.broker.metrics.increment(METRIC_CONSUMED, labels);
  };
}

/** Embedded delivery has no broker-side redelivery: retry here, then dead-letter. */
async function handleWithRetries(
  service: Service,
  handle: Handler,
  envelope: Envelope,
  channel: string,
  group: string,
  body: Buffer,
) {
  for (let attempt = 0; ; attempt++) {
    try {
      await handle(envelope);
      return;
    } catch (err) {
      if (attempt + 1 >= MAX_RETRIES) {
        service.logger.warn(
          `Event ${envelope.id} failed ${MAX_RETRIES} times in ${group}; moved to dead letters: ${(err as Error).message}`,
        );
        if (service.broker.isMetricsEnabled())
          service.broker.metrics.increment(METRIC_DEAD_LETTERED, { channel, group });
        await deadLetter(service, channel, group, body, (err as Error).message, envelope.id);
        return;
      }
      await sleep(50 * 2 ** attempt);
    }
  }
}

export function Consumer(opts: ConsumerOptions): Partial<ServiceSchema> {
  const topics = opts.topics === "all" ? TOPICS : opts.topics;
  const channels: Record<string, object> = {};
  for (const topic of topics) {
    const name = topicChannel(topic);
    channels[name] = { group: opts.group, maxInFlight: opts.maxInFlight, handler: wrap(opts, name) };
  }
  const replay = replayChannel(opts.group);
  channels[replay] = { group: opts.group, maxInFlight: opts.maxInFlight, handler: wrap(opts, replay) };
  return {
    channels,
    created(this: Service) {
      registerMetrics(this);
    },
  } as Partial<ServiceSchema>;
}
