/** Producing domain events: the envelope goes into the outbox in the caller's transaction; a relay publishes it. */
import { randomUUID } from "node:crypto";
import type { Context, Service, ServiceBroker, ServiceSchema } from "moleculer";
import type { Transaction } from "sequelize";
import { topicModules, type Topic } from "../events/topics.js";
import type { Meta } from "../lib/auth.js";
import { encodeEnvelope, type Envelope } from "../lib/events/envelope.js";
import { hasChannels } from "../lib/events/channels.js";
import { OutboxRelay } from "../lib/events/outbox.js";
import { acquireDatabase, releaseDatabase } from "../lib/database.js";
import { configOf, databaseOptions } from "../lib/runtime.js";
import type { DbThis } from "./db.mixin.js";

export interface PublishOptions {
  /** The transaction that writes the entity change: the event commits (or not) with it. */
  tx: Transaction;
  ctx?: Context<unknown, Meta>;
  /** Singular lower-case entity name: user, apikey, team, task, ... */
  entity: string;
  entityId: string;
  teamId?: string | null;
  /** Defaults to the calling user. */
  actorId?: string | null;
  /** Defaults to the request id of `ctx`; consumers reacting to an event pass that event's. */
  traceId?: string;
}

type TopicModule<T extends Topic> = (typeof topicModules)[T];

/** One event of a publishMany batch: its own entity id, and optionally its own actor and team. */
export interface BatchedEvent<T extends Topic> {
  type: Parameters<TopicModule<T>["encode"]>[0];
  fields: Parameters<TopicModule<T>["encode"]>[1];
  entityId: string;
  actorId?: string | null;
  teamId?: string | null;
}

export interface EventsMethods<T extends Topic> {
  /** Writes one event of this service's topic into the outbox, inside `opts.tx`. */
  publish(
    type: Parameters<TopicModule<T>["encode"]>[0],
    fields: Parameters<TopicModule<T>["encode"]>[1],
    opts: PublishOptions,
  ): Promise<Envelope>;
  /**
   * Writes many events into the outbox with one statement, inside `opts.tx` (a metering service
   * flushing its buffer): a round trip per event would cost more than the events themselves.
   */
  publishMany(events: BatchedEvent<T>[], opts: Omit<PublishOptions, "entityId">): Promise<Envelope[]>;
}

// Rows per INSERT statement (PostgreSQL allows 65,535 bind parameters; three per row).
const MANY_CHUNK = 1000;

interface Shared {
  /** Set once the relay's database handle is open; services starting together share this one. */
  relay: Promise<OutboxRelay>;
  users: number;
}

// One relay per broker, however many producing services the node runs.
const relays = new WeakMap<ServiceBroker, Shared>();

const started = new WeakMap<ServiceBroker, OutboxRelay>();

function relayOf(broker: ServiceBroker): OutboxRelay | undefined {
  return started.get(broker);
}

/** The node's relay, for tests and benchmarks that need to wait for it. */
export function outboxRelay(broker: ServiceBroker): OutboxRelay | undefined {
  return relayOf(broker);
}

export function Events<T extends Topic>(topic: T): Partial<ServiceSchema> {
  const mod = topicModules[topic];
  const envelopeOf = (type: string, fields: object, opts: PublishOptions): Envelope => {
    if (!(mod.EVENT_TYPES as readonly string[]).includes(type)) throw new Error(`${topic} has no event type ${type}`);
    return {
      id: randomUUID(),
      topic,
      type,
      occurredAt: Date.now(),
      actorId: opts.actorId ?? opts.ctx?.meta.user?.id ?? "",
      teamId: opts.teamId ?? "",
      entity: opts.entity,
      entityId: opts.entityId,
      traceId: opts.traceId ?? opts.ctx?.requestID ?? "",
      schemaVersion: mod.SCHEMA_VERSION,
      payload: (mod.encode as (t: string, f: object) => Uint8Array)(type, fields),
    };
  };
  const schema: Partial<ServiceSchema<object, object, DbThis & { relayUser?: boolean }>> = {
    methods: {
      async publish(
        this: Service & DbThis,
        type: string,
        fields: Record<string, unknown>,
        opts: PublishOptions,
      ): Promise<Envelope> {
        const envelope = envelopeOf(type, fields, opts);
        await this.database.sequelize.query("INSERT INTO outbox (id, topic, envelope) VALUES ($1, $2, $3)", {
          bind: [envelope.id, topic, Buffer.from(encodeEnvelope(envelope))],
          transaction: opts.tx,
        });
        const broker = this.broker;
        opts.tx.afterCommit(() => relayOf(broker)?.kick());
        return envelope;
      },

      async publishMany(
        this: Service & DbThis,
        events: { type: string; fields: object; entityId: string; actorId?: string | null; teamId?: string | null }[],
        opts: Omit<PublishOptions, "entityId">,
      ): Promise<Envelope[]> {
        // Every envelope is built (and its type checked) before anything is written.
        const envelopes = events.map((e) =>
          envelopeOf(e.type, e.fields, {
            ...opts,
            entityId: e.entityId,
            actorId: e.actorId ?? opts.actorId,
            teamId: e.teamId ?? opts.teamId,
          }),
        );
        for (let start = 0; start < envelopes.length; start += MANY_CHUNK) {
          const chunk = envelopes.slice(start, start + MANY_CHUNK);
          const bind: unknown[] = [topic];
          const values = chunk.map(
            (e) => `($${bind.push(e.id)}::uuid, $1, $${bind.push(Buffer.from(encodeEnvelope(e)))}::bytea)`,
          );
          await this.database.sequelize.query(`INSERT INTO outbox (id, topic, envelope) VALUES ${values.join(", ")}`, {
            bind,
            transaction: opts.tx,
          });
        }
        const broker = this.broker;
        if (envelopes.length) opts.tx.afterCommit(() => relayOf(broker)?.kick());
        return envelopes;
      },
    },

    async started() {
      if (!configOf(this.broker).outboxRelay) return;
      if (!hasChannels(this.broker)) {
        // A bare test broker without moleculer.config's channels middleware: events stay in the outbox.
        this.logger.warn("No channels middleware on this broker: events are written to the outbox but not relayed");
        return;
      }
      const broker = this.broker;
      let shared = relays.get(broker);
      if (!shared) {
        // One relay and one database handle per broker, set before the first await so services
        // starting at the same time share them (mixin start order doesn't matter).
        const relay = acquireDatabase(databaseOptions(configOf(broker))).then((database) => {
          const created = new OutboxRelay(database.sequelize, broker, broker.getLogger("outbox"));
          started.set(broker, created);
          created.start();
          return created;
        });
        shared = { relay, users: 0 };
        relays.set(broker, shared);
      }
      shared.users += 1;
      this.relayUser = true;
      await shared.relay;
    },

    async stopped() {
      const shared = relays.get(this.broker);
      if (!shared || !this.relayUser) return;
      this.relayUser = false;
      shared.users -= 1;
      if (shared.users > 0) return;
      relays.delete(this.broker);
      started.delete(this.broker);
      await (await shared.relay).stop();
      await releaseDatabase(databaseOptions(configOf(this.broker)));
    },
  };
  return schema as Partial<ServiceSchema>;
}
