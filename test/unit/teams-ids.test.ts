/** teams.idsAfter: every team id a page at a time, for domains that backfill a record per team. */
import type { ServiceSchema } from "moleculer";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import TeamsService from "../../services/teams/teams.service.js";
import type { Team } from "../../services/teams/store.js";

let t: ServiceUnderTest;
beforeAll(async () => {
  t = await serviceUnderTest(TeamsService as unknown as ServiceSchema);
});
afterAll(() => t.stop());

it("answers every team once, in id order, page after page", async () => {
  const owner = t.user();
  const created: string[] = [];
  for (let i = 0; i < 5; i++) created.push((await t.call<Team>("teams.create", { name: `T${i}` }, { user: owner })).id);
  const seen: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await t.broker.call<string[], { after?: string; limit: number }>("teams.idsAfter", {
      after,
      limit: 2,
    });
    seen.push(...page);
    if (page.length < 2) break;
    after = page[page.length - 1];
  }
  expect(seen).toEqual([...created].sort());
});

it("refuses a limit past 1000", async () => {
  await expect(t.broker.call("teams.idsAfter", { limit: 1001 })).rejects.toMatchObject({ code: 422 });
});
