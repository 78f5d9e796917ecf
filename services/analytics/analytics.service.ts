/**
 * Forwards every domain event to Mixpanel as `<topic>.<Type>`, deduplicated by envelope id; off
 * without a token. The requests topic (one event per metered API call) goes through Mixpanel's batch
 * API, 50 events a request, so forwarding keeps up with the gateways.
 */
import type { Service, ServiceSchema } from "moleculer";
import Mixpanel from "mixpanel";
import type { Envelope } from "../../lib/events/envelope.js";
import { configOf } from "../../lib/runtime.js";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { topicModules } from "../../events/topics.js";
import { UUID } from "../../lib/uuid.js";
import { TrackBatcher, type TrackedEvent } from "./batcher.js";

export interface AnalyticsSettings {
  enabled: boolean;
  /** Email globs whose actors are never reported (e.g. *@example.com). */
  ignore: RegExp[];
}

export interface AnalyticsMethods {
  forward(envelope: Envelope): Promise<void>;
  isIgnored(envelope: Envelope): Promise<boolean>;
  track(name: string, properties: Record<string, unknown>): Promise<void>;
  trackBatch(events: TrackedEvent[]): Promise<void>;
}

export interface AnalyticsVars {
  mixpanel: Mixpanel.Mixpanel | null;
  /** actor id → email, learned from users events and lookups. */
  emails: Map<string, string>;
  /** The batched topics' events on their way to Mixpanel's batch API. */
  batcher: TrackBatcher;
}

type AnalyticsThis = Service<AnalyticsSettings> & AnalyticsMethods & AnalyticsVars;

const EMAIL_CACHE_SIZE = 10_000;
/** Topics whose events go in batches: one per metered API call. */
const BATCHED_TOPICS = new Set(["requests"]);

export function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .trim()
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

/** The user snapshot's email in a users-topic event, if the payload has one. */
function emailInUsersEvent(envelope: Envelope): string | null {
  if (envelope.topic !== "users") return null;
  try {
    const event = topicModules.users.decode(envelope.payload);
    return event.user?.id === envelope.actorId && event.user.email ? event.user.email : null;
  } catch {
    return null;
  }
}

type Schema = ServiceSchema<AnalyticsSettings, AnalyticsMethods, AnalyticsVars> & {
  merged(this: AnalyticsThis, schema: Record<string, unknown>): void;
};

const AnalyticsService: Schema = {
  name: "analytics",
  // Enough in flight for full batches of the requests topic.
  mixins: [Consumer({ group: "analytics", topics: "all", handler: "forward", maxInFlight: 256 })],
  settings: { enabled: false, ignore: [] },

  merged(schema) {
    // Without a token the service consumes nothing: no consumer group, no traffic, no logs.
    if (!configOf(this.broker).mixpanel.token) delete schema.channels;
  },

  created() {
    const config = configOf(this.broker);
    this.settings.ignore = config.analyticsIgnore.map(globToRegExp);
    this.emails = new Map();
    this.mixpanel = null;
    this.batcher = new TrackBatcher((events) => this.trackBatch(events));
    if (!config.mixpanel.token) return;
    this.settings.enabled = true;
    this.mixpanel = Mixpanel.init(config.mixpanel.token, {
      ...(config.mixpanel.host ? { host: config.mixpanel.host } : {}),
      protocol: config.mixpanel.protocol,
      keepAlive: true,
    });
  },

  stopped() {
    // What waits goes now (the channel retries what Mixpanel refuses).
    this.batcher.flush();
  },

  methods: {
    async forward(this: AnalyticsThis, envelope: Envelope): Promise<void> {
      if (!this.mixpanel || (await this.isIgnored(envelope))) return;
      // The type name comes from the envelope, so types added after this build still report correctly.
      const name = `${envelope.topic}.${envelope.type}`;
      const properties = {
        distinct_id: envelope.actorId || "system",
        $insert_id: envelope.id,
        time: envelope.occurredAt,
        topic: envelope.topic,
        entity: envelope.entity,
        entity_id: envelope.entityId,
        team_id: envelope.teamId || undefined,
        trace_id: envelope.traceId || undefined,
      };
      if (BATCHED_TOPICS.has(envelope.topic)) await this.batcher.add({ event: name, properties });
      else await this.track(name, properties);
    },

    async isIgnored(this: AnalyticsThis, envelope: Envelope): Promise<boolean> {
      if (!this.settings.ignore.length || !envelope.actorId) return false;
      let email = emailInUsersEvent(envelope) ?? this.emails.get(envelope.actorId) ?? null;
      if (!email) {
        // Only account ids have an email (users.emailOf refuses anything else): another actor is never on the list.
        const found = UUID.test(envelope.actorId)
          ? await this.broker.call<{ email: string } | null, { id: string }>("users.emailOf", { id: envelope.actorId })
          : null;
        email = found?.email ?? "";
      }
      if (this.emails.size >= EMAIL_CACHE_SIZE) this.emails.clear();
      this.emails.set(envelope.actorId, email);
      const address = email.toLowerCase();
      return this.settings.ignore.some((pattern) => pattern.test(address));
    },

    trackBatch(this: AnalyticsThis, events: TrackedEvent[]): Promise<void> {
      // One request per call (at most 50 events): its errors are the batch's.
      return new Promise((resolve, reject) =>
        this.mixpanel?.track_batch(events, (errors?: Error[] | null) =>
          errors?.length ? reject(errors[0]) : resolve(),
        ),
      );
    },

    track(this: AnalyticsThis, name: string, properties: Record<string, unknown>): Promise<void> {
      // A failure throws: the channel retries it, then dead-letters it; other groups are unaffected.
      return new Promise((resolve, reject) =>
        this.mixpanel?.track(name, properties, (err?: Error) => (err ? reject(err) : resolve())),
      );
    },
  },
};

export default AnalyticsService;
