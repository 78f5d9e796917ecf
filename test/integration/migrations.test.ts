/** Migrations against a real PostgreSQL: nodes starting together apply each one once; `npm run migrate` applies and then reports up to date. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, cleanupAll, createDatabase, runScript, spawnNode } from "../support/processes.js";

const MIGRATIONS = readdirSync(join(ROOT, "migrations"))
  .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
  .sort();

describe("migrations", () => {
  afterAll(cleanupAll);

  it("applies each migration exactly once when three nodes start at the same moment on one fresh database", async () => {
    const db = await createDatabase();
    const env = {
      DATABASE_URL: db.url,
      SERVICES: "users",
      METRICS_PORT: "0",
      JWT_SECRET: randomBytes(32).toString("hex"),
    };
    const nodes = await Promise.all(
      [1, 2, 3].map((i) => spawnNode({ name: `migrator-${i}`, env: { ...env, NODE_ID: `migrator-${i}` } })),
    );
    const readyMs = await Promise.all(nodes.map((node) => node.waitReady()));
    expect(readyMs).toHaveLength(3);

    const rows = await db.query<{ name: string; n: number }>(
      "SELECT name, count(*)::int AS n FROM meshwork_migrations GROUP BY name ORDER BY name",
    );
    expect(rows).toEqual(MIGRATIONS.map((name) => ({ name, n: 1 })));
    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        "api_keys",
        "login_failures",
        "meshwork_migrations",
        "one_time_tokens",
        "refresh_tokens",
        "users",
      ]),
    );

    const exits = await Promise.all(nodes.map((node) => node.stop("SIGTERM")));
    expect(exits).toEqual(nodes.map(() => ({ code: 0, signal: null })));
    await db.drop();
  });

  it("`npm run migrate` creates the schema on a fresh database, then reports it up to date", async () => {
    const db = await createDatabase();
    const first = await runScript("migrate.ts", { DATABASE_URL: db.url });
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain(`applied: ${MIGRATIONS.join(", ")}`);
    const applied = await db.query<{ name: string }>("SELECT name FROM meshwork_migrations ORDER BY name");
    expect(applied.map((r) => r.name)).toEqual(MIGRATIONS);
    const users = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users");
    expect(users).toEqual([{ n: 0 }]);

    const second = await runScript("migrate.ts", { DATABASE_URL: db.url });
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain("migrations: up to date");
    expect(second.output).not.toContain("applied:");
    await db.drop();
  });
});
