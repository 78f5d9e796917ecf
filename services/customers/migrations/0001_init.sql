-- A team's commercial records: name, email, status, validity window and free-form extra fields.
CREATE TABLE customers (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  name text NOT NULL,
  email text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  -- Both ends inclusive; NULL is an open end.
  valid_from timestamptz,
  valid_thru timestamptz,
  extra_fields jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT customers_validity_order CHECK (valid_from IS NULL OR valid_thru IS NULL OR valid_from <= valid_thru)
);
-- One customer per email in a team, whatever its case; it settles racing creations too (NULLs never collide).
CREATE UNIQUE INDEX customers_team_email_key ON customers (team_id, lower(email));
CREATE INDEX customers_team_created_idx ON customers (team_id, created_at);
-- down
DROP TABLE customers;
