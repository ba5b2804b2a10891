-- Long work run in the background: drafting from an article, large
-- imports. A job keeps what it needs to run (input, as JSON), so that a
-- queued job runs after a restart, and what the instructor reads on its
-- status page: progress, the result and its link, or the error.
CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    course_id   INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    input       TEXT NOT NULL,
    progress    TEXT NOT NULL DEFAULT '',
    result      TEXT NOT NULL DEFAULT '',
    link        TEXT NOT NULL DEFAULT '',
    error       TEXT NOT NULL DEFAULT '',
    runs        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    started_at  TEXT,
    finished_at TEXT
);
CREATE INDEX jobs_status ON jobs (status, id);
CREATE INDEX jobs_course ON jobs (course_id, id);
