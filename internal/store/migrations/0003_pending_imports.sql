-- Files uploaded for import, kept between the preview and the instructor's
-- confirmation (or for a day at most).
CREATE TABLE pending_imports (
    id         TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    theme      TEXT NOT NULL,
    title      TEXT NOT NULL,
    publish    INTEGER NOT NULL,
    file_name  TEXT NOT NULL,
    format     TEXT NOT NULL,
    body       BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX pending_imports_created ON pending_imports (created_at);
