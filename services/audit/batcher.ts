/** Collects envelopes from many in-flight channel messages into one INSERT; each message acks after its batch commits. */

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (err: Error) => void;
}

export class Batcher<T> {
  private pending: Pending<T>[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (items: T[]) => Promise<unknown>,
    private readonly maxSize = 500,
    private readonly maxWaitMs = 5,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    this.write(batch.map((p) => p.item)).then(
      () => batch.forEach((p) => p.resolve()),
      (err: Error) => (batch.length === 1 ? batch[0].reject(err) : this.writeEach(batch)),
    );
  }

  /** A failed batch is retried item by item, so one item the store refuses fails alone, not its neighbours. */
  private writeEach(batch: Pending<T>[]): void {
    for (const p of batch) this.write([p.item]).then(p.resolve, p.reject);
  }
}
