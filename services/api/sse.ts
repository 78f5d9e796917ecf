/**
 * `GET /notifications/stream` as Server-Sent Events. The route runs notifications.stream like any
 * other (credentials, access, 503 when the service is down); the gateway then holds the response
 * open and writes the caller's new notifications into it. The notifications service broadcasts
 * every committed inbox entry as a broker event, so whichever node created it, every gateway
 * hears it and forwards it to that user's open streams. Keep-alive comments every 15 s keep
 * proxies from closing an idle stream; `Last-Event-ID` resumes where a dropped stream stopped.
 */
import { PassThrough } from "node:stream";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Errors, type Context, type Service, type ServiceSchema } from "moleculer";
import type { Meta } from "../../lib/auth.js";
import { TooManyRequestsError } from "../../lib/errors.js";

/** The action behind the stream route, and the broker event notifications broadcasts (services/notifications/common.ts). */
export const STREAM_ACTION = "notifications.stream";
export const LIVE_EVENT = "notifications.created";

export interface EventStreamSettings {
  /** Milliseconds between keep-alive comments. */
  heartbeatMs: number;
  /** Open streams one user may hold on one gateway (tabs, devices); one more is 429. */
  maxPerUser: number;
  /** The reconnection delay clients are told to use, in milliseconds. */
  retryMs: number;
}

export const EVENT_STREAM_DEFAULTS: EventStreamSettings = { heartbeatMs: 15_000, maxPerUser: 10, retryMs: 3_000 };

/** A notification as the stream sends it (the inbox's shape, services/notifications/store.ts). */
interface StreamedNotification {
  id: string;
  [field: string]: unknown;
}

interface Live {
  userId: string;
  notification: StreamedNotification;
}

/** What notifications.stream answers. */
interface StreamStart {
  userId: string;
  unreadCount: number;
  backlog: StreamedNotification[];
}

/** Live entries heard while a stream's request is still running its action: none may fall between. */
interface Pending {
  heard: Live[];
}

const PENDING_LIMIT = 200;

interface StreamRequest extends IncomingMessage {
  $action?: { name: string };
  $eventStream?: Pending;
}

/** One open stream: SSE frames into the response moleculer-web pipes. */
class LiveStream {
  readonly out = new PassThrough();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly sent = new Set<string>();

  constructor(
    readonly userId: string,
    settings: EventStreamSettings,
  ) {
    this.out.write(`retry: ${settings.retryMs}\n: connected\n\n`);
    this.heartbeat = setInterval(
      () => this.out.write(`: keep-alive ${new Date().toISOString()}\n\n`),
      settings.heartbeatMs,
    );
    this.heartbeat.unref();
  }

  event(name: string, data: unknown, id?: string): void {
    this.out.write(`${id ? `id: ${id}\n` : ""}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Each notification once, however many ways it arrived (backlog, pending, live). */
  notify(notification: StreamedNotification): void {
    if (this.sent.has(notification.id)) return;
    this.sent.add(notification.id);
    this.event("notification", notification, notification.id);
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.out.end();
  }

  stopped(): void {
    clearInterval(this.heartbeat);
  }
}

/** The gateway's open streams by user, and the requests still waiting for their action. */
export class StreamHub {
  private readonly streams = new Map<string, Set<LiveStream>>();
  private readonly pending = new Set<Pending>();

  constructor(readonly settings: EventStreamSettings) {}

  get size(): number {
    let n = 0;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  countOf(userId: string): number {
    return this.streams.get(userId)?.size ?? 0;
  }

  /** Starts hearing live entries for a request whose action hasn't answered yet. */
  listen(): Pending {
    const pending: Pending = { heard: [] };
    this.pending.add(pending);
    return pending;
  }

  forget(pending: Pending): void {
    this.pending.delete(pending);
  }

  /** Opens the stream: the backlog, then what was heard meanwhile, then live entries. */
  open(start: StreamStart, pending: Pending | undefined): LiveStream {
    const stream = new LiveStream(start.userId, this.settings);
    stream.event("ready", { unreadCount: start.unreadCount });
    for (const n of start.backlog) stream.notify(n);
    if (pending) {
      this.forget(pending);
      for (const live of pending.heard) if (live.userId === start.userId) stream.notify(live.notification);
    }
    let set = this.streams.get(start.userId);
    if (!set) this.streams.set(start.userId, (set = new Set()));
    set.add(stream);
    // The client went away (or the pipe broke): stop the heartbeat and drop the stream.
    stream.out.once("close", () => this.drop(stream));
    return stream;
  }

  private drop(stream: LiveStream): void {
    stream.stopped();
    const set = this.streams.get(stream.userId);
    set?.delete(stream);
    if (set && !set.size) this.streams.delete(stream.userId);
  }

  deliver(live: Live): void {
    for (const pending of this.pending) if (pending.heard.length < PENDING_LIMIT) pending.heard.push(live);
    for (const stream of this.streams.get(live.userId) ?? []) stream.notify(live.notification);
  }

  /** Ends every stream (the gateway is stopping): clients reconnect, to another gateway if there is one. */
  closeAll(): void {
    for (const set of this.streams.values()) for (const stream of set) stream.close();
    this.streams.clear();
    this.pending.clear();
  }
}

/** The gateway service, as far as its streams go. */
interface Gateway {
  settings: object;
}

const hubs = new WeakMap<Gateway, StreamHub>();

function hubOf(service: Gateway): StreamHub {
  let hub = hubs.get(service);
  if (!hub) {
    const { eventStreams: settings } = service.settings as { eventStreams?: EventStreamSettings };
    hubs.set(service, (hub = new StreamHub(settings ?? EVENT_STREAM_DEFAULTS)));
  }
  return hub;
}

/** Whether an Accept header allows text/event-stream (no header allows anything). */
export function acceptsEventStream(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(",").some((range) => {
    const [type, ...params] = range.trim().toLowerCase().split(";");
    if (params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p))) return false;
    return type === "text/event-stream" || type === "text/*" || type === "*/*";
  });
}

/**
 * onBeforeCall: for the stream route, hands the Last-Event-ID on to the action and starts hearing
 * live entries before the action reads the backlog.
 */
export function prepareEventStream(
  service: Gateway,
  ctx: Context<unknown, Meta>,
  req: StreamRequest,
  res: ServerResponse,
): void {
  if (req.$action?.name !== STREAM_ACTION) return;
  const last = req.headers["last-event-id"];
  if (typeof last === "string" && last) ctx.meta.lastEventId = last.trim().slice(0, 64);
  const hub = hubOf(service);
  const pending = hub.listen();
  req.$eventStream = pending;
  res.once("close", () => hub.forget(pending));
}

/**
 * onAfterCall: for the stream route, turns the action's answer into an open event stream that
 * moleculer-web pipes to the client. Answers 406 to a client that won't take text/event-stream
 * and 429 past the per-user bound.
 */
export function openEventStream(
  service: Gateway,
  ctx: Context<unknown, Meta>,
  req: StreamRequest,
  res: ServerResponse,
  answer: unknown,
): PassThrough | string {
  const hub = hubOf(service);
  const start = answer as StreamStart;
  if (!acceptsEventStream(req.headers.accept)) {
    throw new Errors.MoleculerClientError(
      "This route answers text/event-stream only: send Accept: text/event-stream",
      406,
      "NOT_ACCEPTABLE",
    );
  }
  ctx.meta.$responseType = "text/event-stream; charset=utf-8";
  ctx.meta.$responseHeaders = { "Cache-Control": "no-store", "X-Accel-Buffering": "no" };
  // HEAD (run as GET by the gateway) gets the headers only: Node drops a HEAD body, so a stream would never end.
  if ((res as ServerResponse & { _hasBody?: boolean })._hasBody === false) return "";
  if (hub.countOf(start.userId) >= hub.settings.maxPerUser) {
    throw new TooManyRequestsError(
      `At most ${hub.settings.maxPerUser} open notification streams per user; close one first`,
      Math.ceil(hub.settings.retryMs / 1000),
      "TOO_MANY_STREAMS",
    );
  }
  return hub.open(start, req.$eventStream).out;
}

/** The gateway's streams: the live event every gateway hears, and closing them all when it stops. */
export function EventStreams(settings: EventStreamSettings = EVENT_STREAM_DEFAULTS): Partial<ServiceSchema> {
  return {
    settings: { eventStreams: settings } as ServiceSchema["settings"],
    events: {
      [LIVE_EVENT](this: Service, ctx: Context<Live>) {
        hubOf(this).deliver(ctx.params);
      },
    },
    stopped(this: Service) {
      hubOf(this).closeAll();
    },
  };
}

/** The service's hub, for tests and metrics. */
export function eventStreamsOf(service: Gateway): StreamHub {
  return hubOf(service);
}
