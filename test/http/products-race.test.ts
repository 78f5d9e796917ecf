/**
 * Racing writes of one sku in one team: exactly one 201 (or 200), every other a 409 SKU_TAKEN, one row
 * and one ProductCreated event. Run on the embedded database and on the machine's PostgreSQL, where the
 * requests really overlap in the database and only the unique index can settle them.
 */
import { randomUUID } from "node:crypto";
import { QueryTypes, type Sequelize } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeEnvelope } from "../../lib/events/envelope.js";
import { cleanupAll, createDatabase } from "../support/processes.js";
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

const RACERS = 12;

describe.each([
  ["the embedded database", false],
  ["PostgreSQL", true],
])("on %s", (_name, realPostgres) => {
  let node: TestNode;
  let client: ApiClient;
  let owner: SessionBody;
  let teamId: string;

  beforeAll(async () => {
    const env: Record<string, string> = { RATE_LIMIT: "0" };
    if (realPostgres) env.DATABASE_URL = (await createDatabase()).url;
    node = await startTestNode(env);
    client = api(node.baseUrl);
    ({ owner, teamId } = await signupWithTeam(client, "Racing"));
  });
  afterAll(async () => {
    await node?.stop();
    if (realPostgres) await cleanupAll();
  });

  const db = () => (node.broker.getLocalService("products") as unknown as { sql(): Sequelize }).sql();

  /** The product events in the outbox about `teamId`'s products, by type. */
  async function productEvents(type: string): Promise<string[]> {
    const rows = await db().query<{ envelope: Buffer }>("SELECT envelope FROM outbox WHERE topic = 'promotions'", {
      type: QueryTypes.SELECT,
    });
    return rows
      .map((row) => decodeEnvelope(row.envelope))
      .filter((e) => e.type === type && e.teamId === teamId)
      .map((e) => e.entityId);
  }

  it(`gives exactly one of ${RACERS} parallel creations with one sku (in varied case) a 201, the rest 409`, async () => {
    const sku = `RACE-${randomUUID().slice(0, 8)}`;
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        client.post(
          "/products",
          { teamId, name: `Racer ${i}`, sku: i % 2 ? sku.toLowerCase() : sku },
          { token: owner.accessToken },
        ),
      ),
    );
    const created = results.filter((res) => res.status === 201);
    expect(created).toHaveLength(1);
    expectJson(created[0], 201);
    for (const res of results.filter((r) => r.status !== 201)) expectProblem(res, 409, "SKU_TAKEN", node);
    const rows = await db().query<{ id: string }>("SELECT id FROM products WHERE team_id = $1 AND lower(sku) = $2", {
      bind: [teamId, sku.toLowerCase()],
      type: QueryTypes.SELECT,
    });
    expect(rows.map((r) => r.id)).toEqual([created[0].body.id]);
    expect(await productEvents("ProductCreated")).toContain(created[0].body.id);
    const losers = results.filter((r) => r.status === 409).length;
    expect(losers).toBe(RACERS - 1);
  });

  it("settles racing PATCHes onto one sku the same way", async () => {
    const sku = `PATCH-${randomUUID().slice(0, 8)}`;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await client.post(
        "/products",
        { teamId, name: `Patcher ${i}`, sku: `P${i}-${randomUUID().slice(0, 8)}` },
        { token: owner.accessToken },
      );
      expectJson(res, 201);
      ids.push(res.body.id);
    }
    const results = await Promise.all(
      ids.map((id) => client.patch(`/products/${id}`, { sku }, { token: owner.accessToken })),
    );
    const won = results.filter((res) => res.status === 200);
    expect(won).toHaveLength(1);
    for (const res of results.filter((r) => r.status !== 200)) expectProblem(res, 409, "SKU_TAKEN", node);
    const updated = await productEvents("ProductUpdated");
    expect(updated.filter((id) => ids.includes(id))).toEqual([won[0].body.id]);
  });
});
