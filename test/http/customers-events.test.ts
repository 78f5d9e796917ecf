/**
 * Customers over HTTP beyond the role matrix: every change audited as a customers-topic event (emails
 * readable by the team's viewers, as the domain shows them), a deleted team's customers removed with
 * their Deleted events, and bad input refused with a 422 naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sequelize } from "sequelize";
import { auditRows, createCrewTeam, signupCrew, type Crew } from "../support/tenancy.js";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  signupAdmin,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let platformAdmin: SessionBody;
let teamId: string;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  platformAdmin = await signupAdmin(client, node.broker);
  teamId = await createCrewTeam(client, crew);
});
afterAll(() => node.stop());

const as = (who: keyof Crew) => ({ token: crew[who].accessToken });

async function create(fields: Record<string, unknown> = {}, team = teamId): Promise<{ id: string; email: string }> {
  const res = await client.post(
    "/customers",
    { teamId: team, name: "Audited Co", email: uniqueEmail("audited"), ...fields },
    as("administrator"),
  );
  expectJson(res, 201);
  return res.body;
}

describe("customers-topic events in the audit trail", () => {
  it("customer: Created, Updated, Deactivated, Activated, Deleted, with the team, actor and snapshot", async () => {
    const customer = await create({ extraFields: { tier: "gold" } });
    expectJson(await client.patch(`/customers/${customer.id}`, { name: "Renamed Co" }, as("editor")));
    expectJson(await client.post(`/customers/${customer.id}/deactivate`, undefined, as("editor")));
    // A repeat is no change and leaves no event.
    expectJson(await client.post(`/customers/${customer.id}/deactivate`, undefined, as("editor")));
    expectJson(await client.post(`/customers/${customer.id}/activate`, undefined, as("editor")));
    expect((await client.delete(`/customers/${customer.id}`, as("administrator"))).status).toBe(204);
    const rows = await auditRows(client, crew.administrator.accessToken, "customer", customer.id, ["Deleted"]);
    expect(rows.map((e) => e.type)).toEqual(["Created", "Updated", "Deactivated", "Activated", "Deleted"]);
    expect(rows[0]).toMatchObject({
      topic: "customers",
      teamId,
      actorId: crew.administrator.user.id,
      payload: {
        customer: { id: customer.id, teamId, name: "Audited Co", email: customer.email, extraJson: '{"tier":"gold"}' },
      },
    });
    expect(rows[1]).toMatchObject({ actorId: crew.editor.user.id, payload: { changed: ["name"] } });
    expect(rows[2].payload).toMatchObject({ changed: ["status"], customer: { status: "inactive" } });
    expect(rows[4]).toMatchObject({
      actorId: crew.administrator.user.id,
      payload: { customer: { name: "Renamed Co" } },
    });
  });

  it("shows a customer's email in the trail to every team member, as GET /customers does, and nothing to an outsider", async () => {
    const customer = await create();
    await auditRows(client, crew.administrator.accessToken, "customer", customer.id, ["Created"]);
    for (const role of ["viewer", "commenter", "editor"] as const) {
      const [created] = await auditRows(client, crew[role].accessToken, "customer", customer.id, ["Created"]);
      expect(created.payload).toMatchObject({ customer: { email: customer.email } });
    }
    const outsider = await client.get(`/audit/entities/customer/${customer.id}`, as("nonmember"));
    expectJson(outsider);
    expect(outsider.body.rows).toEqual([]);
  });
});

describe("a deleted team", () => {
  it("takes its customers with it, each with a Deleted event, and leaves other teams' customers", async () => {
    const doomed = await createCrewTeam(client, crew, { name: "Doomed" });
    const customers = [await create({}, doomed), await create({}, doomed)];
    const survivor = await create();
    expect((await client.delete(`/teams/${doomed}`, as("administrator"))).status).toBe(204);
    const db = (node.broker.getLocalService("customers") as unknown as { sql(): Sequelize }).sql();
    await eventually(async () => {
      const [rows] = await db.query("SELECT id FROM customers WHERE team_id = $1", { bind: [doomed] });
      expect(rows).toEqual([]);
    });
    for (const customer of customers) {
      const rows = await auditRows(client, platformAdmin.accessToken, "customer", customer.id, ["Deleted"]);
      expect(rows.map((e) => e.type)).toEqual(["Created", "Deleted"]);
      expect(rows[1]).toMatchObject({ teamId: doomed, actorId: crew.administrator.user.id });
    }
    expectJson(await client.get(`/customers/${survivor.id}`, as("viewer")));
  });
});

describe("bad input over HTTP", () => {
  it.each([
    ["name", { name: "" }],
    // A lone surrogate arrives as a \ud800 escape in the JSON; PostgreSQL can't store it.
    ["name", { name: "Half \ud800 a pair" }],
    ["email", { email: "nope" }],
    ["status", { status: "deleted" }],
    ["validFrom", { validFrom: "31/01/2025" }],
    ["validThru", { validFrom: "2025-02-01", validThru: "2025-01-01" }],
    ["extraFields.nested", { extraFields: { nested: { deep: true } } }],
    ["extraFields.note", { extraFields: { note: "half \udc00" } }],
    ["extraFields", { extraFields: { blob: "x".repeat(9000) } }],
  ])("POST /customers refuses a bad %s with 422 naming it", async (field, fields) => {
    const res = await client.post("/customers", { teamId, name: "Bad", ...fields }, as("editor"));
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it.each([
    ["validAt", "validAt=2025-01-01T10:00:00"],
    ["status", "status=gone"],
    ["sort", "sort=-secret"],
    ["pageSize", "pageSize=101"],
    ["teamId", "teamId=not-a-uuid"],
  ])("GET /customers refuses a bad %s with 422 naming it", async (field, query) => {
    const res = await client.get(`/customers?${query}`, as("viewer"));
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it("reads an offset in validAt when the + is encoded", async () => {
    const customer = await create({ validFrom: "2025-01-01T00:00:00Z", validThru: "2025-01-01T23:59:59Z" });
    const at = encodeURIComponent("2025-01-02T01:00:00+02:00");
    const res = await client.get(`/customers?teamId=${teamId}&validAt=${at}&pageSize=100`, as("viewer"));
    expectJson(res);
    expect(res.body.rows.map((c: { id: string }) => c.id)).toContain(customer.id);
  });

  it("refuses a malformed customer id with 422 and answers 404 to an unknown one", async () => {
    expectProblem(await client.get("/customers/not-a-uuid", as("viewer")), 422, "VALIDATION_ERROR", node);
    expectProblem(
      await client.patch("/customers/00000000-0000-4000-8000-000000000000", { name: "x" }, as("editor")),
      404,
      "NOT_FOUND",
      node,
    );
  });
});
