/** The outbox: an event commits or rolls back with the entity it describes, and the relay delivers it, retrying when the channel refuses. */
import { randomUUID } from "node:crypto";
import type { Context, Service, ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Envelope } from "../../lib/events/envelope.js";
import { Db, type DbMethods } from "../../mixins/db.mixin.js";
import { Events, outboxRelay, type EventsMethods } from "../../mixins/events.mixin.js";
import AuditService from "../../services/audit/audit.service.js";
import { rows, startEmbedded, type EmbeddedBroker } from "../support/events.js";
import { eventually } from "../support/processes.js";

type ThingsThis = Service & DbMethods & EventsMethods<"users">;

/** A producer like any domain service: one row and its event in one transaction. */
const ThingsService: ServiceSchema = {
  name: "things",
  mixins: [Db({ model: { table: "probe_things", attributes: {} } }), Events("users")],
  actions: {
    create: {
      params: { name: "string", fail: { type: "boolean", optional: true } },
      async handler(ctx: Context<{ name: string; fail?: boolean }>): Promise<{ id: string; envelope: Envelope }> {
        const self = this as unknown as ThingsThis;
        const id = randomUUID();
        let envelope: Envelope | null = null;
        try {
          await self.inTransaction(async (tx) => {
            await self.sql().query("INSERT INTO probe_things (id, name) VALUES ($1, $2)", {
              bind: [id, ctx.params.name],
              transaction: tx,
            });
            envelope = await self.publish(
              "Created",
              { user: { id, email: `${ctx.params.name}@example.test` } },
              { tx, entity: "user", entityId: id, actorId: id },
            );
            if (ctx.params.fail) throw new Error("the use case failed after publishing");
          });
        } catch (err) {
          // The test needs the envelope id of the rolled-back event.
          (err as { envelope?: Envelope | null }).envelope = envelope;
          throw err;
        }
        return { id, envelope: envelope as unknown as Envelope };
      },
    },
    createMany: {
      params: { count: "number", fail: { type: "boolean", optional: true } },
      async handler(ctx: Context<{ count: number; fail?: boolean }>): Promise<Envelope[]> {
        const self = this as unknown as ThingsThis;
        let envelopes: Envelope[] = [];
        await self.inTransaction(async (tx) => {
          const events = Array.from({ length: ctx.params.count }, (_, i) => {
            const id = randomUUID();
            return {
              type: "Created" as const,
              fields: { user: { id, email: `many-${i}@example.test` } },
              entityId: id,
              actorId: id,
            };
          });
          envelopes = await self.publishMany(events, { tx, entity: "user" });
          if (ctx.params.fail) throw new Error("the batch failed after publishing");
        });
        return envelopes;
      },
    },
  },
};

let node: EmbeddedBroker;

const outboxRow = async (id: string) =>
  (
    await rows<{ sent_at: Date | null; attempts: number; last_error: string | null }>(
      node.db,
      "SELECT sent_at, attempts, last_error FROM outbox WHERE id = $1",
      [id],
    )
  )[0];
const audited = async (id: string) => (await rows(node.db, "SELECT 1 FROM audit_events WHERE id = $1", [id])).length;

beforeAll(async () => {
  node = await startEmbedded([ThingsService, AuditService]);
  await node.db.query("CREATE TABLE probe_things (id uuid PRIMARY KEY, name text NOT NULL)");
});

afterAll(() => node?.stop());

describe("the outbox", () => {
  it("commits the event with the entity, and the relay delivers it and marks it sent", async () => {
    const { id, envelope } = await node.broker.call<{ id: string; envelope: Envelope }, object>("things.create", {
      name: "kept",
    });
    expect(await rows(node.db, "SELECT 1 FROM probe_things WHERE id = $1", [id])).toHaveLength(1);
    expect(await outboxRow(envelope.id)).toBeDefined();
    await eventually(async () => (await outboxRow(envelope.id)).sent_at, 5_000, "the relay to mark the row sent", 20);
    expect(await audited(envelope.id)).toBe(1);
  });

  it("leaves neither the entity nor the event when the transaction rolls back", async () => {
    const err = await node.broker
      .call("things.create", { name: "gone", fail: true })
      .catch((e: unknown) => e as { envelope?: Envelope; message: string });
    expect(err).toMatchObject({ message: "the use case failed after publishing" });
    const envelopeId = (err as { envelope: Envelope }).envelope.id;
    expect(envelopeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await rows(node.db, "SELECT 1 FROM probe_things WHERE name = 'gone'")).toHaveLength(0);
    expect(await outboxRow(envelopeId)).toBeUndefined();
    // Give a (wrong) relay every chance to publish something, then check audit never saw it.
    const relay = outboxRelay(node.broker);
    relay?.kick();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await audited(envelopeId)).toBe(0);
  });

  it("refuses an event type the topic does not have, before writing anything", async () => {
    const things = node.broker.getLocalService("things") as unknown as ThingsThis;
    await expect(
      things.inTransaction((tx) =>
        (things.publish as (t: string, f: object, o: object) => Promise<Envelope>)(
          "FutureThing",
          {},
          { tx, entity: "user", entityId: "x" },
        ),
      ),
    ).rejects.toThrow(/users has no event type FutureThing/);
  });

  it("keeps an event the channel refused and publishes it on a later attempt", async () => {
    const broker = node.broker as unknown as { sendToChannel: (...args: unknown[]) => Promise<void> };
    const realSend = broker.sendToChannel;
    broker.sendToChannel = async () => {
      throw new Error("channel unavailable");
    };
    let envelopeId = "";
    try {
      ({
        envelope: { id: envelopeId },
      } = await node.broker.call<{ envelope: Envelope }, object>("things.create", { name: "delayed" }));
      const refused = await eventually(
        async () => {
          const row = await outboxRow(envelopeId);
          return row.last_error ? row : null;
        },
        5_000,
        "a failed publish attempt",
        20,
      );
      expect(refused).toMatchObject({ sent_at: null, last_error: "channel unavailable" });
      expect(refused.attempts).toBeGreaterThanOrEqual(1);
      expect(await audited(envelopeId)).toBe(0);
    } finally {
      broker.sendToChannel = realSend;
    }
    const sent = await eventually(
      async () => {
        const row = await outboxRow(envelopeId);
        return row.sent_at ? row : null;
      },
      10_000,
      "the retried publish",
      50,
    );
    expect(sent.sent_at).toBeInstanceOf(Date);
    expect(await audited(envelopeId)).toBe(1);
  });

  it("publishMany writes a batch in order with the transaction, and nothing when it rolls back", async () => {
    await expect(node.broker.call("things.createMany", { count: 30, fail: true })).rejects.toThrow(
      "the batch failed after publishing",
    );
    const [{ n: before }] = await rows<{ n: number }>(node.db, "SELECT count(*)::int AS n FROM outbox");
    const envelopes = await node.broker.call<Envelope[], object>("things.createMany", { count: 30 });
    expect(envelopes).toHaveLength(30);
    const written = await rows<{ id: string }>(node.db, "SELECT id FROM outbox ORDER BY seq DESC LIMIT 30");
    expect(written.map((r) => r.id).reverse()).toEqual(envelopes.map((e) => e.id));
    const [{ n: after }] = await rows<{ n: number }>(node.db, "SELECT count(*)::int AS n FROM outbox");
    expect(after - before).toBe(30);
    await eventually(
      async () =>
        (await rows(node.db, "SELECT 1 FROM audit_events WHERE id = ANY($1)", [envelopes.map((e) => e.id)])).length ===
        30,
      5_000,
      "the batch in audit",
      20,
    );
  });

  it("drains a backlog of several batches past rows another relay holds, and those once released", async () => {
    const relay = outboxRelay(node.broker);
    if (!relay) throw new Error("no relay");
    await relay.stop();
    let envelopes: Envelope[] = [];
    try {
      for (let i = 0; i < 5; i++)
        envelopes = envelopes.concat(await node.broker.call<Envelope[], object>("things.createMany", { count: 500 }));
      // Another replica holds 700 rows in the middle of the backlog.
      const held = envelopes.slice(900, 1600).map((e) => e.id);
      await node.db.query("UPDATE outbox SET lease_until = now() + interval '1 hour' WHERE id = ANY($1)", {
        bind: [held],
      });
      relay.start();
      const free = envelopes.filter((e) => !held.includes(e.id)).map((e) => e.id);
      await eventually(
        async () =>
          (await rows(node.db, "SELECT 1 FROM outbox WHERE id = ANY($1) AND sent_at IS NOT NULL", [free])).length ===
          free.length,
        20_000,
        "the free rows sent",
        50,
      );
      expect(
        await rows(node.db, "SELECT 1 FROM outbox WHERE id = ANY($1) AND sent_at IS NOT NULL", [held]),
      ).toHaveLength(0);

      await node.db.query("UPDATE outbox SET lease_until = NULL WHERE id = ANY($1)", { bind: [held] });
      relay.kick();
      await eventually(
        async () =>
          (await rows(node.db, "SELECT 1 FROM outbox WHERE id = ANY($1) AND sent_at IS NULL", [held])).length === 0,
        20_000,
        "the released rows sent",
        50,
      );
      const stored = await rows<{ n: number; d: number }>(
        node.db,
        "SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM audit_events WHERE id = ANY($1)",
        [envelopes.map((e) => e.id)],
      );
      expect(stored).toEqual([{ n: 2500, d: 2500 }]);
    } finally {
      relay.start();
    }
  });
});
