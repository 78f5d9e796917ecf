/** Every projects change emits its projects-topic event, and the whole team-to-board flow is audited while an outsider is refused everywhere. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signupVerified } from "../support/mail.js";
import { auditRows, auditTypes, createProject, createTask } from "../support/tenancy.js";
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
let owner: SessionBody;
let teamId: string;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  owner = await signup(client);
  teamId = (await client.post("/teams", { name: "Audited" }, { token: owner.accessToken })).body.id;
});
afterAll(() => node.stop());

const asOwner = () => ({ token: owner.accessToken });

describe("projects-topic events in the audit trail", () => {
  it("project: ProjectCreated, ProjectUpdated, ProjectDeleted", async () => {
    const board = await createProject(client, owner.accessToken, teamId, "Audit Board");
    expectJson(
      await client.patch(
        `/projects/${board.id}`,
        { description: "Described", columnOrder: [...board.columns].reverse() },
        asOwner(),
      ),
    );
    expect((await client.delete(`/projects/${board.id}`, asOwner())).status).toBe(204);
    const rows = await auditRows(client, owner.accessToken, "project", board.id, ["ProjectDeleted"]);
    expect(rows.map((e) => e.type)).toEqual(["ProjectCreated", "ProjectUpdated", "ProjectDeleted"]);
    expect(rows[0]).toMatchObject({
      topic: "projects",
      teamId,
      actorId: owner.user.id,
      payload: { project: { id: board.id, prefix: "AB", teamId } },
    });
    expect(rows[1].payload.changed).toEqual(["description", "columnOrder"]);
  });

  it("column: ColumnCreated for the four default columns and for an added one", async () => {
    const board = await createProject(client, owner.accessToken, teamId, "Column Board");
    for (const id of board.columns)
      expect(await auditTypes(client, owner.accessToken, "column", id, ["ColumnCreated"])).toEqual(["ColumnCreated"]);
    const added = await client.post(`/projects/${board.id}/columns`, { title: "Blocked" }, asOwner());
    const rows = await auditRows(client, owner.accessToken, "column", added.body.id, ["ColumnCreated"]);
    expect(rows[0]).toMatchObject({
      teamId,
      payload: { column: { id: added.body.id, projectId: board.id, title: "Blocked" } },
    });
  });

  it("task: TaskCreated, TaskUpdated, TaskMoved, TaskDeleted", async () => {
    const board = await createProject(client, owner.accessToken, teamId, "Task Board");
    const task = await createTask(client, owner.accessToken, board, "Audited task");
    expectJson(await client.patch(`/tasks/${task.id}`, { points: 2 }, asOwner()));
    expectJson(await client.post(`/tasks/${task.id}/move`, { columnId: board.columns[2], position: 0 }, asOwner()));
    expect((await client.delete(`/tasks/${task.id}`, asOwner())).status).toBe(204);
    const rows = await auditRows(client, owner.accessToken, "task", task.id, ["TaskDeleted"]);
    expect(rows.map((e) => e.type)).toEqual(["TaskCreated", "TaskUpdated", "TaskMoved", "TaskDeleted"]);
    expect(rows[0].payload).toMatchObject({ task: { key: "TB-1", projectId: board.id, columnId: board.columns[0] } });
    expect(rows[1].payload).toMatchObject({ task: { points: 2 }, changed: ["points"] });
    expect(rows[2].payload).toMatchObject({ task: { columnId: board.columns[2] }, fromColumnId: board.columns[0] });
  });

  it("comment: CommentCreated", async () => {
    const board = await createProject(client, owner.accessToken, teamId, "Comment Board");
    const task = await createTask(client, owner.accessToken, board);
    const comment = await client.post(`/tasks/${task.id}/comments`, { content: "Audited words" }, asOwner());
    const rows = await auditRows(client, owner.accessToken, "comment", comment.body.id, ["CommentCreated"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      teamId,
      actorId: owner.user.id,
      payload: { comment: { content: "Audited words", taskId: task.id }, task: { id: task.id } },
    });
  });
});

describe("from sign-up to an audited board", () => {
  it("two users build a board together while a third, outside the team, is refused everywhere", async () => {
    const alice = await signup(client, uniqueEmail("alice"));
    const bob = await signupVerified(client, uniqueEmail("bob"));
    const eve = await signup(client, uniqueEmail("eve"));
    const a = { token: alice.accessToken };
    const b = { token: bob.accessToken };
    const e = { token: eve.accessToken };

    const team = await client.post("/teams", { name: "Core" }, a);
    expectJson(team, 201);
    const invite = await client.post(`/teams/${team.body.id}/invites`, { emails: [bob.user.email] }, a);
    expectJson(invite, 201);
    const mine = await client.get("/invites", b);
    expect(mine.body.rows.map((i: { id: string }) => i.id)).toEqual([invite.body.rows[0].id]);
    const accepted = await client.post(`/invites/${invite.body.rows[0].id}/accept`, undefined, b);
    expect(accepted.body.role).toBe("editor");

    const project = await client.post("/projects", { teamId: team.body.id, name: "Launch Board" }, b);
    expectJson(project, 201);
    expect(project.body.prefix).toBe("LB");
    const columns = (await client.get(`/projects/${project.body.id}/columns`, b)).body.rows.map(
      (c: { id: string }) => c.id,
    );
    const first = await client.post(
      `/projects/${project.body.id}/tasks`,
      { columnId: columns[0], title: "First", assigneeId: alice.user.id },
      b,
    );
    const second = await client.post(
      `/projects/${project.body.id}/tasks`,
      { columnId: columns[0], title: "Second" },
      a,
    );
    expect([first.body.key, second.body.key]).toEqual(["LB-1", "LB-2"]);
    expectJson(await client.post(`/tasks/${first.body.id}/move`, { columnId: columns[1], position: 0 }, b));
    expectJson(await client.post(`/tasks/${first.body.id}/move`, { columnId: columns[3], position: 0 }, a));
    expectJson(await client.post(`/tasks/${first.body.id}/comments`, { content: "Done!" }, a), 201);

    // Eve, signed in but outside the team, sees nothing and changes nothing.
    const refusals: [string, string, unknown?][] = [
      ["GET", `/teams/${team.body.id}`],
      ["GET", `/teams/${team.body.id}/members`],
      ["POST", `/teams/${team.body.id}/invites`, { emails: [eve.user.email] }],
      ["POST", `/invites/${invite.body.rows[0].id}/accept`],
      ["GET", `/projects?teamId=${team.body.id}`],
      ["GET", `/projects/${project.body.id}`],
      ["GET", `/projects/${project.body.id}/columns`],
      ["GET", `/projects/${project.body.id}/tasks`],
      ["POST", `/projects/${project.body.id}/tasks`, { columnId: columns[0], title: "Eve's" }],
      ["GET", `/tasks/${first.body.id}`],
      ["PATCH", `/tasks/${first.body.id}`, { title: "Eve's" }],
      ["POST", `/tasks/${first.body.id}/move`, { columnId: columns[0], position: 0 }],
      ["GET", `/tasks/${first.body.id}/comments`],
      ["POST", `/tasks/${first.body.id}/comments`, { content: "Eve was here" }],
      ["DELETE", `/tasks/${second.body.id}`],
    ];
    for (const [method, path, body] of refusals)
      expectProblem(await client.request(method, path, { ...e, body }), 404, "NOT_FOUND", node);
    expect((await client.get("/teams", e)).body.rows).toEqual([]);
    expect((await client.get("/projects", e)).body.rows).toEqual([]);
    expect((await client.get(`/audit/entities/task/${first.body.id}`, e)).body.rows).toEqual([]);

    const history = await auditRows(client, bob.accessToken, "task", first.body.id, [
      "TaskCreated",
      "TaskMoved",
      "TaskMoved",
    ]);
    const types = history.map((row) => row.type);
    expect(types).toEqual(["TaskCreated", "TaskMoved", "TaskMoved"]);
    expect(history.map((row) => row.actorId)).toEqual([bob.user.id, bob.user.id, alice.user.id]);
    const comments = await client.get(`/tasks/${first.body.id}/comments`, b);
    expect(
      await auditTypes(client, alice.accessToken, "comment", comments.body.rows[0].id, ["CommentCreated"]),
    ).toEqual(["CommentCreated"]);
    const board = await client.get(`/projects/${project.body.id}/columns`, a);
    expect(board.body.rows.map((c: { taskIds: string[] }) => c.taskIds)).toEqual([
      [second.body.id],
      [],
      [],
      [first.body.id],
    ]);
  });
});
