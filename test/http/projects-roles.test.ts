/**
 * The projects role matrix: every projects route × administrator, editor, commenter, viewer, non-member
 * and anonymous, on a private and on a public project, with the exact status. Viewers read, commenters
 * also comment, editors write, administrators delete projects; a public project is readable by anyone
 * signed in and writable by no outsider.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CALLERS,
  createCrewTeam,
  createProject,
  createTask,
  expectedStatus,
  REFUSAL_CODES,
  signupCrew,
  tokenOf,
  type Board,
  type Caller,
  type Crew,
  type Need,
} from "../support/tenancy.js";
import { allRoutes } from "../../lib/domains.js";
import { api, expectJson, expectProblem, startTestNode, type ApiClient, type TestNode } from "../support/testkit.js";

const ROUTES = await allRoutes();

let node: TestNode;
let client: ApiClient;
let crew: Crew;
let teamId: string;

interface Fixture {
  board: Board;
  /** A task with a comment, for the task routes that consume nothing. */
  taskId: string;
}
const fixtures: Record<"private" | "public", Fixture> = {} as never;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  crew = await signupCrew(client);
  teamId = await createCrewTeam(client, crew);
  const admin = crew.administrator.accessToken;
  for (const kind of ["private", "public"] as const) {
    const board = await createProject(client, admin, teamId, `${kind} board`, { public: kind === "public" });
    const task = await createTask(client, admin, board, "Shared task");
    const commented = await client.post(`/tasks/${task.id}/comments`, { content: "First!" }, { token: admin });
    expect(commented.status, commented.text).toBe(201);
    fixtures[kind] = { board, taskId: task.id };
  }
});
afterAll(() => node.stop());

interface Case {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  route: string;
  need: Need;
  ok: number;
  /** Reads of a project that a non-member may make when it is public. */
  publicRead?: boolean;
  /** The request for one caller; destructive cases build what the call consumes. */
  request(f: Fixture, isPublic: boolean): Promise<{ path: string; body?: unknown }>;
}

const admin = () => crew.administrator.accessToken;

const CASES: Case[] = [
  {
    method: "POST",
    route: "/projects",
    need: "editor",
    ok: 201,
    request: async () => ({ path: "/projects", body: { teamId, name: "New board" } }),
  },
  { method: "GET", route: "/projects", need: "any", ok: 200, request: async () => ({ path: "/projects" }) },
  // A team's list is the team's business, public projects or not.
  {
    method: "GET",
    route: "/projects?teamId=",
    need: "viewer",
    ok: 200,
    request: async () => ({ path: `/projects?teamId=${teamId}` }),
  },
  {
    method: "GET",
    route: "/projects/:id",
    need: "viewer",
    ok: 200,
    publicRead: true,
    request: async (f) => ({ path: `/projects/${f.board.id}` }),
  },
  {
    method: "PATCH",
    route: "/projects/:id",
    need: "editor",
    ok: 200,
    request: async (f) => ({ path: `/projects/${f.board.id}`, body: { description: "Edited" } }),
  },
  {
    method: "DELETE",
    route: "/projects/:id",
    need: "administrator",
    ok: 204,
    request: async (_f, isPublic) => ({
      path: `/projects/${(await createProject(client, admin(), teamId, "Doomed", { public: isPublic })).id}`,
    }),
  },
  {
    method: "GET",
    route: "/projects/:id/columns",
    need: "viewer",
    ok: 200,
    publicRead: true,
    request: async (f) => ({ path: `/projects/${f.board.id}/columns` }),
  },
  {
    method: "POST",
    route: "/projects/:id/columns",
    need: "editor",
    ok: 201,
    request: async (f) => ({ path: `/projects/${f.board.id}/columns`, body: { title: "Blocked" } }),
  },
  {
    method: "GET",
    route: "/projects/:id/tasks",
    need: "viewer",
    ok: 200,
    publicRead: true,
    request: async (f) => ({ path: `/projects/${f.board.id}/tasks` }),
  },
  {
    method: "POST",
    route: "/projects/:id/tasks",
    need: "editor",
    ok: 201,
    request: async (f) => ({
      path: `/projects/${f.board.id}/tasks`,
      body: { columnId: f.board.columns[0], title: "Added" },
    }),
  },
  {
    method: "GET",
    route: "/tasks/:id",
    need: "viewer",
    ok: 200,
    publicRead: true,
    request: async (f) => ({ path: `/tasks/${f.taskId}` }),
  },
  {
    method: "PATCH",
    route: "/tasks/:id",
    need: "editor",
    ok: 200,
    request: async (f) => ({ path: `/tasks/${f.taskId}`, body: { points: 3 } }),
  },
  {
    method: "DELETE",
    route: "/tasks/:id",
    need: "editor",
    ok: 204,
    request: async (f) => ({ path: `/tasks/${(await createTask(client, admin(), f.board, "Doomed")).id}` }),
  },
  {
    method: "POST",
    route: "/tasks/:id/move",
    need: "editor",
    ok: 200,
    request: async (f) => ({ path: `/tasks/${f.taskId}/move`, body: { columnId: f.board.columns[1], position: 0 } }),
  },
  {
    method: "GET",
    route: "/tasks/:id/comments",
    need: "viewer",
    ok: 200,
    publicRead: true,
    request: async (f) => ({ path: `/tasks/${f.taskId}/comments` }),
  },
  {
    method: "POST",
    route: "/tasks/:id/comments",
    need: "commenter",
    ok: 201,
    request: async (f) => ({ path: `/tasks/${f.taskId}/comments`, body: { content: "Noted" } }),
  },
];

for (const kind of ["private", "public"] as const) {
  describe(`on a ${kind} project`, () => {
    describe.each(CASES)("$method $route", (c) => {
      const rows = CALLERS.map((caller: Caller) => ({
        caller,
        status: expectedStatus(c.need, c.ok, caller, { publicRead: kind === "public" && c.publicRead }),
      }));
      it.each(rows)("answers $status to $caller", async ({ caller, status }) => {
        const { path, body } = await c.request(fixtures[kind], kind === "public");
        const res = await client.request(c.method, path, { token: tokenOf(crew, caller), body });
        if (status >= 400) {
          expectProblem(res, status, REFUSAL_CODES[status], node);
        } else if (status === 204) {
          expect(res.status, res.text).toBe(204);
          expect(res.text).toBe("");
        } else {
          expectJson(res, status);
          expect(res.body).toBeTypeOf("object");
          expect(res.body).not.toBeNull();
        }
      });
    });
  });
}

describe("what refused callers leave behind", () => {
  it("lets no outsider write to a public project: its task keeps its comments from members only", async () => {
    const f = fixtures.public;
    const comments = await client.get(`/tasks/${f.taskId}/comments`, { token: crew.nonmember.accessToken });
    expectJson(comments);
    const authors = new Set(comments.body.rows.map((c: { authorId: string }) => c.authorId));
    expect(authors.has(crew.nonmember.user.id)).toBe(false);
    expect(authors.has(crew.viewer.user.id)).toBe(false);
    expect(authors.has(crew.administrator.user.id)).toBe(true);
    const tasks = await client.get(`/projects/${f.board.id}/tasks`, { token: crew.nonmember.accessToken });
    expect(
      tasks.body.rows.every(
        (t: { createdBy: string }) => t.createdBy !== crew.nonmember.user.id && t.createdBy !== crew.commenter.user.id,
      ),
    ).toBe(true);
  });

  it("doesn't list a public project to an outsider: lists show the caller's teams only", async () => {
    const res = await client.get("/projects", { token: crew.nonmember.accessToken });
    expectJson(res);
    expect(res.body.rows.map((p: { teamId: string }) => p.teamId)).not.toContain(teamId);
  });
});

it("covers every projects route of the gateway's route table", () => {
  const table = ROUTES.filter((r) => r.tag === "projects").map((r) => `${r.method} ${r.path}`);
  const covered = new Set(CASES.map((c) => `${c.method} ${c.route.split("?")[0]}`));
  expect([...covered].sort()).toEqual(table.sort());
});
