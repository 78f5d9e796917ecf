/** The audit event store: every topic consumed into an append-only table; search, entity history, replay. */
import type { Context, Service, ServiceSchema } from "moleculer";
import { TOPICS } from "../../events/topics.js";
import { roleIn, type TeamRole } from "../../lib/access.js";
import type { Meta } from "../../lib/auth.js";
import { replayChannel, sendToChannel } from "../../lib/events/channels.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { NotFoundError, UnprocessableError } from "../../lib/errors.js";
import { Consumer } from "../../mixins/consumer.mixin.js";
import { Db, type DbMethods, type DbThis } from "../../mixins/db.mixin.js";
import { Batcher } from "./batcher.js";
import { AUDIT_EVENT_FIELDS, AuditEventModel, type AuditEvent } from "./models.js";
import { redactEvent, seesPersonalData } from "./redaction.js";
import * as store from "./store.js";
import * as responses from "./responses.js";

export interface SearchParams {
  topic?: string;
  type?: string;
  entity?: string;
  entityId?: string;
  actorId?: string;
  teamId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
  order?: "asc" | "desc";
}

export interface SearchResult {
  rows: AuditEvent[];
  /** Pass as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}

export interface EntityParams {
  entity: string;
  id: string;
  cursor?: string;
  limit?: number;
}

export interface ReplayResult {
  replayed: number;
  group: string;
  /** The last stored sequence sent, or null when the range was empty. */
  lastSeq: number | null;
  /** True when the range holds more: call again with fromSeq = lastSeq + 1. */
  more: boolean;
}

export interface ReplayParams {
  topic?: string;
  fromSeq: number;
  toSeq?: number;
  group: string;
}

/** Events one replay call sends; a longer range continues from `lastSeq + 1` (the answer says `more`). */
const MAX_REPLAY = 20_000;
const REPLAY_CHUNK = 500;
/** Any domain's entity name (singular, lower-case, DESIGN §5): a new domain needs no change here. */
const entityParam = { type: "string", pattern: /^[a-z][a-z_]{0,31}$/ } as const;
const cursorParam = { type: "string", pattern: /^\d{1,18}$/, optional: true } as const;
const limitParam = { type: "number", integer: true, min: 1, max: 100, optional: true, convert: true } as const;

export interface AuditMethods extends DbMethods {
  store(envelope: Envelope): Promise<void>;
  visibleTeams(ctx: Context<unknown, Meta>): Promise<string[] | null>;
  asSeenBy(ctx: Context<unknown, Meta>, events: AuditEvent[]): Promise<AuditEvent[]>;
}

export interface AuditVars extends DbThis {
  batcher: Batcher<Envelope>;
}

type AuditThis = Service & AuditMethods & AuditVars;

/** A cursor page: a full page says where the next one starts. */
function page(events: AuditEvent[], limit: number): SearchResult {
  return { rows: events, nextCursor: events.length === limit ? String(events[events.length - 1].seq) : null };
}

const AuditService: ServiceSchema<object, AuditMethods, AuditVars> = {
  name: "audit",
  mixins: [
    Db({
      model: AuditEventModel,
      migrations: new URL("./migrations", import.meta.url),
      fields: [...AUDIT_EVENT_FIELDS],
    }),
    Consumer({ group: "audit", topics: "all", handler: "store", maxInFlight: 1024 }),
  ],

  created() {
    this.batcher = new Batcher((envelopes) => store.insertEvents(this.model, envelopes));
  },

  actions: {
    search: {
      rest: "GET /audit/events",
      operationId: "searchAuditEvents",
      response: responses.auditEventPage,
      access: "user",
      summary: "Search stored events (admins: all; members: their teams')",
      params: {
        topic: { type: "enum", values: [...TOPICS], optional: true },
        type: { type: "string", max: 64, optional: true },
        entity: { ...entityParam, optional: true },
        entityId: { type: "string", max: 64, optional: true },
        actorId: { type: "string", max: 64, optional: true },
        teamId: { type: "string", max: 64, optional: true },
        from: { type: "date", convert: true, optional: true },
        to: { type: "date", convert: true, optional: true },
        cursor: cursorParam,
        limit: limitParam,
        order: { type: "enum", values: ["asc", "desc"], optional: true },
      },
      async handler(ctx: Context<SearchParams, Meta>): Promise<SearchResult> {
        const { cursor, order = "desc", limit = 50, from, to, ...filters } = ctx.params;
        const events = await store.searchEvents(this.model, {
          ...filters,
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
          teamIds: await this.visibleTeams(ctx),
          order,
          limit,
          ...(cursor ? (order === "asc" ? { afterSeq: Number(cursor) } : { beforeSeq: Number(cursor) }) : {}),
        });
        return page(await this.asSeenBy(ctx, events), limit);
      },
    },

    get: {
      rest: "GET /audit/events/:id",
      operationId: "getAuditEvent",
      response: responses.auditEvent,
      access: "user",
      summary: "One stored event",
      params: { id: "uuid" },
      async handler(ctx: Context<{ id: string }, Meta>): Promise<AuditEvent> {
        const event = await store.findEvent(this.model, ctx.params.id);
        const teams = await this.visibleTeams(ctx);
        // Another team's event answers 404, like any resource of a team you don't belong to.
        if (!event || (teams && !teams.includes(event.teamId ?? ""))) throw new NotFoundError("event");
        const [seen] = await this.asSeenBy(ctx, [event]);
        return seen;
      },
    },

    entityHistory: {
      rest: "GET /audit/entities/:entity/:id",
      operationId: "getEntityHistory",
      response: responses.auditEventPage,
      access: "user",
      summary: "An entity's history, oldest first",
      params: {
        entity: entityParam,
        id: { type: "string", min: 1, max: 64 },
        cursor: cursorParam,
        limit: limitParam,
      },
      async handler(ctx: Context<EntityParams, Meta>): Promise<SearchResult> {
        const limit = ctx.params.limit ?? 100;
        const events = await store.searchEvents(this.model, {
          entity: ctx.params.entity,
          entityId: ctx.params.id,
          teamIds: await this.visibleTeams(ctx),
          order: "asc",
          limit,
          ...(ctx.params.cursor ? { afterSeq: Number(ctx.params.cursor) } : {}),
        });
        return page(await this.asSeenBy(ctx, events), limit);
      },
    },

    replay: {
      rest: "POST /audit/replay",
      operationId: "replayAuditEvents",
      response: responses.replayResult,
      access: "admin",
      summary: "Replay a stored range to one consumer group",
      params: {
        topic: { type: "enum", values: [...TOPICS], optional: true },
        fromSeq: { type: "number", integer: true, min: 1, convert: true },
        toSeq: { type: "number", integer: true, min: 1, convert: true, optional: true },
        group: { type: "string", pattern: /^[a-z][a-z0-9-]{0,63}$/ },
      },
      async handler(ctx: Context<ReplayParams, Meta>): Promise<ReplayResult> {
        const { fromSeq, toSeq, topic, group } = ctx.params;
        if (toSeq !== undefined && toSeq < fromSeq) {
          throw new UnprocessableError("toSeq must not be before fromSeq", [
            { field: "toSeq", message: "must be ≥ fromSeq" },
          ]);
        }
        const rows = await store.envelopesInRange(this.model, { fromSeq, toSeq, topic, limit: MAX_REPLAY });
        // Replays travel on the group's own channel: other groups don't see them again. Chunks keep
        // order roughly (consumers are idempotent and don't rely on it) and a 20k range well inside
        // the gateway's 10 s.
        for (let i = 0; i < rows.length; i += REPLAY_CHUNK) {
          await Promise.all(
            rows
              .slice(i, i + REPLAY_CHUNK)
              .map((row) => sendToChannel(this.broker, replayChannel(group), row.envelope)),
          );
        }
        const lastSeq = rows.length ? Number(rows[rows.length - 1].seq) : null;
        return { replayed: rows.length, group, lastSeq, more: rows.length === MAX_REPLAY };
      },
    },
  },

  methods: {
    async store(this: AuditThis, envelope: Envelope): Promise<void> {
      await this.batcher.add(envelope);
    },

    /** null = every team (admins); otherwise the caller's team ids. */
    async visibleTeams(this: AuditThis, ctx: Context<unknown, Meta>): Promise<string[] | null> {
      const user = ctx.meta.user;
      // No user: a mesh-internal call (REPL, another service); the gateway always sets one.
      if (!user || user.roles.includes("admin")) return null;
      if (user.teamIds) return user.teamIds;
      const hasTeams = this.broker.registry.getServiceList({ onlyAvailable: true }).some((s) => s.name === "teams");
      if (!hasTeams) return [];
      return ctx.call<string[], { userId: string }>("teams.teamIdsOf", { userId: user.id });
    },

    /**
     * The events as the caller may read them: another person's personal data (redaction.ts) only for
     * platform admins and the roles that read it in the domain itself (team administrators by
     * default). The caller's role is looked up once per team of the page, not per event.
     */
    async asSeenBy(this: AuditThis, ctx: Context<unknown, Meta>, events: AuditEvent[]): Promise<AuditEvent[]> {
      const user = ctx.meta.user;
      if (!user || user.roles.includes("admin")) return events;
      const teamIds = [...new Set(events.map((e) => e.teamId).filter((id): id is string => !!id))];
      // Without a teams service on the mesh no role can be proved: personal data stays redacted.
      const hasTeams =
        teamIds.length > 0 &&
        this.broker.registry.getServiceList({ onlyAvailable: true }).some((s) => s.name === "teams");
      const roleOf = (teamId: string) => (hasTeams ? roleIn(ctx, teamId, user.id) : Promise.resolve(null));
      const roles = new Map<string, TeamRole | null>(
        await Promise.all(teamIds.map(async (teamId) => [teamId, await roleOf(teamId)] as const)),
      );
      return events.map((event) =>
        seesPersonalData(event.topic, roles.get(event.teamId ?? "") ?? null) ? event : redactEvent(event, user.email),
      );
    },
  },

  async stopped() {
    this.batcher.flush();
  },
};

export default AuditService;
