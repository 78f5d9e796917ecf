-- The audit event store: every envelope from every topic, once (idempotent on envelope id), never changed.
CREATE TABLE audit_events (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  topic text NOT NULL,
  type text NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_id text,
  team_id text,
  entity text NOT NULL,
  entity_id text NOT NULL,
  trace_id text,
  schema_version integer NOT NULL,
  payload jsonb NOT NULL,
  envelope bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_topic_idx ON audit_events (topic, seq);
CREATE INDEX audit_events_entity_idx ON audit_events (entity, entity_id, seq);
CREATE INDEX audit_events_team_idx ON audit_events (team_id, seq);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, seq);
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
-- down
DROP TABLE audit_events;
DROP FUNCTION audit_events_append_only();
