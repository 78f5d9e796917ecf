/** The envelope on the wire: a lossless round trip, enum names that survive unknown types, and clear refusals of what isn't an envelope. */
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as users from "../../events/users/index.js";
import { decodeEnvelope, encodeEnvelope, UndecodableEnvelopeError } from "../../lib/events/envelope.js";
import { payloadJSON } from "../../services/audit/store.js";
import { makeEnvelope } from "../support/events.js";

describe("envelope encoding", () => {
  it("decodes every field it encoded, the payload byte for byte", () => {
    const payload = users.encode("Updated", {
      user: { id: randomUUID(), email: "ada@example.test", roles: ["user"] },
      changed: ["firstName"],
    });
    const envelope = makeEnvelope({
      type: "Updated",
      occurredAt: 1_767_225_600_123,
      teamId: randomUUID(),
      schemaVersion: 7,
      payload,
    });
    const decoded = decodeEnvelope(encodeEnvelope(envelope));
    expect({ ...decoded, payload: Buffer.from(decoded.payload) }).toEqual({
      ...envelope,
      payload: Buffer.from(payload),
    });
    const event = users.toJSON(users.decode(decoded.payload));
    expect(event).toMatchObject({
      type: "Updated",
      user: { email: "ada@example.test", roles: ["user"] },
      changed: ["firstName"],
    });
  });

  it("keeps an occurred_at beyond 32 bits as an exact millisecond timestamp", () => {
    const at = Date.UTC(2099, 11, 31, 23, 59, 59, 999);
    expect(decodeEnvelope(encodeEnvelope(makeEnvelope({ occurredAt: at }))).occurredAt).toBe(at);
  });

  it("carries a type name this build has no enum value for, and audit reports it by that name", () => {
    const envelope = makeEnvelope({ type: "FutureThing", payload: new Uint8Array([0x08, 0x63]) }); // Event.type = 99
    const decoded = decodeEnvelope(encodeEnvelope(envelope));
    expect(decoded.type).toBe("FutureThing");
    expect(payloadJSON(decoded)).toMatchObject({ type: "FutureThing" });
  });

  it("keeps a payload of an unknown topic as base64 instead of failing", () => {
    const envelope = makeEnvelope({ topic: "weather", type: "Rained", payload: new Uint8Array([1, 2, 3]) });
    expect(payloadJSON(decodeEnvelope(encodeEnvelope(envelope)))).toEqual({ undecoded: "AQID" });
  });

  it("refuses random bytes, an empty message and an envelope without id, topic or type", () => {
    for (let i = 0; i < 200; i++) {
      expect(() => decodeEnvelope(randomBytes(1 + (i % 64)))).toThrow(UndecodableEnvelopeError);
    }
    expect(() => decodeEnvelope(new Uint8Array())).toThrow(UndecodableEnvelopeError);
    expect(() => decodeEnvelope(encodeEnvelope(makeEnvelope({ id: "" })))).toThrow(/id/);
    expect(() => decodeEnvelope(encodeEnvelope(makeEnvelope({ id: "not-a-uuid" })))).toThrow(/id/);
    expect(() => decodeEnvelope(encodeEnvelope(makeEnvelope({ topic: "" })))).toThrow(/topic or type/);
    expect(() => decodeEnvelope(encodeEnvelope(makeEnvelope({ type: "" })))).toThrow(/topic or type/);
  });
});
