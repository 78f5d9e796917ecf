/** SQL for projects, columns, tasks and comments. */
import { randomUUID } from "node:crypto";
import { QueryTypes, type Sequelize, type Transaction } from "sequelize";

type Tx = Transaction | undefined;

export interface ProjectRow {
  id: string;
  team_id: string;
  name: string;
  prefix: string;
  description: string;
  public: boolean;
  column_order: string[];
  task_seq: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface ColumnRow {
  id: string;
  project_id: string;
  title: string;
  task_ids: string[];
  created_at: Date;
}

export interface TaskRow {
  id: string;
  project_id: string;
  column_id: string;
  seq: number;
  key: string;
  title: string;
  points: number | null;
  content: string;
  assignee_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface CommentRow {
  id: string;
  task_id: string;
  author_id: string;
  content: string;
  created_at: Date;
}

const iso = (d: Date) => new Date(d).toISOString();
const ms = (d: Date) => new Date(d).getTime();

export const toProject = (r: ProjectRow) => ({
  id: r.id,
  teamId: r.team_id,
  name: r.name,
  prefix: r.prefix,
  description: r.description,
  public: r.public,
  columnOrder: r.column_order,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});
export type Project = ReturnType<typeof toProject>;

export const toColumn = (r: ColumnRow) => ({
  id: r.id,
  projectId: r.project_id,
  title: r.title,
  taskIds: r.task_ids,
  createdAt: iso(r.created_at),
});
export type Column = ReturnType<typeof toColumn>;

export const toTask = (r: TaskRow) => ({
  id: r.id,
  projectId: r.project_id,
  columnId: r.column_id,
  key: r.key,
  seq: r.seq,
  title: r.title,
  points: r.points,
  content: r.content,
  assigneeId: r.assignee_id,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});
export type Task = ReturnType<typeof toTask>;

export const toComment = (r: CommentRow) => ({
  id: r.id,
  taskId: r.task_id,
  authorId: r.author_id,
  content: r.content,
  createdAt: iso(r.created_at),
});
export type Comment = ReturnType<typeof toComment>;

// Event snapshots (events/projects/events.proto).
export const projectSnapshot = (r: ProjectRow) => ({
  id: r.id,
  teamId: r.team_id,
  name: r.name,
  prefix: r.prefix,
  description: r.description,
  public: r.public,
  columnOrder: r.column_order,
  createdAt: ms(r.created_at),
  updatedAt: ms(r.updated_at),
});
export const columnSnapshot = (r: ColumnRow) => ({
  id: r.id,
  projectId: r.project_id,
  title: r.title,
  taskIds: r.task_ids,
  createdAt: ms(r.created_at),
});
export const taskSnapshot = (r: TaskRow) => ({
  id: r.id,
  projectId: r.project_id,
  columnId: r.column_id,
  key: r.key,
  seq: r.seq,
  title: r.title,
  points: r.points ?? 0,
  content: r.content,
  assigneeId: r.assignee_id ?? "",
  createdAt: ms(r.created_at),
  updatedAt: ms(r.updated_at),
});
export const commentSnapshot = (r: CommentRow) => ({
  id: r.id,
  taskId: r.task_id,
  authorId: r.author_id,
  content: r.content,
  createdAt: ms(r.created_at),
});

async function one<T extends object>(db: Sequelize, sql: string, bind: unknown[], tx?: Tx): Promise<T | null> {
  const rows = await db.query<T>(sql, { bind, type: QueryTypes.SELECT, transaction: tx });
  return rows[0] ?? null;
}

function many<T extends object>(db: Sequelize, sql: string, bind: unknown[], tx?: Tx): Promise<T[]> {
  return db.query<T>(sql, { bind, type: QueryTypes.SELECT, transaction: tx });
}

/** "Meshwork Launch Board" → "MLB"; "Website" → "WEB"; names without letters → "PRJ". */
export function prefixFor(name: string): string {
  const words = name.toUpperCase().match(/[A-Z][A-Z0-9]*/g) ?? [];
  if (!words.length) return "PRJ";
  if (words.length === 1) return words[0].slice(0, 3);
  return words
    .map((w) => w[0])
    .join("")
    .slice(0, 4);
}

/** Inserts with the derived prefix, or PREFIX2, PREFIX3… when the team already uses it. */
export async function insertProject(
  db: Sequelize,
  p: { teamId: string; name: string; description: string; isPublic: boolean; createdBy: string },
  tx: Tx,
): Promise<ProjectRow> {
  const base = prefixFor(p.name);
  const taken = new Set(
    (
      await many<{ prefix: string }>(
        db,
        "SELECT prefix FROM projects WHERE team_id = $1 AND prefix LIKE $2",
        [p.teamId, `${base}%`],
        tx,
      )
    ).map((r) => r.prefix),
  );
  for (let n = 1; ; n++) {
    const prefix = n === 1 ? base : `${base}${n}`;
    if (taken.has(prefix)) continue;
    const row = await one<ProjectRow>(
      db,
      `INSERT INTO projects (id, team_id, name, prefix, description, public, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (team_id, prefix) DO NOTHING RETURNING *`,
      [randomUUID(), p.teamId, p.name, prefix, p.description, p.isPublic, p.createdBy],
      tx,
    );
    if (row) return row;
    taken.add(prefix);
  }
}

export const findProject = (db: Sequelize, id: string, tx?: Tx, forUpdate = false) =>
  one<ProjectRow>(db, `SELECT * FROM projects WHERE id = $1${forUpdate ? " FOR UPDATE" : ""}`, [id], tx);

/** A list's ORDER BY from pageQuery's [column, direction]; the column comes from a whitelist, never from the caller. */
export type Order = [string, "ASC" | "DESC"];
const orderBy = ([column, direction]: Order) => `${column} ${direction === "DESC" ? "DESC" : "ASC"}`;

export const projectsOfTeams = (
  db: Sequelize,
  teamIds: string[],
  limit: number,
  offset: number,
  order: Order = ["created_at", "DESC"],
) =>
  many<ProjectRow & { total: number }>(
    db,
    `SELECT *, count(*) OVER () AS total FROM projects WHERE team_id = ANY($1::uuid[]) ORDER BY ${orderBy(order)}, id LIMIT ${limit} OFFSET ${offset}`,
    [teamIds],
  );

export function updateProject(
  db: Sequelize,
  id: string,
  changes: { name?: string; description?: string; public?: boolean; columnOrder?: string[] },
  tx: Tx,
): Promise<ProjectRow | null> {
  const map: Record<string, string> = {
    name: "name",
    description: "description",
    public: "public",
    columnOrder: "column_order",
  };
  const keys = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  const sets = keys.map((k, i) => `${map[k]} = $${i + 2}${k === "columnOrder" ? "::uuid[]" : ""}`);
  sets.push("updated_at = now()");
  return one<ProjectRow>(
    db,
    `UPDATE projects SET ${sets.join(", ")} WHERE id = $1 RETURNING *`,
    [id, ...keys.map((k) => (changes as Record<string, unknown>)[k])],
    tx,
  );
}

export const deleteProjectsOfTeam = (db: Sequelize, teamId: string, tx: Tx) =>
  many<ProjectRow>(db, "DELETE FROM projects WHERE team_id = $1 RETURNING *", [teamId], tx);

export const deleteProject = (db: Sequelize, id: string, tx: Tx) =>
  one<ProjectRow>(db, "DELETE FROM projects WHERE id = $1 RETURNING *", [id], tx);

export async function insertColumn(db: Sequelize, projectId: string, title: string, tx: Tx): Promise<ColumnRow> {
  const row = (await one<ColumnRow>(
    db,
    "INSERT INTO project_columns (id, project_id, title) VALUES ($1, $2, $3) RETURNING *",
    [randomUUID(), projectId, title],
    tx,
  )) as ColumnRow;
  await db.query(
    "UPDATE projects SET column_order = array_append(column_order, $2::uuid), updated_at = now() WHERE id = $1",
    { bind: [projectId, row.id], transaction: tx },
  );
  return row;
}

export const columnsOf = (db: Sequelize, projectId: string, tx?: Tx) =>
  many<ColumnRow>(db, "SELECT * FROM project_columns WHERE project_id = $1", [projectId], tx);

export const findColumn = (db: Sequelize, id: string, tx?: Tx) =>
  one<ColumnRow>(db, "SELECT * FROM project_columns WHERE id = $1", [id], tx);

export const setColumnTasks = (db: Sequelize, columnId: string, taskIds: string[], tx: Tx) =>
  one<ColumnRow>(
    db,
    "UPDATE project_columns SET task_ids = $2::uuid[] WHERE id = $1 RETURNING *",
    [columnId, taskIds],
    tx,
  );

/** Next key under the project row lock: consecutive and unique however many creations race. */
export async function nextTaskNumber(
  db: Sequelize,
  projectId: string,
  tx: Tx,
): Promise<{ seq: number; prefix: string } | null> {
  return one<{ seq: number; prefix: string }>(
    db,
    "UPDATE projects SET task_seq = task_seq + 1 WHERE id = $1 RETURNING task_seq AS seq, prefix",
    [projectId],
    tx,
  );
}

export const insertTask = (
  db: Sequelize,
  t: {
    projectId: string;
    columnId: string;
    seq: number;
    key: string;
    title: string;
    points: number | null;
    content: string;
    assigneeId: string | null;
    createdBy: string;
  },
  tx: Tx,
) =>
  one<TaskRow>(
    db,
    `INSERT INTO tasks (id, project_id, column_id, seq, key, title, points, content, assignee_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
    [randomUUID(), t.projectId, t.columnId, t.seq, t.key, t.title, t.points, t.content, t.assigneeId, t.createdBy],
    tx,
  ) as Promise<TaskRow>;

export const findTask = (db: Sequelize, id: string, tx?: Tx) =>
  one<TaskRow>(db, "SELECT * FROM tasks WHERE id = $1", [id], tx);

export const tasksOf = (
  db: Sequelize,
  projectId: string,
  columnId: string | undefined,
  limit: number,
  offset: number,
  order: Order = ["seq", "ASC"],
) =>
  many<TaskRow & { total: number }>(
    db,
    `SELECT *, count(*) OVER () AS total FROM tasks WHERE project_id = $1 ${columnId ? "AND column_id = $2" : ""}
     ORDER BY ${orderBy(order)} LIMIT ${limit} OFFSET ${offset}`,
    columnId ? [projectId, columnId] : [projectId],
  );

export function updateTask(
  db: Sequelize,
  id: string,
  changes: { title?: string; points?: number | null; content?: string; assigneeId?: string | null; columnId?: string },
  tx: Tx,
): Promise<TaskRow | null> {
  const map: Record<string, string> = {
    title: "title",
    points: "points",
    content: "content",
    assigneeId: "assignee_id",
    columnId: "column_id",
  };
  const keys = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  const sets = keys.map((k, i) => `${map[k]} = $${i + 2}`);
  sets.push("updated_at = now()");
  return one<TaskRow>(
    db,
    `UPDATE tasks SET ${sets.join(", ")} WHERE id = $1 RETURNING *`,
    [id, ...keys.map((k) => (changes as Record<string, unknown>)[k])],
    tx,
  );
}

export const deleteTask = (db: Sequelize, id: string, tx: Tx) =>
  one<TaskRow>(db, "DELETE FROM tasks WHERE id = $1 RETURNING *", [id], tx);

export const insertComment = (db: Sequelize, taskId: string, authorId: string, content: string, tx: Tx) =>
  one<CommentRow>(
    db,
    "INSERT INTO task_comments (id, task_id, author_id, content) VALUES ($1, $2, $3, $4) RETURNING *",
    [randomUUID(), taskId, authorId, content],
    tx,
  ) as Promise<CommentRow>;

export const commentsOf = (
  db: Sequelize,
  taskId: string,
  limit: number,
  offset: number,
  order: Order = ["created_at", "ASC"],
) =>
  many<CommentRow & { total: number }>(
    db,
    `SELECT *, count(*) OVER () AS total FROM task_comments WHERE task_id = $1 ORDER BY ${orderBy(order)}, id LIMIT ${limit} OFFSET ${offset}`,
    [taskId],
  );
