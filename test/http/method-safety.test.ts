/** OPTIONS never runs an action, HEAD is GET without a body, and a method a path lacks is 405: with CORS on and off. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTypes } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

const APP = "http://app.example";

for (const cors of [false, true]) {
  describe(`with CORS ${cors ? "on" : "off"}`, () => {
    let node: TestNode;
    let client: ApiClient;
    let root: ApiClient;
    let owner: SessionBody;
    /** An Origin header where CORS is on (a browser's preflight), none where it is off. */
    const origin: Record<string, string> = cors ? { Origin: APP } : {};

    beforeAll(async () => {
      node = await startTestNode({ RATE_LIMIT: "0", ...(cors ? { CORS_ORIGINS: APP } : {}) });
      client = api(node.baseUrl);
      root = api(node.baseUrl, "");
      owner = await signup(client);
    });
    afterAll(() => node.stop());

    async function createTeam(name: string): Promise<string> {
      const created = await client.post("/teams", { name }, { token: owner.accessToken });
      expectJson(created, 201);
      return created.body.id as string;
    }

    describe("OPTIONS", () => {
      it("answers a DELETE preflight with 204 and leaves the team, and its event history, as they were", async () => {
        const teamId = await createTeam("Preflighted");
        const res = await client.request("OPTIONS", `/teams/${teamId}`, {
          token: owner.accessToken,
          headers: { ...origin, "Access-Control-Request-Method": "DELETE" },
        });
        expect(res.status, res.text).toBe(204);
        expect(res.text).toBe("");
        expect(res.headers.get("allow")).toBe("GET, HEAD, PATCH, DELETE, OPTIONS");
        expect(res.headers.get("x-request-id")).toBeTruthy();
        if (cors) {
          expect(res.headers.get("access-control-allow-origin")).toBe(APP);
          expect(res.headers.get("access-control-allow-methods")).toMatch(/DELETE/);
        } else {
          expect(res.headers.get("access-control-allow-origin")).toBeNull();
        }

        expectJson(await client.get(`/teams/${teamId}`, { token: owner.accessToken }));
        // A later change is the barrier: once its event is in the history, a deletion would be too.
        expectJson(await client.patch(`/teams/${teamId}`, { name: "Still here" }, { token: owner.accessToken }));
        expect(await auditTypes(client, owner.accessToken, "team", teamId, ["TeamCreated", "TeamUpdated"])).toEqual([
          "TeamCreated",
          "TeamUpdated",
        ]);
      });

      it("answers a POST preflight on a collection without creating anything", async () => {
        const before = await client.get("/teams", { token: owner.accessToken });
        const res = await client.request("OPTIONS", "/teams", {
          token: owner.accessToken,
          headers: { ...origin, "Access-Control-Request-Method": "POST", "Content-Type": "application/json" },
          body: { name: "Never created" },
        });
        expect(res.status, res.text).toBe(204);
        expect(res.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
        const after = await client.get("/teams", { token: owner.accessToken });
        expect(after.body.total).toBe(before.body.total);
      });

      it("answers a plain OPTIONS (no preflight) with 204 and no body, not with the GET's answer", async () => {
        const teamId = await createTeam("Plain options");
        const res = await client.request("OPTIONS", `/teams/${teamId}`, { token: owner.accessToken });
        expect(res.status, res.text).toBe(204);
        expect(res.text).toBe("");
        expect(res.headers.get("allow")).toBe("GET, HEAD, PATCH, DELETE, OPTIONS");
        expect(res.headers.get("access-control-allow-origin")).toBeNull();
      });

      it("answers OPTIONS on an unknown path with 404 problem+json", async () => {
        const res = await client.request("OPTIONS", "/no/such/route", {
          headers: { ...origin, "Access-Control-Request-Method": "GET" },
        });
        expectProblem(res, 404, "NOT_FOUND", node);
        expect(res.body.detail).toBe("No route for OPTIONS /api/v1/no/such/route");
      });
    });

    describe("HEAD", () => {
      it("answers like GET, status and headers, without a body", async () => {
        const teamId = await createTeam("Headed");
        const get = await client.get(`/teams/${teamId}`, { token: owner.accessToken, headers: origin });
        const head = await client.request("HEAD", `/teams/${teamId}`, { token: owner.accessToken, headers: origin });
        expectJson(get);
        expect(head.status).toBe(200);
        expect(head.text).toBe("");
        for (const header of ["content-type", "content-length", "cache-control", "access-control-allow-origin"]) {
          expect(head.headers.get(header), header).toBe(get.headers.get(header));
        }
        expect(Number(head.headers.get("content-length"))).toBe(Buffer.byteLength(get.text));
        expect(head.headers.get("x-request-id")).toBeTruthy();
      });

      it("answers like GET on the documentation routes", async () => {
        for (const path of ["/openapi.json", "/docs"]) {
          const get = await root.get(path);
          const head = await root.request("HEAD", path);
          expect(head.status, path).toBe(200);
          expect(head.text).toBe("");
          expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
          expect(Number(head.headers.get("content-length"))).toBe(Buffer.byteLength(get.text));
        }
      });

      it("answers a GET route's errors like GET, without the body", async () => {
        const head = await client.request("HEAD", "/users/me");
        expect(head.status).toBe(401);
        expect(head.headers.get("content-type")).toMatch(/^application\/problem\+json/);
        expect(head.text).toBe("");
        const teamId = await createTeam("Private");
        const stranger = await signup(client);
        expect((await client.request("HEAD", `/teams/${teamId}`, { token: stranger.accessToken })).status).toBe(404);
      });

      it("is 405 with Allow on a path without GET, and runs nothing there", async () => {
        const session = await signup(client);
        const head = await client.request("HEAD", "/auth/logout", { token: session.accessToken });
        expect(head.status).toBe(405);
        expect(head.headers.get("allow")).toBe("POST, OPTIONS");
        expect(head.headers.get("content-type")).toMatch(/^application\/problem\+json/);
        expect(head.text).toBe("");
        // The refresh token still works: logout did not run.
        expectJson(await client.post("/auth/refresh", { refreshToken: session.refreshToken }));
      });

      it("is 404 on an unknown path", async () => {
        const head = await client.request("HEAD", "/no/such/route");
        expect(head.status).toBe(404);
        expect(head.text).toBe("");
      });
    });

    describe("a method the path doesn't have", () => {
      it("is 405 problem+json with Allow, before credentials are looked at", async () => {
        const res = await client.get("/auth/login");
        expectProblem(res, 405, "METHOD_NOT_ALLOWED", node);
        expect(res.headers.get("allow")).toBe("POST, OPTIONS");
        const teamId = await createTeam("Not replaced");
        const put = await client.put(`/teams/${teamId}`, { name: "Replaced" }, { token: owner.accessToken });
        expectProblem(put, 405, "METHOD_NOT_ALLOWED", node);
        expect(put.headers.get("allow")).toBe("GET, HEAD, PATCH, DELETE, OPTIONS");
        expect((await client.get(`/teams/${teamId}`, { token: owner.accessToken })).body.name).toBe("Not replaced");
      });
    });
  });
}
