-- Notifications: mail jobs (one per trigger event, recipient and template), the in-app inbox,
-- per-category preferences, and the dev mailbox that stands in for SMTP outside production.
CREATE TABLE mail_jobs (
  id uuid PRIMARY KEY,
  trigger_event_id uuid NOT NULL,
  recipient text NOT NULL,
  template text NOT NULL,
  user_id uuid,
  team_id uuid,
  category text NOT NULL CHECK (category IN ('security', 'product', 'billing', 'usage')),
  subject text NOT NULL,
  -- The rendered parts; cleared once the mail has left (they may hold single-use tokens).
  html text,
  body_text text,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  last_error text,
  message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  failed_at timestamptz,
  -- JetStream redelivers at least once: the same trigger never makes a second mail.
  UNIQUE (trigger_event_id, recipient, template)
);
CREATE INDEX mail_jobs_due_idx ON mail_jobs (next_attempt_at) WHERE status = 'queued';
CREATE INDEX mail_jobs_recipient_idx ON mail_jobs (recipient, template, created_at);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  -- Newest-first cursor order and the stream's resume point.
  seq bigserial NOT NULL UNIQUE,
  user_id uuid NOT NULL,
  trigger_event_id uuid NOT NULL,
  kind text NOT NULL,
  category text NOT NULL CHECK (category IN ('product', 'billing', 'usage')),
  title text NOT NULL,
  body text NOT NULL,
  link text,
  team_id uuid,
  read_at timestamptz,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (trigger_event_id, user_id, kind)
);
CREATE INDEX notifications_inbox_idx ON notifications (user_id, seq) WHERE archived_at IS NULL;

CREATE TABLE notification_preferences (
  user_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('product', 'billing', 'usage')),
  email boolean NOT NULL DEFAULT true,
  inbox boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, category)
);

CREATE TABLE dev_mailbox (
  id uuid PRIMARY KEY,
  seq bigserial NOT NULL UNIQUE,
  message_id text NOT NULL,
  sender text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  html text NOT NULL,
  body_text text NOT NULL,
  template text,
  job_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dev_mailbox_recipient_idx ON dev_mailbox (recipient, seq);
-- down
DROP TABLE dev_mailbox;
DROP TABLE notification_preferences;
DROP TABLE notifications;
DROP TABLE mail_jobs;
