/** The teams lists over HTTP: /teams, /teams/:id/members, /teams/:id/invites and /invites page, count and sort. */
import { QueryTypes } from "sequelize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signupVerified } from "../support/mail.js";
import { createCrewTeam, signupCrew, teamsDb, type Crew } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type Json,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
});
afterAll(() => node.stop());

const ids = (res: { body: Json }): string[] => res.body.rows.map((row: { id: string }) => row.id);

/** Every page of `path` at `pageSize`, and the one past the last: each answers the same total. */
async function allPages(path: string, token: string, pageSize: number, total: number): Promise<string[]> {
  const seen: string[] = [];
  const pages = Math.ceil(total / pageSize);
  const join = path.includes("?") ? "&" : "?";
  for (let page = 1; page <= pages + 1; page++) {
    const res = await client.get(`${path}${join}page=${page}&pageSize=${pageSize}`, { token });
    expectJson(res);
    expect(res.body).toMatchObject({ total, page, pageSize, totalPages: pages });
    expect(res.body.rows).toHaveLength(page <= pages ? Math.min(pageSize, total - (page - 1) * pageSize) : 0);
    seen.push(...ids(res));
  }
  return seen;
}

/** The paging and sorting params every list refuses with a 422 naming the field. */
async function expectBadListParams(path: string, token: string): Promise<void> {
  const join = path.includes("?") ? "&" : "?";
  for (const query of ["pageSize=101", "pageSize=0", "page=0", "page=x", "sort=password", "sort=-id"]) {
    const res = await client.get(`${path}${join}${query}`, { token });
    expectProblem(res, 422, "VALIDATION_ERROR", node);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([query.split("=")[0]]);
  }
}

describe("GET /teams", () => {
  let me: SessionBody;
  const created: string[] = [];

  beforeAll(async () => {
    me = await signup(client);
    for (const name of ["Delta", "Alpha", "Echo", "Charlie", "Bravo"]) {
      const res = await client.post("/teams", { name }, { token: me.accessToken });
      expectJson(res, 201);
      created.push(res.body.id);
    }
  });

  it("pages the caller's teams, oldest first, with the real total on every page and past the last", async () => {
    expect(await allPages("/teams", me.accessToken, 2, 5)).toEqual(created);
    expect(ids(await client.get("/teams", { token: me.accessToken }))).toEqual(created);
  });

  it("sorts by createdAt either way, and by name", async () => {
    const newest = await client.get("/teams?sort=-createdAt", { token: me.accessToken });
    expect(ids(newest)).toEqual([...created].reverse());
    expect(ids(await client.get("/teams?sort=createdAt", { token: me.accessToken }))).toEqual(created);
    const byName = await client.get("/teams?sort=name&pageSize=3", { token: me.accessToken });
    expect(byName.body.rows.map((t: { name: string }) => t.name)).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(byName.body).toMatchObject({ total: 5, totalPages: 2 });
    const lastByName = await client.get("/teams?sort=-name&page=2&pageSize=3", { token: me.accessToken });
    expect(lastByName.body.rows.map((t: { name: string }) => t.name)).toEqual(["Bravo", "Alpha"]);
  });

  it("keeps the caller's role on every row of every page", async () => {
    const res = await client.get("/teams?page=3&pageSize=2", { token: me.accessToken });
    expect(res.body.rows).toEqual([expect.objectContaining({ id: created[4], role: "administrator" })]);
  });

  it("answers 422 to a page size over 100, a page below 1 and an unknown sort", async () => {
    await expectBadListParams("/teams", me.accessToken);
  });
});

describe("GET /teams/:id/members", () => {
  let teamId: string;

  beforeAll(async () => {
    teamId = await createCrewTeam(client, crew);
  });

  const order = () => [crew.administrator, crew.editor, crew.commenter, crew.viewer].map((s) => s.user.id);
  const userIds = (res: { body: Json }): string[] => res.body.rows.map((m: { userId: string }) => m.userId);

  it("pages the members, oldest first, with the real total on every page and past the last", async () => {
    const token = crew.viewer.accessToken;
    const seen = await allPages(`/teams/${teamId}/members`, token, 3, 4);
    expect(new Set(seen).size).toBe(4);
    const first = await client.get(`/teams/${teamId}/members?pageSize=3`, { token });
    const second = await client.get(`/teams/${teamId}/members?pageSize=3&page=2`, { token });
    expect([...userIds(first), ...userIds(second)]).toEqual(order());
  });

  it("sorts by createdAt either way, and by role (administrators first)", async () => {
    const token = crew.editor.accessToken;
    const newest = await client.get(`/teams/${teamId}/members?sort=-createdAt`, { token });
    expect(userIds(newest)).toEqual([...order()].reverse());
    const byRole = await client.get(`/teams/${teamId}/members?sort=role`, { token });
    expect(byRole.body.rows.map((m: { role: string }) => m.role)).toEqual([
      "administrator",
      "commenter",
      "editor",
      "viewer",
    ]);
    const lowestFirst = await client.get(`/teams/${teamId}/members?sort=-role&pageSize=1`, { token });
    expect(lowestFirst.body.rows).toEqual([expect.objectContaining({ userId: crew.viewer.user.id, role: "viewer" })]);
    expect(lowestFirst.body).toMatchObject({ total: 4, totalPages: 4 });
  });

  it("answers 422 to a page size over 100, a page below 1 and an unknown sort", async () => {
    await expectBadListParams(`/teams/${teamId}/members`, crew.viewer.accessToken);
  });

  it("still answers 404 to a non-member, whatever the page", async () => {
    expectProblem(
      await client.get(`/teams/${teamId}/members?page=2&pageSize=1`, { token: crew.nonmember.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  });
});

describe("GET /teams/:id/invites", () => {
  let teamId: string;
  let token: string;
  let batch: string[];
  let later: string;

  beforeAll(async () => {
    const owner = await signup(client);
    token = owner.accessToken;
    const team = await client.post("/teams", { name: "Inviters" }, { token });
    teamId = team.body.id;
    // One request: five invites with the same createdAt, which only the id orders.
    const first = await client.post(
      `/teams/${teamId}/invites`,
      { emails: Array.from({ length: 5 }, () => uniqueEmail("batch")) },
      { token },
    );
    expectJson(first, 201);
    batch = ids(first).sort();
    const second = await client.post(`/teams/${teamId}/invites`, { emails: [uniqueEmail("later")] }, { token });
    later = second.body.rows[0].id;
  });

  it("pages the pending invites, newest first, never repeating or skipping one that shares a timestamp", async () => {
    const seen = await allPages(`/teams/${teamId}/invites`, token, 2, 6);
    expect(seen).toEqual([later, ...batch]);
    expect(ids(await client.get(`/teams/${teamId}/invites`, { token }))).toEqual([later, ...batch]);
  });

  it("sorts by createdAt oldest first, and by email", async () => {
    const oldest = await client.get(`/teams/${teamId}/invites?sort=createdAt`, { token });
    expect(ids(oldest)).toEqual([...batch, later]);
    const byEmail = await client.get(`/teams/${teamId}/invites?sort=email`, { token });
    const emails = byEmail.body.rows.map((i: { email: string }) => i.email);
    expect(emails).toEqual([...emails].sort());
  });

  it("counts only pending invites", async () => {
    const invitee = await signupVerified(client);
    const sent = await client.post(`/teams/${teamId}/invites`, { emails: [invitee.user.email] }, { token });
    expectJson(
      await client.post(`/invites/${sent.body.rows[0].id}/decline`, undefined, { token: invitee.accessToken }),
    );
    const res = await client.get(`/teams/${teamId}/invites?pageSize=1`, { token });
    expect(res.body).toMatchObject({ total: 6, totalPages: 6 });
  });

  it("answers 422 to a page size over 100, a page below 1 and an unknown sort", async () => {
    await expectBadListParams(`/teams/${teamId}/invites`, token);
  });
});

describe("GET /invites", () => {
  let invitee: SessionBody;
  const invited: string[] = [];

  beforeAll(async () => {
    invitee = await signupVerified(client);
    for (const name of ["First", "Second", "Third", "Fourth"]) {
      const owner = await signup(client);
      const team = await client.post("/teams", { name }, { token: owner.accessToken });
      const sent = await client.post(
        `/teams/${team.body.id}/invites`,
        { emails: [invitee.user.email] },
        { token: owner.accessToken },
      );
      expectJson(sent, 201);
      invited.push(sent.body.rows[0].id);
    }
  });

  it("pages the caller's invites, newest first, each with its team name", async () => {
    const seen = await allPages("/invites", invitee.accessToken, 3, 4);
    expect(seen).toEqual([...invited].reverse());
    const res = await client.get("/invites?pageSize=1&page=4", { token: invitee.accessToken });
    expect(res.body.rows).toEqual([expect.objectContaining({ id: invited[0], teamName: "First" })]);
  });

  it("sorts by createdAt oldest first", async () => {
    const res = await client.get("/invites?sort=createdAt", { token: invitee.accessToken });
    expect(ids(res)).toEqual(invited);
    expect(res.body.rows.map((i: { teamName: string }) => i.teamName)).toEqual(["First", "Second", "Third", "Fourth"]);
  });

  it("leaves expired invites out of the rows and the total", async () => {
    const other = await signup(client);
    const owner = await signup(client);
    const team = await client.post("/teams", { name: "Expiring" }, { token: owner.accessToken });
    const sent = await client.post(
      `/teams/${team.body.id}/invites`,
      { emails: [other.user.email] },
      { token: owner.accessToken },
    );
    await teamsDb(node.broker).query("UPDATE invites SET expires_at = now() - interval '1 minute' WHERE id = $1", {
      bind: [sent.body.rows[0].id],
      type: QueryTypes.UPDATE,
    });
    const res = await client.get("/invites", { token: other.accessToken });
    expect(res.body).toEqual({ rows: [], total: 0, page: 1, pageSize: 20, totalPages: 0 });
  });

  it("answers 422 to a page size over 100, a page below 1 and an unknown sort", async () => {
    await expectBadListParams("/invites", invitee.accessToken);
  });
});
