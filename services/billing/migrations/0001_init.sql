-- Billing: an account per team, card charges, the balance ledger, received provider webhooks, the fake
-- provider's outgoing deliveries, and the platform clock's offset. Money is integer cents (bigint).
CREATE TABLE billing_accounts (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL UNIQUE,
  tier text NOT NULL DEFAULT 'free',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  currency text NOT NULL DEFAULT 'USD',
  -- Moved only by a ledger entry, under this row's lock.
  balance_cents bigint NOT NULL DEFAULT 0 CHECK (balance_cents >= 0),
  -- Periods are counted in calendar months from the anchor (platform clock).
  period_anchor timestamptz NOT NULL,
  period_start timestamptz NOT NULL,
  period_end timestamptz NOT NULL,
  pending_tier text,
  -- The provider's reference for the card, and what a response may show of it.
  payment_method_ref text,
  payment_method_brand text,
  payment_method_last4 text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX billing_accounts_period_end_idx ON billing_accounts (period_end) WHERE status = 'active';

CREATE TABLE billing_charges (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES billing_accounts (id),
  team_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('topup', 'upgrade', 'renewal')),
  tier text,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  currency text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  failure_reason text,
  provider text NOT NULL,
  provider_charge_id text,
  -- A renewal: the start of the period it pays for (one renewal per period).
  period_start timestamptz,
  -- A top-up's Idempotency-Key, kept for good: the same key never charges twice.
  idempotency_key text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX billing_charges_team_idx ON billing_charges (team_id, created_at);
CREATE UNIQUE INDEX billing_charges_renewal_idx ON billing_charges (account_id, period_start) WHERE purpose = 'renewal';
CREATE UNIQUE INDEX billing_charges_key_idx ON billing_charges (account_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
-- At most one upgrade waits for the provider at a time.
CREATE UNIQUE INDEX billing_charges_pending_upgrade_idx ON billing_charges (account_id)
  WHERE purpose = 'upgrade' AND status = 'pending';

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE billing_ledger (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES billing_accounts (id),
  team_id uuid NOT NULL,
  delta_cents bigint NOT NULL CHECK (delta_cents <> 0),
  balance_after_cents bigint NOT NULL CHECK (balance_after_cents >= 0),
  reason text NOT NULL CHECK (reason IN ('topup', 'usage', 'adjustment', 'renewal', 'refund')),
  reference text NOT NULL DEFAULT '',
  -- The permanent key of the movement: the same key never moves money twice.
  idempotency_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (account_id, idempotency_key)
);
CREATE INDEX billing_ledger_team_idx ON billing_ledger (team_id, created_at);

-- Every provider webhook accepted, by its webhook-id, recorded before (and with) its effect.
CREATE TABLE billing_webhook_events (
  provider text NOT NULL,
  webhook_id text NOT NULL,
  type text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider, webhook_id)
);

-- The fake provider's outgoing webhooks: kept until delivered (2xx) or given up, so a restart loses none.
CREATE TABLE billing_provider_deliveries (
  id text PRIMARY KEY,
  provider text NOT NULL,
  charge_id uuid NOT NULL,
  body text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  failed_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX billing_provider_deliveries_due_idx ON billing_provider_deliveries (next_attempt_at)
  WHERE delivered_at IS NULL AND failed_at IS NULL;

-- The platform clock's offset (TEST_CLOCK), one row shared by every node.
CREATE TABLE billing_clock (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  offset_ms bigint NOT NULL DEFAULT 0 CHECK (offset_ms >= 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO billing_clock (id, offset_ms) VALUES (1, 0);
-- down
DROP TABLE billing_clock;
DROP TABLE billing_provider_deliveries;
DROP TABLE billing_webhook_events;
DROP TABLE billing_ledger;
DROP TABLE billing_charges;
DROP TABLE billing_accounts;
