/**
 * A provider's outgoing webhooks, kept in billing_provider_deliveries until a 2xx answers them: a
 * restart loses none. Each attempt is signed afresh (same webhook-id, new timestamp) and POSTed;
 * failures back off (0.5 s doubling to 60 s) up to MAX_ATTEMPTS, then the delivery is given up.
 * Several nodes share the table: a claim takes due rows with SKIP LOCKED and leases them.
 */
import type { Sequelize, Transaction } from "sequelize";
import { execute, selectMany } from "../../../lib/sql.js";
import type { WebhookSigner } from "./signing.js";

export const MAX_ATTEMPTS = 10;
/** One attempt's HTTP timeout. */
export const ATTEMPT_TIMEOUT_MS = 5_000;
/** A claimed delivery is another node's again after this (a crashed node's claims free themselves). */
const LEASE_SECONDS = 10;
const BATCH = 20;
const IDLE_POLL_MS = 1_000;

/** Delay before the next attempt after `attempts` failures: 0.5 s doubling to 60 s. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60, 0.5 * 2 ** Math.max(0, attempts - 1));
}

export interface DeliveryLogger {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
}

export interface DeliveryOptions {
  sequelize: Sequelize;
  provider: string;
  signer: WebhookSigner;
  /** Where to POST, resolved at each attempt (the gateway's port is known only once it listens). */
  url: () => string;
  logger: DeliveryLogger;
}

interface Claimed {
  id: string;
  body: string;
  attempts: number;
}

export class WebhookDeliveries {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  /** Attempts made by this process (tests and benchmarks read it). */
  attempts = 0;

  constructor(private readonly opts: DeliveryOptions) {}

  /** Records a webhook to deliver, inside the transaction that decided it; sent once that commits. */
  async enqueue(tx: Transaction, delivery: { id: string; chargeId: string; body: string }): Promise<void> {
    await execute(
      this.opts.sequelize,
      "INSERT INTO billing_provider_deliveries (id, provider, charge_id, body) VALUES ($1, $2, $3, $4)",
      [delivery.id, this.opts.provider, delivery.chargeId, delivery.body],
      tx,
    );
    tx.afterCommit(() => this.kick());
  }

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

  /** Delivers what is due now rather than at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.drain()
      .catch((err: unknown) => this.opts.logger.warn(`Webhook deliveries: ${(err as Error).message}`))
      .finally(() => {
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

  private async drain(): Promise<void> {
    for (;;) {
      const batch = await this.claim();
      if (!batch.length) return;
      await Promise.all(batch.map((delivery) => this.attempt(delivery)));
      if (this.stopped) return;
    }
  }

  /** Due deliveries, leased to this node (attempts counted at claim time, so a crash mid-POST still counts). */
  private claim(): Promise<Claimed[]> {
    return selectMany<Claimed>(
      this.opts.sequelize,
      `UPDATE billing_provider_deliveries
          SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM billing_provider_deliveries
                      WHERE provider = $1 AND delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id, body, attempts`,
      [this.opts.provider, LEASE_SECONDS, BATCH],
    );
  }

  private async attempt(delivery: Claimed): Promise<void> {
    this.attempts += 1;
    const error = await this.post(delivery);
    if (error === null) {
      await execute(
        this.opts.sequelize,
        "UPDATE billing_provider_deliveries SET delivered_at = now(), last_error = NULL WHERE id = $1",
        [delivery.id],
      );
      return;
    }
    if (delivery.attempts >= MAX_ATTEMPTS) {
      this.opts.logger.warn(`Webhook ${delivery.id} given up after ${delivery.attempts} attempts: ${error}`);
      await execute(
        this.opts.sequelize,
        "UPDATE billing_provider_deliveries SET failed_at = now(), last_error = $2 WHERE id = $1",
        [delivery.id, error],
      );
      return;
    }
    await execute(
      this.opts.sequelize,
      `UPDATE billing_provider_deliveries
          SET next_attempt_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = $1`,
      [delivery.id, retryDelaySeconds(delivery.attempts), error],
    );
  }

  /** One signed POST; null when it was answered with a 2xx, else what went wrong. */
  private async post(delivery: Claimed): Promise<string | null> {
    const headers = this.opts.signer.sign(delivery.id, new Date(), delivery.body);
    try {
      const res = await fetch(this.opts.url(), {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "meshwork-fake-payments", ...headers },
        body: delivery.body,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await res.arrayBuffer();
      return res.status >= 200 && res.status < 300 ? null : `HTTP ${res.status}`;
    } catch (err) {
      return (err as Error).message.slice(0, 500);
    }
  }
}
