/**
 * usage: what its consumer does. Request events are folded in batches into the counters (each event
 * id once); the same transaction records the alerts a batch crosses (80 % and 100 % of the quota,
 * once per team and period) and publishes them on the requests topic. A billing event of a team
 * cleans its cached terms here and, by broadcast, on every gateway.
 */
import { topicModules } from "../../events/topics.js";
import type { Envelope } from "../../lib/events/envelope.js";
import { UUID } from "../../lib/uuid.js";
import type { Transaction } from "sequelize";
import { usageModels, type AlertKind } from "./models.js";
import { settleOverage } from "./overage.js";
import * as store from "./store.js";
import type { CountedRequest, PeriodTotal } from "./store.js";
import type { UsageMethodsSchema, UsageThis } from "./common.js";
import type { Terms } from "./terms.js";

/** Broadcast to every gateway when a team's billing changed: they read its plan again (services/api/metering.ts). */
export const PLAN_CHANGED_EVENT = "usage.planChanged";
/** Billing events after which a team's quota, balance or period may differ. */
const PLAN_EVENTS = new Set([
  "AccountCreated",
  "AccountClosed",
  "SubscriptionChanged",
  "BalanceIncremented",
  "BalanceZero",
]);
export const METRIC_LAG = "meshwork.usage.ingest.lag";
export const METRIC_SKIPPED = "meshwork.usage.events.skipped.total";
const MAX_ENDPOINT = 300;

const ALERTS: { kind: AlertKind; type: "QuotaWarning" | "QuotaExceeded"; percent: number }[] = [
  { kind: "warning", type: "QuotaWarning", percent: 80 },
  { kind: "exceeded", type: "QuotaExceeded", percent: 100 },
];

/** A Request envelope as the counters need it; null for one that can't be counted (logged, never retried). */
export function countedRequest(envelope: Envelope): CountedRequest | null {
  if (!UUID.test(envelope.teamId)) return null;
  const event = topicModules.requests.decode(envelope.payload);
  const periodStart = Number(event.periodStart);
  const periodEnd = Number(event.periodEnd);
  const endpoint = `${event.method} ${event.route}`;
  if (!(periodStart > 0 && periodEnd > periodStart) || !event.method || endpoint.length > MAX_ENDPOINT) return null;
  return { id: envelope.id, teamId: envelope.teamId, periodStart, periodEnd, endpoint, serverError: event.serverError };
}

/** The requests needed to reach `percent` of `quota`. */
export function threshold(quota: number, percent: number): number {
  return Math.ceil((quota * percent) / 100);
}

export const usageMethods: UsageMethodsSchema = {
  tables(this: UsageThis) {
    return usageModels(this.models);
  },

  async onEvent(this: UsageThis, envelope: Envelope): Promise<void> {
    if (envelope.topic === "billing") return this.onBillingEvent(envelope);
    // QuotaWarning and QuotaExceeded travel on the same topic: they are this service's own.
    if (envelope.topic === "requests" && envelope.type === "Request") return this.batcher.add(envelope);
  },

  async onBillingEvent(this: UsageThis, envelope: Envelope): Promise<void> {
    if (!envelope.teamId || !PLAN_EVENTS.has(envelope.type)) return;
    this.terms.invalidate(envelope.teamId);
    await this.broker.broadcast(PLAN_CHANGED_EVENT, { teamId: envelope.teamId });
  },

  async foldBatch(this: UsageThis, envelopes: Envelope[]): Promise<void> {
    const requests = new Map<string, CountedRequest>();
    for (const envelope of envelopes) {
      let request: CountedRequest | null = null;
      try {
        request = countedRequest(envelope);
      } catch {
        request = null;
      }
      if (request) requests.set(request.id, request);
      else {
        this.logger.warn(`Request event ${envelope.id} can't be counted (no team, period or endpoint); skipped`);
        if (this.broker.isMetricsEnabled()) this.broker.metrics.increment(METRIC_SKIPPED);
      }
    }
    if (!requests.size) return;
    // Read before the transaction: billing is another service (and, embedded, the same single connection).
    const teams = [...new Set([...requests.values()].map((r) => r.teamId))];
    const terms = new Map<string, Terms>();
    await Promise.all(
      teams.map(async (teamId) => {
        const found = await this.terms.get(teamId).catch(() => null);
        if (found) terms.set(teamId, found);
      }),
    );
    const recordedNow: string[] = [];
    await this.inTransaction(async (tx) => {
      recordedNow.length = 0;
      const totals = await store.foldRequests(this.sql(), [...requests.values()], tx);
      for (const total of totals) {
        const found = terms.get(total.teamId);
        // Alerts are for the team's current period, under the quota it has now.
        if (found && found.periodStart === total.periodStart) await raiseAlerts(this, total, found, tx, recordedNow);
      }
    });
    for (const key of recordedNow) this.recorded.add(key);
    observeLag(this, envelopes);
  },

  settleOverage(this: UsageThis) {
    const previous = this.settling ?? Promise.resolve({ debits: 0, cents: 0 });
    const next = previous.catch(() => undefined).then(() => settleOverage(this));
    this.settling = next;
    void next
      .finally(() => {
        if (this.settling === next) this.settling = null;
      })
      .catch(() => undefined);
    return next;
  },
};

/** Records the period's terms and the alerts it crossed (each once per team and period), in `tx`. */
async function raiseAlerts(
  service: UsageThis,
  total: PeriodTotal,
  terms: Terms,
  tx: Transaction,
  recordedNow: string[],
): Promise<void> {
  const db = service.sql();
  const base = `${total.teamId}:${total.periodStart}`;
  const termsKey = `${base}:terms:${terms.tier}:${terms.quota}`;
  if (!service.recorded.has(termsKey)) {
    await store.setPeriodTerms(db, total.teamId, total.periodStart, terms, tx);
    recordedNow.push(termsKey);
  }
  for (const alert of ALERTS) {
    const key = `${base}:${alert.kind}`;
    if (service.recorded.has(key) || total.requests < threshold(terms.quota, alert.percent)) continue;
    const fresh = await store.recordAlert(
      db,
      {
        teamId: total.teamId,
        periodStart: total.periodStart,
        kind: alert.kind,
        used: total.requests,
        quota: terms.quota,
      },
      tx,
    );
    recordedNow.push(key);
    if (!fresh) continue;
    const quota = {
      tier: terms.tier,
      limit: terms.quota,
      used: total.requests,
      percent: alert.percent,
      periodStart: total.periodStart,
      periodEnd: total.periodEnd,
    };
    await service.publish(
      alert.type,
      { quota, periodStart: total.periodStart, periodEnd: total.periodEnd },
      { tx, entity: "team", entityId: total.teamId, teamId: total.teamId, actorId: null },
    );
  }
}

/** Request to counter: how long after its admission each event was counted (the benchmark reads it too). */
function observeLag(service: UsageThis, envelopes: Envelope[]): void {
  if (!service.broker.isMetricsEnabled()) return;
  const now = Date.now();
  for (const envelope of envelopes) {
    service.broker.metrics.observe(METRIC_LAG, Math.max(0, now - envelope.occurredAt));
  }
}
