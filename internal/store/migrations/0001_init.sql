-- Lectern schema, version 1. Times are UTC text in RFC 3339 with
-- nanoseconds ('2026-11-26T20:00:00.000000000Z'), which sorts as time.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT UNIQUE COLLATE NOCASE,          -- NULL for anonymous learners
    password_hash TEXT,
    role          TEXT NOT NULL DEFAULT 'learner' CHECK (role IN ('learner', 'instructor', 'admin')),
    display_name  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

-- Server-side sessions: the cookie carries a random token, the table its
-- SHA-256, so a leaked database does not leak live cookies.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER REFERENCES users (id) ON DELETE CASCADE,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE courses (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT '',
    owner_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE paragraphs (
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    n         INTEGER NOT NULL CHECK (n >= 1),
    text      TEXT NOT NULL,
    PRIMARY KEY (course_id, n)
) WITHOUT ROWID;

CREATE TABLE themes (
    id        INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    slug      TEXT NOT NULL,
    title     TEXT NOT NULL,
    summary   TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL,
    UNIQUE (course_id, slug)
);

CREATE TABLE theme_paragraphs (
    theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    n        INTEGER NOT NULL,
    PRIMARY KEY (theme_id, n)
) WITHOUT ROWID;

-- A theme holds question sets; learners see only published ones. settings
-- is JSON (feedback mode, time limit, attempts, pool size, review rules).
CREATE TABLE question_sets (
    id         INTEGER PRIMARY KEY,
    theme_id   INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    position   INTEGER NOT NULL DEFAULT 0,
    settings   TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX question_sets_theme ON question_sets (theme_id);

-- A question keeps its uid across edits; each edit adds a version, and
-- every response points at the version the learner answered.
CREATE TABLE questions (
    id              INTEGER PRIMARY KEY,
    course_id       INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    set_id          INTEGER NOT NULL REFERENCES question_sets (id) ON DELETE CASCADE,
    uid             TEXT NOT NULL,
    position        INTEGER NOT NULL DEFAULT 0,
    current_version INTEGER NOT NULL DEFAULT 1,
    deleted_at      TEXT,
    UNIQUE (course_id, uid)
);
CREATE INDEX questions_set ON questions (set_id, position);

CREATE TABLE question_versions (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    type        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    body        TEXT NOT NULL,  -- the quiz.Question as JSON
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE (question_id, version)
);

-- Flashcards written for a course; per-learner scheduling state lives in
-- its own tables.
CREATE TABLE cards (
    id          INTEGER PRIMARY KEY,
    course_id   INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    theme_id    INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    uid         TEXT NOT NULL,
    front       TEXT NOT NULL,
    back        TEXT NOT NULL,
    paragraphs  TEXT NOT NULL DEFAULT '[]',
    question_id INTEGER REFERENCES questions (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    UNIQUE (course_id, uid)
);

CREATE TABLE attempts (
    id          INTEGER PRIMARY KEY,
    public_id   TEXT NOT NULL UNIQUE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id   INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    theme_id    INTEGER REFERENCES themes (id) ON DELETE SET NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('theme', 'mixed', 'retry')),
    retry_of    INTEGER REFERENCES attempts (id) ON DELETE SET NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX attempts_user ON attempts (user_id, started_at);

-- The questions of an attempt in the order the learner sees them, with the
-- option (or right-item) order shuffled for this attempt.
CREATE TABLE attempt_items (
    attempt_id   INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    question_id  INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    version_id   INTEGER NOT NULL REFERENCES question_versions (id),
    option_order TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (attempt_id, idx)
) WITHOUT ROWID;

CREATE TABLE responses (
    id          INTEGER PRIMARY KEY,
    attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    version_id  INTEGER NOT NULL REFERENCES question_versions (id),
    answer      TEXT NOT NULL,
    correct     INTEGER NOT NULL,
    score       REAL NOT NULL,
    answered_at TEXT NOT NULL,
    UNIQUE (attempt_id, idx)
);
CREATE INDEX responses_user_question ON responses (user_id, question_id, answered_at);
CREATE INDEX responses_version ON responses (version_id);

-- Each learner's latest result on each question: what mastery is counted
-- from. Kept up to date with every response.
CREATE TABLE question_mastery (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    correct     INTEGER NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (user_id, question_id)
) WITHOUT ROWID;
CREATE INDEX attempts_open ON attempts (user_id, course_id, finished_at);
