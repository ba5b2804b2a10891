-- A job may belong to no course: proposing the themes of a course not
-- made yet. Such a job belongs to the account that started it. A column
-- cannot lose NOT NULL in SQLite, so the table is rebuilt with the same
-- rows (PostgreSQL moves the identity past the largest id after every
-- migration).
CREATE TABLE jobs_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    course_id   INTEGER REFERENCES courses (id) ON DELETE CASCADE,
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
    finished_at TEXT,
    claimed_by  TEXT NOT NULL DEFAULT '',
    lease_until TEXT
);
INSERT INTO jobs_new (id, kind, course_id, user_id, status, input, progress, result, link, error, runs,
        created_at, started_at, finished_at, claimed_by, lease_until)
    SELECT id, kind, course_id, user_id, status, input, progress, result, link, error, runs,
        created_at, started_at, finished_at, claimed_by, lease_until FROM jobs;
DROP TABLE jobs;
ALTER TABLE jobs_new RENAME TO jobs;
CREATE INDEX jobs_status ON jobs (status, id);
CREATE INDEX jobs_course ON jobs (course_id, id);
CREATE INDEX jobs_user ON jobs (user_id, id);
