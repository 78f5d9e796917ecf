/** Mass assignment on products: ids, teams and timestamps in request bodies never change what they must not. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCrewTeam, signupCrew, type Crew } from "../support/tenancy.js";
import { api, expectJson, startTestNode, type ApiClient, type TestNode } from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;
/** A second team the editor also edits in: a forged teamId pointing there would pass a naive check. */
let otherTeam: string;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew, { name: "Home" });
  otherTeam = await createCrewTeam(client, crew, { name: "Away" });
});
afterAll(() => node.stop());

const as = (who: keyof Crew) => ({ token: crew[who].accessToken });
const FORGED_TIME = "2001-01-01T00:00:00.000Z";

describe("products ignore what a body may not set", () => {
  it("POST /products picks id and timestamps itself", async () => {
    const forged = randomUUID();
    const res = await client.post(
      "/products",
      {
        teamId,
        name: "Forged",
        sku: "FORGED-1",
        id: forged,
        createdAt: FORGED_TIME,
        updatedAt: FORGED_TIME,
        createdBy: crew.viewer.user.id,
        usageCount: 7,
      },
      as("editor"),
    );
    expectJson(res, 201);
    expect(res.body.id).not.toBe(forged);
    expect(res.body).toMatchObject({ teamId, name: "Forged", sku: "FORGED-1" });
    expect(res.body.createdAt).not.toBe(FORGED_TIME);
    expect(res.body.updatedAt).not.toBe(FORGED_TIME);
    expect(Object.keys(res.body)).not.toContain("createdBy");
    expect(Object.keys(res.body)).not.toContain("usageCount");
    expect((await client.get(`/products/${forged}`, as("editor"))).status).toBe(404);
  });

  it("PATCH /products/:id keeps team, id and creation time", async () => {
    const created = await client.post("/products", { teamId, name: "Sticky", sku: "STICKY-1" }, as("editor"));
    expectJson(created, 201);
    const product = created.body;
    const res = await client.patch(
      `/products/${product.id}`,
      { name: "Still home", teamId: otherTeam, id: randomUUID(), createdAt: FORGED_TIME, updatedAt: FORGED_TIME },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({ id: product.id, teamId, name: "Still home", createdAt: product.createdAt });
    expect(res.body.updatedAt).not.toBe(FORGED_TIME);
    const away = await client.get(`/products?teamId=${otherTeam}`, as("editor"));
    expect(away.body.total).toBe(0);
  });

  it("PATCH /products/:id with only forbidden fields changes nothing", async () => {
    const created = await client.post("/products", { teamId, name: "Untouched", sku: "UNTOUCHED-1" }, as("editor"));
    expectJson(created, 201);
    const res = await client.patch(
      `/products/${created.body.id}`,
      { teamId: otherTeam, createdAt: FORGED_TIME },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toEqual(created.body);
  });
});
