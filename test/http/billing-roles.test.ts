/**
 * Who sees billing: every billing route × administrator, editor, commenter, viewer, non-member and
 * anonymous, with the exact status (only a team's administrators see or change its billing; other
 * members get 403, outsiders 404 so ids don't leak); platform routes are for the admin role only;
 * another team's billing is 404 to an administrator of the first; forged fields change nothing.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CALLERS,
  createCrewTeam,
  expectedStatus,
  signupCrew,
  tokenOf,
  type Caller,
  type Crew,
} from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  signupAdmin,
  startTestNode,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";
import { accountOf, billingTeam, idempotencyKey } from "./billing-kit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;
let platformAdmin: SessionBody;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0", TEST_CLOCK: "1" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew);
  platformAdmin = await signupAdmin(client, node.broker);
  const card = await client.put(
    `/teams/${teamId}/billing/payment-method`,
    { token: "tok_visa" },
    { token: crew.administrator.accessToken },
  );
  expectJson(card);
});
afterAll(() => node?.stop());

interface Case {
  method: "GET" | "PUT" | "POST";
  path: () => string;
  body?: unknown;
  ok: number;
}

const TEAM_ROUTES: Case[] = [
  { method: "GET", path: () => `/teams/${teamId}/billing`, ok: 200 },
  { method: "PUT", path: () => `/teams/${teamId}/billing/payment-method`, body: { token: "tok_visa" }, ok: 200 },
  { method: "POST", path: () => `/teams/${teamId}/billing/subscription`, body: { tier: "pro" }, ok: 200 },
  { method: "POST", path: () => `/teams/${teamId}/billing/top-ups`, body: { amountCents: 500 }, ok: 202 },
  { method: "GET", path: () => `/teams/${teamId}/billing/charges`, ok: 200 },
  { method: "GET", path: () => `/teams/${teamId}/billing/ledger`, ok: 200 },
];

function call(route: Case, token: string | undefined) {
  return client.request(route.method, route.path(), {
    token,
    headers: route.method === "POST" ? idempotencyKey() : {},
    ...(route.body === undefined ? {} : { body: route.body }),
  });
}

describe("the billing role matrix", () => {
  // The administrator goes last: the others are refused before anything changes.
  const order: Caller[] = [...CALLERS.filter((c) => c !== "administrator"), "administrator"];
  for (const route of TEAM_ROUTES) {
    it(`${route.method} ${route.path().replace(/[0-9a-f-]{36}/, ":id")}: administrators only`, async () => {
      for (const caller of order) {
        const res = await call(route, tokenOf(crew, caller));
        const expected = expectedStatus("administrator", route.ok, caller);
        if (expected >= 400) {
          const code = { 401: "UNAUTHORIZED", 403: "ROLE_TOO_LOW", 404: "NOT_FOUND" }[expected];
          expectProblem(res, expected, code, node);
        } else {
          expectJson(res, expected);
        }
      }
    });
  }

  it("keeps the platform routes to the admin role, whatever team role the caller holds", async () => {
    const adjust = { teamId, deltaCents: 100, reference: "matrix" };
    for (const caller of CALLERS) {
      const token = tokenOf(crew, caller);
      const headers = idempotencyKey();
      const adjusted = await client.post("/admin/billing/adjustments", adjust, { token, headers });
      const clock = await client.post("/admin/clock", { advanceSeconds: 60 }, { token });
      expectProblem(adjusted, caller === "anonymous" ? 401 : 403, undefined, node);
      expectProblem(clock, caller === "anonymous" ? 401 : 403, undefined, node);
    }
    const ok = await client.post("/admin/billing/adjustments", adjust, {
      token: platformAdmin.accessToken,
      headers: idempotencyKey(),
    });
    expectJson(ok, 201);
    expectJson(await client.post("/admin/clock", { advanceSeconds: 60 }, { token: platformAdmin.accessToken }));
  });

  it("gives the admin role no way into a team's billing it does not belong to", async () => {
    expectProblem(
      await client.get(`/teams/${teamId}/billing`, { token: platformAdmin.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  });
});

describe("across teams", () => {
  it("answers 404 to an administrator of another team on every billing route, and for a team that does not exist", async () => {
    const other = await billingTeam(client, "tok_visa");
    for (const route of TEAM_ROUTES) {
      expectProblem(await call(route, other.token), 404, "NOT_FOUND", node);
    }
    const ghost = randomUUID();
    expectProblem(await client.get(`/teams/${ghost}/billing`, other), 404, "NOT_FOUND", node);
    const malformed = await client.get("/teams/not-a-uuid/billing", other);
    expectProblem(malformed, 422, "VALIDATION_ERROR", node);
    expect(malformed.body.errors[0].field).toBe("id");
  });

  it("keeps an adjustment to the team it names, and 404s a team without an account", async () => {
    const a = await billingTeam(client);
    const b = await billingTeam(client);
    const res = await client.post(
      "/admin/billing/adjustments",
      { teamId: a.teamId, deltaCents: 300, reference: "only-a" },
      { token: platformAdmin.accessToken, headers: idempotencyKey() },
    );
    expectJson(res, 201);
    expect((await accountOf(client, a)).balanceCents).toBe(300);
    expect((await accountOf(client, b)).balanceCents).toBe(0);
    const nobody = await client.post(
      "/admin/billing/adjustments",
      { teamId: randomUUID(), deltaCents: 300, reference: "nobody" },
      { token: platformAdmin.accessToken, headers: idempotencyKey() },
    );
    expectProblem(nobody, 404, "NOT_FOUND", node);
  });
});

describe("forged fields", () => {
  it("are ignored on the payment method and the subscription: balance, status and tier only move by the rules", async () => {
    const team = await billingTeam(client);
    const forged = {
      balanceCents: 1_000_000,
      status: "closed",
      tier: "team",
      pendingTier: "pro",
      teamId: randomUUID(),
    };
    const card = await client.put(
      `/teams/${team.teamId}/billing/payment-method`,
      { ...forged, token: "tok_chargeDeclined" },
      team,
    );
    expectJson(card);
    expect(card.body).toMatchObject({ teamId: team.teamId, balanceCents: 0, status: "active", tier: "free" });
    expect(card.body.pendingTier).toBeNull();
    const sub = await client.post(
      `/teams/${team.teamId}/billing/subscription`,
      { tier: "free", balanceCents: 5, charge: { status: "succeeded" } },
      team,
    );
    expectProblem(sub, 409, "ALREADY_ON_TIER", node);
    expect(await accountOf(client, team)).toMatchObject({ balanceCents: 0, tier: "free", status: "active" });
  });
});
