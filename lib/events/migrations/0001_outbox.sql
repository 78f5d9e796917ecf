-- Transactional outbox: a service writes its change and the event envelope in one transaction;
-- the relay publishes pending rows to the channel and marks them sent.
CREATE TABLE outbox (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  topic text NOT NULL,
  envelope bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  last_error text,
  sent_at timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Embedded mode's dead letters (on NATS they go to the events.dead-letter stream).
CREATE TABLE event_dead_letters (
  id bigserial PRIMARY KEY,
  channel text NOT NULL,
  consumer_group text NOT NULL,
  envelope_id uuid,
  reason text NOT NULL,
  body bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- down
DROP TABLE event_dead_letters;
DROP TABLE outbox;
