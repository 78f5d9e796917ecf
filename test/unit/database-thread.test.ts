/** The embedded database runs in its own thread: a long query leaves the event loop free to serve. */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDatabase, releaseDatabase, type DatabaseOptions } from "../../lib/database.js";

const options: DatabaseOptions = { url: null, dataDir: `memory://thread-${randomUUID()}` };

afterAll(() => releaseDatabase(options));

describe("embedded database thread", () => {
  it("keeps timers firing while PGlite executes a long query", async () => {
    const db = await acquireDatabase(options);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = performance.now();
    const [rows] = await db.sequelize.query("SELECT count(*)::int AS n FROM generate_series(1, 3000000)");
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(rows).toEqual([{ n: 3_000_000 }]);
    // On the main thread the WASM run would hold the loop for the whole query: no tick at all.
    expect(elapsed).toBeGreaterThan(200);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it("keeps one session: a transaction sees its own uncommitted rows, and a rollback leaves none", async () => {
    const db = await acquireDatabase(options);
    try {
      await db.sequelize.query("CREATE TABLE IF NOT EXISTS thread_probe (n int)");
      await db.sequelize
        .transaction(async (transaction) => {
          await db.sequelize.query("INSERT INTO thread_probe VALUES (1)", { transaction });
          const [inside] = await db.sequelize.query("SELECT count(*)::int AS n FROM thread_probe", { transaction });
          expect(inside).toEqual([{ n: 1 }]);
          throw new Error("roll back");
        })
        .catch((err: Error) => expect(err.message).toBe("roll back"));
      const [after] = await db.sequelize.query("SELECT count(*)::int AS n FROM thread_probe");
      expect(after).toEqual([{ n: 0 }]);
    } finally {
      await releaseDatabase(options);
    }
  });
});
