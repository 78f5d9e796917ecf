/** kill -9 of the audit node while signups stream in: after a restart, audit holds every produced event exactly once. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCounts, createEventMesh, signups, type EventMesh } from "../support/events.js";
import { eventually, sleep, type MeshworkNode } from "../support/processes.js";

describe("an audit node killed mid-stream", () => {
  let mesh: EventMesh;
  let producer: MeshworkNode;
  let audit: MeshworkNode;

  beforeAll(async () => {
    mesh = await createEventMesh("mwev_crash");
    audit = await mesh.start("audit-1", "audit");
    producer = await mesh.start("producer", "api,users");
  });

  afterAll(() => mesh?.cleanup());

  it("stores every event exactly once after a SIGKILL and a restart", { timeout: 85_000 }, async () => {
    const signingUp = signups(producer.baseUrl, 40, { concurrency: 4, pauseMs: 60, tag: "crash" });
    // Kill it once part of the stream is stored, with more on the way.
    await eventually(async () => (await auditCounts(mesh.db)).rows >= 10, 20_000, "the first stored events", 20);
    const exit = await audit.stop("SIGKILL");
    expect(exit.signal).toBe("SIGKILL");
    const atKill = await auditCounts(mesh.db);
    // Mid-stream: more signups are still to come.
    expect(atKill.outbox).toBeLessThan(80);

    const ids = await signingUp;
    expect(ids).toHaveLength(40);
    await sleep(500);
    const whileDown = await auditCounts(mesh.db);
    // The producer kept committing and publishing while no audit node ran.
    expect(whileDown.outbox).toBe(80);
    expect(whileDown.rows).toBeLessThan(80);
    expect(whileDown.rows).toBe(atKill.rows);

    audit = await mesh.start("audit-2", "audit");
    // In-flight messages of the killed node come back once JetStream's ack wait (30 s) runs out.
    const done = await eventually(
      async () => {
        const counts = await auditCounts(mesh.db);
        return counts.rows >= 80 && counts.missing === 0 ? counts : null;
      },
      60_000,
      "every outbox event in audit",
      250,
    );
    expect(done).toEqual({ rows: 80, distinct: 80, missing: 0, outbox: 80, unsent: 0 });
    const perUser = await mesh.db.query<{ entity_id: string; types: string[] }>(
      "SELECT entity_id, array_agg(type ORDER BY type) AS types FROM audit_events GROUP BY entity_id",
    );
    expect(perUser).toHaveLength(40);
    for (const row of perUser) {
      expect(ids).toContain(row.entity_id);
      expect(row.types).toEqual(["Created", "Signup"]);
    }
    console.log(
      `audit crash: ${atKill.rows} stored before the SIGKILL (${atKill.outbox} produced), ${whileDown.outbox - whileDown.rows} delivered after the restart`,
    );
  });
});
