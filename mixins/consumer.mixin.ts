/**
 * Consuming domain events: decode, dedupe-safe handler, retries, dead letters, and a replay channel per
 * group. On NATS, JetStream redelivers; embedded, a failed delivery is retried by timer from
 * event_redeliveries (lib/events/redeliveries.ts), never inline while the relay waits.
 */
import type { Service, ServiceSchema } from "moleculer";
import type { Sequelize } from "sequelize";
import { TOPICS, type Topic } from "../events/topics.js";
import { acquireDatabase, releaseDatabase } from "../lib/database.js";
import {
  ACK_WAIT_MS,
  DEAD_LETTER_CHANNEL,
  MAX_RETRIES,
  isDurable,
  replayChannel,
  sendToChannel,
  topicChannel,
} from "../lib/events/channels.js";
import { decodeEnvelope, UndecodableEnvelopeError, type Envelope } from "../lib/events/envelope.js";
import {
  pendingRedeliveries,
  redeliveryDone,
  redeliveryFailed,
  scheduleRedelivery,
  type Redelivery,
} from "../lib/events/redeliveries.js";
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
 * in flight. Before a failed message goes back, it is held for this long (kept ours meanwhile with
 * `working()`, however short the ack wait).
 */
export function redeliveryDelayMs(deliveries: number): number {
  return Math.min(8_000, 1_000 * 2 ** Math.max(0, deliveries - 1));
}

/** The part of a JetStream message the wrapper reads. */
interface RawMessage {
  info?: { redeliveryCount?: number };
  /** Resets the message's ack wait: "still working on it". */
  working?: () => void;
}

/**
 * Keeps a JetStream message ours while its handler (and the wait before a redelivery) runs longer than
 * the consumer's ack wait (5 s, kept short so a killed node's messages come back quickly).
 */
export async function holding<T>(raw: RawMessage | undefined, work: () => Promise<T>): Promise<T> {
  if (typeof raw?.working !== "function") return work();
  const timer = setInterval(() => raw.working?.(), ACK_WAIT_MS / 2);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
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
      await holding(raw, async () => {
        try {
          await handle(envelope);
        } catch (err) {
          const deliveries = raw?.info?.redeliveryCount ?? 1;
          if (deliveries < MAX_RETRIES) await sleep(redeliveryDelayMs(deliveries));
          throw err;
        }
      });
    } else {
      try {
        await handle(envelope);
      } catch (err) {
        // Retried later from event_redeliveries, so the relay (and the groups after this one) move on now.
        await scheduleFirstRetry(this, opts, { channel, body, envelope, error: (err as Error).message });
        return;
      }
    }
    if (this.broker.isMetricsEnabled()) this.broker.metrics.increment(METRIC_CONSUMED, labels);
  };
}

// --- embedded redelivery ------------------------------------------------------------

/** Timers of each service's scheduled redeliveries, so a stop can clear them. */
const timers = new WeakMap<Service, Map<number, NodeJS.Timeout>>();

async function withDatabase<T>(service: Service, work: (db: Sequelize) => Promise<T>): Promise<T> {
  const options = databaseOptions(configOf(service.broker));
  const database = await acquireDatabase(options);
  try {
    return await work(database.sequelize);
  } finally {
    await releaseDatabase(options);
  }
}

function schedule(service: Service, opts: ConsumerOptions, entry: Redelivery): void {
  const own = timers.get(service);
  if (!own) return; // stopped
  const timer = setTimeout(
    () => {
      own.delete(entry.id);
      redeliver(service, opts, entry).catch((err: Error) => {
        // The bookkeeping failed (the database is away): try this one again in a second.
        service.logger.warn(`Redelivery of event ${entry.envelopeId} to ${entry.group} postponed: ${err.message}`);
        schedule(service, opts, { ...entry, dueInMs: 1_000 });
      });
    },
    Math.max(0, entry.dueInMs),
  );
  own.set(entry.id, timer);
}

async function scheduleFirstRetry(
  service: Service,
  opts: ConsumerOptions,
  failed: { channel: string; body: Buffer; envelope: Envelope; error: string },
): Promise<void> {
  const entry = await withDatabase(service, (db) =>
    scheduleRedelivery(db, {
      channel: failed.channel,
      group: opts.group,
      envelopeId: failed.envelope.id,
      body: failed.body,
      error: failed.error,
    }),
  );
  schedule(service, opts, entry);
}

/** One scheduled attempt: done, scheduled again with a longer wait, or dead-lettered after MAX_RETRIES. */
async function redeliver(service: Service, opts: ConsumerOptions, entry: Redelivery): Promise<void> {
  const envelope = decodeEnvelope(entry.body);
  const handle = (service as Service & Record<string, Handler>)[opts.handler].bind(service);
  const labels = { channel: entry.channel, group: entry.group };
  let failure: Error | null = null;
  try {
    await handle(envelope);
  } catch (err) {
    failure = err as Error;
  }
  if (!failure) {
    await withDatabase(service, (db) => redeliveryDone(db, entry.id));
    if (service.broker.isMetricsEnabled()) service.broker.metrics.increment(METRIC_CONSUMED, labels);
    return;
  }
  if (entry.attempts + 1 >= MAX_RETRIES) {
    service.logger.warn(
      `Event ${envelope.id} failed ${MAX_RETRIES} times in ${entry.group}; moved to dead letters: ${failure.message}`,
    );
    if (service.broker.isMetricsEnabled()) service.broker.metrics.increment(METRIC_DEAD_LETTERED, labels);
    await deadLetter(service, entry.channel, entry.group, entry.body, failure.message, envelope.id);
    await withDatabase(service, (db) => redeliveryDone(db, entry.id));
    return;
  }
  const next = await withDatabase(service, (db) => redeliveryFailed(db, entry.id, failure.message));
  if (next) schedule(service, opts, next);
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
    async started(this: Service) {
      if (isDurable(configOf(this.broker))) return;
      timers.set(this, new Map());
      // Redeliveries a stop or a crash left pending.
      const pending = await withDatabase(this, (db) => pendingRedeliveries(db, [opts.group]));
      for (const entry of pending) schedule(this, opts, entry);
    },
    stopped(this: Service) {
      for (const timer of timers.get(this)?.values() ?? []) clearTimeout(timer);
      timers.delete(this);
    },
  } as Partial<ServiceSchema>;
}
