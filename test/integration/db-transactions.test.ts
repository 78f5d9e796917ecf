/** The DB mixin's transactions on real PostgreSQL: a deadlock victim is run again, not turned into a 500. */
import { ServiceBroker, type Service } from "moleculer";
import type { Transaction } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { Db, type DbMethods } from "../../mixins/db.mixin.js";
import { cleanupAll, createDatabase, type TestDatabase } from "../support/processes.js";
import { bindConfig } from "../../lib/runtime.js";

let db: TestDatabase;
let broker: ServiceBroker;

beforeAll(async () => {
  db = await createDatabase();
  const config = loadConfig({ DATABASE_URL: db.url, JWT_SECRET: "x".repeat(40), NODE_ENV: "test" });
  broker = new ServiceBroker({ logger: false });
  bindConfig(broker, config);
  broker.createService({ name: "ledger", mixins: [Db({ model: { table: "users", attributes: {} } })] });
  await broker.start();
  await db.query("CREATE TABLE deadlock_probe (id int PRIMARY KEY, n int NOT NULL)");
  await db.query("INSERT INTO deadlock_probe VALUES (1, 0), (2, 0)");
});

afterAll(async () => {
  await broker?.stop();
  await cleanupAll();
});

describe("inTransaction", () => {
  it("runs the deadlock victim again, so both crossing transactions commit once", async () => {
    const service = broker.getLocalService("ledger") as Service & DbMethods;
    let attempts = 0;
    let firstLocks = 0;
    let release!: () => void;
    const bothLocked = new Promise<void>((resolve) => (release = resolve));

    // Each transaction locks one row, waits until the other has locked its row, then wants it.
    const crossing = (first: number, second: number) =>
      service.inTransaction(async (tx: Transaction) => {
        attempts += 1;
        const sql = service.sql();
        await sql.query("UPDATE deadlock_probe SET n = n + 1 WHERE id = $1", { bind: [first], transaction: tx });
        if (++firstLocks === 2) release();
        await bothLocked;
        await sql.query("UPDATE deadlock_probe SET n = n + 1 WHERE id = $1", { bind: [second], transaction: tx });
      });

    await Promise.all([crossing(1, 2), crossing(2, 1)]);

    // PostgreSQL aborted one of them (40P01); it ran a second time after the other committed.
    expect(attempts).toBe(3);
    const rows = await db.query<{ id: number; n: number }>("SELECT id, n FROM deadlock_probe ORDER BY id");
    expect(rows).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });

  it("does not retry an ordinary failure", async () => {
    const service = broker.getLocalService("ledger") as Service & DbMethods;
    let attempts = 0;
    await expect(
      service.inTransaction(async (tx: Transaction) => {
        attempts += 1;
        await service.sql().query("INSERT INTO deadlock_probe VALUES (1, 0)", { transaction: tx });
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(1);
  });
});
