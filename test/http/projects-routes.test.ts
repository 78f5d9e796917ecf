/** Projects over HTTP: every projects route's status and body, default columns, prefixes and keys, assignees, moves and column order. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCrewTeam, createProject, createTask, signupCrew, type Board, type Crew } from "../support/tenancy.js";
import {
  api,
  eventually,
  expectJson,
  expectProblem,
  signup,
  startTestNode,
  type ApiClient,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;

const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew);
});
afterAll(() => node.stop());

const as = (who: keyof Crew) => ({ token: crew[who].accessToken });

/** Every column's task ids, in board order. */
async function boardState(board: Board): Promise<{ id: string; taskIds: string[] }[]> {
  const res = await client.get(`/projects/${board.id}/columns`, as("viewer"));
  expectJson(res);
  return res.body.rows.map((c: { id: string; taskIds: string[] }) => ({ id: c.id, taskIds: c.taskIds }));
}

describe("project routes", () => {
  it("POST /projects creates a project with the columns To Do, In Progress, Review, Done in that order", async () => {
    const res = await client.post(
      "/projects",
      { teamId, name: "  Meshwork Launch Board ", description: "Ship it", public: true },
      as("editor"),
    );
    expectJson(res, 201);
    expect(res.headers.get("location")).toBe(`/api/v1/projects/${res.body.id}`);
    expect(res.body).toEqual({
      id: UUID,
      teamId,
      name: "Meshwork Launch Board",
      prefix: "MLB",
      description: "Ship it",
      public: true,
      columnOrder: [UUID, UUID, UUID, UUID],
      createdBy: crew.editor.user.id,
      createdAt: ISO,
      updatedAt: ISO,
    });
    const columns = await client.get(`/projects/${res.body.id}/columns`, as("viewer"));
    expectJson(columns);
    expect(columns.body).toMatchObject({ total: 4, page: 1, pageSize: 100, totalPages: 1 });
    expect(columns.body.rows.map((c: { title: string }) => c.title)).toEqual([
      "To Do",
      "In Progress",
      "Review",
      "Done",
    ]);
    expect(columns.body.rows.map((c: { id: string }) => c.id)).toEqual(res.body.columnOrder);
    for (const column of columns.body.rows)
      expect(column).toEqual({
        id: UUID,
        projectId: res.body.id,
        title: expect.any(String),
        taskIds: [],
        createdAt: ISO,
      });
  });

  it("POST /projects defaults to private with an empty description", async () => {
    const res = await client.post("/projects", { teamId, name: "Website" }, as("administrator"));
    expectJson(res, 201);
    expect(res.body).toMatchObject({ name: "Website", prefix: "WEB", description: "", public: false });
  });

  it("POST /projects answers 422 to a missing or bad team id, name or flag", async () => {
    for (const body of [
      { name: "No team" },
      { teamId: "nope", name: "Bad team" },
      { teamId },
      { teamId, name: "" },
      { teamId, name: "x".repeat(101) },
      { teamId, name: "Flag", public: "yes" },
    ]) {
      expectProblem(await client.post("/projects", body, as("administrator")), 422, "VALIDATION_ERROR", node);
    }
  });

  it("POST /projects answers 404 for a team that doesn't exist", async () => {
    expectProblem(
      await client.post("/projects", { teamId: randomUUID(), name: "Ghost" }, as("administrator")),
      404,
      "NOT_FOUND",
      node,
    );
  });

  it("derives the prefix from the name and keeps it unique per team: two Launch Boards are LB and LB2", async () => {
    const team = await createCrewTeam(client, crew, { name: "Prefixes" });
    const first = await client.post("/projects", { teamId: team, name: "Launch Board" }, as("editor"));
    const second = await client.post("/projects", { teamId: team, name: "Launch Board" }, as("editor"));
    const third = await client.post("/projects", { teamId: team, name: "launch-board" }, as("editor"));
    expect([first.body.prefix, second.body.prefix, third.body.prefix]).toEqual(["LB", "LB2", "LB3"]);
    const digitsOnly = await client.post("/projects", { teamId: team, name: "2024 !!" }, as("editor"));
    expect(digitsOnly.body.prefix).toBe("PRJ");
    // Another team starts over.
    const other = await createCrewTeam(client, crew, { name: "Other prefixes" });
    expect((await client.post("/projects", { teamId: other, name: "Launch Board" }, as("editor"))).body.prefix).toBe(
      "LB",
    );
  });

  it("GET /projects?teamId= pages a team's projects, newest first", async () => {
    const team = await createCrewTeam(client, crew, { name: "Listing" });
    const names = ["One", "Two", "Three"];
    for (const name of names) await createProject(client, crew.editor.accessToken, team, name);
    const res = await client.get(`/projects?teamId=${team}&pageSize=2`, as("viewer"));
    expectJson(res);
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 2, totalPages: 2 });
    expect(res.body.rows.map((p: { name: string }) => p.name)).toEqual(["Three", "Two"]);
    expect(res.body.rows[0]).toEqual({
      id: UUID,
      teamId: team,
      name: "Three",
      prefix: "THR",
      description: "",
      public: false,
      columnOrder: expect.any(Array),
      createdBy: crew.editor.user.id,
      createdAt: ISO,
      updatedAt: ISO,
    });
    const second = await client.get(`/projects?teamId=${team}&pageSize=2&page=2`, as("viewer"));
    expect(second.body.rows.map((p: { name: string }) => p.name)).toEqual(["One"]);
    expectProblem(
      await client.get(`/projects?teamId=${team}&pageSize=101`, as("viewer")),
      422,
      "VALIDATION_ERROR",
      node,
    );
  });

  it("GET /projects honours ?sort=createdAt and ?sort=-createdAt, and answers 422 to another field", async () => {
    const team = await createCrewTeam(client, crew, { name: "Sorting" });
    for (const name of ["Older", "Newer"]) await createProject(client, crew.editor.accessToken, team, name);
    const names = async (query: string) =>
      (await client.get(`/projects?teamId=${team}${query}`, as("viewer"))).body.rows.map(
        (p: { name: string }) => p.name,
      );
    expect(await names("&sort=createdAt")).toEqual(["Older", "Newer"]);
    expect(await names("&sort=-createdAt")).toEqual(["Newer", "Older"]);
    expect(await names("")).toEqual(["Newer", "Older"]);
    const bad = await client.get(`/projects?teamId=${team}&sort=name`, as("viewer"));
    expectProblem(bad, 422, "VALIDATION_ERROR", node);
    expect(bad.body.errors).toEqual([{ field: "sort", message: expect.any(String) }]);
  });

  it("GET /projects lists the projects of all the caller's teams", async () => {
    const me = await signup(client);
    const a = await client.post("/teams", { name: "A" }, { token: me.accessToken });
    const b = await client.post("/teams", { name: "B" }, { token: me.accessToken });
    await createProject(client, me.accessToken, a.body.id, "In A");
    await createProject(client, me.accessToken, b.body.id, "In B");
    const res = await client.get("/projects", { token: me.accessToken });
    expectJson(res);
    expect(res.body).toMatchObject({ total: 2, page: 1, totalPages: 1 });
    expect(res.body.rows.map((p: { name: string }) => p.name).sort()).toEqual(["In A", "In B"]);
    const loner = await signup(client);
    expect((await client.get("/projects", { token: loner.accessToken })).body).toMatchObject({ rows: [], total: 0 });
  });

  it("GET /projects/:id answers the project; 404 for an unknown one", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Readable");
    const res = await client.get(`/projects/${board.id}`, as("viewer"));
    expectJson(res);
    expect(res.body).toMatchObject({
      id: board.id,
      teamId,
      name: "Readable",
      prefix: board.prefix,
      columnOrder: board.columns,
    });
    expectProblem(await client.get(`/projects/${randomUUID()}`, as("viewer")), 404, "NOT_FOUND", node);
    expectProblem(await client.get(`/projects/not-a-uuid`, as("viewer")), 422, "VALIDATION_ERROR", node);
  });

  it("PATCH /projects/:id edits name, description and visibility", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Editable");
    const res = await client.patch(
      `/projects/${board.id}`,
      { name: "Edited", description: "Now described", public: true },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({
      id: board.id,
      name: "Edited",
      description: "Now described",
      public: true,
      prefix: board.prefix,
      columnOrder: board.columns,
    });
    expect((await client.get(`/projects/${board.id}`, as("nonmember"))).status).toBe(200);
  });

  it("PATCH /projects/:id reorders columns with a permutation of their ids", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Reorder");
    const reversed = [...board.columns].reverse();
    const res = await client.patch(`/projects/${board.id}`, { columnOrder: reversed }, as("editor"));
    expectJson(res);
    expect(res.body.columnOrder).toEqual(reversed);
    const columns = await client.get(`/projects/${board.id}/columns`, as("viewer"));
    expect(columns.body.rows.map((c: { title: string }) => c.title)).toEqual([
      "Done",
      "Review",
      "In Progress",
      "To Do",
    ]);
  });

  it("PATCH /projects/:id answers 422 to a columnOrder that isn't a permutation, and keeps the order", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Strict order");
    const other = await createProject(client, crew.editor.accessToken, teamId, "Other order");
    const [a, b, c, d] = board.columns;
    for (const columnOrder of [
      [a, b, c],
      [a, b, c, d, other.columns[0]],
      [a, b, c, other.columns[0]],
      [a, a, b, c],
      [],
      [a, b, c, randomUUID()],
      ["nope", b, c, d],
    ]) {
      const res = await client.patch(`/projects/${board.id}`, { columnOrder }, as("editor"));
      expectProblem(res, 422, "VALIDATION_ERROR", node);
      expect(res.body.errors.map((e: { field: string }) => e.field).join()).toMatch(/columnOrder/);
    }
    expect((await client.get(`/projects/${board.id}`, as("viewer"))).body.columnOrder).toEqual(board.columns);
  });

  it("DELETE /projects/:id deletes the project with its columns and tasks", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Short lived");
    const task = await createTask(client, crew.editor.accessToken, board);
    await client.post(`/tasks/${task.id}/comments`, { content: "bye" }, as("commenter"));
    const res = await client.delete(`/projects/${board.id}`, as("administrator"));
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/projects/${board.id}`, as("administrator")), 404, "NOT_FOUND", node);
    expectProblem(await client.get(`/projects/${board.id}/columns`, as("administrator")), 404, "NOT_FOUND", node);
    expectProblem(await client.get(`/tasks/${task.id}`, as("administrator")), 404, "NOT_FOUND", node);
    expectProblem(await client.delete(`/projects/${board.id}`, as("administrator")), 404, "NOT_FOUND", node);
  });
});

describe("board routes", () => {
  it("POST /projects/:id/columns appends a column to the board", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Columns");
    const res = await client.post(`/projects/${board.id}/columns`, { title: "Blocked" }, as("editor"));
    expectJson(res, 201);
    expect(res.body).toEqual({ id: UUID, projectId: board.id, title: "Blocked", taskIds: [], createdAt: ISO });
    const columns = await client.get(`/projects/${board.id}/columns`, as("viewer"));
    expect(columns.body.rows.map((c: { title: string }) => c.title)).toEqual([
      "To Do",
      "In Progress",
      "Review",
      "Done",
      "Blocked",
    ]);
    expect((await client.get(`/projects/${board.id}`, as("viewer"))).body.columnOrder).toEqual([
      ...board.columns,
      res.body.id,
    ]);
    expectProblem(
      await client.post(`/projects/${board.id}/columns`, { title: "" }, as("editor")),
      422,
      "VALIDATION_ERROR",
      node,
    );
  });

  it("POST /projects/:id/tasks creates PREFIX-1, PREFIX-2… at the end of the column", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Keyed Tasks");
    const res = await client.post(
      `/projects/${board.id}/tasks`,
      { columnId: board.columns[0], title: " First ", points: 5, content: "Body", assigneeId: crew.viewer.user.id },
      as("editor"),
    );
    expectJson(res, 201);
    expect(res.headers.get("location")).toBe(`/api/v1/tasks/${res.body.id}`);
    expect(res.body).toEqual({
      id: UUID,
      projectId: board.id,
      columnId: board.columns[0],
      key: "KT-1",
      seq: 1,
      title: "First",
      points: 5,
      content: "Body",
      assigneeId: crew.viewer.user.id,
      createdBy: crew.editor.user.id,
      createdAt: ISO,
      updatedAt: ISO,
    });
    const second = await createTask(client, crew.editor.accessToken, board, "Second");
    expect(second.key).toBe("KT-2");
    expect((await boardState(board))[0].taskIds).toEqual([res.body.id, second.id]);
  });

  it("POST /projects/:id/tasks answers 422 to bad fields and to a column of another project", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Validated");
    const other = await createProject(client, crew.editor.accessToken, teamId, "Elsewhere");
    const columnId = board.columns[0];
    for (const body of [
      { title: "No column" },
      { columnId },
      { columnId, title: "" },
      { columnId, title: "Neg", points: -1 },
      { columnId, title: "Frac", points: 1.5 },
      { columnId, title: "x".repeat(201) },
      { columnId, title: "Bad assignee", assigneeId: "x" },
    ]) {
      expectProblem(
        await client.post(`/projects/${board.id}/tasks`, body, as("editor")),
        422,
        "VALIDATION_ERROR",
        node,
      );
    }
    const foreign = await client.post(
      `/projects/${board.id}/tasks`,
      { columnId: other.columns[0], title: "Wrong board" },
      as("editor"),
    );
    expectProblem(foreign, 422, "VALIDATION_ERROR", node);
    expect(foreign.body.errors).toEqual([{ field: "columnId", message: expect.any(String) }]);
    const unknown = await client.post(
      `/projects/${board.id}/tasks`,
      { columnId: randomUUID(), title: "No such column" },
      as("editor"),
    );
    expectProblem(unknown, 422, "VALIDATION_ERROR", node);
    expect((await client.get(`/projects/${board.id}/tasks`, as("viewer"))).body.total).toBe(0);
    expect((await client.get(`/projects/${other.id}/tasks`, as("viewer"))).body.total).toBe(0);
  });

  it("GET /projects/:id/tasks lists tasks by key order, filtered by column and paged", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Listed Tasks");
    const tasks = [];
    for (let i = 1; i <= 3; i++) tasks.push(await createTask(client, crew.editor.accessToken, board, `T${i}`));
    await client.post(`/tasks/${tasks[1].id}/move`, { columnId: board.columns[2], position: 0 }, as("editor"));
    const all = await client.get(`/projects/${board.id}/tasks`, as("viewer"));
    expectJson(all);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 100, totalPages: 1 });
    expect(all.body.rows.map((t: { key: string }) => t.key)).toEqual(["LT-1", "LT-2", "LT-3"]);
    const review = await client.get(`/projects/${board.id}/tasks?columnId=${board.columns[2]}`, as("viewer"));
    expect(review.body.rows.map((t: { key: string }) => t.key)).toEqual(["LT-2"]);
    const paged = await client.get(`/projects/${board.id}/tasks?pageSize=2&page=2`, as("viewer"));
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2, totalPages: 2 });
    expect(paged.body.rows.map((t: { key: string }) => t.key)).toEqual(["LT-3"]);
    const newestFirst = await client.get(`/projects/${board.id}/tasks?sort=-seq`, as("viewer"));
    expect(newestFirst.body.rows.map((t: { key: string }) => t.key)).toEqual(["LT-3", "LT-2", "LT-1"]);
    expectProblem(
      await client.get(`/projects/${board.id}/tasks?sort=title`, as("viewer")),
      422,
      "VALIDATION_ERROR",
      node,
    );
  });

  it("GET /tasks/:id answers the task; 404 for an unknown one", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "One Task");
    const task = await createTask(client, crew.editor.accessToken, board, "Lonely");
    const res = await client.get(`/tasks/${task.id}`, as("viewer"));
    expectJson(res);
    expect(res.body).toMatchObject({
      id: task.id,
      projectId: board.id,
      columnId: board.columns[0],
      key: "OT-1",
      seq: 1,
      title: "Lonely",
      points: null,
      content: "",
      assigneeId: null,
    });
    expectProblem(await client.get(`/tasks/${randomUUID()}`, as("viewer")), 404, "NOT_FOUND", node);
  });

  it("PATCH /tasks/:id edits title, points, content and assignee, and unassigns with null", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Edit Tasks");
    const task = await createTask(client, crew.editor.accessToken, board, "Before");
    const res = await client.patch(
      `/tasks/${task.id}`,
      { title: "After", points: 8, content: "Details", assigneeId: crew.commenter.user.id },
      as("editor"),
    );
    expectJson(res);
    expect(res.body).toMatchObject({
      id: task.id,
      key: task.key,
      title: "After",
      points: 8,
      content: "Details",
      assigneeId: crew.commenter.user.id,
      columnId: board.columns[0],
    });
    const cleared = await client.patch(`/tasks/${task.id}`, { assigneeId: null, points: null }, as("editor"));
    expect(cleared.body).toMatchObject({ title: "After", assigneeId: null, points: null });
    expectProblem(await client.patch(`/tasks/${task.id}`, { title: "" }, as("editor")), 422, "VALIDATION_ERROR", node);
  });

  it("answers 422 to an assignee outside the team, on create and on edit", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Assignees");
    const created = await client.post(
      `/projects/${board.id}/tasks`,
      { columnId: board.columns[0], title: "Outsider", assigneeId: crew.nonmember.user.id },
      as("editor"),
    );
    expectProblem(created, 422, "VALIDATION_ERROR", node);
    expect(created.body.errors).toEqual([{ field: "assigneeId", message: expect.any(String) }]);
    expectProblem(
      await client.post(
        `/projects/${board.id}/tasks`,
        { columnId: board.columns[0], title: "Nobody", assigneeId: randomUUID() },
        as("editor"),
      ),
      422,
      "VALIDATION_ERROR",
      node,
    );
    const task = await createTask(client, crew.editor.accessToken, board, "Mine", { assigneeId: crew.editor.user.id });
    expectProblem(
      await client.patch(`/tasks/${task.id}`, { assigneeId: crew.nonmember.user.id }, as("editor")),
      422,
      "VALIDATION_ERROR",
      node,
    );
    expect((await client.get(`/tasks/${task.id}`, as("viewer"))).body.assigneeId).toBe(crew.editor.user.id);
    expect((await client.get(`/projects/${board.id}/tasks`, as("viewer"))).body.total).toBe(1);
  });

  it("DELETE /tasks/:id deletes the task and takes it out of its column", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Delete Tasks");
    const keep = await createTask(client, crew.editor.accessToken, board, "Keep");
    const drop = await createTask(client, crew.editor.accessToken, board, "Drop");
    const res = await client.delete(`/tasks/${drop.id}`, as("editor"));
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/tasks/${drop.id}`, as("viewer")), 404, "NOT_FOUND", node);
    expect((await boardState(board))[0].taskIds).toEqual([keep.id]);
    expectProblem(await client.delete(`/tasks/${drop.id}`, as("editor")), 404, "NOT_FOUND", node);
    // The key isn't reused.
    expect((await createTask(client, crew.editor.accessToken, board, "Next")).key).toBe("DT-3");
  });

  it("POST /tasks/:id/move reorders within a column and moves across columns, keeping every column consistent", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Moves");
    const [a, b, c] = [
      await createTask(client, crew.editor.accessToken, board, "A"),
      await createTask(client, crew.editor.accessToken, board, "B"),
      await createTask(client, crew.editor.accessToken, board, "C"),
    ];
    const [todo, doing, review] = board.columns;

    const within = await client.post(`/tasks/${c.id}/move`, { columnId: todo, position: 0 }, as("editor"));
    expectJson(within);
    expect(within.body).toMatchObject({ id: c.id, columnId: todo, key: c.key });
    expect((await boardState(board))[0].taskIds).toEqual([c.id, a.id, b.id]);

    const across = await client.post(`/tasks/${a.id}/move`, { columnId: doing, position: 5 }, as("editor"));
    expect(across.body).toMatchObject({ id: a.id, columnId: doing });
    await client.post(`/tasks/${b.id}/move`, { columnId: doing, position: 0 }, as("editor"));
    await client.post(`/tasks/${c.id}/move`, { columnId: doing, position: "1" }, as("editor"));
    let state = await boardState(board);
    expect(state.map((col) => col.taskIds)).toEqual([[], [b.id, c.id, a.id], [], []]);

    await client.post(`/tasks/${b.id}/move`, { columnId: doing, position: 2 }, as("editor"));
    await client.post(`/tasks/${a.id}/move`, { columnId: review, position: 0 }, as("editor"));
    state = await boardState(board);
    expect(state.map((col) => col.taskIds)).toEqual([[], [c.id, b.id], [a.id], []]);
    for (const col of state) {
      for (const id of col.taskIds) expect((await client.get(`/tasks/${id}`, as("viewer"))).body.columnId).toBe(col.id);
    }
  });

  it("POST /tasks/:id/move answers 422 to a column of another project or a bad position, and moves nothing", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Bad Moves");
    const other = await createProject(client, crew.editor.accessToken, teamId, "Other Moves");
    const task = await createTask(client, crew.editor.accessToken, board, "Stay");
    const foreign = await client.post(
      `/tasks/${task.id}/move`,
      { columnId: other.columns[1], position: 0 },
      as("editor"),
    );
    expectProblem(foreign, 422, "VALIDATION_ERROR", node);
    expect(foreign.body.errors).toEqual([{ field: "columnId", message: expect.any(String) }]);
    for (const body of [
      { columnId: board.columns[1] },
      { columnId: board.columns[1], position: -1 },
      { columnId: board.columns[1], position: 1.5 },
      { position: 0 },
    ]) {
      expectProblem(await client.post(`/tasks/${task.id}/move`, body, as("editor")), 422, "VALIDATION_ERROR", node);
    }
    expect((await boardState(board))[0].taskIds).toEqual([task.id]);
    expect((await boardState(other)).every((c) => c.taskIds.length === 0)).toBe(true);
  });

  it("POST /tasks/:id/comments adds a comment and GET lists them oldest first", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Comments");
    const task = await createTask(client, crew.editor.accessToken, board);
    const first = await client.post(`/tasks/${task.id}/comments`, { content: "First" }, as("commenter"));
    expectJson(first, 201);
    expect(first.body).toEqual({
      id: UUID,
      taskId: task.id,
      authorId: crew.commenter.user.id,
      content: "First",
      createdAt: ISO,
    });
    await client.post(`/tasks/${task.id}/comments`, { content: "Second" }, as("administrator"));
    const list = await client.get(`/tasks/${task.id}/comments`, as("viewer"));
    expectJson(list);
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 100, totalPages: 1 });
    expect(list.body.rows.map((c: { content: string; authorId: string }) => [c.content, c.authorId])).toEqual([
      ["First", crew.commenter.user.id],
      ["Second", crew.administrator.user.id],
    ]);
    const newestFirst = await client.get(`/tasks/${task.id}/comments?sort=-createdAt`, as("viewer"));
    expect(newestFirst.body.rows.map((c: { content: string }) => c.content)).toEqual(["Second", "First"]);
    expectProblem(
      await client.post(`/tasks/${task.id}/comments`, { content: "" }, as("commenter")),
      422,
      "VALIDATION_ERROR",
      node,
    );
    expectProblem(await client.post(`/tasks/${task.id}/comments`, {}, as("commenter")), 422, "VALIDATION_ERROR", node);
  });
});

describe("mesh-internal calls (no user: trusted, still answered cleanly)", () => {
  it("projects.createTask on a project that doesn't exist is a 404, not a crash", async () => {
    const board = await createProject(client, crew.editor.accessToken, teamId, "Internal");
    const err = await node.broker
      .call("projects.createTask", { id: randomUUID(), columnId: board.columns[0], title: "Orphan" })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 404, type: "NOT_FOUND", message: "project not found" });
    expect((await client.get(`/projects/${board.id}/tasks`, as("viewer"))).body.total).toBe(0);
  });
});

describe("deleting a team", () => {
  it("deletes its projects too, so a public one stops being readable, and records ProjectDeleted", async () => {
    const owner = await signup(client);
    const outsider = await signup(client);
    const team = await client.post("/teams", { name: "Short-lived" }, { token: owner.accessToken });
    expectJson(team, 201);
    const project = await client.post(
      "/projects",
      { teamId: team.body.id, name: "Open Board", public: true },
      { token: owner.accessToken },
    );
    expectJson(project, 201);
    expectJson(await client.get(`/projects/${project.body.id}`, { token: outsider.accessToken }));

    const removal = await client.delete(`/teams/${team.body.id}`, { token: owner.accessToken });
    expect(removal.status).toBe(204);

    await eventually(async () => {
      const res = await client.get(`/projects/${project.body.id}`, { token: outsider.accessToken });
      expectProblem(res, 404, "NOT_FOUND");
    });
    const history = await eventually(async () => {
      const rows = (await node.broker.call("audit.entityHistory", { entity: "project", id: project.body.id })) as {
        rows: { type: string; actorId: string; traceId: string }[];
      };
      expect(rows.rows.map((r) => r.type)).toEqual(["ProjectCreated", "ProjectDeleted"]);
      return rows.rows;
    });
    // The deletion it followed from keeps its actor and its request id as trace id.
    expect(history[1].actorId).toBe(owner.user.id);
    expect(history[1].traceId).toBe(removal.headers.get("x-request-id"));
  });
});
