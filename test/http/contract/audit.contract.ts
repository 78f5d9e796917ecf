/** Contract cases for the audit store: /audit/*. Events arrive asynchronously through the outbox. */
import { expect } from "vitest";
import { eventually, expectJson, expectProblem, signup } from "../../support/testkit.js";
import { expectAuditEvent, type ContractCases } from "./context.js";

interface AuditEventBody {
  seq: number;
  id: string;
  type: string;
}

export const cases: ContractCases = {
  "GET /audit/events": async ({ client, admin }) => {
    const session = await signup(client);
    const res = await eventually(async () => {
      const found = await client.get(`/audit/events?topic=users&entityId=${session.user.id}&order=asc`, {
        token: admin.accessToken,
      });
      expect(found.body.rows?.map((e: AuditEventBody) => e.type)).toEqual(
        expect.arrayContaining(["Created", "Signup"]),
      );
      return found;
    });
    expectJson(res, 200);
    expect(res.body).toEqual({ rows: expect.any(Array), nextCursor: null });
    for (const event of res.body.rows) expectAuditEvent(event);
    expect(res.text).not.toMatch(/password|scrypt/i);
  },

  "GET /audit/events/:id": async ({ client, admin }) => {
    const session = await signup(client);
    const stored = await eventually(async () => {
      const found = await client.get(`/audit/events?entityId=${session.user.id}`, { token: admin.accessToken });
      expect(found.body.rows.length).toBeGreaterThan(0);
      return found.body.rows[0] as AuditEventBody;
    });
    const res = await client.get(`/audit/events/${stored.id}`, { token: admin.accessToken });
    expectJson(res, 200);
    expectAuditEvent(res.body);
    expect(res.body).toEqual(stored);
  },

  "GET /audit/entities/:entity/:id": async ({ client, admin, node }) => {
    const session = await signup(client);
    const res = await eventually(async () => {
      const found = await client.get(`/audit/entities/user/${session.user.id}`, { token: admin.accessToken });
      expect(found.body.rows?.length).toBeGreaterThanOrEqual(2);
      return found;
    });
    expectJson(res, 200);
    expect(res.body).toEqual({ rows: expect.any(Array), nextCursor: null });
    const seqs = res.body.rows.map((e: AuditEventBody) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a: number, b: number) => a - b));
    expect(res.body.rows[0]).toMatchObject({ type: "Created", entity: "user", entityId: session.user.id });
    // Any singular lower-case entity name is accepted, so a new domain's history needs no change here.
    const future = await client.get(`/audit/entities/shipment_line/${session.user.id}`, { token: admin.accessToken });
    expectJson(future, 200);
    expect(future.body).toEqual({ rows: [], nextCursor: null });
    for (const entity of ["Users", "user-1", "x".repeat(33)]) {
      const bad = await client.get(`/audit/entities/${entity}/${session.user.id}`, { token: admin.accessToken });
      expectProblem(bad, 422, "VALIDATION_ERROR", node);
    }
  },

  "POST /audit/replay": async ({ client, admin }) => {
    const res = await client.post(
      "/audit/replay",
      { fromSeq: 1, group: "contract-test" },
      { token: admin.accessToken },
    );
    expectJson(res, 200);
    expect(res.body).toEqual({
      replayed: expect.any(Number),
      group: "contract-test",
      lastSeq: expect.toBeOneOf([null, expect.any(Number)]),
      more: false,
    });
  },
};
