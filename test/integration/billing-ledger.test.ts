/**
 * The balance ledger on the machine's PostgreSQL: 100 parallel debits of 1 cent against a balance of
 * 50 let exactly 50 through and end at 0 with one BalanceZero, from one broker or from two brokers
 * (two connection pools) at once; 20 parallel debits under one key move money once.
 */
import { randomUUID } from "node:crypto";
import type { ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "../../testing/index.js";
import BillingService, { type Account, type LedgerEntry } from "../../services/billing/billing.service.js";
import type { Page } from "../../lib/pagination.js";
import { cleanupAll, createDatabase, type TestDatabase } from "../support/processes.js";

let db: TestDatabase;
let first: ServiceUnderTest;
let second: ServiceUnderTest;
const admins = new Map<string, string>();

const billingOn = (url: string) =>
  serviceUnderTest(BillingService as unknown as ServiceSchema, {
    config: { DATABASE_URL: url },
    fakes: {
      teams: {
        membership: (p: { teamId: string; userId: string }) =>
          admins.get(p.teamId) === p.userId ? { role: "administrator" } : null,
      },
    },
  });

beforeAll(async () => {
  db = await createDatabase();
  first = await billingOn(db.url);
  second = await billingOn(db.url);
});
afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await cleanupAll();
});

/** A team's account holding `cents`, credited by an admin adjustment. */
async function fundedTeam(cents: number): Promise<{ teamId: string; user: ReturnType<ServiceUnderTest["user"]> }> {
  const teamId = randomUUID();
  const user = first.user();
  admins.set(teamId, user.id);
  await first.call<Account>("billing.account", { id: teamId }, { user });
  const admin = first.user({ roles: ["user", "admin"] });
  await first.call("billing.adjust", { teamId, deltaCents: cents, reference: "seed" }, { user: admin });
  return { teamId, user };
}

async function outcome(debits: Promise<unknown>[]) {
  const results = await Promise.allSettled(debits);
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  return {
    passed: results.length - refused.length,
    refusedWith: [...new Set(refused.map((r) => (r.reason as { type?: string }).type))],
  };
}

async function expectSettledAtZero(teamId: string, user: ReturnType<ServiceUnderTest["user"]>) {
  const account = await first.call<Account>("billing.account", { id: teamId }, { user });
  expect(account.balanceCents).toBe(0);
  const [{ n, sum }] = await db.query<{ n: number; sum: number }>(
    "SELECT count(*)::int AS n, sum(delta_cents)::int AS sum FROM billing_ledger WHERE team_id = $1",
    [teamId],
  );
  expect({ n, sum }).toEqual({ n: 51, sum: 0 });
  // In the order they were taken, each entry's balance is one below the last: nothing interleaved.
  const ledger = await first.call<Page<LedgerEntry>>(
    "billing.ledger",
    { id: teamId, sort: "createdAt", pageSize: 100 },
    { user },
  );
  expect(ledger.rows.map((e) => e.balanceAfterCents)).toEqual([50, ...Array.from({ length: 50 }, (_, i) => 49 - i)]);
  const zero = (await first.published("billing")).filter((e) => e.teamId === teamId && e.type === "BalanceZero");
  expect(zero).toHaveLength(1);
  const decremented = (await first.published("billing")).filter(
    (e) => e.teamId === teamId && e.type === "BalanceDecremented",
  );
  expect(decremented).toHaveLength(50);
}

describe("the ledger on PostgreSQL", () => {
  it("lets exactly 50 of 100 parallel debits of 1 through a balance of 50", { timeout: 60_000 }, async () => {
    const { teamId, user } = await fundedTeam(50);
    const debits = Array.from({ length: 100 }, (_, i) =>
      first.call("billing.debit", { teamId, amountCents: 1, idempotencyKey: `one-${i}` }),
    );
    expect(await outcome(debits)).toEqual({ passed: 50, refusedWith: ["INSUFFICIENT_BALANCE"] });
    await expectSettledAtZero(teamId, user);
  });

  it("holds with the debits split between two brokers and their pools", { timeout: 60_000 }, async () => {
    const { teamId, user } = await fundedTeam(50);
    const debits = Array.from({ length: 100 }, (_, i) =>
      (i % 2 ? first : second).call("billing.debit", { teamId, amountCents: 1, idempotencyKey: `two-${i}` }),
    );
    expect(await outcome(debits)).toEqual({ passed: 50, refusedWith: ["INSUFFICIENT_BALANCE"] });
    await expectSettledAtZero(teamId, user);
  });

  it("moves money once for 20 parallel debits under one key, from both brokers", async () => {
    const { teamId, user } = await fundedTeam(100);
    const entries = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? first : second).call<LedgerEntry>("billing.debit", {
          teamId,
          amountCents: 30,
          idempotencyKey: "same-key",
        }),
      ),
    );
    expect(new Set(entries.map((e) => e.id)).size).toBe(1);
    expect((await first.call<Account>("billing.account", { id: teamId }, { user })).balanceCents).toBe(70);
  });
});
