/**
 * The generated client (`meshwork/client`) against a real node: the happy path a frontend takes (sign
 * up, create a team and a project, list projects), with every answer also checked against the spec.
 * The @ts-expect-error lines are the point: a field the API doesn't have is a compile error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeshworkClient, type MeshworkClient, type Schemas } from "meshwork/client";
import { contractFetch } from "../support/openapi-check.js";
import { startTestNode, TEST_PASSWORD, uniqueEmail, type TestNode } from "../support/testkit.js";

let node: TestNode;
let client: MeshworkClient;

beforeAll(async () => {
  node = await startTestNode();
  client = createMeshworkClient({ baseUrl: node.baseUrl, fetch: contractFetch });
});
afterAll(() => node.stop());

describe("meshwork/client", () => {
  it("signs up, creates a team and a project, and lists the team's projects, all typed", async () => {
    const email = uniqueEmail("client");
    const signup = await client.POST("/api/v1/auth/signup", {
      body: { email, password: TEST_PASSWORD, firstName: "Grace" },
    });
    expect(signup.response.status).toBe(201);
    const session: Schemas["Session"] | undefined = signup.data;
    expect(session?.user).toMatchObject({ email, firstName: "Grace", status: "unverified" });
    // @ts-expect-error the session has no `token`; it is `accessToken`
    expect(session?.token).toBeUndefined();
    client.setToken(session?.accessToken);

    const team = await client.POST("/api/v1/teams", { body: { name: "Frontend" } });
    expect(team.response.status).toBe(201);
    expect(team.response.headers.get("location")).toBe(`/api/v1/teams/${team.data?.id}`);
    expect(team.data).toMatchObject({ name: "Frontend", role: "administrator" });

    const project = await client.POST("/api/v1/projects", {
      body: { teamId: team.data!.id, name: "Website", public: true },
    });
    expect(project.response.status).toBe(201);
    expect(project.data?.columnOrder).toHaveLength(4);

    const list = await client.GET("/api/v1/projects", {
      params: { query: { teamId: team.data!.id, pageSize: 10, sort: "-createdAt" } },
    });
    expect(list.error).toBeUndefined();
    expect(list.data?.total).toBe(1);
    expect(list.data?.rows.map((row) => row.name)).toEqual(["Website"]);
    // @ts-expect-error a project's name is `name`, not `title`
    expect(list.data?.rows[0].title).toBeUndefined();
  });

  it("answers errors as typed problems", async () => {
    const anonymous = createMeshworkClient({ baseUrl: node.baseUrl, fetch: contractFetch });
    const me = await anonymous.GET("/api/v1/users/me");
    expect(me.response.status).toBe(401);
    expect(me.data).toBeUndefined();
    expect(me.error).toMatchObject({ status: 401, code: "UNAUTHORIZED" });

    const refused = await anonymous.POST("/api/v1/auth/signup", {
      body: { email: "not-an-email", password: TEST_PASSWORD },
    });
    expect(refused.response.status).toBe(422);
    const problem: Schemas["Problem"] | undefined = refused.error;
    expect(problem?.errors?.map((e) => e.field)).toContain("email");
  });
});
