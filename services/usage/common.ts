/** What the usage service's parts share: its `this`, params, and the shapes its actions answer. */
import type { Service, ServiceSchema } from "moleculer";
import type { Cron } from "croner";
import type { Envelope } from "../../lib/events/envelope.js";
import type { PageParams } from "../../lib/pagination.js";
import type { DbMethods, DbThis } from "../../mixins/db.mixin.js";
import type { EventsMethods } from "../../mixins/events.mixin.js";
import type { UsageModels } from "./models.js";
import type { Batcher } from "./batcher.js";
import type { TeamTerms } from "./terms.js";

// --- params --------------------------------------------------------------------------------

export interface TeamUsageParams {
  id: string;
  /** YYYY-MM: the team's billing period that starts in that month; the current one when absent. */
  period?: string;
}

export interface RanksParams extends PageParams {
  period?: string;
}

export interface RecordParams {
  /** Base64 of encoded `requests.Request` envelopes. */
  envelopes: string[];
}

export interface CountsOfParams {
  items: { teamId: string; periodStart: number }[];
}

/** YYYY-MM from 1970 on (a period is epoch milliseconds). */
export const PERIOD_PATTERN = /^(19[7-9]\d|[2-9]\d{3})-(0[1-9]|1[0-2])$/;

// --- what leaves the service -----------------------------------------------------------------

export interface EndpointCount {
  /** The route template, e.g. "GET /projects/:id". */
  endpoint: string;
  count: number;
}

export interface UsageReport {
  /** YYYY-MM of the period's start. */
  period: string;
  periodStart: string;
  periodEnd: string;
  tier: string;
  quota: number;
  /** Metered requests counted in the period (5xx answers included). */
  used: number;
  remaining: number;
  /** Of `used`, the requests answered 5xx: counted, never billed. */
  serverErrors: number;
  /** Overage paid from the balance in the period. */
  overageCents: number;
  byEndpoint: EndpointCount[];
}

export interface UsageRank {
  teamId: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  tier: string | null;
  quota: number | null;
  used: number;
  serverErrors: number;
  overageCents: number;
}

export interface OverageRound {
  /** Ledger entries made (or confirmed) this round. */
  debits: number;
  cents: number;
}

// --- the service's `this` --------------------------------------------------------------------

export interface UsageSettings {
  /** Request events folded per statement, and the longest an event waits for its batch. */
  batchSize: number;
  batchWaitMs: number;
}

export interface UsageVars {
  batcher: Batcher<Envelope>;
  terms: TeamTerms;
  overageSchedule: Cron | null;
  purgeSchedule: Cron | null;
  /** The overage round now running, so a second trigger waits for it. */
  settling: Promise<OverageRound> | null;
  /** Alerts and period terms this node has recorded, so a batch skips the statements that would change nothing. */
  recorded: Set<string>;
}

export interface UsageMethods extends DbMethods, EventsMethods<"requests"> {
  tables(): UsageModels;
  onEvent(envelope: Envelope): Promise<void>;
  /** Folds a batch of Request envelopes into the counters and raises the alerts they cross. */
  foldBatch(envelopes: Envelope[]): Promise<void>;
  onBillingEvent(envelope: Envelope): Promise<void>;
  /** Debits the overage owed by paid teams past their quota (one ledger entry per team and minute at most). */
  settleOverage(): Promise<OverageRound>;
}

export type UsageThis = Service<UsageSettings> & UsageMethods & UsageVars & DbThis;

type Schema = ServiceSchema<UsageSettings, UsageMethods, UsageVars & DbThis>;
export type UsageActions = NonNullable<Schema["actions"]>;
export type UsageMethodsSchema = NonNullable<Schema["methods"]>;

/** "2025-03" of an instant, in UTC. */
export function periodLabel(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** [start, end) of a YYYY-MM month in UTC, epoch milliseconds. */
export function monthRange(period: string): { from: number; to: number } {
  const [year, month] = period.split("-").map(Number);
  return { from: Date.UTC(year, month - 1, 1), to: Date.UTC(year, month, 1) };
}
