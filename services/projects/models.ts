/** projects: Sequelize models of the domain's tables (migrations/0001_init.sql), camelCase over snake_case columns. */
import { DataTypes, fn, type Model, type ModelStatic } from "sequelize";
import { timestampColumn, type ModelDefinition } from "../../mixins/db.mixin.js";

const id = { type: DataTypes.UUID, primaryKey: true, allowNull: false };
const uuid = (field: string) => ({ type: DataTypes.UUID, allowNull: false, field });
const text = { type: DataTypes.TEXT, allowNull: false };
const uuids = (field: string) => ({ type: DataTypes.ARRAY(DataTypes.UUID), allowNull: false, defaultValue: [], field });
/** A `timestamptz NOT NULL DEFAULT now()` column: the database's clock, as the table says. */
const stamp = (attribute: string, field: string) => ({ ...timestampColumn(attribute, field), defaultValue: fn("now") });

// Attributes are listed in the order responses show them.

export const ProjectModel: ModelDefinition = {
  table: "projects",
  attributes: {
    id,
    teamId: uuid("team_id"),
    name: text,
    prefix: text,
    description: { ...text, defaultValue: "" },
    public: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    columnOrder: uuids("column_order"),
    // Internal: the last task number handed out (store.insertNumberedTask), never in a response.
    taskSeq: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0, field: "task_seq" },
    createdBy: uuid("created_by"),
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

/** What a project response carries (the Db mixin's `fields`): everything but the task sequence. */
export const PROJECT_FIELDS = [
  "id",
  "teamId",
  "name",
  "prefix",
  "description",
  "public",
  "columnOrder",
  "createdBy",
  "createdAt",
  "updatedAt",
] as const;

export const ColumnModel: ModelDefinition = {
  table: "project_columns",
  attributes: {
    id,
    projectId: uuid("project_id"),
    title: text,
    taskIds: uuids("task_ids"),
    createdAt: stamp("createdAt", "created_at"),
  },
};

export const TaskModel: ModelDefinition = {
  table: "tasks",
  attributes: {
    id,
    projectId: uuid("project_id"),
    columnId: uuid("column_id"),
    key: text,
    seq: { type: DataTypes.INTEGER, allowNull: false },
    title: text,
    points: { type: DataTypes.INTEGER, allowNull: true },
    content: { ...text, defaultValue: "" },
    assigneeId: { type: DataTypes.UUID, allowNull: true, field: "assignee_id" },
    createdBy: uuid("created_by"),
    createdAt: stamp("createdAt", "created_at"),
    updatedAt: stamp("updatedAt", "updated_at"),
  },
};

export const CommentModel: ModelDefinition = {
  table: "task_comments",
  attributes: {
    id,
    taskId: uuid("task_id"),
    authorId: uuid("author_id"),
    content: text,
    createdAt: stamp("createdAt", "created_at"),
  },
};

/** The models' rows as plain objects (`row.get({ plain: true })`): timestamps are ISO strings. */
export interface ProjectRecord {
  id: string;
  teamId: string;
  name: string;
  prefix: string;
  description: string;
  public: boolean;
  columnOrder: string[];
  taskSeq: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface ColumnRecord {
  id: string;
  projectId: string;
  title: string;
  taskIds: string[];
  createdAt: string;
}

export interface TaskRecord {
  id: string;
  projectId: string;
  columnId: string;
  key: string;
  seq: number;
  title: string;
  points: number | null;
  content: string;
  assigneeId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface CommentRecord {
  id: string;
  taskId: string;
  authorId: string;
  content: string;
  createdAt: string;
}

/** The domain's models by name, from the Db mixin's `this.models` (keyed by table). */
export interface ProjectsModels {
  projects: ModelStatic<Model>;
  columns: ModelStatic<Model>;
  tasks: ModelStatic<Model>;
  comments: ModelStatic<Model>;
}

export function projectsModels(models: Record<string, ModelStatic<Model>>): ProjectsModels {
  return {
    projects: models[ProjectModel.table],
    columns: models[ColumnModel.table],
    tasks: models[TaskModel.table],
    comments: models[CommentModel.table],
  };
}
