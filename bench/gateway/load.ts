/**
 * A small HTTP/1.1 load generator on raw keep-alive sockets: it shares two CPUs with the servers it
 * measures, so it does as little as it can per request (one prebuilt request buffer, a minimal
 * response parser; no http.Agent, no fetch).
 *
 * - closed loop: `connections` sockets, each sends its next request when the last is answered;
 * - open loop: requests at a fixed rate over a pool of sockets, latency counted from each request's
 *   scheduled time, so a stall shows as latency instead of as fewer requests (no coordinated omission).
 */
import { connect, type Socket } from "node:net";

export interface Call {
  path: string;
  body?: unknown;
}

export interface Target {
  port: number;
  method: "GET" | "POST";
  /** The requests to send, in turn (one per project for the task creations). */
  calls: Call[];
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  /** 2xx answers per second over the measured window. */
  rps: number;
  errors: number;
  /** Non-2xx statuses seen, with counts. */
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  max: number;
  seconds: number;
}

/** One prebuilt request per call. */
function requestBuffers(target: Target): Buffer[] {
  return target.calls.map(({ path, body }) => {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const lines = [`${target.method} ${path} HTTP/1.1`, `Host: 127.0.0.1:${target.port}`];
    for (const [name, value] of Object.entries(target.headers ?? {})) lines.push(`${name}: ${value}`);
    if (payload) lines.push("Content-Type: application/json", `Content-Length: ${payload.length}`);
    const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`);
    return payload ? Buffer.concat([head, payload]) : head;
  });
}

const HEADER_END = Buffer.from("\r\n\r\n");
const CHUNKED_END = Buffer.from("\r\n0\r\n\r\n");

/** A keep-alive connection that answers one request at a time with its status. */
class Connection {
  private socket: Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((status: number) => void) | null = null;
  private failed: ((err: Error) => void) | null = null;
  private closed = false;

  constructor(port: number) {
    this.socket = connect({ port, host: "127.0.0.1", noDelay: true });
    this.socket.on("data", (chunk) => this.onData(chunk));
    const fail = (err: Error) => {
      this.closed = true;
      const failed = this.failed;
      this.waiting = this.failed = null;
      failed?.(err);
    };
    this.socket.on("error", fail);
    this.socket.on("close", () => fail(new Error("connection closed")));
  }

  get open(): boolean {
    return !this.closed;
  }

  send(request: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = reject;
      this.socket.write(request);
    });
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const headEnd = this.buffer.indexOf(HEADER_END);
    if (headEnd === -1) return;
    const head = this.buffer.subarray(0, headEnd).toString("latin1");
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let end: number;
    if (length) {
      end = headEnd + 4 + Number(length[1]);
      if (this.buffer.length < end) return;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const last = this.buffer.indexOf(CHUNKED_END, headEnd);
      if (last === -1) return;
      end = last + CHUNKED_END.length;
    } else {
      end = headEnd + 4;
    }
    this.buffer = this.buffer.subarray(end);
    const resolve = this.waiting;
    this.waiting = this.failed = null;
    resolve?.(status);
  }
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

class Recorder {
  latencies: number[] = [];
  ok = 0;
  errors = 0;
  statuses: Record<string, number> = {};

  record(status: number, ms: number): void {
    this.latencies.push(ms);
    if (status >= 200 && status < 300) this.ok++;
    else {
      this.errors++;
      this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    }
  }

  fail(reason: string): void {
    this.errors++;
    this.statuses[reason] = (this.statuses[reason] ?? 0) + 1;
  }

  result(seconds: number): LoadResult {
    const sorted = Float64Array.from(this.latencies).sort();
    return {
      requests: this.latencies.length,
      rps: this.ok / seconds,
      errors: this.errors,
      statuses: this.statuses,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1] : 0,
      seconds,
    };
  }
}

/** `connections` clients, each with one request in flight, for `seconds` (after `warmupSeconds` not counted). */
export async function closedLoop(
  target: Target,
  connections: number,
  seconds: number,
  warmupSeconds = 1,
): Promise<LoadResult> {
  const requests = requestBuffers(target);
  const recorder = new Recorder();
  const started = performance.now();
  const measureFrom = started + warmupSeconds * 1000;
  const stopAt = measureFrom + seconds * 1000;
  let next = 0;
  const client = async () => {
    let connection = new Connection(target.port);
    while (performance.now() < stopAt) {
      if (!connection.open) connection = new Connection(target.port);
      const sentAt = performance.now();
      try {
        const status = await connection.send(requests[next++ % requests.length]);
        if (sentAt >= measureFrom) recorder.record(status, performance.now() - sentAt);
      } catch {
        if (sentAt >= measureFrom) recorder.fail("socket");
      }
    }
    connection.close();
  };
  await Promise.all(Array.from({ length: connections }, client));
  return recorder.result(seconds);
}

/**
 * `rate` requests a second for `seconds`, each on an idle socket of the pool (a new one when all are
 * busy, up to `maxConnections`); latency from the scheduled send time.
 */
export async function openLoop(
  target: Target,
  rate: number,
  seconds: number,
  maxConnections = 256,
): Promise<LoadResult> {
  const requests = requestBuffers(target);
  const recorder = new Recorder();
  const idle: Connection[] = [];
  let opened = 0;
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  const queue: { at: number; request: Buffer }[] = [];

  const take = (): Connection | null => {
    while (idle.length) {
      const connection = idle.pop() as Connection;
      if (connection.open) return connection;
    }
    if (opened >= maxConnections) return null;
    opened++;
    return new Connection(target.port);
  };
  const run = async (connection: Connection, at: number, request: Buffer) => {
    try {
      const status = await connection.send(request);
      recorder.record(status, performance.now() - at);
      idle.push(connection);
    } catch {
      recorder.fail("socket");
      opened--;
    }
    // A request that waited for a socket goes now, still timed from its slot.
    const waiting = queue.shift();
    if (waiting) {
      const free = take();
      if (free) inFlight.push(run(free, waiting.at, waiting.request));
      else queue.unshift(waiting);
    }
  };
  for (let i = 0; i < total; i++) {
    const at = started + i * interval;
    const delay = at - performance.now();
    if (delay > 1) await new Promise((resolve) => setTimeout(resolve, delay));
    const request = requests[i % requests.length];
    const connection = take();
    if (connection) inFlight.push(run(connection, at, request));
    else queue.push({ at, request });
  }
  while (queue.length || inFlight.length) {
    const pending = inFlight.splice(0);
    await Promise.all(pending);
    if (!inFlight.length && queue.length) {
      const waiting = queue.shift() as { at: number; request: Buffer };
      const free = take();
      if (free) inFlight.push(run(free, waiting.at, waiting.request));
    }
  }
  for (const connection of idle) connection.close();
  return recorder.result((performance.now() - started) / 1000);
}
