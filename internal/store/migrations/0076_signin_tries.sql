-- Sign-in tries, kept in the database when several servers share it
-- (PostgreSQL), so that guesses spread over the servers are counted
-- together. A try is a row: its scope (pair, account or client), the
-- SHA-256 of its key (an account's email, a client address, or both) and
-- when it was made. signin_known holds the account and address pairs that
-- signed in successfully, and when they last did.
CREATE TABLE signin_tries (
    scope TEXT NOT NULL,
    key   TEXT NOT NULL,
    at    TEXT NOT NULL
);
CREATE INDEX signin_tries_key ON signin_tries (scope, key, at);
CREATE INDEX signin_tries_at ON signin_tries (at);
CREATE TABLE signin_known (
    pair TEXT PRIMARY KEY,
    at   TEXT NOT NULL
);
