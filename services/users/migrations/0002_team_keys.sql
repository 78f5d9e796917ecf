-- Team API keys: a key bound to a team (POST /teams/:id/keys). user_id stays the administrator who
-- issued it (the identity its calls act as); team_id limits it to that team and meters its calls.
ALTER TABLE api_keys ADD COLUMN team_id uuid;
CREATE INDEX api_keys_team_idx ON api_keys (team_id) WHERE team_id IS NOT NULL;
-- down
DROP INDEX api_keys_team_idx;
ALTER TABLE api_keys DROP COLUMN team_id;
