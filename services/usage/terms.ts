/**
 * usage: what billing says of a team (tier, quota, overage price, balance, current period) and the
 * platform clock, read through short caches. A billing event of the team cleans its entry (the
 * service consumes the billing topic), so an upgrade applies to the next batch.
 */
import type { ServiceBroker } from "moleculer";
import { addMonths } from "../../lib/clock.js";

/** A team's terms for its current period; times are epoch milliseconds on the platform clock. */
export interface Terms {
  teamId: string;
  tier: string;
  quota: number;
  /** null: a hard stop at the quota (no overage). */
  overageCentsPer100: number | null;
  balanceCents: number;
  periodStart: number;
  periodEnd: number;
}

interface AccountOf {
  account: { tier: string; balanceCents: number; periodStart: string; periodEnd: string };
  tier: { requestsPerMonth: number; overageCentsPer100: number | null };
}

const TERMS_TTL_MS = 60_000;
const CLOCK_TTL_MS = 1_000;

/** Billing ends a period within a minute of its end; until then the next one starts where it ended. */
export function currentPeriod(terms: Terms, now: number): Terms {
  let { periodStart, periodEnd } = terms;
  while (periodEnd <= now) {
    periodStart = periodEnd;
    periodEnd = addMonths(new Date(periodStart), 1).getTime();
  }
  return periodStart === terms.periodStart ? terms : { ...terms, periodStart, periodEnd };
}

export class TeamTerms {
  private readonly entries = new Map<string, { terms: Terms; expiresAt: number }>();
  private offset: { ms: number; readAt: number } | null = null;

  constructor(
    private readonly broker: ServiceBroker,
    private readonly testClock: boolean,
  ) {}

  /** The team's terms (cached), or null when billing has no account for it. */
  async get(teamId: string): Promise<Terms | null> {
    const entry = this.entries.get(teamId);
    if (entry && Date.now() < entry.expiresAt) return entry.terms;
    return this.fresh(teamId);
  }

  /** Straight from billing (a balance about to be debited). */
  async fresh(teamId: string): Promise<Terms | null> {
    const found = await this.broker.call<AccountOf | null, { teamId: string }>("billing.accountOf", { teamId });
    if (!found) return null;
    const terms: Terms = {
      teamId,
      tier: found.account.tier,
      quota: found.tier.requestsPerMonth,
      overageCentsPer100: found.tier.overageCentsPer100,
      balanceCents: found.account.balanceCents,
      periodStart: Date.parse(found.account.periodStart),
      periodEnd: Date.parse(found.account.periodEnd),
    };
    this.entries.set(teamId, { terms, expiresAt: Date.now() + TERMS_TTL_MS });
    return terms;
  }

  /** The team's terms, opening its billing account first if it has none (a team from before billing). */
  async ensure(teamId: string): Promise<Terms> {
    const terms = await this.get(teamId);
    if (terms) return terms;
    await this.broker.call("billing.account", { id: teamId });
    const opened = await this.fresh(teamId);
    if (!opened) throw new Error(`no billing account for team ${teamId}`);
    return opened;
  }

  invalidate(teamId: string): void {
    this.entries.delete(teamId);
  }

  /** The platform clock: billing's when TEST_CLOCK is on, real time otherwise. */
  async now(): Promise<number> {
    if (!this.testClock) return Date.now();
    if (!this.offset || Date.now() - this.offset.readAt >= CLOCK_TTL_MS) {
      const { now } = await this.broker.call<{ now: string }>("billing.now");
      this.offset = { ms: Date.parse(now) - Date.now(), readAt: Date.now() };
    }
    return Date.now() + this.offset.ms;
  }

  /** Billing moved the test clock. */
  clockMoved(): void {
    this.offset = null;
    this.entries.clear();
  }
}
