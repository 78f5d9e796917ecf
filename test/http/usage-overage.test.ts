/**
 * Overage on one embedded node with the test clock and a pro tier of 5 requests at 10 cents each
 * past them (TIERS): a paid team's calls go on past the quota while its balance lasts; each overage
 * round debits what is owed as one ledger entry keyed usage:<team>:<minute>, at most one per team and
 * minute; a balance that can't cover it pays what it has, the team's calls then stop with 429 until
 * a top-up lands; a debit billing made before a crash is not made twice; 5xx answers are not billed.
 */
import { randomUUID } from "node:crypto";
import type { Sequelize } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { topicModules } from "../../events/topics.js";
import type { Envelope } from "../../lib/events/envelope.js";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  signupAdmin,
  startTestNode,
  type ApiClient,
  type Json,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";
import { billingTeam, settled, topUp, type BillingTeam } from "./billing-kit.js";

let node: TestNode;
let client: ApiClient;
let admin: SessionBody;

beforeAll(async () => {
  node = await startTestNode({
    RATE_LIMIT: "0",
    TEST_CLOCK: "1",
    TIERS: JSON.stringify({ pro: { requestsPerMonth: 5, overageCentsPer100: 1000 } }),
  });
  client = api(node.baseUrl);
  admin = await signupAdmin(client, node.broker);
});
afterAll(() => node?.stop());

interface UsageService {
  sql(): Sequelize;
  foldBatch(envelopes: Envelope[]): Promise<void>;
}
const usage = () => node.broker.getLocalService("usage") as unknown as UsageService;
const settle = () => node.broker.call<{ debits: number; cents: number }>("usage.settleOverage");

async function advance(seconds: number): Promise<Date> {
  const res = await client.post("/admin/clock", { advanceSeconds: seconds }, { token: admin.accessToken });
  expectJson(res);
  return new Date(res.body.now);
}

/** A pro team with `balanceCents` on its balance and a team key. */
async function proTeam(balanceCents: number): Promise<BillingTeam & { key: string }> {
  const team = await billingTeam(client, "tok_visa");
  const upgrade = await client.post(
    `/teams/${team.teamId}/billing/subscription`,
    { tier: "pro" },
    { token: team.token },
  );
  expectJson(upgrade);
  await settled(client, team, upgrade.body.charge.id);
  const charge = await topUp(client, team, balanceCents);
  expect(charge.status, charge.text).toBe(202);
  await settled(client, team, charge.body.id);
  const key = await client.post(`/teams/${team.teamId}/keys`, { description: "overage" }, { token: team.token });
  expectJson(key, 201);
  return { ...team, key: key.body.key };
}

async function balanceOf(team: BillingTeam): Promise<number> {
  const res = await client.get(`/teams/${team.teamId}/billing`, { token: team.token });
  expectJson(res);
  return res.body.balanceCents;
}

async function usageDebits(team: BillingTeam): Promise<Json[]> {
  const res = await client.get(`/teams/${team.teamId}/billing/ledger?pageSize=100&sort=createdAt`, {
    token: team.token,
  });
  expectJson(res);
  return res.body.rows.filter((e: { reason: string }) => e.reason === "usage");
}

async function calls(team: { key: string }, n: number, status = 200): Promise<void> {
  for (let i = 0; i < n; i++) {
    const res = await client.get("/projects", { apiKey: team.key });
    expect(res.status, res.text).toBe(status);
  }
}

async function counted(team: BillingTeam, used: number): Promise<Json> {
  return eventually(async () => {
    const res = await client.get(`/teams/${team.teamId}/usage`, { token: team.token });
    expect(res.body.used).toBe(used);
    return res.body;
  });
}

describe("overage from the balance", () => {
  it("debits once a minute with usage:<team>:<minute> keys, stops at zero balance and resumes after a top-up", async () => {
    const team = await proTeam(50);
    await calls(team, 5 + 3);
    await counted(team, 8);
    const first = await settle();
    expect(first.cents).toBeGreaterThanOrEqual(30);
    // Within the same minute, more overage waits for the next one.
    await calls(team, 3);
    await counted(team, 11);
    await settle();
    let debits = await usageDebits(team);
    expect(debits.map((d) => d.deltaCents)).toEqual([-30]);
    expect(debits[0].idempotencyKey).toMatch(new RegExp(`^usage:${team.teamId}:\\d+$`));
    expect(await balanceOf(team)).toBe(20);

    // The next minute: 30 cents owed, 20 on the balance: it pays 20, and the team stops.
    await advance(60);
    await settle();
    debits = await usageDebits(team);
    expect(debits.map((d) => d.deltaCents)).toEqual([-30, -20]);
    const minutes = debits.map((d) => Number(String(d.idempotencyKey).split(":")[2]));
    expect(minutes[1]).toBeGreaterThan(minutes[0]);
    expect(await balanceOf(team)).toBe(0);
    const refused = await eventually(async () => {
      const res = await client.get("/projects", { apiKey: team.key });
      expectProblem(res, 429, "QUOTA_EXCEEDED");
      return res;
    });
    expect(refused.body.detail).toMatch(/balance/);

    // A top-up lands: the calls flow again and the rest of the overage is paid at the next minute.
    const charge = await topUp(client, team, 50);
    await settled(client, team, charge.body.id);
    await eventually(async () => expectJson(await client.get("/projects", { apiKey: team.key })));
    await counted(team, 12);
    await advance(60);
    const last = await settle();
    expect(last.debits).toBe(1);
    debits = await usageDebits(team);
    // 12 calls, 7 past the quota at 10 cents: 70 cents in all, in three entries with three keys.
    expect(debits.map((d) => d.deltaCents)).toEqual([-30, -20, -20]);
    expect(new Set(debits.map((d) => d.idempotencyKey)).size).toBe(3);
    const report = await counted(team, 12);
    expect(report.overageCents).toBe(70);
    expect(await balanceOf(team)).toBe(30);
  });

  it("does not bill 5xx answers, and never debits a key twice when billing took it before a crash", async () => {
    const team = await proTeam(500);
    await calls(team, 5);
    const before = await counted(team, 5);
    // Two answers the gateway gave as 5xx, past the quota: counted, flagged, not billed.
    const made = (status: number): Envelope => {
      const id = randomUUID();
      return {
        id,
        topic: "requests",
        type: "Request",
        occurredAt: Date.now(),
        actorId: team.owner.user.id,
        teamId: team.teamId,
        entity: "request",
        entityId: id,
        traceId: id,
        schemaVersion: 1,
        payload: topicModules.requests.encode("Request", {
          method: "GET",
          route: "/projects",
          status,
          serverError: status >= 500,
          periodStart: Date.parse(before.periodStart),
          periodEnd: Date.parse(before.periodEnd),
        }),
      };
    };
    await usage().foldBatch([made(503), made(500)]);
    const flagged = await counted(team, 7);
    expect(flagged.serverErrors).toBe(2);
    await advance(60);
    await settle();
    expect(await usageDebits(team)).toEqual([]);

    // One overage call; billing takes the round's debit, and the node "crashes" before recording it.
    await usage().foldBatch([made(200)]);
    await advance(60);
    const { now } = await node.broker.call<{ now: string }>("billing.now");
    const minute = Math.floor(Date.parse(now) / 60_000);
    const key = `usage:${team.teamId}:${minute}`;
    await usage()
      .sql()
      .query(
        "INSERT INTO usage_debits (team_id, minute, period_start, amount_cents, idempotency_key) VALUES ($1, $2, $3, 10, $4)",
        { bind: [team.teamId, minute, Date.parse(before.periodStart), key] },
      );
    await node.broker.call("billing.debit", { teamId: team.teamId, amountCents: 10, idempotencyKey: key });
    const round = await settle();
    expect(round.cents).toBe(10);
    const debits = await usageDebits(team);
    expect(debits.map((d) => [d.idempotencyKey, d.deltaCents])).toEqual([[key, -10]]);
    expect(await balanceOf(team)).toBe(490);
    // And nothing more is owed.
    await advance(60);
    expect((await settle()).debits).toBe(0);
    expect((await counted(team, 8)).overageCents).toBe(10);
  });
});
