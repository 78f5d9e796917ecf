/** The customers service on its own broker and database, with a fake teams service deciding who holds which role. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type PublishedEvent, type ServiceUnderTest } from "meshwork/testing";
import type { Page } from "../../lib/pagination.js";
import type { Envelope } from "../../lib/events/envelope.js";
import CustomersService, { type Customer } from "../../services/customers/customers.service.js";

type Role = "administrator" | "editor" | "commenter" | "viewer";
type User = ReturnType<ServiceUnderTest["user"]>;

let kit: ServiceUnderTest;
const teamA = randomUUID();
const teamB = randomUUID();
/** Who holds which role in which team, as the fake teams service answers it. */
const roles = new Map<string, Role>();
const key = (teamId: string, userId: string) => `${teamId}/${userId}`;
let admin: User;
let editor: User;
let viewer: User;
let stranger: User;

beforeAll(async () => {
  kit = await serviceUnderTest(CustomersService, {
    fakes: {
      teams: {
        membership: (p: { teamId: string; userId: string }) => {
          const role = roles.get(key(p.teamId, p.userId));
          return role ? { role } : null;
        },
        teamIdsOf: (p: { userId: string }) =>
          [...roles.keys()].filter((k) => k.endsWith(`/${p.userId}`)).map((k) => k.split("/")[0]),
      },
    },
  });
  admin = kit.user();
  editor = kit.user();
  viewer = kit.user();
  stranger = kit.user();
  for (const teamId of [teamA, teamB]) {
    roles.set(key(teamId, admin.id), "administrator");
    roles.set(key(teamId, editor.id), "editor");
  }
  roles.set(key(teamA, viewer.id), "viewer");
});
afterAll(() => kit?.stop());

const create = (fields: Record<string, unknown>, user: User = editor) =>
  kit.call<Customer>("customers.create", { teamId: teamA, name: "ACME", ...fields }, { user });
const patch = (id: string, fields: Record<string, unknown>, user: User = editor) =>
  kit.call<Customer>("customers.update", { id, ...fields }, { user });
const list = (params: Record<string, unknown>, user: User = viewer) =>
  kit.call<Page<Customer>>("customers.list", { teamId: teamA, ...params }, { user });
const eventsOf = async (id: string): Promise<PublishedEvent[]> =>
  (await kit.published("customers")).filter((e) => e.entityId === id);

/** The call fails with 422 naming exactly `field`. */
async function expectInvalid(call: Promise<unknown>, field: string): Promise<void> {
  const err = await call.then(
    () => null,
    (e: unknown) => e as { code: number; data: { field: string; message: string }[] },
  );
  expect(err, `expected a 422 on ${field}`).not.toBeNull();
  expect(err!.code).toBe(422);
  expect(err!.data.map((d) => d.field)).toEqual([field]);
}

describe("customers.create", () => {
  it("creates an active customer with open validity and no extra fields by default, and publishes Created", async () => {
    const customer = await create({ name: "  Plain Co  " });
    expect(customer).toEqual({
      id: expect.any(String),
      teamId: teamA,
      name: "Plain Co",
      email: null,
      status: "active",
      validFrom: null,
      validThru: null,
      extraFields: {},
      createdAt: expect.any(String),
      updatedAt: customer.createdAt,
    });
    const [event] = await eventsOf(customer.id);
    expect(event).toMatchObject({
      topic: "customers",
      type: "Created",
      entity: "customer",
      teamId: teamA,
      actorId: editor.id,
      event: {
        customer: {
          id: customer.id,
          name: "Plain Co",
          email: "",
          status: "active",
          hasValidFrom: false,
          hasValidThru: false,
          extraJson: "{}",
          createdAt: Date.parse(customer.createdAt),
        },
      },
    });
    expect(kit.fakes.teams.callsTo("membership")).toContainEqual(
      expect.objectContaining({ params: { teamId: teamA, userId: editor.id } }),
    );
  });

  it("keeps every given field, validity as ISO instants and extraFields as sent", async () => {
    const extraFields = { tier: "gold", seats: 12, vip: true, note: null, ratio: 0.5 };
    const customer = await create({
      name: "Full Co",
      email: "Billing@Full.test",
      status: "inactive",
      validFrom: "2025-01-01",
      validThru: "2025-12-31T23:59:59.999+01:00",
      extraFields,
    });
    expect(customer).toMatchObject({
      email: "Billing@Full.test",
      status: "inactive",
      validFrom: "2025-01-01T00:00:00.000Z",
      validThru: "2025-12-31T22:59:59.999Z",
      extraFields,
    });
    const [event] = await eventsOf(customer.id);
    expect(event.event.customer).toMatchObject({
      validFrom: Date.parse("2025-01-01T00:00:00Z"),
      hasValidFrom: true,
      validThru: Date.parse("2025-12-31T22:59:59.999Z"),
      hasValidThru: true,
    });
    expect(JSON.parse((event.event.customer as { extraJson: string }).extraJson)).toEqual(extraFields);
  });

  it("refuses a validity window that ends before it starts, naming validThru, and a one-instant window is fine", async () => {
    await expectInvalid(create({ validFrom: "2025-02-01", validThru: "2025-01-31T23:59:59Z" }), "validThru");
    const instant = await create({ validFrom: "2025-02-01", validThru: "2025-02-01T00:00:00Z" });
    expect(instant.validFrom).toBe(instant.validThru);
  });

  it("reads a lower-case t and z as RFC 3339 allows, and refuses year 0000 that an offset carries into year 1", async () => {
    expect((await create({ validFrom: "2025-03-01t10:00:00z" })).validFrom).toBe("2025-03-01T10:00:00.000Z");
    await expectInvalid(create({ validFrom: "0000-12-31T23:00:00-02:00" }), "validFrom");
  });

  it.each([
    ["name", { name: "" }],
    ["name", { name: "bell\u0007" }],
    ["name", { name: "Half \ud800 a pair" }],
    ["email", { email: "not-an-email" }],
    ["email", { email: "zero\u200bwidth@x.test" }],
    ["email", { email: "half\udc00@x.test" }],
    ["status", { status: "archived" }],
    ["validFrom", { validFrom: "2025-02-30" }],
    ["validFrom", { validFrom: "2025-01-01T10:00:00" }],
    ["validFrom", { validFrom: "0000-01-01" }],
    ["validFrom", { validFrom: "12345" }],
    ["validThru", { validThru: 1735689600000 }],
    ["extraFields", { extraFields: [1, 2] }],
    ["extraFields", { extraFields: "{}" }],
    ["extraFields.nested", { extraFields: { nested: { a: 1 } } }],
    ["extraFields.list", { extraFields: { list: [1] } }],
    ["extraFields.huge", { extraFields: { huge: Infinity } }],
    ["extraFields.nul", { extraFields: { nul: "a\u0000b" } }],
    ["extraFields", { extraFields: { "": 1 } }],
    ["extraFields", { extraFields: { ["k".repeat(101)]: 1 } }],
    ["extraFields", { extraFields: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) }],
    ["extraFields", { extraFields: { big: "x".repeat(8 * 1024) } }],
    // Lone surrogates (PostgreSQL can't store them) and invisible characters in keys.
    ["extraFields.text", { extraFields: { text: "a\ud800b" } }],
    ["extraFields", { extraFields: { "key\ud800": 1 } }],
    ["extraFields", { extraFields: { "zero\u200bwidth": 1 } }],
  ])("refuses a bad %s with 422 naming it: %j", async (field, fields) => {
    await expectInvalid(create(fields), field);
  });

  it("accepts extraFields at the limits: 50 keys, 8 kB serialized", async () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys((await create({ extraFields: fifty })).extraFields)).toHaveLength(50);
    // {"big":"…"} is 10 bytes around the value.
    const exact = { big: "x".repeat(8 * 1024 - 10) };
    expect(Buffer.byteLength(JSON.stringify(exact))).toBe(8 * 1024);
    expect((await create({ extraFields: exact })).extraFields).toEqual(exact);
  });

  it("ignores id, createdAt and other fields a body may not set", async () => {
    const forged = randomUUID();
    const customer = await create({ id: forged, createdAt: "2000-01-01T00:00:00Z", seq: 7 });
    expect(customer.id).not.toBe(forged);
    expect(customer.createdAt).not.toBe("2000-01-01T00:00:00.000Z");
    expect(customer).not.toHaveProperty("seq");
  });

  it("answers 403 to a viewer and 404 to an outsider, creating nothing", async () => {
    const before = (await list({})).total;
    await expect(create({ name: "By viewer" }, viewer)).rejects.toMatchObject({ code: 403, type: "ROLE_TOO_LOW" });
    await expect(create({ name: "By stranger" }, stranger)).rejects.toMatchObject({ code: 404, type: "NOT_FOUND" });
    expect((await list({})).total).toBe(before);
  });
});

describe("email uniqueness", () => {
  it("refuses a team's second customer with the same email in any case with 409 CUSTOMER_EMAIL_TAKEN", async () => {
    const email = `dup-${randomUUID().slice(0, 8)}@acme.test`;
    await create({ email });
    await expect(create({ email: email.toUpperCase() })).rejects.toMatchObject({
      code: 409,
      type: "CUSTOMER_EMAIL_TAKEN",
      data: [{ field: "email", message: expect.any(String) }],
    });
    expect((await list({ q: email })).total).toBe(1);
  });

  it("lets another team use the same email, and any number of customers have none", async () => {
    const email = `shared-${randomUUID().slice(0, 8)}@acme.test`;
    await create({ email });
    expect((await create({ email, teamId: teamB })).teamId).toBe(teamB);
    await create({ name: "No email 1" });
    await create({ name: "No email 2", email: null });
  });

  it("gives exactly one of 10 parallel creations with one email a 201-equivalent; the others 409", async () => {
    const email = `race-${randomUUID().slice(0, 8)}@acme.test`;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => create({ name: `Racer ${i}`, email })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.map((r) => (r.reason as { type: string }).type)).toEqual(Array(9).fill("CUSTOMER_EMAIL_TAKEN"));
  });

  it("refuses a PATCH to another customer's email (any case), and allows changing the case of one's own", async () => {
    const email = `taken-${randomUUID().slice(0, 8)}@acme.test`;
    await create({ email });
    const other = await create({ email: `other-${randomUUID().slice(0, 8)}@acme.test` });
    await expect(patch(other.id, { email: email.toUpperCase() })).rejects.toMatchObject({
      code: 409,
      type: "CUSTOMER_EMAIL_TAKEN",
    });
    expect((await kit.call<Customer>("customers.get", { id: other.id }, { user: viewer })).email).toBe(other.email);
    const recased = await patch(other.id, { email: other.email!.toUpperCase() });
    expect(recased.email).toBe(other.email!.toUpperCase());
  });
});

describe("customers.update", () => {
  it("changes only what differs, publishes Updated with those fields, and an echo PATCH changes nothing", async () => {
    const customer = await create({ name: "Before", extraFields: { a: 1, b: "x" } });
    const updated = await patch(customer.id, { name: "After", extraFields: { b: "x", a: 1 }, validThru: null });
    expect(updated).toMatchObject({ name: "After", extraFields: { a: 1, b: "x" }, validThru: null });
    const updates = (await eventsOf(customer.id)).filter((e) => e.type === "Updated");
    expect(updates).toHaveLength(1);
    expect(updates[0].event).toMatchObject({ changed: ["name"], customer: { name: "After" } });
    const echo = await patch(customer.id, { name: "After" });
    expect(echo.updatedAt).toBe(updated.updatedAt);
    expect((await eventsOf(customer.id)).filter((e) => e.type === "Updated")).toHaveLength(1);
  });

  it("replaces extraFields whole and clears email and validity with null", async () => {
    const customer = await create({
      email: `clear-${randomUUID().slice(0, 8)}@acme.test`,
      validFrom: "2025-01-01",
      extraFields: { keep: 1, drop: 2 },
    });
    const updated = await patch(customer.id, { email: null, validFrom: null, extraFields: { keep: 1 } });
    expect(updated).toMatchObject({ email: null, validFrom: null, extraFields: { keep: 1 } });
    const [event] = (await eventsOf(customer.id)).filter((e) => e.type === "Updated");
    expect((event.event.changed as string[]).sort()).toEqual(["email", "extraFields", "validFrom"]);
    expect(event.event.customer).toMatchObject({ email: "", hasValidFrom: false });
  });

  it("checks validFrom ≤ validThru against the stored value, naming the field sent", async () => {
    const customer = await create({ validFrom: "2025-01-01", validThru: "2025-01-31" });
    await expectInvalid(patch(customer.id, { validFrom: "2025-02-01" }), "validFrom");
    await expectInvalid(patch(customer.id, { validThru: "2024-12-31" }), "validThru");
    await expectInvalid(patch(customer.id, { validFrom: "2025-03-01", validThru: "2025-02-01" }), "validThru");
    // Moving both ends at once is fine, and so is opening one end.
    expect(await patch(customer.id, { validFrom: "2025-03-01", validThru: "2025-04-01" })).toMatchObject({
      validFrom: "2025-03-01T00:00:00.000Z",
      validThru: "2025-04-01T00:00:00.000Z",
    });
    expect((await patch(customer.id, { validFrom: null })).validFrom).toBeNull();
  });

  it("ignores teamId, status, id and timestamps in the body", async () => {
    const customer = await create({ name: "Sticky" });
    const updated = await patch(customer.id, {
      name: "Sticky 2",
      teamId: teamB,
      status: "inactive",
      createdAt: "2000-01-01T00:00:00Z",
      updatedAt: "2000-01-01T00:00:00Z",
    });
    expect(updated).toMatchObject({ id: customer.id, teamId: teamA, status: "active", createdAt: customer.createdAt });
    expect(updated.updatedAt).not.toBe("2000-01-01T00:00:00.000Z");
  });

  it("answers 403 to a viewer and 404 to a member of another team only", async () => {
    const customer = await create({ name: "Guarded" });
    await expect(patch(customer.id, { name: "x" }, viewer)).rejects.toMatchObject({ code: 403 });
    await expect(patch(customer.id, { name: "x" }, stranger)).rejects.toMatchObject({ code: 404 });
    const outsider = kit.user();
    roles.set(key(teamB, outsider.id), "administrator");
    await expect(patch(customer.id, { name: "x" }, outsider)).rejects.toMatchObject({ code: 404 });
    await expect(kit.call("customers.get", { id: customer.id }, { user: outsider })).rejects.toMatchObject({
      code: 404,
      type: "NOT_FOUND",
    });
  });
});

describe("activate and deactivate", () => {
  it("publishes Deactivated and Activated once per real change; repeating one is a 200 without an event", async () => {
    const customer = await create({ name: "Toggle" });
    expect((await kit.call<Customer>("customers.activate", { id: customer.id }, { user: editor })).status).toBe(
      "active",
    );
    const off = await kit.call<Customer>("customers.deactivate", { id: customer.id }, { user: editor });
    expect(off.status).toBe("inactive");
    const again = await kit.call<Customer>("customers.deactivate", { id: customer.id }, { user: editor });
    expect(again).toEqual(off);
    const on = await kit.call<Customer>("customers.activate", { id: customer.id }, { user: editor });
    expect(on.status).toBe("active");
    const events = await eventsOf(customer.id);
    expect(events.map((e) => e.type)).toEqual(["Created", "Deactivated", "Activated"]);
    expect(events[1].event).toMatchObject({ changed: ["status"], customer: { status: "inactive" } });
    expect(events[2].event).toMatchObject({ changed: ["status"], customer: { status: "active" } });
  });

  it("is for editors: 403 to a viewer", async () => {
    const customer = await create({ name: "Viewer toggle" });
    await expect(kit.call("customers.deactivate", { id: customer.id }, { user: viewer })).rejects.toMatchObject({
      code: 403,
    });
  });
});

describe("customers.remove", () => {
  it("is for administrators: 403 to an editor; deletes and publishes Deleted with the last snapshot", async () => {
    const customer = await create({ name: "Doomed", email: `doomed-${randomUUID().slice(0, 8)}@acme.test` });
    await expect(kit.call("customers.remove", { id: customer.id }, { user: editor })).rejects.toMatchObject({
      code: 403,
    });
    await kit.call("customers.remove", { id: customer.id }, { user: admin });
    await expect(kit.call("customers.get", { id: customer.id }, { user: admin })).rejects.toMatchObject({ code: 404 });
    const deleted = (await eventsOf(customer.id)).find((e) => e.type === "Deleted");
    expect(deleted).toMatchObject({
      actorId: admin.id,
      event: { customer: { name: "Doomed", email: customer.email } },
    });
    // The email is free again.
    expect((await create({ email: customer.email })).email).toBe(customer.email);
  });
});

describe("customers.list", () => {
  const teamC = randomUUID();
  const member = () => kit.user();
  let reader: User;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    reader = member();
    roles.set(key(teamC, reader.id), "viewer");
    roles.set(key(teamC, editor.id), "editor");
    const rows: [string, Record<string, unknown>][] = [
      ["alpha", { name: "Alpha Ltd", email: "sales@alpha.test" }],
      ["beta", { name: "Beta 100% Pure", email: "hello@beta.test", status: "inactive" }],
      ["gamma", { name: "Gamma_Works", email: null, validFrom: "2025-01-01", validThru: "2025-06-30" }],
      ["delta", { name: "Delta", email: "ops@delta-alpha.test", validFrom: "2025-07-01" }],
      ["epsilon", { name: "Epsilon", validThru: "2024-12-31" }],
    ];
    for (const [tag, fields] of rows) {
      ids[tag] = (await create({ teamId: teamC, ...fields })).id;
    }
  });

  const tagsOf = (page: Page<Customer>) =>
    page.rows.map((row) => Object.keys(ids).find((tag) => ids[tag] === row.id)).sort();
  const search = (params: Record<string, unknown>) => list({ teamId: teamC, pageSize: 100, ...params }, reader);

  it("searches name and email case-insensitively", async () => {
    expect(tagsOf(await search({ q: "ALPHA" }))).toEqual(["alpha", "delta"]);
    expect(tagsOf(await search({ q: "beta.TEST" }))).toEqual(["beta"]);
  });

  it("treats LIKE wildcards in q as literal characters", async () => {
    expect(tagsOf(await search({ q: "100%" }))).toEqual(["beta"]);
    expect(tagsOf(await search({ q: "%" }))).toEqual(["beta"]);
    expect(tagsOf(await search({ q: "a_w" }))).toEqual(["gamma"]);
    expect(tagsOf(await search({ q: "_" }))).toEqual(["gamma"]);
  });

  it("filters by status", async () => {
    expect(tagsOf(await search({ status: "inactive" }))).toEqual(["beta"]);
    expect((await search({ status: "active" })).total).toBe(4);
  });

  it("filters by validAt with both ends inclusive and open ends unbounded", async () => {
    expect(tagsOf(await search({ validAt: "2025-03-01" }))).toEqual(["alpha", "beta", "gamma"]);
    expect(tagsOf(await search({ validAt: "2025-06-30T00:00:00Z" }))).toEqual(["alpha", "beta", "gamma"]);
    expect(tagsOf(await search({ validAt: "2025-07-01" }))).toEqual(["alpha", "beta", "delta"]);
    expect(tagsOf(await search({ validAt: "2024-12-31T00:00:00Z" }))).toEqual(["alpha", "beta", "epsilon"]);
    await expectInvalid(search({ validAt: "yesterday" }), "validAt");
  });

  it("combines filters, pages and sorts", async () => {
    expect(tagsOf(await search({ q: "a", status: "active", validAt: "2025-07-02" }))).toEqual(["alpha", "delta"]);
    const first = await search({ sort: "name", pageSize: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2, totalPages: 3 });
    expect(first.rows.map((r) => r.name)).toEqual(["Alpha Ltd", "Beta 100% Pure"]);
    const last = await search({ sort: "-name", page: 3, pageSize: 2 });
    expect(last.rows.map((r) => r.name)).toEqual(["Alpha Ltd"]);
    const past = await search({ page: 9, pageSize: 2 });
    expect(past).toMatchObject({ rows: [], total: 5 });
    await expectInvalid(search({ sort: "secret" }), "sort");
  });

  it("without teamId lists the customers of every team of the caller, and nothing to an outsider", async () => {
    const mine = await kit.call<Page<Customer>>("customers.list", { pageSize: 100 }, { user: reader });
    expect(tagsOf(mine)).toEqual(Object.keys(ids).sort());
    const fromBoth = await kit.call<Page<Customer>>("customers.list", { pageSize: 100 }, { user: admin });
    expect(new Set(fromBoth.rows.map((r) => r.teamId))).toEqual(new Set([teamA, teamB]));
    expect((await kit.call<Page<Customer>>("customers.list", {}, { user: stranger })).total).toBe(0);
    await expect(list({ teamId: teamC }, stranger)).rejects.toMatchObject({ code: 404 });
  });
});

describe("customers.ofTeam (for promotions)", () => {
  it("answers the given ids that are customers of the team, in order, once each", async () => {
    const a = await create({ name: "Of A" });
    const b = await create({ name: "Of B" });
    const elsewhere = await create({ name: "Of B team", teamId: teamB });
    const unknown = randomUUID();
    const ids = [b.id, unknown, elsewhere.id, a.id, b.id.toUpperCase()];
    expect(await kit.call("customers.ofTeam", { teamId: teamA, ids })).toEqual([b.id, a.id]);
    expect(await kit.call("customers.ofTeam", { teamId: teamA, ids }, { user: viewer })).toEqual([b.id, a.id]);
  });

  it("refuses an empty or oversized list and answers 404 to a user outside the team", async () => {
    await expectInvalid(kit.call("customers.ofTeam", { teamId: teamA, ids: [] }), "ids");
    const many = Array.from({ length: 101 }, () => randomUUID());
    await expectInvalid(kit.call("customers.ofTeam", { teamId: teamA, ids: many }), "ids");
    await expect(
      kit.call("customers.ofTeam", { teamId: teamA, ids: [randomUUID()] }, { user: stranger }),
    ).rejects.toMatchObject({ code: 404 });
  });
});

describe("a deleted team", () => {
  it("takes its customers with it, each with a Deleted event carrying the team event's actor and trace", async () => {
    const doomedTeam = randomUUID();
    roles.set(key(doomedTeam, editor.id), "editor");
    const customers = await Promise.all(["One", "Two", "Three"].map((name) => create({ teamId: doomedTeam, name })));
    const survivor = await create({ name: "Other team survives" });
    const envelope = {
      id: randomUUID(),
      topic: "teams",
      type: "TeamDeleted",
      teamId: doomedTeam,
      actorId: admin.id,
      traceId: "trace-1",
    } as Envelope;
    const service = kit.service as unknown as { onTeamEvent(e: Envelope): Promise<void> };
    await service.onTeamEvent(envelope);
    // Redelivery finds nothing more to delete.
    await service.onTeamEvent(envelope);
    for (const customer of customers) {
      await expect(kit.call("customers.get", { id: customer.id })).rejects.toMatchObject({ code: 404 });
      const deleted = (await eventsOf(customer.id)).filter((e) => e.type === "Deleted");
      expect(deleted).toHaveLength(1);
      expect(deleted[0]).toMatchObject({ teamId: doomedTeam, actorId: admin.id, traceId: "trace-1" });
    }
    expect((await kit.call<Customer>("customers.get", { id: survivor.id })).id).toBe(survivor.id);
  });
});
