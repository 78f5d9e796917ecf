/** Hostile input answers a 4xx problem, never a 500: deep JSON, numbers past safe integers, NUL in text fields. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, createTask, type Board } from "../support/tenancy.js";
import {
  api,
  expectProblem,
  signup,
  signupAdmin,
  startTestNode,
  type ApiClient,
  type ApiResponse,
  type SessionBody,
  type TestNode,
} from "../support/testkit.js";

let node: TestNode;
let client: ApiClient;
let admin: SessionBody;
let owner: SessionBody;
let teamId: string;
let board: Board;
let taskId: string;

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  admin = await signupAdmin(client, node.broker);
  owner = await signup(client);
  const team = await client.post("/teams", { name: "Hardening" }, { token: owner.accessToken });
  expect(team.status, team.text).toBe(201);
  teamId = team.body.id;
  board = await createProject(client, owner.accessToken, teamId);
  taskId = (await createTask(client, owner.accessToken, board)).id;
});
afterAll(() => node?.stop());

const asOwner = () => ({ token: owner.accessToken });
const asAdmin = () => ({ token: admin.accessToken });

/** A 4xx problem that leaks nothing, whatever the status. */
function expectClientProblem(res: ApiResponse): void {
  expect(res.status, `${res.status} ${res.text}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${res.status} ${res.text}`).toBeLessThan(500);
  expectProblem(res, res.status, undefined, node);
}

/** A 422 naming `field` among its errors. */
function expectFieldRefused(res: ApiResponse, field: string): void {
  expectProblem(res, 422, "VALIDATION_ERROR", node);
  expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

const DEPTH = 10_000;
const deepArray = "[".repeat(DEPTH) + "]".repeat(DEPTH);
const deepObject = '{"a":'.repeat(DEPTH) + "1" + "}".repeat(DEPTH);

describe("deeply nested JSON", () => {
  it("answers 4xx for 10,000 levels of arrays or objects as the whole body", async () => {
    for (const body of [deepArray, deepObject]) {
      expectClientProblem(await client.post("/teams", body, asOwner()));
      expectClientProblem(await client.patch(`/tasks/${taskId}`, body, asOwner()));
      expectClientProblem(await client.post("/auth/login", body));
    }
  });

  it("answers 4xx for 10,000 levels in a validated field", async () => {
    for (const deep of [deepArray, deepObject]) {
      const wrap = (field: string, extra = "") => `{${extra}"${field}":${deep}}`;
      expectClientProblem(await client.post("/teams", wrap("name"), asOwner()));
      expectClientProblem(await client.patch(`/projects/${board.id}`, wrap("columnOrder"), asOwner()));
      expectClientProblem(await client.post(`/teams/${teamId}/invites`, wrap("emails"), asOwner()));
      expectClientProblem(await client.post(`/tasks/${taskId}/comments`, wrap("content"), asOwner()));
      expectClientProblem(
        await client.post("/projects", wrap("description", `"teamId":"${teamId}","name":"x",`), asOwner()),
      );
      expectClientProblem(await client.post("/keys", wrap("scopes", '"description":"k",'), asOwner()));
      expectClientProblem(await client.post("/audit/replay", wrap("fromSeq", '"group":"g",'), asAdmin()));
    }
  });

  it("still accepts an unknown but shallow extra key", async () => {
    const res = await client.post("/teams", { name: "Extra", extra: { a: [1, [2]] } }, asOwner());
    expect(res.status, res.text).toBe(201);
  });
});

describe("values that can't be printed", () => {
  it("answers 422 for arrays of objects whose toString isn't a function", async () => {
    const odd = '[{"toString":false}]';
    expectFieldRefused(
      await client.post(`/teams/${teamId}/invites`, `{"emails":["a@b.test"],"role":${odd}}`, asOwner()),
      "role",
    );
    expectFieldRefused(await client.post("/teams", `{"name":${odd}}`, asOwner()), "name");
    expectFieldRefused(
      await client.patch(`/projects/${board.id}`, `{"columnOrder":[${odd}]}`, asOwner()),
      "columnOrder[0]",
    );
    expectFieldRefused(
      await client.post(
        `/tasks/${taskId}/move`,
        `{"columnId":${odd},"position":[{"valueOf":1,"toString":2}]}`,
        asOwner(),
      ),
      "position",
    );
  });
});

describe("numbers beyond safe integers", () => {
  const HUGE = ["1e300", "9007199254740993", "1e20", "-1e300", "9007199254740992"];
  /** JSON number literals past the safe range, sent as written. */
  const HUGE_JSON = ["1e20", "1e300", "9007199254740993"];

  it("answers 422 for a huge page or pageSize on every kind of list", async () => {
    const lists = [
      "/teams",
      `/teams/${teamId}/members`,
      `/teams/${teamId}/invites`,
      "/invites",
      "/projects",
      `/projects/${board.id}/columns`,
      `/projects/${board.id}/tasks`,
      `/tasks/${taskId}/comments`,
      "/keys",
    ];
    for (const path of lists) {
      for (const value of HUGE) {
        for (const param of ["page", "pageSize"]) {
          const res = await client.get(`${path}?${param}=${value}`, asOwner());
          expectFieldRefused(res, param);
        }
      }
    }
  });

  it("answers a page far past the end with an empty page and the real total, not a 500", async () => {
    const res = await client.get(`/projects/${board.id}/tasks?page=90071992547409&pageSize=100`, asOwner());
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ rows: [], total: 1, page: 90071992547409 });
  });

  it("answers 422 for a huge admin list page", async () => {
    for (const value of HUGE) expectFieldRefused(await client.get(`/users?page=${value}`, asAdmin()), "page");
  });

  it("answers 422 for a huge task position", async () => {
    for (const position of HUGE_JSON) {
      const body = `{"columnId":"${board.columns[1]}","position":${position}}`;
      expectFieldRefused(await client.post(`/tasks/${taskId}/move`, body, asOwner()), "position");
    }
    const asText = await client.post(
      `/tasks/${taskId}/move`,
      `{"columnId":"${board.columns[1]}","position":1e400}`,
      asOwner(),
    );
    expectClientProblem(asText);
  });

  it("moves a task to a large but safe position as the column's last", async () => {
    const res = await client.post(
      `/tasks/${taskId}/move`,
      { columnId: board.columns[1], position: 2_147_483_648 },
      asOwner(),
    );
    expect(res.status, res.text).toBe(200);
  });

  it("answers 4xx for huge audit limits, cursors and replay sequences", async () => {
    for (const value of HUGE) {
      expectFieldRefused(await client.get(`/audit/events?limit=${value}`, asAdmin()), "limit");
      expectFieldRefused(await client.get(`/audit/entities/team/${teamId}?limit=${value}`, asAdmin()), "limit");
    }
    // A cursor is a string of digits: a huge one is past every event (an empty page) or refused, never a 500.
    for (const cursor of ["1e300", "-1", "999999999999999999", "9223372036854775807", "99999999999999999999"]) {
      for (const path of ["/audit/events", `/audit/events?order=asc&`, `/audit/entities/team/${teamId}`]) {
        const res = await client.get(`${path}${path.endsWith("&") ? "" : "?"}cursor=${cursor}`, asAdmin());
        if (res.status >= 400) expectClientProblem(res);
        else expect(res.status, res.text).toBe(200);
      }
    }
    for (const seq of HUGE_JSON) {
      const from = `{"fromSeq":${seq},"group":"g"}`;
      expectFieldRefused(await client.post("/audit/replay", from, asAdmin()), "fromSeq");
      const to = `{"fromSeq":1,"toSeq":${seq},"group":"g"}`;
      expectFieldRefused(await client.post("/audit/replay", to, asAdmin()), "toSeq");
    }
  });

  it("answers 4xx for a huge points value on a task", async () => {
    expectFieldRefused(await client.patch(`/tasks/${taskId}`, { points: 1e300 }, asOwner()), "points");
  });
});

describe("NUL characters in text fields", () => {
  const NUL = "a\u0000b";

  it("refuses a NUL in team names with 422 naming the field", async () => {
    expectFieldRefused(await client.post("/teams", { name: NUL }, asOwner()), "name");
    expectFieldRefused(await client.patch(`/teams/${teamId}`, { name: NUL }, asOwner()), "name");
  });

  it("refuses a NUL in project, column, task and comment text with 422 naming the field", async () => {
    expectFieldRefused(await client.post("/projects", { teamId, name: NUL }, asOwner()), "name");
    expectFieldRefused(
      await client.post("/projects", { teamId, name: "ok", description: NUL }, asOwner()),
      "description",
    );
    expectFieldRefused(await client.patch(`/projects/${board.id}`, { name: NUL }, asOwner()), "name");
    expectFieldRefused(await client.patch(`/projects/${board.id}`, { description: NUL }, asOwner()), "description");
    expectFieldRefused(await client.post(`/projects/${board.id}/columns`, { title: NUL }, asOwner()), "title");
    expectFieldRefused(
      await client.post(`/projects/${board.id}/tasks`, { columnId: board.columns[0], title: NUL }, asOwner()),
      "title",
    );
    expectFieldRefused(
      await client.post(
        `/projects/${board.id}/tasks`,
        { columnId: board.columns[0], title: "t", content: NUL },
        asOwner(),
      ),
      "content",
    );
    expectFieldRefused(await client.patch(`/tasks/${taskId}`, { title: NUL }, asOwner()), "title");
    expectFieldRefused(await client.patch(`/tasks/${taskId}`, { content: NUL }, asOwner()), "content");
    expectFieldRefused(await client.post(`/tasks/${taskId}/comments`, { content: NUL }, asOwner()), "content");
  });

  it("refuses a NUL in audit filters and replay groups", async () => {
    expectClientProblem(await client.get(`/audit/events?type=${encodeURIComponent(NUL)}`, asAdmin()));
    expectClientProblem(await client.get(`/audit/events?entityId=${encodeURIComponent(NUL)}`, asAdmin()));
    expectClientProblem(await client.get(`/audit/entities/team/${encodeURIComponent(NUL)}`, asAdmin()));
  });

  it("refuses a NUL in a path identifier", async () => {
    expectClientProblem(await client.get(`/teams/${encodeURIComponent(NUL)}`, asOwner()));
    expectClientProblem(await client.get(`/tasks/${encodeURIComponent(`${taskId}\u0000`)}`, asOwner()));
  });

  it("leaves the stored text untouched after a refusal", async () => {
    const res = await client.get(`/tasks/${taskId}`, asOwner());
    expect(res.status, res.text).toBe(200);
    expect(res.body.title).toBe("A task");
  });
});

describe("null in an optional field that isn't nullable", () => {
  it("answers 422 naming the field instead of writing null", async () => {
    for (const field of ["name", "description", "public", "columnOrder"]) {
      expectFieldRefused(await client.patch(`/projects/${board.id}`, { [field]: null }, asOwner()), field);
    }
    for (const field of ["title", "content"]) {
      expectFieldRefused(await client.patch(`/tasks/${taskId}`, { [field]: null }, asOwner()), field);
    }
    const project = await client.get(`/projects/${board.id}`, asOwner());
    expect(project.body.name, project.text).toBeTypeOf("string");
  });

  it("still clears a nullable field with null", async () => {
    const res = await client.patch(`/tasks/${taskId}`, { points: null, assigneeId: null }, asOwner());
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ points: null, assigneeId: null });
  });
});
