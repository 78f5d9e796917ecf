/** Projects' lists over HTTP: every one honours page/pageSize (≤ 100) and sort, and answers the real total on every page, past the last one too. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, createTask, type Board } from "../support/tenancy.js";
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

let node: TestNode;
let client: ApiClient;
let owner: SessionBody;
let teamId: string;
/** Another account and team, for boards the column tests make (the owner's project count stays 3). */
let other: SessionBody;
let otherTeamId: string;
/** Three projects (One, Two, Three, in creation order), the last one's board with three tasks and three comments on the first. */
let board: Board;
let tasks: { id: string; key: string }[];

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  owner = await signup(client);
  const team = await client.post("/teams", { name: "Lists" }, { token: owner.accessToken });
  expectJson(team, 201);
  teamId = team.body.id;
  other = await signup(client);
  const otherTeam = await client.post("/teams", { name: "Columns" }, { token: other.accessToken });
  expectJson(otherTeam, 201);
  otherTeamId = otherTeam.body.id;
  for (const name of ["One", "Two"]) await createProject(client, owner.accessToken, teamId, name);
  board = await createProject(client, owner.accessToken, teamId, "Three");
  tasks = [];
  for (const title of ["T1", "T2", "T3"]) tasks.push(await createTask(client, owner.accessToken, board, title));
  for (const content of ["first", "second", "third"])
    expectJson(await client.post(`/tasks/${tasks[0].id}/comments`, { content }, { token: owner.accessToken }), 201);
});
afterAll(() => node.stop());

const get = (path: string, token = owner.accessToken) => client.get(path, { token });
const names = (body: { rows: { name: string }[] }) => body.rows.map((r) => r.name);

describe("GET /projects", () => {
  it("answers the real total past the last page", async () => {
    const res = await get(`/projects?teamId=${teamId}&pageSize=2&page=3`);
    expectJson(res);
    expect(res.body).toEqual({ rows: [], total: 3, page: 3, pageSize: 2, totalPages: 2 });
    const mine = await get("/projects?pageSize=1&page=9");
    expect(mine.body).toMatchObject({ rows: [], total: 3, page: 9, pageSize: 1, totalPages: 3 });
  });

  it("pages in either createdAt order", async () => {
    const oldest = await get(`/projects?teamId=${teamId}&sort=createdAt&pageSize=2`);
    expect(names(oldest.body)).toEqual(["One", "Two"]);
    const rest = await get(`/projects?teamId=${teamId}&sort=createdAt&pageSize=2&page=2`);
    expect(rest.body).toMatchObject({ total: 3, page: 2, totalPages: 2 });
    expect(names(rest.body)).toEqual(["Three"]);
    expect(names((await get(`/projects?teamId=${teamId}&sort=-createdAt&pageSize=1`)).body)).toEqual(["Three"]);
  });
});

describe("GET /projects/:id/tasks", () => {
  it("answers the real total past the last page", async () => {
    const res = await get(`/projects/${board.id}/tasks?pageSize=2&page=4`);
    expectJson(res);
    expect(res.body).toEqual({ rows: [], total: 3, page: 4, pageSize: 2, totalPages: 2 });
  });

  it("sorts by seq (the default) or createdAt, either way", async () => {
    const keys = async (query: string) =>
      (await get(`/projects/${board.id}/tasks${query}`)).body.rows.map((t: { key: string }) => t.key);
    const inOrder = tasks.map((t) => t.key);
    expect(await keys("")).toEqual(inOrder);
    expect(await keys("?sort=createdAt")).toEqual(inOrder);
    expect(await keys("?sort=-createdAt")).toEqual([...inOrder].reverse());
    expect(await keys("?sort=-createdAt&pageSize=1&page=2")).toEqual([inOrder[1]]);
  });
});

describe("GET /tasks/:id/comments", () => {
  it("pages oldest first and answers the real total past the last page", async () => {
    const contents = async (query: string) =>
      (await get(`/tasks/${tasks[0].id}/comments${query}`)).body.rows.map((c: { content: string }) => c.content);
    expect(await contents("?pageSize=2")).toEqual(["first", "second"]);
    expect(await contents("?pageSize=2&page=2")).toEqual(["third"]);
    const past = await get(`/tasks/${tasks[0].id}/comments?pageSize=2&page=3`);
    expectJson(past);
    expect(past.body).toEqual({ rows: [], total: 3, page: 3, pageSize: 2, totalPages: 2 });
  });

  it("sorts newest first with ?sort=-createdAt", async () => {
    const res = await get(`/tasks/${tasks[0].id}/comments?sort=-createdAt`);
    expect(res.body.rows.map((c: { content: string }) => c.content)).toEqual(["third", "second", "first"]);
    expect(res.body).toMatchObject({ total: 3, page: 1, totalPages: 1 });
  });
});

describe("GET /projects/:id/columns", () => {
  it("pages over the board order, the real total on every page", async () => {
    const first = await get(`/projects/${board.id}/columns?pageSize=3`);
    expectJson(first);
    expect(first.body).toMatchObject({ total: 4, page: 1, pageSize: 3, totalPages: 2 });
    expect(first.body.rows.map((c: { id: string }) => c.id)).toEqual(board.columns.slice(0, 3));
    const second = await get(`/projects/${board.id}/columns?pageSize=3&page=2`);
    expect(second.body.rows.map((c: { id: string }) => c.id)).toEqual(board.columns.slice(3));
    const past = await get(`/projects/${board.id}/columns?pageSize=3&page=3`);
    expect(past.body).toEqual({ rows: [], total: 4, page: 3, pageSize: 3, totalPages: 2 });
  });

  it("follows a reordered board", async () => {
    const project = await createProject(client, other.accessToken, otherTeamId, "Reordered");
    const reversed = [...project.columns].reverse();
    expectJson(await client.patch(`/projects/${project.id}`, { columnOrder: reversed }, { token: other.accessToken }));
    const page = await get(`/projects/${project.id}/columns?pageSize=2&page=2`, other.accessToken);
    expect(page.body.rows.map((c: { id: string }) => c.id)).toEqual(reversed.slice(2));
  });

  it("sorts by createdAt either way, each column on exactly one page", async () => {
    const project = await createProject(client, other.accessToken, otherTeamId, "Sorted Columns");
    const added = await client.post(
      `/projects/${project.id}/columns`,
      { title: "Later" },
      { token: other.accessToken },
    );
    expectJson(added, 201);
    const ids = async (sort: string) => {
      const pages = [];
      for (let page = 1; page <= 3; page++) {
        const res = await get(
          `/projects/${project.id}/columns?sort=${sort}&pageSize=2&page=${page}`,
          other.accessToken,
        );
        expect(res.body).toMatchObject({ total: 5, page, pageSize: 2, totalPages: 3 });
        pages.push(...res.body.rows.map((c: { id: string }) => c.id));
      }
      return pages;
    };
    const oldestFirst = await ids("createdAt");
    expect([...oldestFirst].sort()).toEqual([...project.columns, added.body.id].sort());
    expect(oldestFirst.at(-1)).toBe(added.body.id);
    expect((await ids("-createdAt"))[0]).toBe(added.body.id);
  });
});

describe("every projects list", () => {
  it("answers 422 to pageSize over 100 and to a sort field it doesn't know", async () => {
    const lists = [
      `/projects?teamId=${teamId}`,
      `/projects/${board.id}/tasks`,
      `/projects/${board.id}/columns`,
      `/tasks/${tasks[0].id}/comments`,
    ];
    for (const list of lists) {
      expectProblem(await get(`${list}${list.includes("?") ? "&" : "?"}pageSize=101`), 422, "VALIDATION_ERROR", node);
      const bad = await get(`${list}${list.includes("?") ? "&" : "?"}sort=title`);
      expectProblem(bad, 422, "VALIDATION_ERROR", node);
      expect(bad.body.errors).toEqual([{ field: "sort", message: expect.any(String) }]);
    }
  });
});
