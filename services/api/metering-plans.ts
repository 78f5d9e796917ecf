/**
 * What the gateway needs to meter a team: its quota, overage price, balance and current period, from
 * billing (the account and its tier), cached per team. The cache is cleaned by event on every gateway
 * (`usage.planChanged`, which the usage domain broadcasts for each billing event of the team, and
 * `billing.clockAdvanced`), so an upgrade mid-period swaps the limit at once; an entry also lapses
 * after a minute and at its period's end on the platform clock.
 */
import type { ServiceBroker } from "moleculer";
import { Errors } from "moleculer";
import { addMonths } from "../../lib/clock.js";

/** A team's metering terms for one period. */
export interface Plan {
  teamId: string;
  tier: string;
  /** Metered requests per period. */
  quota: number;
  /** Cents per 100 requests past the quota, from the balance; null: a hard stop at the quota. */
  overageCentsPer100: number | null;
  balanceCents: number;
  /** The period, epoch milliseconds on the platform clock. */
  periodStart: number;
  periodEnd: number;
}

/** billing.accountOf's answer, as far as metering reads it. */
interface AccountOf {
  account: { teamId: string; tier: string; balanceCents: number; periodStart: string; periodEnd: string };
  tier: { requestsPerMonth: number; overageCentsPer100: number | null };
}

/** How long a plan is trusted without an event saying it changed. */
export const PLAN_TTL_MS = 60_000;
/** A period billing has not moved on yet is asked for again this often. */
const STALE_PERIOD_TTL_MS = 1_000;

/** The platform clock as the gateway reads it: real time, plus billing's test-clock offset when it runs one. */
export class GatewayClock {
  private offset: { ms: number; readAt: number } | null = null;
  private reading: Promise<number> | null = null;

  constructor(
    private readonly broker: ServiceBroker,
    /** TEST_CLOCK: ask billing; otherwise the platform clock is real time. */
    private readonly testClock: boolean,
    private readonly ttlMs = 1_000,
  ) {}

  async now(): Promise<number> {
    if (!this.testClock) return Date.now();
    const cached = this.offset;
    if (cached && Date.now() - cached.readAt < this.ttlMs) return Date.now() + cached.ms;
    this.reading ??= this.readOffset().finally(() => (this.reading = null));
    return Date.now() + (await this.reading);
  }

  /** Billing moved the clock: read it again on the next request. */
  invalidate(): void {
    this.offset = null;
  }

  private async readOffset(): Promise<number> {
    try {
      const { now } = await this.broker.call<{ now: string }>("billing.now");
      const ms = Date.parse(now) - Date.now();
      this.offset = { ms, readAt: Date.now() };
      return ms;
    } catch (err) {
      // Billing away: the last offset known is better than none.
      if (this.offset) return this.offset.ms;
      throw err;
    }
  }
}

interface Entry {
  plan: Plan;
  /** Real time after which the entry is fetched again. */
  expiresAt: number;
}

/** A period billing has not ended yet (its sweep runs each minute) moved on here: periods are contiguous. */
export function rollForward(plan: Plan, now: number): Plan {
  let { periodStart, periodEnd } = plan;
  while (periodEnd <= now) {
    periodStart = periodEnd;
    periodEnd = addMonths(new Date(periodStart), 1).getTime();
  }
  return { ...plan, periodStart, periodEnd };
}

export class Plans {
  private readonly entries = new Map<string, Entry>();
  private readonly fetching = new Map<string, Promise<Plan>>();
  /** Bumped by every invalidation, so a fetch that started before one doesn't cache what it read. */
  private generation = 0;

  constructor(private readonly broker: ServiceBroker) {}

  /** The team's plan for the period containing `now` (platform time). */
  async get(teamId: string, now: number): Promise<Plan> {
    const entry = this.entries.get(teamId);
    if (entry && Date.now() < entry.expiresAt && now < entry.plan.periodEnd) return entry.plan;
    let fetch = this.fetching.get(teamId);
    if (!fetch) {
      fetch = this.fetch(teamId, now).finally(() => this.fetching.delete(teamId));
      this.fetching.set(teamId, fetch);
    }
    try {
      return await fetch;
    } catch (err) {
      // Billing away: a plan we had is better than refusing the team's requests.
      if (entry) return rollForward(entry.plan, now);
      throw new Errors.MoleculerRetryableError(
        "The team's quota can't be read right now; try again shortly",
        503,
        "SERVICE_UNAVAILABLE",
        { reason: (err as Error).message },
      );
    }
  }

  invalidate(teamId: string): void {
    this.generation += 1;
    this.entries.delete(teamId);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private async fetch(teamId: string, now: number): Promise<Plan> {
    const generation = this.generation;
    let found = await this.broker.call<AccountOf | null, { teamId: string }>("billing.accountOf", { teamId });
    if (!found) {
      // A team from before billing ran gets its account on first use, as GET /teams/:id/billing does.
      await this.broker.call("billing.account", { id: teamId });
      found = await this.broker.call<AccountOf | null, { teamId: string }>("billing.accountOf", { teamId });
      if (!found) throw new Error(`no billing account for team ${teamId}`);
    }
    const read: Plan = {
      teamId,
      tier: found.account.tier,
      quota: found.tier.requestsPerMonth,
      overageCentsPer100: found.tier.overageCentsPer100,
      balanceCents: found.account.balanceCents,
      periodStart: Date.parse(found.account.periodStart),
      periodEnd: Date.parse(found.account.periodEnd),
    };
    const stale = read.periodEnd <= now;
    const plan = stale ? rollForward(read, now) : read;
    if (generation === this.generation) {
      this.entries.set(teamId, { plan, expiresAt: Date.now() + (stale ? STALE_PERIOD_TTL_MS : PLAN_TTL_MS) });
    }
    return plan;
  }
}
