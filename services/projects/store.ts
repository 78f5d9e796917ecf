/**
 * projects: the SQL the models can't say, through lib/sql.ts: the prefix-conditional insert, the
 * numbered task insert under the project row lock, array appends and the multi-row team cleanup.
 */
import { randomUUID } from "node:crypto";
import { Op, type Model, type ModelStatic } from "sequelize";
import { execute, selectMany, selectOne, type Tx } from "../../lib/sql.js";
import type { ProjectRecord, ProjectsModels, TaskRecord } from "./models.js";
import { fromRow } from "../../mixins/db.mixin.js";

const sqlOf = (model: ModelStatic<Model>) => model.sequelize!;

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

/** Inserts with the derived prefix, or PREFIX2, PREFIX3… when the team already uses it (a racing insert included). */
export async function insertProject(
  m: ProjectsModels,
  p: { teamId: string; name: string; description: string; isPublic: boolean; createdBy: string },
  tx: Tx,
): Promise<ProjectRecord> {
  const base = prefixFor(p.name);
  const used = await m.projects.findAll({
    where: { teamId: p.teamId, prefix: { [Op.like]: `${base}%` } },
    attributes: ["prefix"],
    transaction: tx,
  });
  const taken = new Set(used.map((row) => row.get("prefix") as string));
  for (let n = 1; ; n++) {
    const prefix = n === 1 ? base : `${base}${n}`;
    if (taken.has(prefix)) continue;
    // A conditional insert: a unique violation would abort the whole transaction.
    const row = await selectOne<Record<string, unknown>>(
      sqlOf(m.projects),
      `INSERT INTO projects (id, team_id, name, prefix, description, public, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (team_id, prefix) DO NOTHING RETURNING *`,
      [randomUUID(), p.teamId, p.name, prefix, p.description, p.isPublic, p.createdBy],
      tx,
    );
    if (row) return fromRow<ProjectRecord>(m.projects, row);
    taken.add(prefix);
  }
}

/** Puts a new column last on its project's board. */
export async function appendColumn(m: ProjectsModels, projectId: string, columnId: string, tx: Tx): Promise<void> {
  await execute(
    sqlOf(m.projects),
    "UPDATE projects SET column_order = array_append(column_order, $2::uuid), updated_at = now() WHERE id = $1",
    [projectId, columnId],
    tx,
  );
}

/** A task's fields before its number is allocated. */
export interface UnnumberedTask {
  projectId: string;
  columnId: string;
  title: string;
  points: number | null;
  content: string;
  assigneeId: string | null;
  createdBy: string;
}

/**
 * Numbers, inserts and appends a task to its column in one statement: the `task_seq` bump takes the
 * project row lock, held from here to the end of the transaction, so keys are consecutive and unique
 * however many creations race. Run it last in the transaction (only the outbox row after it): the
 * lock is then held for this statement and the commit, not the whole creation. Null when the project
 * is gone; `task` null when the column isn't the project's (nothing inserted; the caller rolls back,
 * so no number is used up).
 */
export async function insertNumberedTask(
  m: ProjectsModels,
  task: UnnumberedTask,
  tx: Tx,
): Promise<{ task: TaskRecord | null; teamId: string } | null> {
  const row = await selectOne<Record<string, unknown>>(
    sqlOf(m.projects),
    `WITH numbered AS (
       UPDATE projects SET task_seq = task_seq + 1 WHERE id = $1 RETURNING task_seq, prefix, team_id
     ), inserted AS (
       INSERT INTO tasks (id, project_id, column_id, seq, key, title, points, content, assignee_id, created_by)
       SELECT $2::uuid, $1::uuid, c.id, n.task_seq, n.prefix || '-' || n.task_seq, $4::text, $5::int, $6::text,
              $7::uuid, $8::uuid
       FROM numbered n JOIN project_columns c ON c.id = $3::uuid AND c.project_id = $1::uuid
       RETURNING *
     ), appended AS (
       UPDATE project_columns c SET task_ids = array_append(c.task_ids, inserted.id)
       FROM inserted WHERE c.id = inserted.column_id
       RETURNING c.id
     )
     SELECT inserted.*, numbered.team_id AS "teamId", (SELECT count(*) FROM appended)::int AS appended
     FROM numbered LEFT JOIN inserted ON true`,
    [
      task.projectId,
      randomUUID(),
      task.columnId,
      task.title,
      task.points,
      task.content,
      task.assigneeId,
      task.createdBy,
    ],
    tx,
  );
  if (!row) return null;
  const { teamId, appended, ...columns } = row;
  const inserted = columns.id !== null && appended === 1;
  return { task: inserted ? fromRow<TaskRecord>(m.tasks, columns) : null, teamId: teamId as string };
}

/** Deletes every project of a team (columns, tasks and comments cascade) and answers the deleted rows. */
export async function deleteProjectsOfTeam(m: ProjectsModels, teamId: string, tx: Tx): Promise<ProjectRecord[]> {
  const rows = await selectMany<Record<string, unknown>>(
    sqlOf(m.projects),
    "DELETE FROM projects WHERE team_id = $1 RETURNING *",
    [teamId],
    tx,
  );
  return rows.map((row) => fromRow<ProjectRecord>(m.projects, row));
}
