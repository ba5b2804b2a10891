-- One-time links that let a person set a new password, made by an admin
-- (Lectern sends no email). The table keeps the SHA-256 of the token, so a
-- leaked database does not leak live links.
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);
CREATE INDEX password_resets_user ON password_resets (user_id);
