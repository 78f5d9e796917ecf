/**
 * notifications: the mail worker. Leases due jobs, sends them through the transport a few at a time,
 * and records the outcome: sent; or back in the queue with exponential backoff; or, when the
 * attempts run out or the server refuses the recipient for good, failed.
 */
import { randomUUID } from "node:crypto";
import type { Logger } from "moleculer";
import type { Delivery, MailTransport } from "./mailer.js";
import type { MailJobRecord } from "./models.js";

export interface WorkerSettings {
  /** Jobs leased per claim. */
  batch: number;
  /** Mails in flight at once (the SMTP pool's connection count). */
  concurrency: number;
  /** How long a claimed job stays another node's to leave alone (renewed when a send starts late). */
  leaseSeconds: number;
  /** Attempts before a job fails for good. */
  maxAttempts: number;
  /** First retry delay; it doubles per attempt up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** How often an idle worker looks for due jobs (retries come due without a kick). */
  pollMs: number;
}

export const WORKER_DEFAULTS: WorkerSettings = {
  batch: 20,
  concurrency: 5,
  leaseSeconds: 30,
  maxAttempts: 10,
  backoffMs: 1_000,
  maxBackoffMs: 5 * 60_000,
  pollMs: 1_000,
};

/** What the worker asks of the service: the queue and the outcome records (with their events). */
export interface MailQueue {
  /** Leases up to `limit` due jobs under `token` (one token per claim). */
  claim(limit: number, leaseSeconds: number, token: string): Promise<MailJobRecord[]>;
  /** Extends the lease while `token` still holds it; false when another claim took the job. */
  renew(job: MailJobRecord, token: string, leaseSeconds: number): Promise<boolean>;
  sent(job: MailJobRecord, delivery: Delivery): Promise<void>;
  retry(job: MailJobRecord, error: string, delayMs: number): Promise<void>;
  failed(job: MailJobRecord, error: string): Promise<void>;
  /** Called after each pass, for the queue-depth gauge. */
  passed(): Promise<void>;
}

/** The delay before attempt `attempts + 1`: backoffMs doubling per attempt, capped. */
export function retryDelayMs(attempts: number, settings: Pick<WorkerSettings, "backoffMs" | "maxBackoffMs">): number {
  return Math.min(settings.maxBackoffMs, settings.backoffMs * 2 ** Math.max(0, attempts - 1));
}

/** A refusal no retry changes: the server said the mailbox doesn't exist or isn't allowed (SMTP 550–553). */
export function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 550 && code <= 553;
}

export class MailWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly transport: MailTransport,
    private readonly queue: MailQueue,
    private readonly settings: WorkerSettings,
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

  /** New jobs were committed: look now rather than at the next poll. */
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
        this.timer = setTimeout(() => this.kick(), this.settings.pollMs);
      }
    });
  }

  /** Sends due jobs until none is left, a batch at a time. */
  private async drain(): Promise<void> {
    try {
      while (!this.stopped) {
        const claim = { token: randomUUID(), at: Date.now() };
        const jobs = await this.queue.claim(this.settings.batch, this.settings.leaseSeconds, claim.token);
        if (!jobs.length) break;
        await this.sendAll(jobs, claim);
        if (jobs.length < this.settings.batch) break;
      }
      await this.queue.passed();
    } catch (err) {
      this.logger.warn(`Mail worker pass failed: ${(err as Error).message}`);
    }
  }

  /** `concurrency` sends at a time; one job's failure never stops the others. */
  private async sendAll(jobs: MailJobRecord[], claim: { token: string; at: number }): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        if (await this.stillOurs(job, claim)) await this.deliver(job);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.settings.concurrency, jobs.length) }, lane));
  }

  /**
   * A job that waited in its batch past half its lease (a slow server) gets the lease renewed before
   * it is sent, or is skipped if another node claimed it meanwhile: the lease bounds each send, not
   * the whole batch.
   */
  private async stillOurs(job: MailJobRecord, claim: { token: string; at: number }): Promise<boolean> {
    if (Date.now() - claim.at < (this.settings.leaseSeconds * 1000) / 2) return true;
    try {
      return await this.queue.renew(job, claim.token, this.settings.leaseSeconds);
    } catch (err) {
      this.logger.warn(`Mail ${job.id}: renewing its lease failed: ${(err as Error).message}`);
      return false;
    }
  }

  private async deliver(job: MailJobRecord): Promise<void> {
    let delivery: Delivery;
    try {
      delivery = await this.transport.send({
        jobId: job.id,
        to: job.recipient,
        subject: job.subject,
        html: job.html ?? "",
        text: job.bodyText ?? "",
        template: job.template,
      });
    } catch (err) {
      await this.attemptFailed(job, err);
      return;
    }
    try {
      await this.queue.sent(job, delivery);
    } catch (err) {
      // The server took the mail but the record failed: the lease runs out and it goes again.
      this.logger.warn(`Mail ${job.id} was sent but not recorded (it may go twice): ${(err as Error).message}`);
    }
  }

  private async attemptFailed(job: MailJobRecord, err: unknown): Promise<void> {
    const error = (err as Error).message || String(err);
    try {
      if (isPermanent(err) || job.attempts >= this.settings.maxAttempts) {
        this.logger.warn(`Mail ${job.id} (${job.template}) failed after ${job.attempts} attempt(s): ${error}`);
        await this.queue.failed(job, error);
      } else {
        await this.queue.retry(job, error, retryDelayMs(job.attempts, this.settings));
      }
    } catch (recordErr) {
      this.logger.warn(`Mail ${job.id}: recording a failed attempt failed: ${(recordErr as Error).message}`);
    }
  }
}
