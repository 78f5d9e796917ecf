/**
 * analytics: Mixpanel's batch API for the busy topics. Events wait here at most `maxWaitMs` (or until
 * 50, Mixpanel's batch size, are waiting) and go as one request; each event's message is acknowledged
 * once its batch was accepted, and a refused batch fails all its messages, which the channel retries
 * (Mixpanel drops a repeated $insert_id, so a retried event is counted once).
 */

export interface TrackedEvent {
  event: string;
  properties: Record<string, unknown>;
}

interface Waiting {
  event: TrackedEvent;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** The most events one Mixpanel /track request takes. */
export const MIXPANEL_BATCH = 50;

export class TrackBatcher {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** Requests sent, for tests. */
  requests = 0;

  constructor(
    private readonly send: (events: TrackedEvent[]) => Promise<void>,
    private readonly maxWaitMs = 100,
    private readonly maxSize = MIXPANEL_BATCH,
  ) {}

  add(event: TrackedEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ event, resolve, reject });
      if (this.waiting.length >= this.maxSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  /** Sends what waits now; batches go side by side, none waits for another. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, this.maxSize);
      this.requests += 1;
      this.send(batch.map((w) => w.event)).then(
        () => batch.forEach((w) => w.resolve()),
        (err: Error) => batch.forEach((w) => w.reject(err)),
      );
    }
  }
}
