/** Contract cases for kanban boards: /projects/*, /tasks/*. */
import { expect } from "vitest";
import { expectJson, expectProblem, signup, type ApiClient, type SessionBody } from "../../support/testkit.js";
import { expectColumn, expectComment, expectPage, expectProject, expectTask, type ContractCases } from "./context.js";

interface Board {
  owner: SessionBody;
  teamId: string;
  project: { id: string; prefix: string; columnOrder: string[] };
}

interface TaskBody {
  id: string;
  key: string;
  columnId: string;
}

async function newBoard(client: ApiClient, name = "Contract board"): Promise<Board> {
  const owner = await signup(client);
  const team = await client.post("/teams", { name: "Board team" }, { token: owner.accessToken });
  expectJson(team, 201);
  const project = await client.post("/projects", { teamId: team.body.id, name }, { token: owner.accessToken });
  expectJson(project, 201);
  return { owner, teamId: team.body.id, project: project.body };
}

async function newTask(client: ApiClient, board: Board, title = "Write the contract"): Promise<TaskBody> {
  const res = await client.post(
    `/projects/${board.project.id}/tasks`,
    { columnId: board.project.columnOrder[0], title },
    { token: board.owner.accessToken },
  );
  expectJson(res, 201);
  return res.body;
}

export const cases: ContractCases = {
  "POST /projects": async ({ client }) => {
    const owner = await signup(client);
    const team = await client.post("/teams", { name: "Project team" }, { token: owner.accessToken });
    const res = await client.post(
      "/projects",
      { teamId: team.body.id, name: "Website", description: "The new site", public: true },
      { token: owner.accessToken },
    );
    expectJson(res, 201);
    expectProject(res.body);
    expect(res.body).toMatchObject({
      teamId: team.body.id,
      name: "Website",
      description: "The new site",
      public: true,
      createdBy: owner.user.id,
    });
    expect(res.body.columnOrder).toHaveLength(4);
    expect(res.headers.get("location")).toBe(`/api/v1/projects/${res.body.id}`);
  },

  "GET /projects": async ({ client }) => {
    const board = await newBoard(client);
    const res = await client.get(`/projects?teamId=${board.teamId}`, { token: board.owner.accessToken });
    expectJson(res);
    expectPage(res.body, expectProject);
    expect(res.body.rows.map((p: { id: string }) => p.id)).toEqual([board.project.id]);
    const all = await client.get("/projects", { token: board.owner.accessToken });
    expectJson(all);
    expect(all.body.total).toBe(1);
  },

  "GET /projects/:id": async ({ client, node }) => {
    const board = await newBoard(client);
    const res = await client.get(`/projects/${board.project.id}`, { token: board.owner.accessToken });
    expectJson(res);
    expectProject(res.body);
    expect(res.body.id).toBe(board.project.id);
    const stranger = await signup(client);
    expectProblem(
      await client.get(`/projects/${board.project.id}`, { token: stranger.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },

  "PATCH /projects/:id": async ({ client }) => {
    const board = await newBoard(client);
    const reversed = [...board.project.columnOrder].reverse();
    const res = await client.patch(
      `/projects/${board.project.id}`,
      { name: "Renamed board", columnOrder: reversed },
      { token: board.owner.accessToken },
    );
    expectJson(res);
    expectProject(res.body);
    expect(res.body).toMatchObject({ name: "Renamed board", columnOrder: reversed });
  },

  "DELETE /projects/:id": async ({ client, node }) => {
    const board = await newBoard(client);
    const res = await client.delete(`/projects/${board.project.id}`, { token: board.owner.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(
      await client.get(`/projects/${board.project.id}`, { token: board.owner.accessToken }),
      404,
      "NOT_FOUND",
      node,
    );
  },

  "GET /projects/:id/columns": async ({ client }) => {
    const board = await newBoard(client);
    const res = await client.get(`/projects/${board.project.id}/columns`, { token: board.owner.accessToken });
    expectJson(res);
    expectPage(res.body, expectColumn);
    expect(res.body.rows.map((c: { title: string }) => c.title)).toEqual(["To Do", "In Progress", "Review", "Done"]);
  },

  "POST /projects/:id/columns": async ({ client }) => {
    const board = await newBoard(client);
    const res = await client.post(
      `/projects/${board.project.id}/columns`,
      { title: "Blocked" },
      { token: board.owner.accessToken },
    );
    expectJson(res, 201);
    expectColumn(res.body);
    expect(res.body).toMatchObject({ projectId: board.project.id, title: "Blocked", taskIds: [] });
  },

  "GET /projects/:id/tasks": async ({ client }) => {
    const board = await newBoard(client);
    const task = await newTask(client, board);
    const res = await client.get(`/projects/${board.project.id}/tasks`, { token: board.owner.accessToken });
    expectJson(res);
    expectPage(res.body, expectTask);
    expect(res.body.rows.map((t: TaskBody) => t.id)).toEqual([task.id]);
  },

  "POST /projects/:id/tasks": async ({ client }) => {
    const board = await newBoard(client);
    const res = await client.post(
      `/projects/${board.project.id}/tasks`,
      { columnId: board.project.columnOrder[0], title: "First task", points: 3, content: "Details" },
      { token: board.owner.accessToken },
    );
    expectJson(res, 201);
    expectTask(res.body);
    expect(res.body).toMatchObject({
      key: `${board.project.prefix}-1`,
      seq: 1,
      title: "First task",
      points: 3,
      content: "Details",
      columnId: board.project.columnOrder[0],
    });
    expect(res.headers.get("location")).toBe(`/api/v1/tasks/${res.body.id}`);
  },

  "GET /tasks/:id": async ({ client }) => {
    const board = await newBoard(client);
    const task = await newTask(client, board);
    const res = await client.get(`/tasks/${task.id}`, { token: board.owner.accessToken });
    expectJson(res);
    expectTask(res.body);
    expect(res.body).toEqual(task);
  },

  "PATCH /tasks/:id": async ({ client }) => {
    const board = await newBoard(client);
    const task = await newTask(client, board);
    const res = await client.patch(
      `/tasks/${task.id}`,
      { title: "Retitled", points: 5, assigneeId: board.owner.user.id, key: "HACK-1" },
      { token: board.owner.accessToken },
    );
    expectJson(res);
    expectTask(res.body);
    expect(res.body).toMatchObject({ title: "Retitled", points: 5, assigneeId: board.owner.user.id, key: task.key });
  },

  "DELETE /tasks/:id": async ({ client, node }) => {
    const board = await newBoard(client);
    const task = await newTask(client, board);
    const res = await client.delete(`/tasks/${task.id}`, { token: board.owner.accessToken });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expectProblem(await client.get(`/tasks/${task.id}`, { token: board.owner.accessToken }), 404, "NOT_FOUND", node);
  },

  "POST /tasks/:id/move": async ({ client }) => {
    const board = await newBoard(client);
    const task = await newTask(client, board);
    const done = board.project.columnOrder[3];
    const res = await client.post(
      `/tasks/${task.id}/move`,
      { columnId: done, position: 0 },
      { token: board.owner.accessToken },
    );
    expectJson(res);
    expectTask(res.body);
    expect(res.body).toMatchObject({ id: task.id, columnId: done });
    const columns = await client.get(`/projects/${board.project.id}/columns`, { token: board.owner.accessToken });
    expect(columns.body.rows.find((c: { id: string }) => c.id === done).taskIds).toEqual([task.id]);
  },

  "GET /tasks/:id/comments": async ({ client }) => {
    const board = await newBoard(client);
    const task = await newTask(client, board);
    await client.post(`/tasks/${task.id}/comments`, { content: "first" }, { token: board.owner.accessToken });
    await client.post(`/tasks/${task.id}/comments`, { content: "second" }, { token: board.owner.accessToken });
    const res = await client.get(`/tasks/${task.id}/comments`, { token: board.owner.accessToken });
    expectJson(res);
    expectPage(res.body, expectComment);
    expect(res.body.rows.map((c: { content: string }) => c.content)).toEqual(["first", "second"]);
  },

  "POST /tasks/:id/comments": async ({ client }) => {
    const board = await newBoard(client);
    const task = await newTask(client, board);
    const res = await client.post(
      `/tasks/${task.id}/comments`,
      { content: "Looks good" },
      { token: board.owner.accessToken },
    );
    expectJson(res, 201);
    expectComment(res.body);
    expect(res.body).toMatchObject({ taskId: task.id, authorId: board.owner.user.id, content: "Looks good" });
  },
};
