/** A crash between commit and publish loses nothing: events committed to the outbox of a killed producer are published by the next relay, once each. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCounts, createEventMesh, signups, type EventMesh } from "../support/events.js";
import { eventually, sleep, type MeshworkNode } from "../support/processes.js";

describe("a producer killed after commit, before publish", () => {
  let mesh: EventMesh;
  let stuck: MeshworkNode;

  beforeAll(async () => {
    mesh = await createEventMesh("mwev_relay");
    await mesh.start("audit", "audit");
    // OUTBOX_RELAY=off: rows commit with the users but nothing publishes them, as if the process died right after each commit.
    stuck = await mesh.start("producer-1", "api,users", { OUTBOX_RELAY: "off" });
  });

  afterAll(() => mesh?.cleanup());

  it(
    "publishes the committed events from the next producer's relay, each arriving once",
    { timeout: 80_000 },
    async () => {
      const ids = await signups(stuck.baseUrl, 12, { concurrency: 4, tag: "relay" });
      await sleep(1_000);
      const before = await auditCounts(mesh.db);
      expect(before).toEqual({ rows: 0, distinct: 0, missing: 24, outbox: 24, unsent: 24 });

      expect((await stuck.stop("SIGKILL")).signal).toBe("SIGKILL");
      await mesh.start("producer-2", "api,users");

      const after = await eventually(
        async () => {
          const counts = await auditCounts(mesh.db);
          return counts.missing === 0 && counts.unsent === 0 ? counts : null;
        },
        30_000,
        "the new relay to publish the stranded events",
        200,
      );
      // Give a duplicate publish time to show up before counting.
      await sleep(1_000);
      expect(await auditCounts(mesh.db)).toEqual({
        ...after,
        rows: 24,
        distinct: 24,
        missing: 0,
        outbox: 24,
        unsent: 0,
      });
      const users = await mesh.db.query<{ entity_id: string; n: number }>(
        "SELECT entity_id, count(*)::int AS n FROM audit_events GROUP BY entity_id",
      );
      expect(users.map((u) => u.entity_id).sort()).toEqual([...ids].sort());
      expect(users.every((u) => u.n === 2)).toBe(true);
      const attempts = await mesh.db.query<{ attempts: number }>("SELECT DISTINCT attempts FROM outbox");
      expect(attempts).toEqual([{ attempts: 1 }]);
    },
  );
});
