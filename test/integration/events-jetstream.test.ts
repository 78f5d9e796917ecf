/** Events on JetStream: a late consumer group gets earlier events, poison goes to the dead-letter stream, and the stream's bytes decode with protoc and the .proto files alone. */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEAD_LETTER_CHANNEL, topicChannel } from "../../lib/events/channels.js";
import {
  auditCounts,
  createEventMesh,
  jetstream,
  prometheusValue,
  signups,
  streamOf,
  type EventMesh,
  type JetStream,
} from "../support/events.js";
import { ROOT, eventually, http, type MeshworkNode } from "../support/processes.js";

function protoc(): string {
  const found = spawnSync("sh", ["-c", "command -v protoc"], { encoding: "utf8" });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) {
    throw new Error(
      "protoc is not installed: `apt-get install -y protobuf-compiler` provides it (this suite fails rather than skips)",
    );
  }
  return path;
}

describe("events on NATS JetStream", () => {
  let mesh: EventMesh;
  let producer: MeshworkNode;
  let audit: MeshworkNode;
  let js: JetStream;
  const work = mkdtempSync(join(tmpdir(), "meshwork-protoc-"));

  beforeAll(async () => {
    mesh = await createEventMesh("mwev_js");
    js = await jetstream();
    producer = await mesh.start("producer", "api,users");
  });

  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await js?.close();
    await mesh?.cleanup();
  });

  it("stores events produced while no audit node ran once the first one starts", { timeout: 60_000 }, async () => {
    const [early] = await signups(producer.baseUrl, 1, { tag: "early" });
    const stream = streamOf(mesh.namespace, topicChannel("users"));
    // Published and marked sent with no consumer group anywhere: the stream keeps them.
    await eventually(
      async () => (await auditCounts(mesh.db)).unsent === 0,
      10_000,
      "the relay to publish without consumers",
      50,
    );
    expect((await js.jsm.streams.info(stream)).state.messages).toBe(2);
    expect(await js.jsm.consumers.list(stream).next()).toEqual([]);

    audit = await mesh.start("audit", "audit");
    const counts = await eventually(
      async () => {
        const c = await auditCounts(mesh.db);
        return c.missing === 0 ? c : null;
      },
      30_000,
      "the early events in audit",
      100,
    );
    expect(counts).toEqual({ rows: 2, distinct: 2, missing: 0, outbox: 2, unsent: 0 });
    const [row] = await mesh.db.query<{ entity_id: string }>("SELECT DISTINCT entity_id FROM audit_events");
    expect(row.entity_id).toBe(early);
  });

  it(
    "moves a poison message to the dead-letter stream, counts it on /metrics, and keeps consuming",
    { timeout: 60_000 },
    async () => {
      const subject = `${mesh.namespace}.${topicChannel("users")}`;
      const poison = randomBytes(64);
      await js.nc.jetstream().publish(subject, poison);

      const deadLetterStream = streamOf(mesh.namespace, DEAD_LETTER_CHANNEL);
      const letter = await eventually(
        async () => {
          const info = await js.jsm.streams.info(deadLetterStream);
          return info.state.messages > 0
            ? js.jsm.streams.getMessage(deadLetterStream, { seq: info.state.first_seq })
            : null;
        },
        15_000,
        "a message in the dead-letter stream",
        100,
      );
      expect(Buffer.compare(Buffer.from(letter.data), poison)).toBe(0);
      expect(letter.subject).toBe(`${mesh.namespace}.${DEAD_LETTER_CHANNEL}`);
      expect(letter.header.get("x-original-channel")).toBe(topicChannel("users"));
      expect(letter.header.get("x-original-group")).toBe("audit");
      expect(letter.header.get("x-reason")).toMatch(/undecodable/);

      const page = await (await fetch(`http://127.0.0.1:${audit.metricsPort}/metrics`)).text();
      expect(
        prometheusValue(page, "meshwork_events_undecodable_total", { channel: topicChannel("users"), group: "audit" }),
      ).toBe(1);

      const before = (await auditCounts(mesh.db)).rows;
      const ids = await signups(producer.baseUrl, 3, { tag: "after-poison" });
      await eventually(
        async () => (await auditCounts(mesh.db)).rows === before + 6,
        15_000,
        "the events after the poison",
        100,
      );
      const stored = await mesh.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ANY($1)",
        [ids],
      );
      expect(stored[0].n).toBe(6);
      // Exactly one dead letter: the poison was not retried into several.
      expect((await js.jsm.streams.info(deadLetterStream)).state.messages).toBe(1);
    },
  );

  it("carries bytes that protoc decodes with the .proto files alone", { timeout: 30_000 }, async () => {
    const tool = protoc();
    const email = `wire-${randomBytes(4).toString("hex")}@example.test`;
    const signup = await http(`${producer.baseUrl}/auth/signup`, {
      body: { email, password: "correct horse battery staple", firstName: "Wire" },
    });
    expect(signup.status).toBe(201);
    const [outboxRow] = await eventually(
      async () => {
        const found = await mesh.db.query<{ id: string; sent_at: Date | null }>(
          "SELECT o.id, o.sent_at FROM outbox o JOIN audit_events a USING (id) WHERE a.entity_id = $1 AND a.type = 'Signup'",
          [signup.body.user.id],
        );
        return found.length ? found : null;
      },
      15_000,
      "the Signup event published and stored",
    );
    expect(outboxRow.sent_at).toBeInstanceOf(Date);

    // Find the message in the users stream by walking back from the last sequence.
    const stream = streamOf(mesh.namespace, topicChannel("users"));
    const info = await js.jsm.streams.info(stream);
    let data: Uint8Array | null = null;
    for (let seq = info.state.last_seq; seq >= info.state.first_seq && !data; seq--) {
      const msg = await js.jsm.streams.getMessage(stream, { seq });
      if (Buffer.from(msg.data).includes(Buffer.from(outboxRow.id))) data = msg.data;
    }
    expect(data, "the Signup envelope in the users stream").not.toBeNull();
    const envelopeFile = join(work, "envelope.bin");
    writeFileSync(envelopeFile, data as Uint8Array);

    // As an operator would: the message on disk, protoc reading it on stdin.
    const envelope = spawnSync(
      "sh",
      ["-c", `"${tool}" --decode meshwork.events.Envelope events/envelope.proto < "${envelopeFile}"`],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(envelope.status, envelope.stderr).toBe(0);
    const text = envelope.stdout;
    expect(text).toContain(`id: "${outboxRow.id}"`);
    expect(text).toContain(`topic: "users"`);
    expect(text).toContain(`type: "Signup"`);
    expect(text).toContain(`entity: "user"`);
    expect(text).toContain(`entity_id: "${signup.body.user.id}"`);
    expect(text).toMatch(/^occurred_at: \d{13}$/m);

    // The payload as protoc printed it (a C-escaped string), decoded as the topic's Event.
    const printed = /^payload: "((?:[^"\\]|\\.)*)"$/m.exec(text);
    expect(printed, text).not.toBeNull();
    const payloadFile = join(work, "payload.bin");
    writeFileSync(payloadFile, unescapeProtocString((printed as RegExpExecArray)[1]));
    const event = spawnSync(
      "sh",
      ["-c", `"${tool}" --decode meshwork.events.users.Event -I events events/users/events.proto < "${payloadFile}"`],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(event.status, event.stderr).toBe(0);
    const eventText = event.stdout;
    expect(eventText).toMatch(/^type: Signup$/m);
    expect(eventText).toContain(`id: "${signup.body.user.id}"`);
    expect(eventText).toContain(`email: "${email}"`);
    expect(eventText).toContain(`first_name: "Wire"`);
    expect(eventText).not.toMatch(/hash|password/i);
  });
});

/** protoc prints bytes fields as C-escaped strings: \nnn octal, \n, \t, \r, \", \', \\. */
function unescapeProtocString(escaped: string): Buffer {
  const out: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, "'": 39, "\\": 92 };
  for (let i = 0; i < escaped.length; i++) {
    const ch = escaped[i];
    if (ch !== "\\") {
      out.push(...Buffer.from(ch, "latin1"));
      continue;
    }
    const next = escaped[++i];
    if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(escaped.slice(i)) as RegExpExecArray;
      out.push(parseInt(octal[0], 8));
      i += octal[0].length - 1;
    } else if (next === "x") {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(escaped.slice(i + 1)) as RegExpExecArray;
      out.push(parseInt(hex[0], 16));
      i += hex[0].length;
    } else if (next in simple) {
      out.push(simple[next]);
    } else {
      throw new Error(`unknown escape \\${next}`);
    }
  }
  return Buffer.from(out);
}
