/** The products service on its own broker and database, with a fake teams service deciding who holds which role. */
import { randomUUID } from "node:crypto";
import type { ServiceSchema } from "moleculer";
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import type { Envelope } from "../../lib/events/envelope.js";
import type { Page } from "../../lib/pagination.js";
import ProductsService, {
  type Product,
  type ProductSummary,
  type ProductsMethods,
} from "../../services/products/products.service.js";

type Role = "administrator" | "editor" | "commenter" | "viewer";
type User = ReturnType<ServiceUnderTest["user"]>;

let kit: ServiceUnderTest;
/** Who holds which role in which team, as the fake teams service answers it. */
const roles = new Map<string, Role>();
const roleKey = (teamId: string, userId: string) => `${teamId}/${userId}`;

let admin: User;
let editor: User;
let viewer: User;
let stranger: User;

/** A team of its own per test, with admin, editor and viewer: tests never see each other's products. */
function newTeam(): string {
  const teamId = randomUUID();
  roles.set(roleKey(teamId, admin.id), "administrator");
  roles.set(roleKey(teamId, editor.id), "editor");
  roles.set(roleKey(teamId, viewer.id), "viewer");
  return teamId;
}

beforeAll(async () => {
  // The kit takes an untyped ServiceSchema; a schema typed with its methods needs the cast.
  kit = await serviceUnderTest(ProductsService as unknown as ServiceSchema, {
    fakes: {
      teams: {
        membership: (p: { teamId: string; userId: string }) => {
          const role = roles.get(roleKey(p.teamId, p.userId));
          return role ? { role } : null;
        },
        teamIdsOf: (p: { userId: string }) =>
          [...roles.keys()].filter((key) => key.endsWith(`/${p.userId}`)).map((key) => key.split("/")[0]),
      },
    },
  });
  admin = kit.user();
  editor = kit.user();
  viewer = kit.user();
  stranger = kit.user();
});
afterAll(() => kit?.stop());

const create = (params: Record<string, unknown>, user: User = editor) =>
  kit.call<Product>("products.create", params, { user });
const update = (params: Record<string, unknown>, user: User = editor) =>
  kit.call<Product>("products.update", params, { user });
const list = (params: Record<string, unknown>, user: User = viewer) =>
  kit.call<Page<Product>>("products.list", params, { user });

/** The events about one product on the promotions topic, oldest first. */
async function eventsOf(productId: string) {
  return (await kit.published("promotions")).filter((e) => e.entityId === productId);
}

/** The call is refused with 422 naming `field`. */
async function expectInvalid(call: Promise<unknown>, field: string): Promise<void> {
  const err = await call.then(
    () => expect.fail(`expected a 422 naming ${field}`),
    (e: unknown) => e as { code: number; type: string; data: { field: string }[] },
  );
  expect(err).toMatchObject({ code: 422, type: "VALIDATION_ERROR" });
  expect(err.data.map((d) => d.field)).toContain(field);
}

describe("products.create", () => {
  it("stores a product with the defaults: USD, no price, no level, open validity, no extra fields", async () => {
    const teamId = newTeam();
    const product = await create({ teamId, name: "Widget", sku: "W-1" });
    expect(product).toEqual({
      id: expect.any(String),
      teamId,
      name: "Widget",
      sku: "W-1",
      priceCents: null,
      currency: "USD",
      hierarchyLevel: null,
      validFrom: null,
      validThru: null,
      extraFields: {},
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await kit.call("products.get", { id: product.id }, { user: viewer })).toEqual(product);
  });

  it("keeps every field as given: bigint cents, currency, level, validity, extra fields", async () => {
    const teamId = newTeam();
    const extraFields = { color: "red", weight: 1.5, fragile: true, note: null };
    const product = await create({
      teamId,
      name: "  Gadget  ",
      sku: "G-1",
      priceCents: Number.MAX_SAFE_INTEGER,
      currency: "EUR",
      hierarchyLevel: 2,
      validFrom: "2025-01-01",
      validThru: "2025-12-31T23:59:59+01:00",
      extraFields,
    });
    expect(product).toMatchObject({
      name: "Gadget",
      priceCents: Number.MAX_SAFE_INTEGER,
      currency: "EUR",
      hierarchyLevel: 2,
      validFrom: "2025-01-01T00:00:00.000Z",
      validThru: "2025-12-31T22:59:59.000Z",
      extraFields,
    });
    const db = await kit.db();
    const [row] = await db.query<{ price_cents: number }>("SELECT price_cents FROM products WHERE id = $1", {
      bind: [product.id],
      type: QueryTypes.SELECT,
    });
    expect(row.price_cents).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("publishes ProductCreated on the promotions topic with the whole product", async () => {
    const teamId = newTeam();
    const product = await create({
      teamId,
      name: "Announced",
      sku: "A-1",
      priceCents: 1999,
      hierarchyLevel: 0,
      validFrom: "2025-03-01",
      extraFields: { size: "M" },
    });
    const [event] = await eventsOf(product.id);
    expect(event).toMatchObject({
      topic: "promotions",
      type: "ProductCreated",
      entity: "product",
      entityId: product.id,
      teamId,
      actorId: editor.id,
      event: {
        type: "ProductCreated",
        product: {
          id: product.id,
          teamId,
          name: "Announced",
          sku: "A-1",
          priceCents: 1999,
          hasPrice: true,
          currency: "USD",
          hierarchyLevel: 0,
          hasHierarchyLevel: true,
          validFrom: Date.parse("2025-03-01T00:00:00Z"),
          validThru: 0,
          extraJson: JSON.stringify({ size: "M" }),
          createdAt: Date.parse(product.createdAt),
        },
      },
    });
  });

  it("says in the event when a product has no price or level", async () => {
    const product = await create({ teamId: newTeam(), name: "Free", sku: "F-1" });
    const [event] = await eventsOf(product.id);
    expect(event.event.product).toMatchObject({ priceCents: 0, hasPrice: false, hasHierarchyLevel: false });
  });

  it.each([
    ["name", { name: "" }],
    ["name", { name: "Bell\u0007" }],
    ["name", { name: "Half \ud800 a pair" }],
    ["sku", { sku: "SKU\udc00" }],
    ["sku", { sku: "" }],
    ["sku", { sku: "has space" }],
    ["sku", { sku: "x".repeat(65) }],
    ["priceCents", { priceCents: -1 }],
    ["priceCents", { priceCents: 12.5 }],
    ["priceCents", { priceCents: "100" }],
    ["priceCents", { priceCents: 2 ** 53 }],
    ["currency", { currency: "usd" }],
    ["currency", { currency: "EURO" }],
    ["currency", { currency: null }],
    ["hierarchyLevel", { hierarchyLevel: -1 }],
    ["hierarchyLevel", { hierarchyLevel: 100 }],
    ["hierarchyLevel", { hierarchyLevel: 1.5 }],
    ["validFrom", { validFrom: "2025-02-30" }],
    ["validFrom", { validFrom: "2025-01-01T10:00:00" }],
    ["validThru", { validThru: "tomorrow" }],
    ["validThru", { validFrom: "2025-06-02", validThru: "2025-06-01" }],
    ["extraFields", { extraFields: [] }],
    ["extraFields", { extraFields: "color=red" }],
    ["extraFields.nested", { extraFields: { nested: { a: 1 } } }],
    ["extraFields.list", { extraFields: { list: [1] } }],
    ["extraFields.nan", { extraFields: { nan: Number.NaN } }],
    ["extraFields.text", { extraFields: { text: "a\u0000b" } }],
    ["extraFields.text", { extraFields: { text: "a\ud800b" } }],
    ["extraFields", { extraFields: { "key\ud800": 1 } }],
    ["extraFields", { extraFields: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) }],
    ["extraFields", { extraFields: { big: "x".repeat(8200) } }],
    ["extraFields", { extraFields: { "": 1 } }],
    ["extraFields", { extraFields: { ["k".repeat(101)]: 1 } }],
  ])("refuses a bad %s with 422 naming it, and stores nothing", async (field, bad) => {
    const teamId = newTeam();
    await expectInvalid(create({ teamId, name: "Bad", sku: "BAD-1", ...bad }), field);
    expect((await list({ teamId })).total).toBe(0);
  });

  it("accepts the edges: 50 extra fields, a 100-character key, price 0, level 99, validFrom = validThru", async () => {
    const extraFields = {
      ...Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`k${i}`, i])),
      ["x".repeat(100)]: "longest key",
    };
    const product = await create({
      teamId: newTeam(),
      name: "Edges",
      sku: "E-1",
      priceCents: 0,
      hierarchyLevel: 99,
      validFrom: "2025-06-01",
      validThru: "2025-06-01",
      extraFields,
    });
    expect(product).toMatchObject({ priceCents: 0, hierarchyLevel: 99, extraFields });
  });

  it("drops fields a body may not set", async () => {
    const teamId = newTeam();
    const forged = randomUUID();
    const product = await create({ teamId, name: "Forged", sku: "FG-1", id: forged, createdAt: "2000-01-01" });
    expect(product.id).not.toBe(forged);
    expect(product.createdAt).not.toBe("2000-01-01T00:00:00.000Z");
  });
});

describe("sku uniqueness", () => {
  it("answers 409 SKU_TAKEN to a second product with the team's sku, whatever its case", async () => {
    const teamId = newTeam();
    await create({ teamId, name: "First", sku: "DUP-1" });
    for (const sku of ["DUP-1", "dup-1", " DUP-1 "]) {
      await expect(create({ teamId, name: "Second", sku })).rejects.toMatchObject({
        code: 409,
        type: "SKU_TAKEN",
        data: [{ field: "sku", message: expect.any(String) }],
      });
    }
    expect((await list({ teamId })).total).toBe(1);
  });

  it("lets another team use the same sku", async () => {
    await create({ teamId: newTeam(), name: "Here", sku: "SHARED-1" });
    const other = await create({ teamId: newTeam(), name: "There", sku: "SHARED-1" });
    expect(other.sku).toBe("SHARED-1");
  });

  it("gives 10 parallel creations of one sku exactly one winner and one event", async () => {
    const teamId = newTeam();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => create({ teamId, name: `Racer ${i}`, sku: "RACE-1" })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ code: 409, type: "SKU_TAKEN" });
    }
    const created = (await kit.published("promotions")).filter(
      (e) => e.type === "ProductCreated" && e.teamId === teamId,
    );
    expect(created).toHaveLength(1);
  });

  it("answers 409 SKU_TAKEN to a PATCH onto another product's sku, and changes nothing", async () => {
    const teamId = newTeam();
    await create({ teamId, name: "Holder", sku: "HELD-1" });
    const mover = await create({ teamId, name: "Mover", sku: "MOVE-1" });
    await expect(update({ id: mover.id, sku: "held-1", name: "Renamed" })).rejects.toMatchObject({
      code: 409,
      type: "SKU_TAKEN",
    });
    expect(await kit.call("products.get", { id: mover.id }, { user: viewer })).toEqual(mover);
    // Its own sku in another case is no conflict.
    expect((await update({ id: mover.id, sku: "move-1" })).sku).toBe("move-1");
  });
});

describe("products.update", () => {
  it("changes the given fields, clears nulls, and publishes ProductUpdated with what changed", async () => {
    const teamId = newTeam();
    const product = await create({ teamId, name: "Before", sku: "U-1", priceCents: 500, hierarchyLevel: 1 });
    const updated = await update({ id: product.id, name: "After", priceCents: null, extraFields: { a: 1 } });
    expect(updated).toMatchObject({ name: "After", priceCents: null, hierarchyLevel: 1, extraFields: { a: 1 } });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(product.updatedAt));
    const events = await eventsOf(product.id);
    expect(events.map((e) => e.type)).toEqual(["ProductCreated", "ProductUpdated"]);
    expect(events[1].event).toMatchObject({
      changed: ["name", "priceCents", "extraFields"],
      product: { name: "After", hasPrice: false, priceCents: 0, extraJson: '{"a":1}' },
    });
  });

  it("writes nothing and tells nobody when nothing differs", async () => {
    const product = await create({ teamId: newTeam(), name: "Same", sku: "S-1", validFrom: "2025-01-01" });
    const same = await update({ id: product.id, name: "Same", sku: "S-1", validFrom: "2025-01-01T00:00:00Z" });
    expect(same).toEqual(product);
    expect((await eventsOf(product.id)).map((e) => e.type)).toEqual(["ProductCreated"]);
  });

  it("checks validFrom ≤ validThru against the stored end, naming the field sent", async () => {
    const product = await create({
      teamId: newTeam(),
      name: "Window",
      sku: "WIN-1",
      validFrom: "2025-01-01",
      validThru: "2025-06-30",
    });
    await expectInvalid(update({ id: product.id, validFrom: "2025-07-01" }), "validFrom");
    await expectInvalid(update({ id: product.id, validThru: "2024-12-31" }), "validThru");
    // Moving both together, or opening one end, is fine.
    const moved = await update({ id: product.id, validFrom: "2026-01-01", validThru: "2026-12-31" });
    expect(moved).toMatchObject({ validFrom: "2026-01-01T00:00:00.000Z", validThru: "2026-12-31T00:00:00.000Z" });
    expect((await update({ id: product.id, validThru: null })).validThru).toBeNull();
  });

  it("keeps team and id whatever the body says", async () => {
    const teamId = newTeam();
    const otherTeam = newTeam();
    const product = await create({ teamId, name: "Sticky", sku: "ST-1" });
    const updated = await update({ id: product.id, teamId: otherTeam, createdAt: "2000-01-01", name: "Moved?" });
    expect(updated).toMatchObject({ id: product.id, teamId, createdAt: product.createdAt, name: "Moved?" });
    expect((await list({ teamId: otherTeam })).total).toBe(0);
  });

  it("refuses bad values with 422 like create", async () => {
    const product = await create({ teamId: newTeam(), name: "Strict", sku: "STR-1" });
    await expectInvalid(update({ id: product.id, currency: "eur" }), "currency");
    await expectInvalid(update({ id: product.id, name: null }), "name");
    await expectInvalid(update({ id: product.id, sku: null }), "sku");
    await expectInvalid(update({ id: product.id, currency: null }), "currency");
    await expectInvalid(update({ id: product.id, extraFields: null }), "extraFields");
    await expectInvalid(update({ id: product.id, extraFields: { deep: { x: 1 } } }), "extraFields.deep");
  });
});

describe("access", () => {
  it("lets viewers read, editors write, administrators delete", async () => {
    const teamId = newTeam();
    await expect(create({ teamId, name: "No", sku: "NO-1" }, viewer)).rejects.toMatchObject({
      code: 403,
      type: "ROLE_TOO_LOW",
    });
    const product = await create({ teamId, name: "Yes", sku: "YES-1" });
    await expect(update({ id: product.id, name: "No" }, viewer)).rejects.toMatchObject({ code: 403 });
    await expect(kit.call("products.remove", { id: product.id }, { user: editor })).rejects.toMatchObject({
      code: 403,
    });
    await kit.call("products.remove", { id: product.id }, { user: admin });
    await expect(kit.call("products.get", { id: product.id }, { user: viewer })).rejects.toMatchObject({
      code: 404,
      type: "NOT_FOUND",
    });
    const events = await eventsOf(product.id);
    expect(events.map((e) => e.type)).toEqual(["ProductCreated", "ProductDeleted"]);
    expect(events[1]).toMatchObject({ actorId: admin.id, event: { product: { id: product.id, sku: "YES-1" } } });
  });

  it("answers 404 to a caller outside the team, on every route", async () => {
    const teamId = newTeam();
    const product = await create({ teamId, name: "Private", sku: "P-1" });
    const as = { user: stranger };
    await expect(kit.call("products.get", { id: product.id }, as)).rejects.toMatchObject({ code: 404 });
    await expect(kit.call("products.update", { id: product.id, name: "X" }, as)).rejects.toMatchObject({
      code: 404,
    });
    await expect(kit.call("products.remove", { id: product.id }, as)).rejects.toMatchObject({ code: 404 });
    await expect(kit.call("products.list", { teamId }, as)).rejects.toMatchObject({ code: 404 });
    await expect(create({ teamId, name: "X", sku: "X-1" }, stranger)).rejects.toMatchObject({ code: 404 });
    expect((await list({}, stranger)).rows.map((p) => p.id)).not.toContain(product.id);
  });
});

describe("products.list", () => {
  let teamId: string;
  let byName: Record<string, Product>;

  beforeAll(async () => {
    teamId = newTeam();
    byName = {};
    const seed = [
      { name: "Blue Mug", sku: "MUG-BLU", priceCents: 900, validFrom: "2025-01-01", validThru: "2025-03-31" },
      { name: "Red Mug", sku: "MUG-RED", priceCents: 1100, validFrom: "2025-04-01" },
      { name: "100% Cotton Shirt", sku: "SHIRT_1", priceCents: 2500, validThru: "2025-02-15" },
      { name: "Poster", sku: "POSTER", priceCents: null },
    ];
    for (const p of seed) byName[p.name] = await create({ teamId, ...p });
  });

  const names = (page: Page<Product>) => page.rows.map((p) => p.name);

  it("finds a case-insensitive substring of name or sku", async () => {
    expect(names(await list({ teamId, q: "mug", sort: "name" }))).toEqual(["Blue Mug", "Red Mug"]);
    expect(names(await list({ teamId, q: "blu" }))).toEqual(["Blue Mug"]);
    expect(names(await list({ teamId, q: "poster" }))).toEqual(["Poster"]);
  });

  it("takes LIKE wildcards literally", async () => {
    expect(names(await list({ teamId, q: "%" }))).toEqual(["100% Cotton Shirt"]);
    expect(names(await list({ teamId, q: "_" }))).toEqual(["100% Cotton Shirt"]);
    expect(names(await list({ teamId, q: "MUG_" }))).toEqual([]);
    expect(names(await list({ teamId, q: "\\" }))).toEqual([]);
  });

  it("keeps the products valid at a date, open ends unbounded and both ends inclusive", async () => {
    const at = async (validAt: string) => names(await list({ teamId, validAt, sort: "name" })).sort();
    expect(await at("2025-02-01")).toEqual(["100% Cotton Shirt", "Blue Mug", "Poster"]);
    expect(await at("2025-03-31")).toEqual(["Blue Mug", "Poster"]);
    expect(await at("2025-04-01T00:00:00Z")).toEqual(["Poster", "Red Mug"]);
    expect(await at("2024-06-01")).toEqual(["100% Cotton Shirt", "Poster"]);
    await expectInvalid(list({ teamId, validAt: "2025-13-01" }), "validAt");
  });

  it("pages and sorts by price with the real total", async () => {
    const first = await list({ teamId, sort: "-priceCents", pageSize: 1, q: "mug" });
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1, totalPages: 2 });
    expect(names(first)).toEqual(["Red Mug"]);
    const page2 = await list({ teamId, sort: "priceCents", pageSize: 2, page: 2 });
    expect(page2).toMatchObject({ total: 4, totalPages: 2 });
    expect(names(page2)).toEqual(["100% Cotton Shirt", "Poster"]);
    await expectInvalid(list({ teamId, sort: "secret" }), "sort");
  });

  it("lists every team of the caller without teamId, and only theirs", async () => {
    const mine = await list({ pageSize: 100 }, editor);
    expect(mine.rows.map((p) => p.id)).toEqual(expect.arrayContaining(Object.values(byName).map((p) => p.id)));
    expect(kit.fakes.teams.callsTo("teamIdsOf")).toContainEqual(
      expect.objectContaining({ params: { userId: editor.id } }),
    );
    expect((await list({}, stranger)).total).toBe(0);
  });
});

describe("products.ofTeam", () => {
  it("answers the team's products among the ids, each once, in the order asked", async () => {
    const teamId = newTeam();
    const a = await create({ teamId, name: "A", sku: "OF-A", priceCents: 100, currency: "EUR" });
    const b = await create({ teamId, name: "B", sku: "OF-B" });
    const foreign = await create({ teamId: newTeam(), name: "Foreign", sku: "OF-F" });
    const found = await kit.call<ProductSummary[]>("products.ofTeam", {
      teamId,
      ids: [b.id, foreign.id, randomUUID(), a.id.toUpperCase(), b.id],
    });
    expect(found).toEqual([
      { id: b.id, name: "B", sku: "OF-B", priceCents: null, currency: "USD" },
      { id: a.id, name: "A", sku: "OF-A", priceCents: 100, currency: "EUR" },
    ]);
  });

  it("refuses no ids, more than 100, or a non-uuid with 422", async () => {
    const teamId = newTeam();
    await expectInvalid(kit.call("products.ofTeam", { teamId, ids: [] }), "ids");
    const many = Array.from({ length: 101 }, () => randomUUID());
    await expectInvalid(kit.call("products.ofTeam", { teamId, ids: many }), "ids");
    await expectInvalid(kit.call("products.ofTeam", { teamId, ids: ["nope"] }), "ids[0]");
  });

  it("answers 404 when called on behalf of a user outside the team", async () => {
    const teamId = newTeam();
    const a = await create({ teamId, name: "A", sku: "OF-X" });
    await expect(kit.call("products.ofTeam", { teamId, ids: [a.id] }, { user: stranger })).rejects.toMatchObject({
      code: 404,
    });
  });
});

describe("a deleted team", () => {
  it("takes its products with it, each with ProductDeleted, once however often the event comes", async () => {
    const teamId = newTeam();
    const keep = await create({ teamId: newTeam(), name: "Kept", sku: "K-1" });
    const gone = [await create({ teamId, name: "One", sku: "T-1" }), await create({ teamId, name: "Two", sku: "T-2" })];
    const envelope: Envelope = {
      id: randomUUID(),
      topic: "teams",
      type: "TeamDeleted",
      occurredAt: Date.now(),
      actorId: admin.id,
      teamId,
      entity: "team",
      entityId: teamId,
      traceId: "trace-1",
      schemaVersion: 1,
      payload: new Uint8Array(),
    };
    const service = kit.service as unknown as ProductsMethods;
    await service.onTeamEvent(envelope);
    await service.onTeamEvent(envelope);
    for (const p of gone) {
      await expect(kit.call("products.get", { id: p.id }, { user: viewer })).rejects.toMatchObject({ code: 404 });
      const events = await eventsOf(p.id);
      expect(events.map((e) => e.type)).toEqual(["ProductCreated", "ProductDeleted"]);
      expect(events[1]).toMatchObject({ actorId: admin.id, traceId: "trace-1", teamId });
    }
    expect((await kit.call<Product>("products.get", { id: keep.id }, { user: viewer })).id).toBe(keep.id);
  });
});
