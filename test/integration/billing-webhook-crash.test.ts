/**
 * The webhook path over NATS with the billing node killed (kill -9) between receipt and effect: a
 * gateway node and a billing node on the machine's NATS and PostgreSQL. The test holds the ledger
 * table locked, so the webhook's transaction (dedupe record written, charge settled) stops at the
 * credit; the billing node dies there. Nothing of it commits; the delivery, kept in its table,
 * is retried by the next billing node, and the money moves exactly once.
 */
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventMesh, type EventMesh } from "../support/events.js";
import { eventually, http, sleep, type MeshworkNode } from "../support/processes.js";

const SECRET = `whsec_${randomBytes(32).toString("base64")}`;

describe("a billing node killed between a webhook's receipt and its effect", () => {
  let mesh: EventMesh;
  let gateway: MeshworkNode;
  let billing: MeshworkNode;
  let billingEnv: Record<string, string>;

  beforeAll(async () => {
    mesh = await createEventMesh("mwbill_crash");
    gateway = await mesh.start("gateway", "api,users,teams");
    billingEnv = {
      PAYMENTS_WEBHOOK_SECRETS: SECRET,
      PAYMENTS_WEBHOOK_URL: `${gateway.baseUrl}/billing/webhooks/fake`,
    };
    billing = await mesh.start("billing-1", "billing", billingEnv);
  });

  afterAll(() => mesh?.cleanup());

  const count = async (sql: string, params: unknown[] = []) => (await mesh.db.query<{ n: number }>(sql, params))[0].n;
  /** Locks other sessions hold (or wait for) on one of this database's tables. */
  const locksOn = (table: string, condition = "true") =>
    count(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
        WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.pid <> pg_backend_pid() AND c.relname = $1 AND ${condition}`,
      [table],
    );

  it("moves the money exactly once after the restart", { timeout: 150_000 }, async () => {
    const email = `crash-${randomUUID().slice(0, 8)}@example.test`;
    const session = await http(`${gateway.baseUrl}/auth/signup`, {
      body: { email, password: "correct horse battery staple" },
    });
    expect(session.status).toBe(201);
    const token = session.body.accessToken as string;
    const team = await http(`${gateway.baseUrl}/teams`, { body: { name: "Crash team" }, token });
    expect(team.status).toBe(201);
    const teamId = team.body.id as string;
    const card = await eventually(
      async () => {
        const res = await http(`${gateway.baseUrl}/teams/${teamId}/billing/payment-method`, {
          method: "PUT",
          body: { token: "tok_visa" },
          token,
        });
        return res.status === 200 ? res : null;
      },
      30_000,
      "the billing node to serve the team",
      250,
    );
    expect(card.body.paymentMethod).toEqual({ brand: "visa", last4: "4242" });

    // Hold the ledger: the webhook's credit will wait here, after its dedupe record and charge update.
    const holder = new pg.Client({ connectionString: mesh.db.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE billing_ledger IN EXCLUSIVE MODE");
      const topUp = await http(`${gateway.baseUrl}/teams/${teamId}/billing/top-ups`, {
        body: { amountCents: 5_000 },
        token,
        headers: { "Idempotency-Key": randomUUID() },
      });
      expect(topUp.status).toBe(202);
      const chargeId = topUp.body.id as string;

      await eventually(
        async () => (await locksOn("billing_ledger", "NOT l.granted")) > 0,
        30_000,
        "the webhook's transaction to reach the credit",
        100,
      );
      expect((await billing.stop("SIGKILL")).signal).toBe("SIGKILL");
      await holder.query("COMMIT");

      // The dead node's transaction ends without a commit: no dedupe record, the charge still pending.
      await eventually(
        async () => (await locksOn("billing_webhook_events")) === 0,
        30_000,
        "the killed node's transaction to end",
        100,
      );
      expect(await count("SELECT count(*)::int AS n FROM billing_webhook_events")).toBe(0);
      expect(await count("SELECT count(*)::int AS n FROM billing_ledger")).toBe(0);
      expect(await count("SELECT count(*)::int AS n FROM billing_charges WHERE status = 'pending'")).toBe(1);
      const [delivery] = await mesh.db.query<{ delivered: boolean }>(
        "SELECT delivered_at IS NOT NULL AS delivered FROM billing_provider_deliveries WHERE charge_id = $1",
        [chargeId],
      );
      expect(delivery).toEqual({ delivered: false });

      billing = await mesh.start("billing-2", "billing", billingEnv);
      await eventually(
        async () => {
          const account = await http(`${gateway.baseUrl}/teams/${teamId}/billing`, { token });
          return account.status === 200 && account.body.balanceCents === 5_000;
        },
        60_000,
        "the retried webhook to credit the balance",
        250,
      );
      // Give a second credit time to show up before counting.
      await sleep(2_000);
      expect(await count("SELECT count(*)::int AS n FROM billing_ledger WHERE team_id = $1", [teamId])).toBe(1);
      expect(await count("SELECT count(*)::int AS n FROM billing_webhook_events")).toBe(1);
      const [account] = await mesh.db.query<{ balance: number }>(
        "SELECT balance_cents::int AS balance FROM billing_accounts WHERE team_id = $1",
        [teamId],
      );
      expect(account.balance).toBe(5_000);
      expect(
        await count("SELECT count(*)::int AS n FROM billing_charges WHERE id = $1 AND status = 'succeeded'", [
          chargeId,
        ]),
      ).toBe(1);
      const [attempts] = await mesh.db.query<{ attempts: number; delivered: boolean }>(
        `SELECT attempts, delivered_at IS NOT NULL AS delivered FROM billing_provider_deliveries WHERE charge_id = $1`,
        [chargeId],
      );
      expect(attempts.delivered).toBe(true);
      expect(attempts.attempts).toBeGreaterThanOrEqual(2);
    } finally {
      await holder.end().catch(() => undefined);
    }
  });
});
