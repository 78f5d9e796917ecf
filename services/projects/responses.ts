/** projects: the shapes its routes answer (JSON Schema, lib/schemas.ts); never the task counter. */
import { arrayOf, bool, count, instant, nullable, object, page, text, uuid } from "../../lib/schemas.js";

export const project = object(
  {
    id: uuid,
    teamId: uuid,
    name: text,
    prefix: { type: "string", description: "Starts every task key of the project, e.g. WEB in WEB-12" },
    description: text,
    public: { ...bool, description: "Any signed-in user may read it" },
    columnOrder: { ...arrayOf(uuid), description: "The board's column ids, left to right" },
    createdBy: uuid,
    createdAt: instant,
    updatedAt: instant,
  },
  { title: "Project", description: "A kanban board owned by a team" },
);

export const column = object(
  {
    id: uuid,
    projectId: uuid,
    title: text,
    taskIds: { ...arrayOf(uuid), description: "The column's tasks, top to bottom" },
    createdAt: instant,
  },
  { title: "Column" },
);

export const task = object(
  {
    id: uuid,
    projectId: uuid,
    columnId: uuid,
    key: { type: "string", pattern: "^[A-Z0-9]+-\\d+$", description: "The project's prefix and the task's number" },
    seq: { ...count, description: "The task's number in its project" },
    title: text,
    points: nullable(count),
    content: text,
    assigneeId: nullable(uuid),
    createdBy: uuid,
    createdAt: instant,
    updatedAt: instant,
  },
  { title: "Task" },
);

export const comment = object(
  { id: uuid, taskId: uuid, authorId: uuid, content: text, createdAt: instant },
  { title: "Comment" },
);

export const projectPage = page(project);
export const columnPage = page(column);
export const taskPage = page(task);
export const commentPage = page(comment);
