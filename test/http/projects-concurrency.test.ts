/** Concurrency on one board: parallel creations get consecutive keys, parallel moves leave every task in exactly one column. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, createTask, type Board } from "../support/tenancy.js";
import {
  api,
  expectJson,
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

beforeAll(async () => {
  node = await startTestNode({ RATE_LIMIT: "0" });
  client = api(node.baseUrl);
  owner = await signup(client);
  teamId = (await client.post("/teams", { name: "Busy" }, { token: owner.accessToken })).body.id;
});
afterAll(() => node.stop());

interface TaskView {
  id: string;
  key: string;
  columnId: string;
}

/** Asserts the board's invariant: the columns' task ids are exactly the tasks, once each, each in the column it names. */
async function expectConsistentBoard(board: Board, taskIds: string[]): Promise<void> {
  const columns = await client.get(`/projects/${board.id}/columns`, { token: owner.accessToken });
  expectJson(columns);
  const listed = columns.body.rows.flatMap((c: { taskIds: string[] }) => c.taskIds);
  expect(listed).toHaveLength(taskIds.length);
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual([...taskIds].sort());
  const tasks = await client.get(`/projects/${board.id}/tasks?pageSize=100`, { token: owner.accessToken });
  const columnOf = new Map((tasks.body.rows as TaskView[]).map((t) => [t.id, t.columnId]));
  expect(columnOf.size).toBe(taskIds.length);
  for (const column of columns.body.rows as { id: string; taskIds: string[] }[]) {
    for (const id of column.taskIds) expect(columnOf.get(id), `task ${id}`).toBe(column.id);
  }
}

describe("parallel work on one board", () => {
  it("gives 50 parallel creations 50 distinct consecutive keys PREFIX-1..PREFIX-50", async () => {
    const board = await createProject(client, owner.accessToken, teamId, "Parallel Keys");
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        client.post<TaskView>(
          `/projects/${board.id}/tasks`,
          { columnId: board.columns[i % 4], title: `Task ${i}` },
          { token: owner.accessToken },
        ),
      ),
    );
    for (const res of results) expect(res.status, res.text).toBe(201);
    const keys = results.map((r) => r.body.key);
    expect(new Set(keys).size).toBe(50);
    expect([...keys].sort()).toEqual(Array.from({ length: 50 }, (_, i) => `PK-${i + 1}`).sort());
    const seqs = results.map((r) => (r.body as unknown as { seq: number }).seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    await expectConsistentBoard(
      board,
      results.map((r) => r.body.id),
    );
    expect((await createTask(client, owner.accessToken, board, "After")).key).toBe("PK-51");
  });

  it("leaves every task in exactly one column after 50 parallel moves to random columns and positions", async () => {
    const board = await createProject(client, owner.accessToken, teamId, "Parallel Moves");
    const tasks: TaskView[] = [];
    for (let i = 0; i < 20; i++) tasks.push(await createTask(client, owner.accessToken, board, `Task ${i}`));
    // A fixed-seed generator keeps a failure reproducible.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const moves = Array.from({ length: 50 }, () => ({
      task: tasks[random(tasks.length)],
      columnId: board.columns[random(4)],
      position: random(25),
    }));
    const results = await Promise.all(
      moves.map((m) =>
        client.post(
          `/tasks/${m.task.id}/move`,
          { columnId: m.columnId, position: m.position },
          { token: owner.accessToken },
        ),
      ),
    );
    for (const res of results) expect(res.status, res.text).toBe(200);
    await expectConsistentBoard(
      board,
      tasks.map((t) => t.id),
    );
  });

  it("stays consistent when creations, moves and deletions race", async () => {
    const board = await createProject(client, owner.accessToken, teamId, "Racing Board");
    const seeded: TaskView[] = [];
    for (let i = 0; i < 10; i++) seeded.push(await createTask(client, owner.accessToken, board, `Seed ${i}`));
    const work = [
      ...Array.from({ length: 15 }, (_, i) =>
        client.post(
          `/projects/${board.id}/tasks`,
          { columnId: board.columns[i % 4], title: `New ${i}` },
          { token: owner.accessToken },
        ),
      ),
      ...seeded
        .slice(0, 7)
        .flatMap((t, i) => [
          client.post(
            `/tasks/${t.id}/move`,
            { columnId: board.columns[(i + 1) % 4], position: i % 3 },
            { token: owner.accessToken },
          ),
          client.post(
            `/tasks/${t.id}/move`,
            { columnId: board.columns[(i + 2) % 4], position: 0 },
            { token: owner.accessToken },
          ),
        ]),
      ...seeded.slice(7).map((t) => client.delete(`/tasks/${t.id}`, { token: owner.accessToken })),
    ];
    const results = await Promise.all(work);
    for (const res of results) expect([200, 201, 204], res.text).toContain(res.status);
    const created = results.filter((r) => r.status === 201).map((r) => r.body.id as string);
    expect(created).toHaveLength(15);
    await expectConsistentBoard(board, [...seeded.slice(0, 7).map((t) => t.id), ...created]);
  });

  it("gives ten parallel projects of one name distinct prefixes", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        client.post("/projects", { teamId, name: "Same Name" }, { token: owner.accessToken }),
      ),
    );
    for (const res of results) expect(res.status, res.text).toBe(201);
    expect(results.map((r) => r.body.prefix).sort()).toEqual([
      "SN",
      "SN10",
      "SN2",
      "SN3",
      "SN4",
      "SN5",
      "SN6",
      "SN7",
      "SN8",
      "SN9",
    ]);
  });
});
