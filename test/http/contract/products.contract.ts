/** Contract cases for a team's catalogue: /products/*. */
import { expect } from "vitest";
import { expectJson, expectProblem, signup, type ApiClient, type SessionBody } from "../../support/testkit.js";
import { expectPage, type ContractCases } from "./context.js";

const uuid = () => expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoDate = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const nullable = (matcher: unknown) => expect.toBeOneOf([null, matcher]);

/** A product response: exactly these keys, each of its type. */
export function expectProduct(body: unknown): void {
  const shape = {
    id: uuid(),
    teamId: uuid(),
    name: expect.any(String),
    sku: expect.any(String),
    priceCents: nullable(expect.any(Number)),
    currency: expect.stringMatching(/^[A-Z]{3}$/),
    hierarchyLevel: nullable(expect.any(Number)),
    validFrom: nullable(isoDate()),
    validThru: nullable(isoDate()),
    extraFields: expect.any(Object),
    createdAt: isoDate(),
    updatedAt: isoDate(),
  };
  expect(body).toEqual(shape);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(shape).sort());
  const { priceCents } = body as { priceCents: number | null };
  if (priceCents !== null) expect(Number.isSafeInteger(priceCents)).toBe(true);
}

interface Catalogue {
  owner: SessionBody;
  teamId: string;
}

async function newCatalogue(client: ApiClient): Promise<Catalogue> {
  const owner = await signup(client);
  const team = await client.post("/teams", { name: "Catalogue team" }, { token: owner.accessToken });
  expectJson(team, 201);
  return { owner, teamId: team.body.id };
}

async function newProduct(client: ApiClient, c: Catalogue, extra: Record<string, unknown> = {}) {
  const res = await client.post(
    "/products",
    { teamId: c.teamId, name: "Mug", sku: "MUG-1", priceCents: 1250, ...extra },
    { token: c.owner.accessToken },
  );
  expectJson(res, 201);
  return res.body as { id: string; sku: string; updatedAt: string };
}

export const cases: ContractCases = {
  "POST /products": async ({ client, node }) => {
    const c = await newCatalogue(client);
    const res = await client.post(
      "/products",
      {
        teamId: c.teamId,
        name: "Espresso cup",
        sku: "CUP-ESP",
        priceCents: 899,
        currency: "EUR",
        hierarchyLevel: 1,
        validFrom: "2025-01-01",
        validThru: "2025-12-31T23:59:59Z",
        extraFields: { color: "white", volumeMl: 90, dishwasherSafe: true, note: null },
      },
      { token: c.owner.accessToken },
    );
    expectJson(res, 201);
    expectProduct(res.body);
    expect(res.body).toMatchObject({
      teamId: c.teamId,
      name: "Espresso cup",
      sku: "CUP-ESP",
      priceCents: 899,
      currency: "EUR",
      hierarchyLevel: 1,
      validFrom: "2025-01-01T00:00:00.000Z",
      validThru: "2025-12-31T23:59:59.000Z",
      extraFields: { color: "white", volumeMl: 90, dishwasherSafe: true, note: null },
    });
    expect(res.headers.get("location")).toBe(`/api/v1/products/${res.body.id}`);
    const taken = await client.post(
      "/products",
      { teamId: c.teamId, name: "Copy", sku: "cup-esp" },
      { token: c.owner.accessToken },
    );
    expectProblem(taken, 409, "SKU_TAKEN", node);
    expect(taken.body.errors).toEqual([{ field: "sku", message: expect.any(String) }]);
    const bad = await client.post(
      "/products",
      { teamId: c.teamId, name: "Bad", sku: "BAD", priceCents: -1 },
      { token: c.owner.accessToken },
    );
    expectProblem(bad, 422, "VALIDATION_ERROR", node);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(["priceCents"]);
  },

  "GET /products": async ({ client }) => {
    const c = await newCatalogue(client);
    const mug = await newProduct(client, c);
    await newProduct(client, c, { name: "Plate", sku: "PLATE-1", validThru: "2020-01-01" });
    const res = await client.get(`/products?teamId=${c.teamId}&q=mug&validAt=2025-06-01`, {
      token: c.owner.accessToken,
    });
    expectJson(res);
    expectPage(res.body, expectProduct);
    expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 20, totalPages: 1 });
    expect(res.body.rows.map((p: { id: string }) => p.id)).toEqual([mug.id]);
    const all = await client.get("/products?sort=name", { token: c.owner.accessToken });
    expectJson(all);
    expect(all.body.rows.map((p: { name: string }) => p.name)).toEqual(["Mug", "Plate"]);
  },

  "GET /products/:id": async ({ client, node }) => {
    const c = await newCatalogue(client);
    const product = await newProduct(client, c);
    const res = await client.get(`/products/${product.id}`, { token: c.owner.accessToken });
    expectJson(res);
    expectProduct(res.body);
    expect(res.body).toEqual(product);
    const stranger = await signup(client);
    expectProblem(await client.get(`/products/${product.id}`, { token: stranger.accessToken }), 404, "NOT_FOUND", node);
  },

  "PATCH /products/:id": async ({ client, node }) => {
    const c = await newCatalogue(client);
    const product = await newProduct(client, c, { validThru: "2025-06-30" });
    const res = await client.patch(
      `/products/${product.id}`,
      { name: "Big mug", priceCents: null, hierarchyLevel: 3, extraFields: { size: "L" } },
      { token: c.owner.accessToken },
    );
    expectJson(res);
    expectProduct(res.body);
    expect(res.body).toMatchObject({
      id: product.id,
      name: "Big mug",
      sku: "MUG-1",
      priceCents: null,
      hierarchyLevel: 3,
      extraFields: { size: "L" },
    });
    const backwards = await client.patch(
      `/products/${product.id}`,
      { validFrom: "2025-07-01" },
      { token: c.owner.accessToken },
    );
    expectProblem(backwards, 422, "VALIDATION_ERROR", node);
    expect(backwards.body.errors.map((e: { field: string }) => e.field)).toEqual(["validFrom"]);
  },

  "DELETE /products/:id": async ({ client, node }) => {
    const c = await newCatalogue(client);
    const product = await newProduct(client, c);
    const res = await client.delete(`/products/${product.id}`, { token: c.owner.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/products/${product.id}`, { token: c.owner.accessToken }), 404, "NOT_FOUND", node);
    // Its sku is free again.
    await newProduct(client, c);
  },
};
