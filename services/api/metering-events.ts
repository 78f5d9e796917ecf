/**
 * `requests.Request` events, durable before the response leaves the gateway. Over NATS each event is
 * published to JetStream with its id as the message id (JetStream drops a repeat within its duplicate
 * window) and the gateway waits for the ack; otherwise (embedded, or another transporter) events go in
 * batches to the usage domain, which writes them into its outbox (`usage.record`, ON CONFLICT on the
 * id) before answering. Either way the response waits for that, so a gateway crash loses only the
 * events of requests still in flight, whose callers got no answer, and never counts one twice.
 */
import { randomUUID } from "node:crypto";
import type { ServiceBroker } from "moleculer";
import { topicModules } from "../../events/topics.js";
import { sendToChannel, topicChannel } from "../../lib/events/channels.js";
import { encodeEnvelope, type Envelope } from "../../lib/events/envelope.js";

export const REQUESTS_CHANNEL = topicChannel("requests");

/** One admitted metered request, as its event tells it. */
export interface MeteredRequest {
  /** The envelope id: the request id when the gateway made it, a fresh UUID when the caller chose it. */
  eventId: string;
  requestId: string;
  teamId: string;
  keyId: string;
  userId: string;
  method: string;
  /** The route template, e.g. /projects/:id. */
  route: string;
  periodStart: number;
  periodEnd: number;
  /** When it was admitted (epoch ms). */
  startedAt: number;
}

/** The event id of a request: its id, unless the caller chose it (a caller's id may repeat; an event id must not). */
export function eventIdOf(requestId: string, chosenByCaller: boolean): string {
  return chosenByCaller || !UUID.test(requestId) ? randomUUID() : requestId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requestEnvelope(request: MeteredRequest, status: number, durationMs: number): Envelope {
  return {
    id: request.eventId,
    topic: "requests",
    type: "Request",
    occurredAt: request.startedAt,
    actorId: request.userId,
    teamId: request.teamId,
    entity: "request",
    entityId: request.requestId,
    traceId: request.requestId,
    schemaVersion: topicModules.requests.SCHEMA_VERSION,
    payload: topicModules.requests.encode("Request", {
      method: request.method,
      route: request.route,
      status,
      durationMs: Math.max(0, Math.round(durationMs)),
      apiKeyId: request.keyId,
      userId: request.userId,
      requestId: request.requestId,
      serverError: status >= 500,
      periodStart: request.periodStart,
      periodEnd: request.periodEnd,
    }),
  };
}

/** Where events go: all of a batch durably, or an error. */
export interface RequestSink {
  send(envelopes: Envelope[]): Promise<void>;
}

interface ChannelAdapter {
  connected?: boolean;
  stopping?: boolean;
  addPrefixTopic(channel: string): string;
  createStream?(name: string, subjects: string[], opts: object): Promise<unknown>;
}

/** JetStream: one publish per event (the client pipelines them), each awaited to its ack. */
export class JetStreamSink implements RequestSink {
  private streamReady = false;

  constructor(private readonly broker: ServiceBroker) {}

  async send(envelopes: Envelope[]): Promise<void> {
    const adapter = (this.broker as unknown as { channelAdapter?: ChannelAdapter }).channelAdapter;
    // A stopping adapter drops publishes silently: that would not be durable.
    if (!adapter || adapter.connected === false || adapter.stopping) throw new Error("JetStream is not connected");
    if (!this.streamReady && adapter.createStream) {
      // JetStream refuses a publish until a stream holds the subject (the outbox relay does the same).
      const subject = adapter.addPrefixTopic(REQUESTS_CHANNEL);
      await adapter.createStream(subject.split(".").join("_"), [subject], {});
      this.streamReady = true;
    }
    try {
      await Promise.all(
        envelopes.map((envelope) =>
          sendToChannel(this.broker, REQUESTS_CHANNEL, Buffer.from(encodeEnvelope(envelope)), { msgID: envelope.id }),
        ),
      );
    } catch (err) {
      this.streamReady = false;
      throw err;
    }
  }
}

/** The usage domain's outbox (embedded, or a mesh without JetStream): one call and one INSERT per batch. */
export class OutboxSink implements RequestSink {
  constructor(private readonly broker: ServiceBroker) {}

  async send(envelopes: Envelope[]): Promise<void> {
    const encoded = envelopes.map((envelope) => Buffer.from(encodeEnvelope(envelope)).toString("base64"));
    await this.broker.call("usage.record", { envelopes: encoded });
  }
}

interface Waiting {
  envelope: Envelope;
  resolve: () => void;
  reject: (err: Error) => void;
}

export interface RecorderOptions {
  /** Events sent at once. */
  maxBatch?: number;
  /** Batches in flight at once; events arriving meanwhile wait for the next one (group commit). */
  concurrency?: number;
  /** How long one event is retried before it is given up (its request is then not answered). */
  deadlineMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Collects the events of concurrent requests into batches without waiting for a timer: the first
 * goes at once, those arriving while a batch is in flight go together next. A failed batch is
 * retried (0.1 s doubling to 1 s) until each event's deadline.
 */
export class RequestRecorder {
  private queue: Waiting[] = [];
  private inFlight = 0;
  private readonly maxBatch: number;
  private readonly concurrency: number;
  private readonly deadlineMs: number;
  /** Batches sent, for tests and the benchmark. */
  batches = 0;

  constructor(
    private readonly sink: RequestSink,
    opts: RecorderOptions = {},
  ) {
    this.maxBatch = opts.maxBatch ?? 500;
    this.concurrency = opts.concurrency ?? 2;
    this.deadlineMs = opts.deadlineMs ?? 20_000;
  }

  /** Resolves once the event is durable; rejects when it could not be made so before its deadline. */
  async record(envelope: Envelope): Promise<void> {
    const deadline = Date.now() + this.deadlineMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.enqueue(envelope);
      } catch (err) {
        if (Date.now() >= deadline) throw err;
        await sleep(Math.min(1_000, 100 * 2 ** attempt, Math.max(0, deadline - Date.now())));
      }
    }
  }

  private enqueue(envelope: Envelope): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ envelope, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.concurrency && this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight += 1;
      this.batches += 1;
      void this.sink
        .send(batch.map((w) => w.envelope))
        .then(
          () => batch.forEach((w) => w.resolve()),
          (err: Error) => batch.forEach((w) => w.reject(err)),
        )
        .finally(() => {
          this.inFlight -= 1;
          this.pump();
        });
    }
  }
}
