/** Every product change reaches the audit trail on the promotions topic, and a deleted team takes its catalogue with it. */
import { randomUUID } from "node:crypto";
import { QueryTypes, type Sequelize } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows, auditTypes, signupWithTeam } from "../support/tenancy.js";
import {
  api,
  eventually,
  expectJson,
  signupAdmin,
  startTestNode,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let owner: SessionBody;
let teamId: string;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  ({ owner, teamId } = await signupWithTeam(client, "Audited catalogue"));
});
afterAll(() => node.stop());

const asOwner = () => ({ token: owner.accessToken });

async function createProduct(team: string, name: string): Promise<{ id: string; sku: string }> {
  const res = await client.post("/products", { teamId: team, name, sku: `SKU-${randomUUID().slice(0, 8)}` }, asOwner());
  expectJson(res, 201);
  return res.body;
}

describe("product events in the audit trail", () => {
  it("product: ProductCreated, ProductUpdated with what changed, ProductDeleted", async () => {
    const product = await createProduct(teamId, "Audited mug");
    expectJson(
      await client.patch(`/products/${product.id}`, { priceCents: 1500, extraFields: { glaze: "matte" } }, asOwner()),
    );
    // A PATCH that changes nothing leaves no trace.
    expectJson(await client.patch(`/products/${product.id}`, { priceCents: 1500 }, asOwner()));
    expect((await client.delete(`/products/${product.id}`, asOwner())).status).toBe(204);
    const rows = await auditRows(client, owner.accessToken, "product", product.id, ["ProductDeleted"]);
    expect(rows.map((e) => e.type)).toEqual(["ProductCreated", "ProductUpdated", "ProductDeleted"]);
    expect(rows[0]).toMatchObject({
      topic: "promotions",
      entity: "product",
      teamId,
      actorId: owner.user.id,
      payload: { product: { id: product.id, sku: product.sku, teamId, currency: "USD", hasPrice: false } },
    });
    expect(rows[1].payload).toMatchObject({
      changed: ["priceCents", "extraFields"],
      product: { priceCents: 1500, hasPrice: true, extraJson: '{"glaze":"matte"}' },
    });
  });
});

describe("a deleted team", () => {
  it("takes its products with it, each with ProductDeleted, and leaves other teams' alone", async () => {
    const platformAdmin = await signupAdmin(client, node.broker);
    const doomed = (await client.post("/teams", { name: "Doomed catalogue" }, asOwner())).body.id as string;
    const products = [await createProduct(doomed, "One"), await createProduct(doomed, "Two")];
    const survivor = await createProduct(teamId, "Survivor");
    expect((await client.delete(`/teams/${doomed}`, asOwner())).status).toBe(204);

    const db = (node.broker.getLocalService("products") as unknown as { sql(): Sequelize }).sql();
    await eventually(async () => {
      const left = await db.query("SELECT id FROM products WHERE team_id = $1", {
        bind: [doomed],
        type: QueryTypes.SELECT,
      });
      expect(left).toEqual([]);
    }, 15_000);
    for (const p of products) {
      expect(await auditTypes(client, platformAdmin.accessToken, "product", p.id, ["ProductDeleted"])).toEqual([
        "ProductCreated",
        "ProductDeleted",
      ]);
    }
    expectJson(await client.get(`/products/${survivor.id}`, asOwner()));
  });
});
