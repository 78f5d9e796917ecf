/** Teams from before billing ran get their accounts when a billing node starts, page by page, once each. */
import { randomUUID } from "node:crypto";
import type { ServiceSchema } from "moleculer";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import BillingService from "../../services/billing/billing.service.js";

// More teams than one backfill page (500), in id order as teams.idsAfter answers them.
const TEAMS = Array.from({ length: 501 }, () => randomUUID()).sort();
let kit: ServiceUnderTest;

beforeAll(async () => {
  kit = await serviceUnderTest(BillingService as unknown as ServiceSchema, {
    fakes: {
      teams: {
        idsAfter: (p: { after?: string; limit: number }) =>
          TEAMS.filter((id) => !p.after || id > p.after).slice(0, p.limit),
      },
    },
  });
});
afterAll(() => kit?.stop());

async function accountOf(teamId: string) {
  return kit.broker.call<{ account: { teamId: string; tier: string } } | null, { teamId: string }>(
    "billing.accountOf",
    { teamId },
  );
}

it("opens a free account for every existing team, across pages", async () => {
  await expect.poll(() => accountOf(TEAMS[TEAMS.length - 1]), { timeout: 30_000, interval: 200 }).not.toBeNull();
  for (const teamId of [TEAMS[0], TEAMS[499], TEAMS[500]]) {
    expect((await accountOf(teamId))?.account).toMatchObject({ teamId, tier: "free" });
  }
  const calls = kit.fakes.teams.callsTo("idsAfter");
  expect(calls.map((c) => c.params)).toEqual([{ limit: 500 }, { after: TEAMS[499], limit: 500 }]);
});

it("opens none twice: a second run finds every account", async () => {
  const service = kit.service as unknown as { backfillAccounts(): Promise<number> };
  expect(await service.backfillAccounts()).toBe(0);
  const created = (await kit.published("billing")).filter((e) => e.type === "AccountCreated");
  expect(created).toHaveLength(TEAMS.length);
});
