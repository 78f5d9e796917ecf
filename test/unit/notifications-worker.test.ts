/** notifications: the mail worker sends each due job once, retries with doubling backoff, and fails for good when it must. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Delivery, MailTransport, OutgoingMail } from "../../services/notifications/mailer.js";
import type { MailJobRecord } from "../../services/notifications/models.js";
import {
  isPermanent,
  MailWorker,
  retryDelayMs,
  WORKER_DEFAULTS,
  type MailQueue,
  type WorkerSettings,
} from "../../services/notifications/worker.js";
import { eventually } from "../support/testkit.js";

const quiet = { warn: () => undefined } as never;

function job(overrides: Partial<MailJobRecord> = {}): MailJobRecord {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    triggerEventId: randomUUID(),
    recipient: "ada@example.test",
    template: "welcome",
    userId: null,
    teamId: null,
    category: "product",
    subject: "Welcome",
    html: "<p>Hi</p>",
    bodyText: "Hi",
    status: "queued",
    attempts: 0,
    nextAttemptAt: now,
    leaseUntil: null,
    leaseToken: null,
    lastError: null,
    messageId: null,
    createdAt: now,
    sentAt: null,
    failedAt: null,
    ...overrides,
  };
}

/** The queue in memory: due jobs are claimed once per attempt; retries come due at once (delays are recorded). */
class MemoryQueue implements MailQueue {
  readonly sentJobs: string[] = [];
  readonly failedJobs: { id: string; error: string; attempts: number }[] = [];
  readonly retries: { id: string; delayMs: number }[] = [];
  passes = 0;

  constructor(private readonly jobs: MailJobRecord[]) {}

  async claim(limit: number): Promise<MailJobRecord[]> {
    const due = this.jobs.filter((j) => j.status === "queued" && !j.leaseUntil).slice(0, limit);
    for (const j of due) {
      j.attempts += 1;
      j.leaseUntil = "leased";
    }
    return due.map((j) => ({ ...j }));
  }

  private find(id: string): MailJobRecord {
    return this.jobs.find((j) => j.id === id) as MailJobRecord;
  }

  async sent(claimed: MailJobRecord, delivery: Delivery): Promise<void> {
    Object.assign(this.find(claimed.id), { status: "sent", leaseUntil: null, messageId: delivery.messageId });
    this.sentJobs.push(claimed.id);
  }

  async retry(claimed: MailJobRecord, _error: string, delayMs: number): Promise<void> {
    this.find(claimed.id).leaseUntil = null;
    this.retries.push({ id: claimed.id, delayMs });
  }

  async failed(claimed: MailJobRecord, error: string): Promise<void> {
    Object.assign(this.find(claimed.id), { status: "failed", leaseUntil: null });
    this.failedJobs.push({ id: claimed.id, error, attempts: claimed.attempts });
  }

  async passed(): Promise<void> {
    this.passes += 1;
  }

  readonly renewed: string[] = [];

  async renew(claimed: MailJobRecord): Promise<boolean> {
    this.renewed.push(claimed.id);
    return this.find(claimed.id).leaseUntil === "leased";
  }
}

/** Fails the first `failures` sends of each mail with `error`, then accepts. */
class FlakyTransport implements MailTransport {
  readonly description = "test transport";
  readonly delivered: OutgoingMail[] = [];
  private readonly tries = new Map<string, number>();
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    private readonly failures = 0,
    private readonly error: () => Error = () => new Error("connect ECONNREFUSED 127.0.0.1:25"),
  ) {}

  async send(mail: OutgoingMail): Promise<Delivery> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const tried = (this.tries.get(mail.jobId) ?? 0) + 1;
      this.tries.set(mail.jobId, tried);
      if (tried <= this.failures) throw this.error();
      this.delivered.push(mail);
      return { messageId: `<${mail.jobId}@example.test>` };
    } finally {
      this.inFlight -= 1;
    }
  }

  close(): void {}
}

async function run(queue: MemoryQueue, transport: MailTransport, settings: Partial<WorkerSettings> = {}) {
  const worker = new MailWorker(transport, queue, { ...WORKER_DEFAULTS, pollMs: 10, ...settings }, quiet);
  worker.start();
  return worker;
}

describe("the mail worker", () => {
  it("sends every due job once, a few at a time, and records each as sent", async () => {
    const jobs = Array.from({ length: 12 }, () => job());
    const queue = new MemoryQueue(jobs);
    const transport = new FlakyTransport();
    const worker = await run(queue, transport, { batch: 5, concurrency: 3 });
    try {
      await eventually(async () => expect(queue.sentJobs).toHaveLength(12));
      expect(new Set(queue.sentJobs).size).toBe(12);
      expect(transport.delivered.map((m) => m.jobId).sort()).toEqual(jobs.map((j) => j.id).sort());
      expect(transport.maxInFlight).toBeLessThanOrEqual(3);
      expect(transport.delivered[0]).toMatchObject({ to: "ada@example.test", subject: "Welcome", text: "Hi" });
    } finally {
      await worker.stop();
    }
  });

  it("retries a failed send with doubling delays, then records it sent", async () => {
    const queue = new MemoryQueue([job()]);
    const worker = await run(queue, new FlakyTransport(3));
    try {
      await eventually(async () => expect(queue.sentJobs).toHaveLength(1));
      expect(queue.retries.map((r) => r.delayMs)).toEqual([1_000, 2_000, 4_000]);
      expect(queue.failedJobs).toEqual([]);
    } finally {
      await worker.stop();
    }
  });

  it("fails a job for good once its attempts run out", async () => {
    const queue = new MemoryQueue([job()]);
    const worker = await run(queue, new FlakyTransport(100), { maxAttempts: 4 });
    try {
      await eventually(async () => expect(queue.failedJobs).toHaveLength(1));
      expect(queue.failedJobs[0]).toMatchObject({ attempts: 4, error: expect.stringMatching(/ECONNREFUSED/) });
      expect(queue.retries).toHaveLength(3);
      expect(queue.sentJobs).toEqual([]);
    } finally {
      await worker.stop();
    }
  });

  it("fails at once when the server refuses the recipient (550), without retrying", async () => {
    const refused = () => Object.assign(new Error("550 5.1.1 No such user"), { responseCode: 550 });
    const queue = new MemoryQueue([job()]);
    const worker = await run(queue, new FlakyTransport(100, refused));
    try {
      await eventually(async () => expect(queue.failedJobs).toHaveLength(1));
      expect(queue.retries).toEqual([]);
      expect(queue.failedJobs[0]).toMatchObject({ attempts: 1, error: expect.stringMatching(/550/) });
    } finally {
      await worker.stop();
    }
  });

  it("renews the lease of a job that waited in its batch, and skips one another claim took meanwhile", async () => {
    const jobs = Array.from({ length: 6 }, () => job());
    const queue = new MemoryQueue(jobs);
    // Another node's claim took the last job while this batch was slowly being sent.
    const stolen = jobs[5].id;
    const renew = queue.renew.bind(queue);
    queue.renew = async (claimed) => {
      if (claimed.id !== stolen) return renew(claimed);
      queue.renewed.push(claimed.id);
      return false;
    };
    const transport = new FlakyTransport();
    // A 40 ms lease and one send at a time of 5 ms each: the later jobs start past half the lease.
    const worker = await run(queue, transport, { batch: 6, concurrency: 1, leaseSeconds: 0.04 });
    try {
      await eventually(async () => expect(queue.sentJobs).toHaveLength(5));
      expect(queue.renewed.length).toBeGreaterThan(0);
      expect(queue.renewed).toContain(stolen);
      expect(transport.delivered.map((m) => m.jobId)).not.toContain(stolen);
    } finally {
      await worker.stop();
    }
  });
});

describe("retry policy", () => {
  it("doubles from the base delay and stops at the cap", () => {
    const settings = { backoffMs: 1_000, maxBackoffMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n, settings))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
  });

  it("treats only a refused mailbox as permanent; connection errors and 4xx replies are retried", () => {
    expect(isPermanent(Object.assign(new Error("x"), { responseCode: 550 }))).toBe(true);
    expect(isPermanent(Object.assign(new Error("x"), { responseCode: 553 }))).toBe(true);
    expect(isPermanent(Object.assign(new Error("x"), { responseCode: 451 }))).toBe(false);
    expect(isPermanent(Object.assign(new Error("x"), { responseCode: 554 }))).toBe(false);
    expect(isPermanent(Object.assign(new Error("ECONNREFUSED"), { code: "ESOCKET" }))).toBe(false);
  });
});
