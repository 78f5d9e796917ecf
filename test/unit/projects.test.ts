/** The projects service on its own broker and database, with a fake teams service deciding who holds which role. */
import { randomUUID } from "node:crypto";
import type { ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import type { Page } from "../../lib/pagination.js";
import ProjectsService, { type Column, type Project, type Task } from "../../services/projects/projects.service.js";

type Role = "administrator" | "editor" | "commenter" | "viewer";
type User = ReturnType<ServiceUnderTest["user"]>;

let kit: ServiceUnderTest;
const teamId = randomUUID();
/** Who holds which role in `teamId`, as the fake teams service answers it. */
const roles = new Map<string, Role>();
let editor: User;
let viewer: User;
let stranger: User;

beforeAll(async () => {
  // The kit takes an untyped ServiceSchema; a schema typed with its methods needs the cast.
  kit = await serviceUnderTest(ProjectsService as unknown as ServiceSchema, {
    fakes: {
      teams: {
        membership: (p: { teamId: string; userId: string }) => {
          const role = p.teamId === teamId ? roles.get(p.userId) : undefined;
          return role ? { teamId: p.teamId, userId: p.userId, role } : null;
        },
        teamIdsOf: (p: { userId: string }) => (roles.has(p.userId) ? [teamId] : []),
      },
    },
  });
  editor = kit.user();
  viewer = kit.user();
  stranger = kit.user();
  roles.set(editor.id, "editor");
  roles.set(viewer.id, "viewer");
});
afterAll(() => kit?.stop());

const createProject = (name: string) => kit.call<Project>("projects.create", { teamId, name }, { user: editor });

describe("projects.create", () => {
  it("gives a new project the columns To Do, In Progress, Review, Done, in board order", async () => {
    const project = await createProject("Default Columns");
    const columns = await kit.call<Page<Column>>("projects.columns", { id: project.id }, { user: viewer });
    expect(columns.rows.map((c) => c.title)).toEqual(["To Do", "In Progress", "Review", "Done"]);
    expect(columns.rows.map((c) => c.id)).toEqual(project.columnOrder);
    expect(columns).toMatchObject({ total: 4, page: 1, totalPages: 1 });
    const created = (await kit.published("projects")).filter(
      (e) => e.type === "ColumnCreated" && (e.event.column as Column).projectId === project.id,
    );
    expect(created.map((e) => e.entityId)).toEqual(project.columnOrder);
    // The team rule asked the teams service about the caller.
    expect(kit.fakes.teams.callsTo("membership")).toContainEqual(
      expect.objectContaining({ params: { teamId, userId: editor.id } }),
    );
  });
});

describe("projects.createTask", () => {
  it("gives 20 parallel creations 20 consecutive keys, each once in the column", async () => {
    const project = await createProject("Parallel Keys");
    const columnId = project.columnOrder[0];
    const tasks = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        kit.call<Task>("projects.createTask", { id: project.id, columnId, title: `Task ${i}` }, { user: editor }),
      ),
    );
    const expected = Array.from({ length: 20 }, (_, i) => `${project.prefix}-${i + 1}`);
    expect(tasks.map((t) => t.key).sort()).toEqual([...expected].sort());
    expect(tasks.map((t) => t.seq).sort((a, b) => a - b)).toEqual(expected.map((_, i) => i + 1));
    const column = (await kit.call<Page<Column>>("projects.columns", { id: project.id }, { user: viewer })).rows[0];
    expect([...column.taskIds].sort()).toEqual(tasks.map((t) => t.id).sort());
  });

  it("refuses another project's or an unknown column with 422 and uses up no number", async () => {
    const project = await createProject("No Gaps");
    const other = await createProject("Other Board");
    const create = (columnId: string) =>
      kit.call<Task>("projects.createTask", { id: project.id, columnId, title: "T" }, { user: editor });
    const first = await create(project.columnOrder[0]);
    for (const columnId of [other.columnOrder[0], randomUUID()]) {
      await expect(create(columnId)).rejects.toMatchObject({ code: 422, type: "VALIDATION_ERROR" });
    }
    const second = await create(project.columnOrder[1]);
    expect([first.seq, second.seq]).toEqual([1, 2]);
    const otherColumn = (await kit.call<Page<Column>>("projects.columns", { id: other.id }, { user: viewer })).rows[0];
    expect(otherColumn.taskIds).toEqual([]);
  });

  it("answers 403 to a viewer and creates nothing", async () => {
    const project = await createProject("Viewer Refused");
    await expect(
      kit.call(
        "projects.createTask",
        { id: project.id, columnId: project.columnOrder[0], title: "No" },
        { user: viewer },
      ),
    ).rejects.toMatchObject({ code: 403, type: "ROLE_TOO_LOW" });
    const tasks = await kit.call<Page<Task>>("projects.tasks", { id: project.id }, { user: viewer });
    expect(tasks.total).toBe(0);
  });

  it("answers 404 to a caller outside the team, as if the project didn't exist", async () => {
    const project = await createProject("Outsider Refused");
    await expect(
      kit.call(
        "projects.createTask",
        { id: project.id, columnId: project.columnOrder[0], title: "No" },
        { user: stranger },
      ),
    ).rejects.toMatchObject({ code: 404, type: "NOT_FOUND" });
    await expect(kit.call("projects.get", { id: project.id }, { user: stranger })).rejects.toMatchObject({
      code: 404,
    });
  });

  it("publishes TaskCreated with the task, its team, actor and key", async () => {
    const project = await createProject("Task Events");
    const task = await kit.call<Task>(
      "projects.createTask",
      { id: project.id, columnId: project.columnOrder[1], title: "Announce me", points: 3 },
      { user: editor },
    );
    const event = (await kit.published("projects")).find((e) => e.type === "TaskCreated" && e.entityId === task.id);
    expect(event).toMatchObject({
      topic: "projects",
      entity: "task",
      teamId,
      actorId: editor.id,
      event: {
        type: "TaskCreated",
        task: {
          id: task.id,
          key: `${project.prefix}-1`,
          columnId: project.columnOrder[1],
          title: "Announce me",
          points: 3,
        },
      },
    });
  });
});
