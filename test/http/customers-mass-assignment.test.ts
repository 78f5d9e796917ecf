/** Mass assignment on customers: ids, teams, statuses and timestamps in request bodies never change what they must not. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCrewTeam, signupCrew, type Crew } from "../support/tenancy.js";
import { api, expectJson, startTestNode, uniqueEmail, type ApiClient, type TestNode } from "../support/testkit.js";
import { expectCustomer } from "./contract/customers.contract.js";

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
const FORGED_TIME = "2000-01-01T00:00:00.000Z";

async function create(fields: Record<string, unknown> = {}) {
  const res = await client.post("/customers", { teamId, name: "Customer", ...fields }, as("editor"));
  expectJson(res, 201);
  expectCustomer(res.body);
  return res.body;
}

describe("customers ignore what a body may not set", () => {
  it("POST /customers derives id and timestamps itself", async () => {
    const forged = randomUUID();
    const body = await create({ id: forged, createdAt: FORGED_TIME, updatedAt: FORGED_TIME, teamIds: [otherTeam] });
    expect(body.id).not.toBe(forged);
    expect(body.teamId).toBe(teamId);
    expect(body.createdAt).not.toBe(FORGED_TIME);
    expect(body.updatedAt).not.toBe(FORGED_TIME);
    expectJson(await client.get(`/customers/${body.id}`, as("viewer")));
    expect((await client.get(`/customers/${forged}`, as("administrator"))).status).toBe(404);
  });

  it("PATCH /customers/:id keeps id, team, status and timestamps", async () => {
    const customer = await create({ name: "Sticky" });
    const other = await create({ name: "Elsewhere" });
    const res = await client.patch(
      `/customers/${customer.id}`,
      {
        name: "Sticky 2",
        id: other.id,
        teamId: otherTeam,
        status: "inactive",
        createdAt: FORGED_TIME,
        updatedAt: FORGED_TIME,
      },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({
      id: customer.id,
      teamId,
      name: "Sticky 2",
      status: "active",
      createdAt: customer.createdAt,
    });
    expect(res.body.updatedAt).not.toBe(FORGED_TIME);
    // The other customer, and the other team, are untouched.
    expect((await client.get(`/customers/${other.id}`, as("viewer"))).body).toEqual(other);
    const away = await client.get(`/customers?teamId=${otherTeam}`, as("editor"));
    expect(away.body.total).toBe(0);
  });

  it("PATCH with only forbidden fields changes nothing at all", async () => {
    const customer = await create({ name: "Frozen", email: uniqueEmail("frozen") });
    const res = await client.patch(
      `/customers/${customer.id}`,
      { teamId: otherTeam, status: "inactive", createdAt: FORGED_TIME },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toEqual(customer);
  });

  it("activate and deactivate ignore a body", async () => {
    const customer = await create({ name: "Switch" });
    const res = await client.post(
      `/customers/${customer.id}/deactivate`,
      { status: "active", teamId: otherTeam, name: "Renamed" },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({ id: customer.id, teamId, name: "Switch", status: "inactive" });
  });
});
