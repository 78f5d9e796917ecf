-- Embedded mode's scheduled retries: a consumer group whose handler failed gets the event again later,
-- from here, instead of holding the relay while it waits (on NATS, JetStream redelivers).
CREATE TABLE event_redeliveries (
  id bigserial PRIMARY KEY,
  channel text NOT NULL,
  consumer_group text NOT NULL,
  envelope_id uuid,
  body bytea NOT NULL,
  attempts integer NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  last_error text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_redeliveries_group_idx ON event_redeliveries (consumer_group, next_attempt_at);
-- down
DROP TABLE event_redeliveries;
