/** Tenant isolation: a member of team A gets 404 for every team-B id on every route and sees none of team B's rows. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signupVerified } from "../support/mail.js";
import { auditRows, createProject, createTask, type Board } from "../support/tenancy.js";
import {
  api,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  uniqueEmail,
  type ApiClient,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
/** Administrator of team A: the most a caller can be there, and nothing in team B. */
let alice: SessionBody;
let bob: SessionBody;
let bobsColleague: SessionBody;
let teamA: string;
let teamB: string;
let boardA: Board;
let boardB: Board;
let taskA: { id: string };
let taskB: { id: string };
let inviteB: string;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  [alice, bob, bobsColleague] = await Promise.all([
    signup(client, uniqueEmail("alice")),
    signup(client, uniqueEmail("bob")),
    signupVerified(client, uniqueEmail("colleague")),
  ]);
  teamA = (await client.post("/teams", { name: "Team A" }, { token: alice.accessToken })).body.id;
  teamB = (await client.post("/teams", { name: "Team B" }, { token: bob.accessToken })).body.id;
  const joined = await client.post(
    `/teams/${teamB}/invites`,
    { emails: [bobsColleague.user.email], role: "viewer" },
    { token: bob.accessToken },
  );
  await client.post(`/invites/${joined.body.rows[0].id}/accept`, undefined, { token: bobsColleague.accessToken });
  // A pending invite in team B, addressed to someone other than alice.
  inviteB = (
    await client.post(`/teams/${teamB}/invites`, { emails: [uniqueEmail("pending")] }, { token: bob.accessToken })
  ).body.rows[0].id;
  boardA = await createProject(client, alice.accessToken, teamA, "Alpha");
  boardB = await createProject(client, bob.accessToken, teamB, "Bravo");
  taskA = await createTask(client, alice.accessToken, boardA, "Alpha task");
  taskB = await createTask(client, bob.accessToken, boardB, "Bravo task");
  await client.post(`/tasks/${taskB.id}/comments`, { content: "Bravo comment" }, { token: bob.accessToken });
});
afterAll(() => node.stop());

const asAlice = () => ({ token: alice.accessToken });

describe("a member of team A on team B's ids", () => {
  const requests = (): [string, string, unknown?][] => [
    ["GET", `/teams/${teamB}`],
    ["PATCH", `/teams/${teamB}`, { name: "Taken over" }],
    ["DELETE", `/teams/${teamB}`],
    ["GET", `/teams/${teamB}/members`],
    ["PATCH", `/teams/${teamB}/members/${bob.user.id}`, { role: "viewer" }],
    ["PATCH", `/teams/${teamB}/members/${alice.user.id}`, { role: "administrator" }],
    ["DELETE", `/teams/${teamB}/members/${bobsColleague.user.id}`],
    ["POST", `/teams/${teamB}/leave`],
    ["POST", `/teams/${teamB}/invites`, { emails: [alice.user.email], role: "administrator" }],
    ["GET", `/teams/${teamB}/invites`],
    ["POST", `/invites/${inviteB}/accept`],
    ["POST", `/invites/${inviteB}/decline`],
    ["POST", "/projects", { teamId: teamB, name: "Planted" }],
    ["GET", `/projects?teamId=${teamB}`],
    ["GET", `/projects/${boardB.id}`],
    ["PATCH", `/projects/${boardB.id}`, { name: "Renamed", public: true }],
    ["DELETE", `/projects/${boardB.id}`],
    ["GET", `/projects/${boardB.id}/columns`],
    ["POST", `/projects/${boardB.id}/columns`, { title: "Planted" }],
    ["GET", `/projects/${boardB.id}/tasks`],
    ["POST", `/projects/${boardB.id}/tasks`, { columnId: boardB.columns[0], title: "Planted" }],
    ["GET", `/tasks/${taskB.id}`],
    ["PATCH", `/tasks/${taskB.id}`, { title: "Defaced" }],
    ["DELETE", `/tasks/${taskB.id}`],
    ["POST", `/tasks/${taskB.id}/move`, { columnId: boardB.columns[3], position: 0 }],
    ["GET", `/tasks/${taskB.id}/comments`],
    ["POST", `/tasks/${taskB.id}/comments`, { content: "Planted" }],
  ];

  it("answers 404 on every route", async () => {
    const all = requests();
    expect(all).toHaveLength(27);
    for (const [method, path, body] of all) {
      const res = await client.request(method, path, { ...asAlice(), body });
      expectProblem(res, 404, "NOT_FOUND", node);
      expect(res.text, `${method} ${path}`).not.toContain("Team B");
    }
  });

  it("answers the same 404 as for ids that don't exist", async () => {
    const real = await client.get(`/projects/${boardB.id}`, asAlice());
    const fake = await client.get(`/projects/00000000-0000-4000-8000-000000000000`, asAlice());
    expect(real.status).toBe(fake.status);
    expect(real.body).toEqual(fake.body);
  });

  it("left team B exactly as it was", async () => {
    const token = { token: bob.accessToken };
    expect((await client.get(`/teams/${teamB}`, token)).body.name).toBe("Team B");
    const members = await client.get(`/teams/${teamB}/members`, token);
    expect(members.body.rows.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
      [bob.user.id, "administrator"],
      [bobsColleague.user.id, "viewer"],
    ]);
    expect((await client.get(`/teams/${teamB}/invites`, token)).body.rows.map((i: { id: string }) => i.id)).toEqual([
      inviteB,
    ]);
    const project = await client.get(`/projects/${boardB.id}`, token);
    expect(project.body).toMatchObject({ name: "Bravo", public: false, columnOrder: boardB.columns });
    expect((await client.get(`/projects?teamId=${teamB}`, token)).body.total).toBe(1);
    const columns = await client.get(`/projects/${boardB.id}/columns`, token);
    expect(columns.body.rows.map((c: { taskIds: string[] }) => c.taskIds)).toEqual([[taskB.id], [], [], []]);
    expect((await client.get(`/tasks/${taskB.id}`, token)).body).toMatchObject({
      title: "Bravo task",
      columnId: boardB.columns[0],
    });
    expect(
      (await client.get(`/tasks/${taskB.id}/comments`, token)).body.rows.map((c: { content: string }) => c.content),
    ).toEqual(["Bravo comment"]);
  });
});

describe("team A's lists", () => {
  it("GET /teams shows team A only", async () => {
    const res = await client.get("/teams", asAlice());
    expectJson(res);
    expect(res.body.rows.map((t: { id: string }) => t.id)).toEqual([teamA]);
  });

  it("GET /projects shows team A's projects only", async () => {
    const res = await client.get("/projects", asAlice());
    expectJson(res);
    expect(res.body.rows.map((p: { id: string }) => p.id)).toEqual([boardA.id]);
    expect(res.body.total).toBe(1);
  });

  it("GET /invites shows none of team B's invites", async () => {
    const res = await client.get("/invites", asAlice());
    expectJson(res);
    expect(res.body.rows).toEqual([]);
  });

  it("the audit trail shows none of team B's events", async () => {
    const bobsTeamEvents = await auditRows(client, bob.accessToken, "team", teamB, ["TeamCreated"]);
    const teamHistory = await client.get(`/audit/entities/team/${teamB}`, asAlice());
    expectJson(teamHistory);
    expect(teamHistory.body.rows).toEqual([]);
    const taskHistory = await client.get(`/audit/entities/task/${taskB.id}`, asAlice());
    expect(taskHistory.body.rows).toEqual([]);
    const search = await client.get(`/audit/events?teamId=${teamB}`, asAlice());
    expectJson(search);
    expect(search.body.rows).toEqual([]);
    await auditRows(client, alice.accessToken, "team", teamA, ["TeamCreated"]);
    const everything = await client.get(`/audit/events?limit=100`, asAlice());
    expect(everything.body.rows.length).toBeGreaterThan(0);
    expect(everything.body.rows.every((e: { teamId: string }) => e.teamId === teamA)).toBe(true);
    expectProblem(await client.get(`/audit/events/${bobsTeamEvents[0].id}`, asAlice()), 404, "NOT_FOUND", node);
  });
});

describe("team A's own routes with team B's ids inside", () => {
  it("refuses to move a task into a column of team B's project (422)", async () => {
    expectProblem(
      await client.post(`/tasks/${taskA.id}/move`, { columnId: boardB.columns[1], position: 0 }, asAlice()),
      422,
      "VALIDATION_ERROR",
      node,
    );
    expect(
      (await client.get(`/projects/${boardB.id}/columns`, { token: bob.accessToken })).body.rows[1].taskIds,
    ).toEqual([]);
  });

  it("refuses to create a task in a column of team B's project (422)", async () => {
    expectProblem(
      await client.post(`/projects/${boardA.id}/tasks`, { columnId: boardB.columns[0], title: "Smuggled" }, asAlice()),
      422,
      "VALIDATION_ERROR",
      node,
    );
    expect(
      (await client.get(`/projects/${boardB.id}/columns`, { token: bob.accessToken })).body.rows[0].taskIds,
    ).toEqual([taskB.id]);
  });

  it("refuses to assign a task to a member of team B only (422)", async () => {
    expectProblem(
      await client.patch(`/tasks/${taskA.id}`, { assigneeId: bob.user.id }, asAlice()),
      422,
      "VALIDATION_ERROR",
      node,
    );
  });

  it("answers 404 when team A's administrator re-roles or removes a member of team B through team A", async () => {
    expectProblem(
      await client.patch(`/teams/${teamA}/members/${bob.user.id}`, { role: "viewer" }, asAlice()),
      404,
      "NOT_FOUND",
      node,
    );
    expectProblem(
      await client.delete(`/teams/${teamA}/members/${bobsColleague.user.id}`, asAlice()),
      404,
      "NOT_FOUND",
      node,
    );
    expect((await client.get(`/teams/${teamB}/members`, { token: bob.accessToken })).body.total).toBe(2);
  });
});
