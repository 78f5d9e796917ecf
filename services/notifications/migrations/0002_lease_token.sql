-- Each claim of a mail job carries a token: a worker whose lease ran out while the job waited in
-- its batch renews it only if nobody claimed the job since, and otherwise leaves it alone.
ALTER TABLE mail_jobs ADD COLUMN lease_token uuid;
-- down
ALTER TABLE mail_jobs DROP COLUMN lease_token;
