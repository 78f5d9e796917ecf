/**
 * Per-domain migrations against a real PostgreSQL: nodes starting together apply each one once, a node
 * migrates only the domains it runs, `npm run migrate` reports what it did, and a database made by the
 * release with one global history upgrades in place with its data kept.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { availableServices } from "../../lib/domains.js";
import { ROOT, cleanupAll, createDatabase, runScript, spawnNode } from "../support/processes.js";

/** The platform's own history (events) and every domain folder that has migrations. */
const DOMAIN_DIRS: Record<string, string> = {
  events: join(ROOT, "lib", "events", "migrations"),
  ...Object.fromEntries(
    availableServices()
      .map((d) => [d, join(ROOT, "services", d, "migrations")])
      .filter(([, dir]) => existsSync(dir)),
  ),
};
const filesOf = (domain: string) =>
  readdirSync(DOMAIN_DIRS[domain])
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
const historyOf = (domains: string[]) =>
  domains.flatMap((domain) => filesOf(domain).map((name) => ({ domain, name }))).sort(byDomainName);
function byDomainName(a: { domain: string; name: string }, b: { domain: string; name: string }) {
  return `${a.domain}/${a.name}`.localeCompare(`${b.domain}/${b.name}`);
}

describe("migrations", () => {
  afterAll(cleanupAll);

  it("applies each of its domains' migrations exactly once when three users nodes start at once, and no other domain's", async () => {
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

    const rows = await db.query<{ domain: string; name: string; n: number }>(
      "SELECT domain, name, count(*)::int AS n FROM schema_migrations GROUP BY domain, name ORDER BY domain, name",
    );
    expect(rows).toEqual(historyOf(["events", "users"]).map((m) => ({ ...m, n: 1 })));
    const tables = (
      await db.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      )
    ).map((t) => t.table_name);
    expect(tables).toEqual(
      expect.arrayContaining(["api_keys", "login_failures", "one_time_tokens", "refresh_tokens", "users", "outbox"]),
    );
    expect(tables).not.toContain("teams");
    expect(tables).not.toContain("projects");

    const exits = await Promise.all(nodes.map((node) => node.stop("SIGTERM")));
    expect(exits).toEqual(nodes.map(() => ({ code: 0, signal: null })));
    await db.drop();
  });

  it("`npm run migrate` creates every domain's schema on a fresh database, then reports it up to date", async () => {
    const db = await createDatabase();
    const first = await runScript("migrate.ts", { DATABASE_URL: db.url });
    expect(first.code, first.output).toBe(0);
    const all = historyOf(Object.keys(DOMAIN_DIRS));
    for (const m of all) expect(first.output).toContain(`${m.domain}/${m.name}`);
    const applied = await db.query<{ domain: string; name: string }>(
      "SELECT domain, name FROM schema_migrations ORDER BY domain, name",
    );
    expect(applied).toEqual(all);
    expect(await db.query("SELECT count(*)::int AS n FROM users")).toEqual([{ n: 0 }]);

    const second = await runScript("migrate.ts", { DATABASE_URL: db.url });
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain("migrations: up to date");
    expect(second.output).not.toContain("applied:");
    await db.drop();
  });

  it("upgrades a database made with one global migration history in place, keeping its rows", async () => {
    const db = await createDatabase();
    // The earlier release: the same SQL, numbered globally and recorded in meshwork_migrations.
    const legacy: [string, string, string][] = [
      ["0001_users.sql", "users", "0001_init.sql"],
      ["0002_events.sql", "events", "0001_outbox.sql"],
      ["0003_audit.sql", "audit", "0001_init.sql"],
      ["0004_teams.sql", "teams", "0001_init.sql"],
      ["0005_projects.sql", "projects", "0001_init.sql"],
    ];
    await db.query(
      "CREATE TABLE meshwork_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    for (const [oldName, domain, file] of legacy) {
      const [up] = readFileSync(join(DOMAIN_DIRS[domain], file), "utf8").split(/^--\s*down\s*$/im);
      await db.query(up);
      await db.query("INSERT INTO meshwork_migrations (name) VALUES ($1)", [oldName]);
    }
    const userId = randomUUID();
    const teamId = randomUUID();
    await db.query("INSERT INTO users (id, email, password_hash) VALUES ($1, $2, 'x')", [userId, "old@example.test"]);
    await db.query("INSERT INTO teams (id, name, created_by) VALUES ($1, 'Old team', $2)", [teamId, userId]);

    const run = await runScript("migrate.ts", { DATABASE_URL: db.url });
    expect(run.code, run.output).toBe(0);
    const history = await db.query<{ domain: string; name: string }>(
      "SELECT domain, name FROM schema_migrations ORDER BY domain, name",
    );
    // Every legacy entry is carried over; only migrations newer than that release run.
    expect(history).toEqual(expect.arrayContaining(legacy.map(([, domain, name]) => ({ domain, name }))));
    expect(history).toEqual(historyOf(Object.keys(DOMAIN_DIRS)));
    expect(await db.query("SELECT to_regclass('meshwork_migrations') AS t")).toEqual([{ t: null }]);
    expect(await db.query("SELECT email FROM users WHERE id = $1", [userId])).toEqual([{ email: "old@example.test" }]);
    expect(await db.query("SELECT name FROM teams WHERE id = $1", [teamId])).toEqual([{ name: "Old team" }]);
    await db.drop();
  });
});
