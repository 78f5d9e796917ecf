-- Kanban: team-owned projects with ordered columns, tasks keyed PREFIX-N, and comments.
CREATE TABLE projects (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  name text NOT NULL,
  prefix text NOT NULL,
  description text NOT NULL DEFAULT '',
  public boolean NOT NULL DEFAULT false,
  column_order uuid[] NOT NULL DEFAULT '{}',
  -- Last task number handed out; bumped under the row lock, so keys are consecutive and unique.
  task_seq integer NOT NULL DEFAULT 0,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (team_id, prefix)
);
CREATE INDEX projects_team_idx ON projects (team_id, created_at);

CREATE TABLE project_columns (
  id uuid PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title text NOT NULL,
  -- Task order within the column.
  task_ids uuid[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_columns_project_idx ON project_columns (project_id);

CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  column_id uuid NOT NULL REFERENCES project_columns (id),
  seq integer NOT NULL,
  key text NOT NULL,
  title text NOT NULL,
  points integer,
  content text NOT NULL DEFAULT '',
  assignee_id uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (project_id, seq)
);
CREATE INDEX tasks_project_idx ON tasks (project_id, seq);

CREATE TABLE task_comments (
  id uuid PRIMARY KEY,
  task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  author_id uuid NOT NULL,
  content text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_comments_task_idx ON task_comments (task_id, created_at);
-- down
DROP TABLE task_comments;
DROP TABLE tasks;
DROP TABLE project_columns;
DROP TABLE projects;
