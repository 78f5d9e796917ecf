/** billing: tiers (from config), their order, and the price of the rest of a period. */
import type { TierConfig, TierId } from "../../config.js";
import { TIER_IDS } from "../../config.js";
import { UnprocessableError } from "../../lib/errors.js";

export { TIER_IDS, type TierConfig, type TierId };

export const CURRENCY = "USD";

/** A tier as GET /billing/tiers shows it. */
export interface Tier {
  id: TierId;
  name: string;
  rank: number;
  priceCents: number;
  currency: string;
  requestsPerMonth: number;
  /** null: requests past the quota are refused (no overage). */
  overageCentsPer100: number | null;
}

export function toTier(tier: TierConfig): Tier {
  return {
    id: tier.id,
    name: tier.name,
    rank: tier.rank,
    priceCents: tier.priceCents,
    currency: CURRENCY,
    requestsPerMonth: tier.requestsPerMonth,
    overageCentsPer100: tier.overageCentsPer100,
  };
}

/** The tier `id` of `tiers`; a stored id that config no longer has is a bug, not a caller's mistake. */
export function tierOf(tiers: readonly TierConfig[], id: string): TierConfig {
  const tier = tiers.find((t) => t.id === id);
  if (!tier) throw new UnprocessableError(`Unknown tier ${id}`, [{ field: "tier", message: "is not a tier" }]);
  return tier;
}

/** round-half-even(numerator / denominator) for non-negative bigints. */
function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twice = (numerator % denominator) * 2n;
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

/**
 * What moving up from `from` to `to` costs now: the price difference for the part of the period
 * still to run (`now` to `end`, of `start` to `end`), rounded half-even to the cent. Zero when the
 * better tier is not dearer or the period is over.
 */
export function proratedCents(from: TierConfig, to: TierConfig, period: { start: Date; end: Date }, now: Date): number {
  const difference = BigInt(to.priceCents - from.priceCents);
  const length = BigInt(period.end.getTime() - period.start.getTime());
  const left = BigInt(
    Math.min(Math.max(period.end.getTime() - now.getTime(), 0), period.end.getTime() - period.start.getTime()),
  );
  if (difference <= 0n || length <= 0n || left === 0n) return 0;
  return Number(divideHalfEven(difference * left, length));
}
