/** GET /users and GET /keys as the frontend pages them: ?page=&pageSize= (≤ 100), ?sort=, the real total on every page. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  signupAdmin,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let admin: SessionBody;

beforeAll(async () => {
  node = await startTestNode({ SERVICES: "api,users" });
  client = api(node.baseUrl);
  admin = await signupAdmin(client, node.broker);
});
afterAll(() => node?.stop());

describe("GET /users", () => {
  const tag = randomUUID().slice(0, 8);
  const emails = ["u1", "u2", "u3"].map((name) => `${name}-${tag}@example.test`);
  const page = async (query: string) => {
    const res = await client.get(`/users?q=${tag}&${query}`, { token: admin.accessToken });
    expectJson(res, 200);
    return res.body;
  };

  beforeAll(async () => {
    for (const email of emails) await signup(client, email);
  });

  it("pages newest first and answers the real total on page 2", async () => {
    const second = await page("page=2&pageSize=2");
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2, totalPages: 2 });
    expect(second.rows.map((u: { email: string }) => u.email)).toEqual([emails[0]]);
  });

  it("answers the real total past the last page", async () => {
    expect(await page("page=9&pageSize=2")).toEqual({ rows: [], total: 3, page: 9, pageSize: 2, totalPages: 2 });
  });

  it("sorts by createdAt and -createdAt", async () => {
    const emailsOf = async (sort: string) => (await page(`sort=${sort}`)).rows.map((u: { email: string }) => u.email);
    expect(await emailsOf("createdAt")).toEqual(emails);
    expect(await emailsOf("-createdAt")).toEqual([...emails].reverse());
  });

  it("answers 422 naming pageSize above 100", async () => {
    const res = await client.get("/users?pageSize=101", { token: admin.accessToken });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual([{ field: "pageSize", message: expect.any(String) }]);
  });
});

describe("GET /keys", () => {
  let owner: SessionBody;
  const descriptions = ["k1", "k2", "k3", "k4", "k5"];
  const page = async (query: string) => {
    const res = await client.get(`/keys?${query}`, { token: owner.accessToken });
    expectJson(res, 200);
    return res.body;
  };
  const descriptionsOf = (body: { rows: { description: string }[] }) => body.rows.map((k) => k.description);

  beforeAll(async () => {
    owner = await signup(client, uniqueEmail("keys"));
    for (const description of descriptions) {
      expectJson(await client.post("/keys", { description }, { token: owner.accessToken }), 201);
    }
  });

  it("pages the keys, newest first, with the real total on page 2", async () => {
    const second = await page("page=2&pageSize=2");
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2, totalPages: 3 });
    expect(descriptionsOf(second)).toEqual(["k3", "k2"]);
  });

  it("answers the real total past the last page", async () => {
    expect(await page("page=4&pageSize=2")).toEqual({ rows: [], total: 5, page: 4, pageSize: 2, totalPages: 3 });
  });

  it("sorts by createdAt and -createdAt, and answers 422 naming sort for another field", async () => {
    expect(descriptionsOf(await page("sort=createdAt"))).toEqual(descriptions);
    expect(descriptionsOf(await page("sort=-createdAt"))).toEqual([...descriptions].reverse());
    const res = await client.get("/keys?sort=description", { token: owner.accessToken });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual([{ field: "sort", message: expect.any(String) }]);
  });

  it("answers 422 naming pageSize above 100", async () => {
    const res = await client.get("/keys?pageSize=101", { token: owner.accessToken });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors).toEqual([{ field: "pageSize", message: expect.any(String) }]);
  });
});
