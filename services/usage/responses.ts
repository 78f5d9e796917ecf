/** usage: the shapes its routes answer (JSON Schema, lib/schemas.ts). */
import { arrayOf, count, instant, money, nullable, object, page, text, uuid } from "../../lib/schemas.js";

const period = { type: "string", pattern: "^\\d{4}-\\d{2}$", description: "YYYY-MM of the period's start" };

export const usageReport = object(
  {
    period,
    periodStart: instant,
    periodEnd: instant,
    tier: text,
    quota: count,
    used: { ...count, description: "Metered requests counted in the period (5xx answers included)" },
    remaining: count,
    serverErrors: { ...count, description: "Of `used`, the requests answered 5xx: counted, never billed" },
    overageCents: money,
    byEndpoint: arrayOf(object({ endpoint: text, count }, { title: "EndpointCount" })),
  },
  { title: "UsageReport" },
);

export const usageRank = object(
  {
    teamId: uuid,
    period,
    periodStart: instant,
    periodEnd: instant,
    tier: nullable(text),
    quota: nullable(count),
    used: count,
    serverErrors: count,
    overageCents: money,
  },
  { title: "UsageRank" },
);

export const usageRankPage = page(usageRank);
