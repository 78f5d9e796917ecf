/** Mass assignment on projects: keys, sequences, owners, projects and teams in request bodies never change what they must not. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCrewTeam, createProject, createTask, signupCrew, type Board, type Crew } from "../support/tenancy.js";
import { api, expectJson, startTestNode, type ApiClient, type TestNode } from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;
/** A second team the editor also edits in: a forged teamId/projectId pointing there would pass a naive check. */
let otherTeam: string;
let board: Board;
let otherBoard: Board;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew, { name: "Home" });
  otherTeam = await createCrewTeam(client, crew, { name: "Away" });
  board = await createProject(client, crew.editor.accessToken, teamId, "Home Board");
  otherBoard = await createProject(client, crew.editor.accessToken, otherTeam, "Away Board");
});
afterAll(() => node.stop());

const as = (who: keyof Crew) => ({ token: crew[who].accessToken });

describe("projects ignore what a body may not set", () => {
  it("POST /projects derives id, prefix, owner and columns itself", async () => {
    const forged = randomUUID();
    const res = await client.post(
      "/projects",
      {
        teamId,
        name: "Forged Fields",
        id: forged,
        prefix: "ZZZ",
        key: "ZZZ",
        ownerId: crew.viewer.user.id,
        createdBy: crew.viewer.user.id,
        columnOrder: [forged],
        taskSeq: 41,
        seq: 41,
      },
      as("editor"),
    );
    expectJson(res, 201);
    expect(res.body.id).not.toBe(forged);
    expect(res.body).toMatchObject({ teamId, prefix: "FF", createdBy: crew.editor.user.id });
    expect(res.body.columnOrder).toHaveLength(4);
    expect(res.body.columnOrder).not.toContain(forged);
    const proj = { id: res.body.id, prefix: "FF", columns: res.body.columnOrder };
    expect((await createTask(client, crew.editor.accessToken, proj, "First")).key).toBe("FF-1");
  });

  it("PATCH /projects/:id keeps team, prefix, owner and id", async () => {
    const project = await createProject(client, crew.editor.accessToken, teamId, "Sticky Fields");
    const res = await client.patch(
      `/projects/${project.id}`,
      {
        description: "Changed",
        teamId: otherTeam,
        prefix: "HACK",
        id: otherBoard.id,
        createdBy: crew.viewer.user.id,
        taskSeq: 99,
      },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({
      id: project.id,
      teamId,
      prefix: "SF",
      description: "Changed",
      createdBy: crew.editor.user.id,
    });
    expect(
      (await client.get(`/projects?teamId=${otherTeam}`, as("editor"))).body.rows.map((p: { id: string }) => p.id),
    ).toEqual([otherBoard.id]);
    expect((await client.get(`/projects/${otherBoard.id}`, as("editor"))).body.description).toBe("");
    expect((await createTask(client, crew.editor.accessToken, project, "Seq")).key).toBe("SF-1");
  });

  it("POST /projects/:id/columns can't seed tasks or pick a project", async () => {
    const task = await createTask(client, crew.editor.accessToken, board, "Seeded?");
    const res = await client.post(
      `/projects/${board.id}/columns`,
      { title: "Seeded", taskIds: [task.id], projectId: otherBoard.id, id: randomUUID() },
      as("editor"),
    );
    expectJson(res, 201);
    expect(res.body).toMatchObject({ projectId: board.id, title: "Seeded", taskIds: [] });
    expect((await client.get(`/projects/${otherBoard.id}/columns`, as("editor"))).body.total).toBe(4);
  });

  it("POST /projects/:id/tasks with key, seq, projectId and createdBy gets the generated key in the path's project", async () => {
    const before = (await client.get(`/projects/${board.id}/tasks`, as("viewer"))).body.total as number;
    const res = await client.post(
      `/projects/${board.id}/tasks`,
      {
        columnId: board.columns[0],
        title: "Forged",
        key: "HACK-1",
        seq: 1000,
        projectId: otherBoard.id,
        teamId: otherTeam,
        createdBy: crew.viewer.user.id,
        id: randomUUID(),
      },
      as("editor"),
    );
    expectJson(res, 201);
    expect(res.body).toMatchObject({
      projectId: board.id,
      key: `HB-${before + 1}`,
      seq: before + 1,
      createdBy: crew.editor.user.id,
    });
    expect((await client.get(`/projects/${otherBoard.id}/tasks`, as("editor"))).body.total).toBe(0);
  });

  it("PATCH /tasks/:id {key, projectId, columnId, seq} keeps key, project, column and sequence", async () => {
    const task = await createTask(client, crew.editor.accessToken, board, "Stable");
    const res = await client.patch(
      `/tasks/${task.id}`,
      {
        title: "Retitled",
        key: "X-9",
        projectId: otherBoard.id,
        columnId: board.columns[3],
        seq: 9,
        createdBy: crew.viewer.user.id,
        id: randomUUID(),
      },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({
      id: task.id,
      title: "Retitled",
      key: task.key,
      projectId: board.id,
      columnId: board.columns[0],
      createdBy: crew.editor.user.id,
    });
    expect(res.body.seq).toBe(Number(task.key.split("-")[1]));
    const columns = await client.get(`/projects/${board.id}/columns`, as("viewer"));
    expect(columns.body.rows[0].taskIds).toContain(task.id);
    expect(columns.body.rows[3].taskIds).not.toContain(task.id);
    expect((await client.get(`/projects/${otherBoard.id}/tasks`, as("editor"))).body.total).toBe(0);
  });

  it("POST /tasks/:id/move moves only the column and position", async () => {
    const task = await createTask(client, crew.editor.accessToken, board, "Mover");
    const res = await client.post(
      `/tasks/${task.id}/move`,
      { columnId: board.columns[1], position: 0, key: "X-1", projectId: otherBoard.id, title: "Sneaky" },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({
      id: task.id,
      key: task.key,
      projectId: board.id,
      columnId: board.columns[1],
      title: "Mover",
    });
  });

  it("POST /tasks/:id/comments sets the author from the caller and the task from the path", async () => {
    const task = await createTask(client, crew.editor.accessToken, board, "Commented");
    const other = await createTask(client, crew.editor.accessToken, board, "Not commented");
    const res = await client.post(
      `/tasks/${task.id}/comments`,
      { content: "Mine", authorId: crew.administrator.user.id, taskId: other.id, id: randomUUID() },
      as("commenter"),
    );
    expectJson(res, 201);
    expect(res.body).toMatchObject({ taskId: task.id, authorId: crew.commenter.user.id, content: "Mine" });
    expect((await client.get(`/tasks/${other.id}/comments`, as("viewer"))).body.total).toBe(0);
  });
});
