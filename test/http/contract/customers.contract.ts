/** Contract cases for a team's customers: /customers/*. */
import { expect } from "vitest";
import {
  expectJson,
  expectProblem,
  signup,
  uniqueEmail,
  type ApiClient,
  type SessionBody,
} from "../../support/testkit.js";
import { expectPage, type ContractCases } from "./context.js";

const uuid = () => expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const isoDate = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const nullable = (matcher: unknown) => expect.toBeOneOf([null, matcher]);

/** Exactly the customer shape of DESIGN §6, nothing more. */
export function expectCustomer(body: unknown): void {
  const shape = {
    id: uuid(),
    teamId: uuid(),
    name: expect.any(String),
    email: nullable(expect.any(String)),
    status: expect.stringMatching(/^(active|inactive)$/),
    validFrom: nullable(isoDate()),
    validThru: nullable(isoDate()),
    extraFields: expect.any(Object),
    createdAt: isoDate(),
    updatedAt: isoDate(),
  };
  expect(body).toEqual(shape);
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(shape).sort());
}

interface Book {
  owner: SessionBody;
  teamId: string;
  customer: { id: string; email: string | null };
}

async function newBook(client: ApiClient, fields: Record<string, unknown> = {}): Promise<Book> {
  const owner = await signup(client);
  const team = await client.post("/teams", { name: "Customer team" }, { token: owner.accessToken });
  expectJson(team, 201);
  const customer = await client.post(
    "/customers",
    { teamId: team.body.id, name: "ACME", email: uniqueEmail("acme"), ...fields },
    { token: owner.accessToken },
  );
  expectJson(customer, 201);
  return { owner, teamId: team.body.id, customer: customer.body };
}

export const cases: ContractCases = {
  "POST /customers": async ({ client, node }) => {
    const owner = await signup(client);
    const team = await client.post("/teams", { name: "Sales" }, { token: owner.accessToken });
    const email = uniqueEmail("buyer");
    const body = {
      teamId: team.body.id,
      name: "Globex",
      email,
      status: "inactive",
      validFrom: "2025-01-01",
      validThru: "2025-12-31T23:59:59Z",
      extraFields: { tier: "gold", seats: 5, vip: true, note: null },
    };
    const res = await client.post("/customers", body, { token: owner.accessToken });
    expectJson(res, 201);
    expectCustomer(res.body);
    expect(res.body).toMatchObject({
      ...body,
      validFrom: "2025-01-01T00:00:00.000Z",
      validThru: "2025-12-31T23:59:59.000Z",
    });
    expect(res.headers.get("location")).toBe(`/api/v1/customers/${res.body.id}`);
    const again = await client.post(
      "/customers",
      { ...body, email: email.toUpperCase() },
      { token: owner.accessToken },
    );
    expectProblem(again, 409, "CUSTOMER_EMAIL_TAKEN", node);
    expect(again.body.errors).toEqual([{ field: "email", message: expect.any(String) }]);
  },

  "GET /customers": async ({ client }) => {
    const book = await newBook(client);
    const res = await client.get(`/customers?teamId=${book.teamId}&q=acme&status=active&validAt=2025-06-01`, {
      token: book.owner.accessToken,
    });
    expectJson(res);
    expectPage(res.body, expectCustomer);
    expect(res.body.rows.map((c: { id: string }) => c.id)).toEqual([book.customer.id]);
    const all = await client.get("/customers?sort=name&page=1&pageSize=10", { token: book.owner.accessToken });
    expectJson(all);
    expect(all.body).toMatchObject({ total: 1, page: 1, pageSize: 10, totalPages: 1 });
  },

  "GET /customers/:id": async ({ client, node }) => {
    const book = await newBook(client);
    const res = await client.get(`/customers/${book.customer.id}`, { token: book.owner.accessToken });
    expectJson(res);
    expectCustomer(res.body);
    expect(res.body).toEqual(book.customer);
    const stranger = await signup(client);
    expectProblem(
      await client.get(`/customers/${book.customer.id}`, { token: stranger.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },

  "PATCH /customers/:id": async ({ client, node }) => {
    const book = await newBook(client, { validFrom: "2025-01-01" });
    const res = await client.patch(
      `/customers/${book.customer.id}`,
      { name: "ACME Corp", email: null, validThru: "2025-06-30", extraFields: { region: "EU" } },
      { token: book.owner.accessToken },
    );
    expectJson(res);
    expectCustomer(res.body);
    expect(res.body).toMatchObject({
      name: "ACME Corp",
      email: null,
      validThru: "2025-06-30T00:00:00.000Z",
      extraFields: { region: "EU" },
    });
    const reversed = await client.patch(
      `/customers/${book.customer.id}`,
      { validFrom: "2025-07-01" },
      { token: book.owner.accessToken },
    );
    expectProblem(reversed, 422, "VALIDATION_ERROR", node);
    expect(reversed.body.errors).toEqual([{ field: "validFrom", message: expect.any(String) }]);
  },

  "DELETE /customers/:id": async ({ client, node }) => {
    const book = await newBook(client);
    const res = await client.delete(`/customers/${book.customer.id}`, { token: book.owner.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(
      await client.get(`/customers/${book.customer.id}`, { token: book.owner.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },

  "POST /customers/:id/activate": async ({ client }) => {
    const book = await newBook(client, { status: "inactive" });
    const res = await client.post(`/customers/${book.customer.id}/activate`, undefined, {
      token: book.owner.accessToken,
    });
    expectJson(res);
    expectCustomer(res.body);
    expect(res.body).toMatchObject({ id: book.customer.id, status: "active" });
    // Activating an active customer changes nothing.
    const again = await client.post(`/customers/${book.customer.id}/activate`, undefined, {
      token: book.owner.accessToken,
    });
    expectJson(again);
    expect(again.body).toEqual(res.body);
  },

  "POST /customers/:id/deactivate": async ({ client }) => {
    const book = await newBook(client);
    const res = await client.post(`/customers/${book.customer.id}/deactivate`, undefined, {
      token: book.owner.accessToken,
    });
    expectJson(res);
    expectCustomer(res.body);
    expect(res.body).toMatchObject({ id: book.customer.id, status: "inactive" });
  },
};
