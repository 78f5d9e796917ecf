/** GET /products over HTTP: search, validity date, paging past the last page, sorts, and bad queries as 422. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signupWithTeam } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  startTestNode,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let owner: SessionBody;
let teamId: string;

const SEED = [
  { name: "Blue Mug", sku: "MUG-BLU", priceCents: 900, validFrom: "2025-01-01", validThru: "2025-03-31" },
  { name: "Red Mug", sku: "MUG-RED", priceCents: 1100, validFrom: "2025-04-01" },
  { name: "100% Cotton Shirt", sku: "SHIRT_1", priceCents: 2500, validThru: "2025-02-15" },
  { name: "Poster", sku: "POSTER" },
];

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  ({ owner, teamId } = await signupWithTeam(client, "Lists"));
  for (const product of SEED) {
    expectJson(await client.post("/products", { teamId, ...product }, { token: owner.accessToken }), 201);
  }
});
afterAll(() => node.stop());

const get = (query: string) => client.get(`/products?teamId=${teamId}&${query}`, { token: owner.accessToken });
const names = (body: { rows: { name: string }[] }) => body.rows.map((r) => r.name);

describe("GET /products", () => {
  it("searches name and sku case-insensitively, wildcards taken literally", async () => {
    expect(names((await get("q=MUG&sort=name")).body)).toEqual(["Blue Mug", "Red Mug"]);
    expect(names((await get("q=shirt_")).body)).toEqual(["100% Cotton Shirt"]);
    expect(names((await get(`q=${encodeURIComponent("%")}`)).body)).toEqual(["100% Cotton Shirt"]);
    expect((await get(`q=${encodeURIComponent("mug%red")}`)).body.total).toBe(0);
  });

  it("keeps what is valid at an instant, open ends unbounded", async () => {
    const at = async (validAt: string) => names((await get(`validAt=${encodeURIComponent(validAt)}`)).body).sort();
    // A bare date is its midnight UTC, and both ends are inclusive.
    expect(await at("2025-03-31")).toEqual(["Blue Mug", "Poster"]);
    expect(await at("2025-03-31T02:00:00+02:00")).toEqual(["Blue Mug", "Poster"]);
    expect(await at("2025-03-31T00:00:01Z")).toEqual(["Poster"]);
    expect(await at("2025-04-01T02:00:00+02:00")).toEqual(["Poster", "Red Mug"]);
    expect(await at("2024-12-31")).toEqual(["100% Cotton Shirt", "Poster"]);
  });

  it("answers the real total past the last page, in any sort", async () => {
    const past = await get("pageSize=3&page=5&sort=-priceCents");
    expectJson(past);
    expect(past.body).toEqual({ rows: [], total: 4, page: 5, pageSize: 3, totalPages: 2 });
    expect(names((await get("sort=priceCents&pageSize=2")).body)).toEqual(["Blue Mug", "Red Mug"]);
    expect(names((await get("sort=-validThru&pageSize=1")).body)).toHaveLength(1);
  });

  it.each([
    ["validAt", "validAt=2025-02-30"],
    ["validAt", "validAt=yesterday"],
    ["sort", "sort=extraFields"],
    ["pageSize", "pageSize=101"],
    ["q", `q=${"x".repeat(101)}`],
    ["q", "q=%07bell"],
  ])("answers 422 naming %s for %s", async (field, query) => {
    const res = await get(query);
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("answers 404 for a team id that is no team of the caller", async () => {
    const res = await client.get("/products?teamId=00000000-0000-4000-8000-000000000000", {
      token: owner.accessToken,
    });
    expectProblem(res, 404, "NOT_FOUND", node);
  });
});
