-- Item statistics kept as attempts finish, so that the statistics page
-- reads a few rows per question instead of every response. Each figure is
-- kept for two scopes: 0 counts each learner's first attempt at a set, 1
-- every attempt. An attempt at a set is what one finished attempt answered
-- of the set's questions (not deleted); x is a question's mark in it, y
-- the rest of that attempt's total at the set (docs/statistics.md).

-- The first attempt at each set of each learner (whose attempt it is),
-- as counted in scope 0.
CREATE TABLE stat_firsts (
    attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    set_id     INTEGER NOT NULL REFERENCES question_sets (id) ON DELETE CASCADE,
    PRIMARY KEY (attempt_id, set_id)
);
CREATE INDEX stat_firsts_set ON stat_firsts (set_id);

-- Per question and scope: n, Σx, Σx², Σy, Σy², Σxy.
CREATE TABLE stat_questions (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    scope       INTEGER NOT NULL CHECK (scope IN (0, 1)),
    n           INTEGER NOT NULL,
    sx          REAL NOT NULL,
    sxx         REAL NOT NULL,
    sy          REAL NOT NULL,
    syy         REAL NOT NULL,
    sxy         REAL NOT NULL,
    PRIMARY KEY (question_id, scope)
);

-- Per question and scope, counts by bucket: kind 'mark' by the mark in
-- millionths, 'rest' by y in hundredths, 'time' by the whole seconds taken
-- to answer (capped at an hour).
CREATE TABLE stat_question_buckets (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    scope       INTEGER NOT NULL CHECK (scope IN (0, 1)),
    kind        TEXT NOT NULL CHECK (kind IN ('mark', 'rest', 'time')),
    bucket      INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (question_id, scope, kind, bucket)
);

-- Per question version and scope, the responses choosing each option
-- (choice -1 counts the responses to the version).
CREATE TABLE stat_options (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    version_id  INTEGER NOT NULL,
    scope       INTEGER NOT NULL CHECK (scope IN (0, 1)),
    choice      INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (question_id, version_id, scope, choice)
);

-- Per set and scope: attempts, Σ totals, Σ totals², Σ scores; and the
-- scores counted by bucket (in ten-thousandths).
CREATE TABLE stat_sets (
    set_id INTEGER NOT NULL REFERENCES question_sets (id) ON DELETE CASCADE,
    scope  INTEGER NOT NULL CHECK (scope IN (0, 1)),
    n      INTEGER NOT NULL,
    st     REAL NOT NULL,
    stt    REAL NOT NULL,
    ss     REAL NOT NULL,
    PRIMARY KEY (set_id, scope)
);
CREATE TABLE stat_set_scores (
    set_id INTEGER NOT NULL REFERENCES question_sets (id) ON DELETE CASCADE,
    scope  INTEGER NOT NULL CHECK (scope IN (0, 1)),
    bucket INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (set_id, scope, bucket)
);

-- Sets whose figures must be worked out again from their responses (a
-- question deleted; every set when this table is made, the backfill).
CREATE TABLE stat_stale (
    set_id INTEGER PRIMARY KEY REFERENCES question_sets (id) ON DELETE CASCADE
);
INSERT INTO stat_stale (set_id) SELECT id FROM question_sets;
