-- Promotions: time-boxed discounts on a team's products with an approval workflow and usage budgets,
-- and the redemptions priced with them. Products and customers are other domains: ids only, no foreign keys.
CREATE TABLE promotions (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  customer_id uuid,
  valid_from timestamptz NOT NULL,
  valid_thru timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'pending', 'approved', 'rejected')),
  combinable boolean NOT NULL DEFAULT false,
  priority integer NOT NULL DEFAULT 0,
  usage_limit integer CHECK (usage_limit > 0),
  -- Bumped only by a conditional UPDATE in a redemption; never above the limit, never decremented.
  usage_count integer NOT NULL DEFAULT 0 CHECK (usage_count >= 0 AND (usage_limit IS NULL OR usage_count <= usage_limit)),
  -- Bumped by every edit: a redemption consumes a use only of the revision it priced with.
  revision integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL,
  -- Who last changed what the promotion says (its author until someone else edits it): no self-approval.
  edited_by uuid NOT NULL,
  approved_by uuid,
  rejection_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_from <= valid_thru)
);
CREATE INDEX promotions_team_idx ON promotions (team_id, created_at);
-- Pricing reads a team's approved promotions.
CREATE INDEX promotions_team_status_idx ON promotions (team_id, status);

-- One discount line per product per promotion: a percent in hundredths (12.5 % = 1250) or cents off each unit.
CREATE TABLE promotion_lines (
  promotion_id uuid NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
  position integer NOT NULL,
  product_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('percent', 'amount')),
  percent_hundredths integer CHECK (percent_hundredths BETWEEN 1 AND 10000),
  amount_cents bigint CHECK (amount_cents > 0),
  PRIMARY KEY (promotion_id, position),
  UNIQUE (promotion_id, product_id),
  CHECK ((type = 'percent') = (percent_hundredths IS NOT NULL) AND (type = 'amount') = (amount_cents IS NOT NULL))
);
CREATE INDEX promotion_lines_product_idx ON promotion_lines (product_id);

CREATE TABLE redemptions (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  customer_id uuid,
  at timestamptz NOT NULL,
  subtotal_cents bigint NOT NULL CHECK (subtotal_cents >= 0),
  discount_cents bigint NOT NULL CHECK (discount_cents >= 0),
  total_cents bigint NOT NULL CHECK (total_cents >= 0),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX redemptions_team_idx ON redemptions (team_id, created_at);

CREATE TABLE redemption_lines (
  redemption_id uuid NOT NULL REFERENCES redemptions (id) ON DELETE CASCADE,
  position integer NOT NULL,
  product_id uuid NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 0),
  subtotal_cents bigint NOT NULL,
  discount_cents bigint NOT NULL,
  total_cents bigint NOT NULL,
  PRIMARY KEY (redemption_id, position)
);

-- What each promotion took off each line (rank order within a line).
CREATE TABLE redemption_discounts (
  redemption_id uuid NOT NULL,
  line_position integer NOT NULL,
  rank integer NOT NULL,
  promotion_id uuid NOT NULL,
  discount_cents bigint NOT NULL CHECK (discount_cents > 0),
  PRIMARY KEY (redemption_id, line_position, rank),
  FOREIGN KEY (redemption_id, line_position) REFERENCES redemption_lines (redemption_id, position) ON DELETE CASCADE
);
CREATE INDEX redemption_discounts_promotion_idx ON redemption_discounts (promotion_id);
-- down
DROP TABLE redemption_discounts;
DROP TABLE redemption_lines;
DROP TABLE redemptions;
DROP TABLE promotion_lines;
DROP TABLE promotions;
