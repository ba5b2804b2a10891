-- Several servers on one PostgreSQL database share the jobs: the server
-- that claims a job writes its name (claimed_by, the store's random id)
-- and how long its claim holds (lease_until, renewed while the job runs).
-- A job whose claim has lapsed was left by a server that stopped or
-- crashed, and the other servers settle it; one still claimed is another
-- server's and is left alone.
ALTER TABLE jobs ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN lease_until TEXT;
