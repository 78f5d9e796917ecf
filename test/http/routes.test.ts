/**
 * Every route of the gateway's table, called as the frontend calls it: status and body shape (DESIGN §6, §8:
 * "every documented route has a test"). The cases live in ./contract/<domain>.contract.ts; a route added to
 * services/api/routes.ts without a case fails here.
 */
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRoutes } from "../../lib/domains.js";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  signupAdmin,
  startTestNode,
  uniqueEmail,
  type TestNode,
} from "../support/testkit.js";
import type { ContractCases, ContractContext } from "./contract/context.js";

const ROUTES = await allRoutes();

const CONTRACT_DIR = new URL("./contract/", import.meta.url);
const modules = readdirSync(CONTRACT_DIR)
  .filter((file) => file.endsWith(".contract.ts"))
  .sort();
const CASES: ContractCases = {};
const duplicates: string[] = [];
for (const file of modules) {
  const { cases } = (await import(new URL(file, CONTRACT_DIR).href)) as { cases: ContractCases };
  for (const [key, run] of Object.entries(cases)) {
    if (CASES[key]) duplicates.push(key);
    CASES[key] = run;
  }
}

let node: TestNode;
const ctx = {} as ContractContext;

beforeAll(async () => {
  node = await startTestNode();
  ctx.node = node;
  ctx.client = api(node.baseUrl);
  ctx.admin = await signupAdmin(ctx.client, node.broker);
});
afterAll(() => node.stop());

describe("the route table", () => {
  it("has exactly one contract case per route, and none for a route that does not exist", () => {
    expect(duplicates).toEqual([]);
    expect(Object.keys(CASES).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  for (const route of ROUTES) {
    const key = `${route.method} ${route.path}`;
    it(`${key} answers ${route.status ?? 200} with the documented shape`, async () => {
      const run = CASES[key];
      expect(run, `no contract case for ${key} in test/http/contract/`).toBeTypeOf("function");
      await run(ctx);
    });
  }
});

describe("route access", () => {
  const someId = "00000000-0000-4000-8000-000000000000";

  it("answers 401 on every non-public route without a credential", async () => {
    for (const route of ROUTES.filter((r) => r.access !== "public")) {
      const path = route.path.replace(/:\w+/g, someId);
      const res = await ctx.client.request(
        route.method,
        path,
        route.method === "GET" || route.method === "DELETE" ? {} : { body: {} },
      );
      expectProblem(res, 401, "UNAUTHORIZED", node);
    }
  });

  it("answers 403 to a signed-in non-admin on every admin route", async () => {
    const user = await signup(ctx.client);
    for (const route of ROUTES.filter((r) => r.access === "admin")) {
      const path = route.path.replace(/:\w+/g, ctx.admin.user.id);
      const res = await ctx.client.request(route.method, path, { token: user.accessToken });
      expectProblem(res, 403, "FORBIDDEN", node);
    }
  });

  it("serves public routes to callers without a credential, ignoring a bad one", async () => {
    expectJson(await ctx.client.post("/auth/recover", { email: uniqueEmail() }, { token: "not-a-token" }), 202);
  });
});
