/** usage: a team's usage per period, the admin ranking, and the mesh-internal actions the gateways call. */
import type { Context } from "moleculer";
import { addMonths } from "../../lib/clock.js";
import type { Meta } from "../../lib/auth.js";
import { UnprocessableError } from "../../lib/errors.js";
import { decodeEnvelope, type Envelope } from "../../lib/events/envelope.js";
import { listParams, type Page } from "../../lib/pagination.js";
import { outboxRelay } from "../../mixins/events.mixin.js";
import type { PeriodRecord } from "./models.js";
import * as store from "./store.js";
import { currentPeriod } from "./terms.js";
import {
  PERIOD_PATTERN,
  monthRange,
  periodLabel,
  type CountsOfParams,
  type OverageRound,
  type RanksParams,
  type RecordParams,
  type TeamUsageParams,
  type UsageActions,
  type UsageRank,
  type UsageReport,
  type UsageThis,
} from "./common.js";
import * as responses from "./responses.js";

const period = {
  type: "string",
  pattern: PERIOD_PATTERN,
  optional: true,
  messages: { stringPattern: "must be a month as YYYY-MM" },
} as const;
/** Unknown query params are dropped. */
const strict = { $$strict: "remove" } as const;
/** The most envelopes one `record` call takes (a gateway batch is at most 500). */
const MAX_RECORD = 1_000;

const iso = (ms: number) => new Date(ms).toISOString();

/** The team's period that starts in `month`: the one counted, or (nothing counted) where it falls. */
async function periodIn(
  service: UsageThis,
  teamId: string,
  month: string,
  current: { periodStart: number; periodEnd: number },
): Promise<{ start: number; end: number; row: PeriodRecord | null }> {
  const { from, to } = monthRange(month);
  const row = await store.periodStartingIn(service.sql(), service.tables(), teamId, from, to);
  if (row) return { start: row.periodStart, end: row.periodEnd, row };
  const currentMonth = monthRange(periodLabel(current.periodStart)).from;
  const months =
    (new Date(from).getUTCFullYear() - new Date(currentMonth).getUTCFullYear()) * 12 +
    (new Date(from).getUTCMonth() - new Date(currentMonth).getUTCMonth());
  const start = addMonths(new Date(current.periodStart), months).getTime();
  return { start, end: addMonths(new Date(current.periodStart), months + 1).getTime(), row: null };
}

async function teamReport(service: UsageThis, teamId: string, month?: string): Promise<UsageReport> {
  const terms = currentPeriod(await service.terms.ensure(teamId), await service.terms.now());
  const wanted =
    month && month !== periodLabel(terms.periodStart)
      ? await periodIn(service, teamId, month, terms)
      : {
          start: terms.periodStart,
          end: terms.periodEnd,
          row: await store.findPeriod(service.tables(), teamId, terms.periodStart),
        };
  const isCurrent = wanted.start === terms.periodStart;
  const tier = isCurrent ? terms.tier : (wanted.row?.tier ?? terms.tier);
  const quota = isCurrent ? terms.quota : (wanted.row?.quota ?? terms.quota);
  const used = wanted.row?.requests ?? 0;
  return {
    period: periodLabel(wanted.start),
    periodStart: iso(wanted.start),
    periodEnd: iso(wanted.end),
    tier,
    quota,
    used,
    remaining: Math.max(0, quota - used),
    serverErrors: wanted.row?.serverErrors ?? 0,
    overageCents: wanted.row?.overageCents ?? 0,
    byEndpoint: wanted.row ? await store.endpointCounts(service.sql(), teamId, wanted.start) : [],
  };
}

function toRank(row: PeriodRecord): UsageRank {
  return {
    teamId: row.teamId,
    period: periodLabel(row.periodStart),
    periodStart: iso(row.periodStart),
    periodEnd: iso(row.periodEnd),
    tier: row.tier,
    quota: row.quota,
    used: row.requests,
    serverErrors: row.serverErrors,
    overageCents: row.overageCents,
  };
}

/** Decodes what a gateway sends to `record`; anything but a Request envelope is a 422. */
function requestEnvelopes(encoded: string[]): Envelope[] {
  return encoded.map((text, i) => {
    let envelope: Envelope | null = null;
    try {
      envelope = decodeEnvelope(Buffer.from(text, "base64"));
    } catch {
      envelope = null;
    }
    if (!envelope || envelope.topic !== "requests" || envelope.type !== "Request") {
      throw new UnprocessableError("Only requests.Request envelopes are recorded", [
        { field: `envelopes[${i}]`, message: "is not an encoded requests.Request envelope" },
      ]);
    }
    return envelope;
  });
}

export const usageActions: UsageActions = {
  teamUsage: {
    rest: "GET /teams/:id/usage",
    operationId: "getTeamUsage",
    response: responses.usageReport,
    access: "user",
    summary: "The team's metered usage in a billing period (YYYY-MM: the period starting that month; default: now)",
    team: { role: "viewer", param: "id" },
    params: { id: "uuid", period, ...strict },
    handler(ctx: Context<TeamUsageParams, Meta>): Promise<UsageReport> {
      return teamReport(this as UsageThis, ctx.params.id, ctx.params.period);
    },
  },

  ranks: {
    rest: "GET /admin/usage/ranks",
    operationId: "listUsageRanks",
    response: responses.usageRankPage,
    access: "admin",
    summary: "Teams by metered usage in the periods starting in a month (default: this month), most first",
    params: { period, ...listParams(["used"]), ...strict },
    async handler(ctx: Context<RanksParams, Meta>): Promise<Page<UsageRank>> {
      const { page, pageSize, sort = "-used" } = ctx.params;
      const month = ctx.params.period ?? periodLabel(await this.terms.now());
      const found = await store.rankPeriods(this.tables(), monthRange(month), {
        page,
        pageSize,
        sort: sort.replace("used", "requests"),
      });
      return { ...found, rows: found.rows.map(toRank) };
    },
  },

  /**
   * A gateway without JetStream hands its request events here: they go into the outbox (a repeated
   * id is ignored) before the call answers, and the relay delivers them like any other event.
   */
  record: {
    visibility: "public",
    params: { envelopes: { type: "array", items: { type: "string", min: 1, max: 4096 }, min: 1, max: MAX_RECORD } },
    async handler(ctx: Context<RecordParams>): Promise<{ recorded: number }> {
      const envelopes = requestEnvelopes(ctx.params.envelopes);
      const bind: unknown[] = [];
      const values = envelopes.map(
        (e, i) =>
          `($${bind.push(e.id)}::uuid, 'requests', $${bind.push(Buffer.from(ctx.params.envelopes[i], "base64"))})`,
      );
      await this.sql().query(
        `INSERT INTO outbox (id, topic, envelope) VALUES ${values.join(", ")} ON CONFLICT (id) DO NOTHING`,
        {
          bind,
        },
      );
      outboxRelay(this.broker)?.kick();
      return { recorded: envelopes.length };
    },
  },

  /** The truth the gateways' quota counters are seeded from and reconciled with. */
  countsOf: {
    visibility: "public",
    params: {
      items: {
        type: "array",
        max: 1000,
        items: {
          type: "object",
          props: { teamId: "uuid", periodStart: { type: "number", integer: true, min: 0 } },
        },
      },
    },
    handler(ctx: Context<CountsOfParams>): Promise<number[]> {
      return store.requestCounts(this.sql(), ctx.params.items);
    },
  },

  /** One overage round now (each minute on its own; tests and operators may ask for one). */
  settleOverage: {
    visibility: "public",
    handler(): Promise<OverageRound> {
      return this.settleOverage();
    },
  },
};
