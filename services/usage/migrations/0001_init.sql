-- Metered requests per team, period and endpoint: the truth every gateway's quota counter is rebuilt
-- from. Periods are the team's billing periods, as epoch milliseconds of the platform clock.
CREATE TABLE usage_counters (
  team_id uuid NOT NULL,
  period_start bigint NOT NULL,
  endpoint text NOT NULL,
  requests bigint NOT NULL DEFAULT 0,
  -- Answered 5xx: counted against the quota, never billed.
  server_errors bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (team_id, period_start, endpoint)
);

-- One row per team and period: its totals, the terms last seen, and the overage paid from the balance.
CREATE TABLE usage_periods (
  team_id uuid NOT NULL,
  period_start bigint NOT NULL,
  period_end bigint NOT NULL,
  requests bigint NOT NULL DEFAULT 0,
  server_errors bigint NOT NULL DEFAULT 0,
  tier text,
  quota bigint,
  overage_cents bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, period_start)
);
CREATE INDEX usage_periods_ranks_idx ON usage_periods (period_start, requests DESC);

-- Request events already counted: each event id is folded in once, whatever redelivers it. Kept for
-- 8 days, past the 7 days JetStream keeps an event.
CREATE TABLE usage_seen_events (
  id uuid PRIMARY KEY,
  seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX usage_seen_events_at_idx ON usage_seen_events (seen_at);

-- QuotaWarning (80 %) and QuotaExceeded (100 %): once per team and period.
CREATE TABLE usage_alerts (
  team_id uuid NOT NULL,
  period_start bigint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('warning', 'exceeded')),
  used bigint NOT NULL,
  quota bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, period_start, kind)
);

-- Overage debits from the balance: at most one per team and platform-clock minute, each with the
-- permanent key usage:<team>:<minute>, so billing moves the money once however often it is retried.
CREATE TABLE usage_debits (
  team_id uuid NOT NULL,
  minute bigint NOT NULL,
  period_start bigint NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  idempotency_key text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done')),
  ledger_entry_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  settled_at timestamptz,
  PRIMARY KEY (team_id, minute)
);
CREATE INDEX usage_debits_pending_idx ON usage_debits (team_id) WHERE status = 'pending';
-- down
DROP TABLE usage_debits;
DROP TABLE usage_alerts;
DROP TABLE usage_seen_events;
DROP TABLE usage_periods;
DROP TABLE usage_counters;
