/** The outbox relay: publishes committed envelopes to their channel, marks them sent, retries with backoff. */
import type { ServiceBroker, Logger } from "moleculer";
import { QueryTypes, type Sequelize } from "sequelize";
import { sendToChannel, topicChannel } from "./channels.js";

const BATCH = 500;
/** Batches published at once (the next claim overlaps the last publish). */
const PIPELINE = 2;
/** Seq range one claim looks at. */
const WINDOW = 4 * BATCH;
const IDLE_POLL_MS = 250;
/**
 * How long a claimed batch is this relay's: a relay killed mid-batch holds its rows this long before
 * another relay (or its own restart) publishes them. A batch publishes in milliseconds; a publish that
 * outlives the lease may be published twice, which consumers absorb (they dedupe on the envelope id).
 */
const LEASE_SECONDS = 5;
const PURGE_EVERY_MS = 10 * 60_000;

interface Claimed {
  seq: number;
  topic: string;
  envelope: Buffer;
}

/** The parts of @moleculer/channels' adapter the relay uses; only the NATS one can create streams. */
interface ChannelAdapter {
  connected?: boolean;
  addPrefixTopic(channel: string): string;
  createStream?(name: string, subjects: string[], opts: object): Promise<unknown>;
}

/** Retry delay after `attempts` failures: 0.5 s doubling to 60 s. */
export function backoffSeconds(attempts: number): number {
  return Math.min(60, 0.5 * 2 ** Math.max(0, attempts - 1));
}

export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private lastPurge = 0;
  /** Events published by this relay (for metrics and tests). */
  published = 0;
  /** Channels whose JetStream stream this relay has made sure of. */
  private streams = new Set<string>();
  /** A publish failed since the last success: rows are waiting out their backoff. */
  private failing = false;

  constructor(
    private readonly sequelize: Sequelize,
    private readonly broker: ServiceBroker,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Called after a commit that wrote outbox rows: publish now rather than at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        this.kick();
      } else {
        this.timer = setTimeout(() => this.kick(), IDLE_POLL_MS);
      }
    });
  }

  /**
   * Services start before the channels middleware connects its adapter: claiming rows then would
   * only fail them all into backoff. (A stopping adapter drops publishes silently, so not then either.)
   */
  private channelReady(): boolean {
    const adapter = (this.broker as unknown as { channelAdapter?: { connected?: boolean; stopping?: boolean } })
      .channelAdapter;
    return !adapter || (adapter.connected !== false && !adapter.stopping);
  }

  private async drain(): Promise<void> {
    if (!this.channelReady()) return;
    try {
      // One pass walks the pending rows in seq windows, up to the newest row when it began (rows
      // committed meanwhile kick another pass). Two batches overlap: the next is claimed while the
      // last one is published and marked sent (its lease keeps it from being claimed twice).
      const [bounds] = await this.sequelize.query<{ lo: number | null; hi: number | null }>(
        "SELECT (SELECT min(seq) FROM outbox WHERE sent_at IS NULL) AS lo, (SELECT max(seq) FROM outbox) AS hi",
        { type: QueryTypes.SELECT },
      );
      const hi = Number(bounds.hi);
      let lo = bounds.lo === null ? null : Number(bounds.lo);
      const inFlight: Promise<void>[] = [];
      try {
        while (lo !== null && lo <= hi && !this.stopped) {
          const claimed = await this.claim(lo);
          if (claimed.length) inFlight.push(this.publish(claimed));
          if (inFlight.length >= PIPELINE) await inFlight.shift();
          // A full batch may leave more of its window; otherwise go on from the next pending row past it.
          if (claimed.length === BATCH) lo = Math.max(...claimed.map((row) => Number(row.seq))) + 1;
          else lo = lo + WINDOW > hi ? null : await this.nextPending(lo + WINDOW);
        }
      } finally {
        await Promise.all(inFlight);
      }
      await this.purge();
    } catch (err) {
      this.logger.warn(`Outbox relay pass failed: ${(err as Error).message}`);
    }
  }

  /** The oldest unsent row at or after `from` (leased and backing-off rows included). */
  private async nextPending(from: number): Promise<number | null> {
    const [{ seq }] = await this.sequelize.query<{ seq: number | null }>(
      "SELECT min(seq) AS seq FROM outbox WHERE sent_at IS NULL AND seq >= $1",
      {
        bind: [from],
        type: QueryTypes.SELECT,
      },
    );
    return seq === null ? null : Number(seq);
  }

  /**
   * Leases a batch from the seq window [from, from + WINDOW); SKIP LOCKED and the lease let several
   * replicas share the work. The window bounds every claim whatever plan PostgreSQL picks: with stale
   * statistics it reads all pending rows through a bitmap and sorts them, and a claim then costs as
   * much as the whole backlog, so a relay that fell behind only falls further behind.
   */
  private claim(from: number): Promise<Claimed[]> {
    return this.sequelize.query<Claimed>(
      `WITH picked AS (
         SELECT seq FROM outbox
         WHERE sent_at IS NULL AND seq >= $1 AND seq < $1 + ${WINDOW}
           AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
         ORDER BY seq LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       UPDATE outbox o SET lease_until = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = o.attempts + 1
       FROM picked WHERE o.seq = picked.seq
       RETURNING o.seq, o.topic, o.envelope`,
      { bind: [from], type: QueryTypes.SELECT },
    );
  }

  /**
   * JetStream refuses a publish (NATS 503) until a stream holds the subject, and the adapter only
   * creates one when a consumer group subscribes. The producer creates it too, so events published
   * before any consumer exists are kept for the groups that come later.
   */
  private async ensureStreams(channels: string[]): Promise<void> {
    const adapter = (this.broker as unknown as { channelAdapter?: ChannelAdapter }).channelAdapter;
    if (!adapter?.createStream || !adapter.connected) return;
    for (const channel of channels) {
      if (this.streams.has(channel)) continue;
      const subject = adapter.addPrefixTopic(channel);
      await adapter.createStream(subject.split(".").join("_"), [subject], {});
      this.streams.add(channel);
    }
  }

  private async publish(rows: Claimed[]): Promise<void> {
    rows.sort((a, b) => a.seq - b.seq);
    await this.ensureStreams([...new Set(rows.map((row) => topicChannel(row.topic)))]);
    const results = await Promise.allSettled(
      rows.map((row) => sendToChannel(this.broker, topicChannel(row.topic), row.envelope)),
    );
    const sent = rows.filter((_, i) => results[i].status === "fulfilled").map((r) => r.seq);
    const failed = rows.filter((_, i) => results[i].status === "rejected").map((r) => r.seq);
    if (sent.length) {
      await this.sequelize.query(
        "UPDATE outbox SET sent_at = now(), lease_until = NULL WHERE seq = ANY($1::bigint[])",
        {
          bind: [sent],
        },
      );
      this.published += sent.length;
      // The channel is back (NATS restarted, say): what failed meanwhile goes now, not at its backoff.
      if (this.failing && !failed.length) {
        this.failing = false;
        await this.sequelize.query(
          "UPDATE outbox SET next_attempt_at = now() WHERE sent_at IS NULL AND attempts > 0 AND next_attempt_at > now()",
        );
        this.again = true;
      }
    }
    if (failed.length) {
      this.failing = true;
      // Make sure of their streams again on the next attempt (one may have been deleted).
      for (const row of rows.filter((r) => failed.includes(r.seq))) this.streams.delete(topicChannel(row.topic));
      const reason = (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as Error;
      this.logger.warn(`Outbox: ${failed.length} event(s) not published, retrying with backoff: ${reason?.message}`);
      await this.sequelize.query(
        `UPDATE outbox SET lease_until = NULL, last_error = $2,
           next_attempt_at = now() + make_interval(secs => LEAST(60, 0.5 * power(2, GREATEST(attempts - 1, 0))))
         WHERE seq = ANY($1::bigint[])`,
        { bind: [failed, String(reason?.message ?? reason)] },
      );
    }
  }

  /** Sent rows are kept a day for inspection, then dropped. */
  private async purge(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    await this.sequelize.query("DELETE FROM outbox WHERE sent_at < now() - interval '1 day'");
  }
}
