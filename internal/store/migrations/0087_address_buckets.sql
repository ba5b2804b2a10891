-- Per-address token buckets (new anonymous learners per client address),
-- kept in the database so that every server sharing it draws on one
-- bucket. A bucket is a row: its scope, the SHA-256 of its key (a client
-- address) and full_at, when it is full again (the theoretical arrival
-- time of the generic cell rate algorithm). A row whose full_at has passed
-- says no more than no row, and is swept.
CREATE TABLE address_buckets (
    scope   TEXT NOT NULL,
    key     TEXT NOT NULL,
    full_at TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX address_buckets_full_at ON address_buckets (full_at);
