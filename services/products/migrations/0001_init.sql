-- Products: a team's catalogue. The checks repeat the actions' validation, so no other writer can break it.
CREATE TABLE products (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  name text NOT NULL,
  sku text NOT NULL,
  -- A list price in integer minor units of `currency`; null for a product without one.
  price_cents bigint CHECK (price_cents >= 0),
  currency text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  hierarchy_level smallint CHECK (hierarchy_level >= 0),
  -- Both ends inclusive; null is an open end.
  valid_from timestamptz,
  valid_thru timestamptz,
  extra_fields jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra_fields) = 'object'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT products_validity CHECK (valid_from IS NULL OR valid_thru IS NULL OR valid_from <= valid_thru)
);
-- A sku is unique in its team whatever its case ("ab-1" and "AB-1" are one sku): racing creations get one winner.
CREATE UNIQUE INDEX products_team_sku_key ON products (team_id, lower(sku));
CREATE INDEX products_team_created_idx ON products (team_id, created_at);
-- down
DROP TABLE products;
