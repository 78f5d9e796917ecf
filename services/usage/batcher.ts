/**
 * Collects request events from many in-flight channel messages into one statement: each message is
 * acknowledged once its batch has committed, so a crash before the commit leaves it to redelivery.
 */

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (err: Error) => void;
}

export class Batcher<T> {
  private pending: Pending<T>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (items: T[]) => Promise<unknown>,
    private readonly maxSize = 500,
    private readonly maxWaitMs = 10,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  /** Writes what is waiting now; batches are written one after the other, in order. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return this.writing;
    // A failed batch fails all its messages: the channel redelivers them (the counters dedupe on id).
    this.writing = this.writing.then(() =>
      this.write(batch.map((p) => p.item)).then(
        () => batch.forEach((p) => p.resolve()),
        (err: Error) => batch.forEach((p) => p.reject(err)),
      ),
    );
    return this.writing;
  }
}
