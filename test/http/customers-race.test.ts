/**
 * Racing creations of one email in one team: exactly one 201, every other a 409 CUSTOMER_EMAIL_TAKEN, one
 * row and one Created event. Run on the embedded database and on the machine's PostgreSQL, where the
 * requests really overlap in the database and only the unique index can settle them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupAll, createDatabase } from "../support/processes.js";
import { signupWithTeam } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  startTestNode,
  uniqueEmail,
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

  it(`gives exactly one of ${RACERS} parallel creations with one email (in varied case) a 201, the rest 409`, async () => {
    const email = uniqueEmail("race");
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        client.post(
          "/customers",
          { teamId, name: `Racer ${i}`, email: i % 2 ? email.toUpperCase() : email },
          { token: owner.accessToken },
        ),
      ),
    );
    const created = results.filter((res) => res.status === 201);
    expect(created).toHaveLength(1);
    expectJson(created[0], 201);
    for (const res of results.filter((r) => r.status !== 201)) expectProblem(res, 409, "CUSTOMER_EMAIL_TAKEN", node);
    const listed = await client.get(`/customers?teamId=${teamId}&q=${encodeURIComponent(email)}`, {
      token: owner.accessToken,
    });
    expect(listed.body.rows.map((c: { id: string }) => c.id)).toEqual([created[0].body.id]);
  });

  it("settles racing PATCHes onto one email the same way", async () => {
    const email = uniqueEmail("patch-race");
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await client.post("/customers", { teamId, name: `Patcher ${i}` }, { token: owner.accessToken });
      expectJson(res, 201);
      ids.push(res.body.id);
    }
    const results = await Promise.all(
      ids.map((id) => client.patch(`/customers/${id}`, { email }, { token: owner.accessToken })),
    );
    expect(results.filter((res) => res.status === 200)).toHaveLength(1);
    for (const res of results.filter((r) => r.status !== 200)) expectProblem(res, 409, "CUSTOMER_EMAIL_TAKEN", node);
  });
});
