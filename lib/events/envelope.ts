/** Envelope encode/decode: the one wrapper every domain event travels in (events/envelope.proto). */
import type protobuf from "protobufjs/light.js";
import { Envelope as Wire, type Envelope as WireEnvelope, type IEnvelope } from "../../events/envelope.js";
import { UUID } from "../uuid.js";

export interface Envelope {
  id: string;
  topic: string;
  /** The EventType enum name, e.g. "Created". */
  type: string;
  /** Unix epoch milliseconds. */
  occurredAt: number;
  actorId: string;
  teamId: string;
  entity: string;
  entityId: string;
  traceId: string;
  schemaVersion: number;
  payload: Uint8Array;
}

export function encodeEnvelope(envelope: Envelope): Uint8Array {
  return Wire.encode(Wire.fromObject(envelope satisfies IEnvelope)).finish();
}

export class UndecodableEnvelopeError extends Error {
  constructor(reason: string) {
    super(`undecodable envelope: ${reason}`);
    this.name = "UndecodableEnvelopeError";
  }
}

/** Decodes and checks the fields every consumer relies on; throws UndecodableEnvelopeError. */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  let raw: protobuf.Message;
  try {
    raw = Wire.decode(bytes);
  } catch (err) {
    throw new UndecodableEnvelopeError((err as Error).message);
  }
  // No `bytes` option: the payload stays the decoded buffer (not copied into an array), and an absent one comes
  // out as an empty Buffer (the decoded message's own default is a frozen empty array, not a Uint8Array).
  const plain = Wire.toObject(raw, { longs: Number, defaults: true }) as WireEnvelope;
  const envelope: Envelope = {
    id: String(plain.id),
    topic: String(plain.topic),
    type: String(plain.type),
    occurredAt: Number(plain.occurredAt),
    actorId: String(plain.actorId),
    teamId: String(plain.teamId),
    entity: String(plain.entity),
    entityId: String(plain.entityId),
    traceId: String(plain.traceId),
    schemaVersion: Number(plain.schemaVersion),
    payload: plain.payload,
  };
  if (!UUID.test(envelope.id)) throw new UndecodableEnvelopeError("missing or malformed id");
  if (!envelope.topic || !envelope.type) throw new UndecodableEnvelopeError("missing topic or type");
  return envelope;
}
