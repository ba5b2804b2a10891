-- Flashcards scheduled by FSRS, per learner.

-- Every question also serves as a flashcard: its card row has question_id
-- set, and its front and back are drawn from the question's current version
-- when shown. Written cards have question_id NULL.
INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, question_id, created_at)
SELECT q.course_id, s.theme_id, 'q-' || q.uid, '', '', '[]', q.id, strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now')
FROM questions q JOIN question_sets s ON s.id = q.set_id
WHERE NOT EXISTS (SELECT 1 FROM cards c WHERE c.question_id = q.id);
CREATE INDEX cards_theme ON cards (theme_id);
CREATE UNIQUE INDEX cards_question ON cards (question_id) WHERE question_id IS NOT NULL;

CREATE TABLE learner_settings (
    user_id           INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    desired_retention REAL NOT NULL DEFAULT 0.9 CHECK (desired_retention BETWEEN 0.7 AND 0.97),
    new_per_day       INTEGER NOT NULL DEFAULT 20 CHECK (new_per_day BETWEEN 0 AND 500),
    day_start_hour    INTEGER NOT NULL DEFAULT 4 CHECK (day_start_hour BETWEEN 0 AND 23),
    time_zone         TEXT NOT NULL DEFAULT 'UTC',
    updated_at        TEXT NOT NULL
);

-- A learner's memory of a card. A card has a row once it has entered the
-- learner's queue (first shown as new, or missed in a quiz).
CREATE TABLE card_states (
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    card_id        INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    state          TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
    due            TEXT NOT NULL,
    stability      REAL NOT NULL DEFAULT 0,
    difficulty     REAL NOT NULL DEFAULT 0,
    elapsed_days   INTEGER NOT NULL DEFAULT 0,
    scheduled_days INTEGER NOT NULL DEFAULT 0,
    step           INTEGER NOT NULL DEFAULT 0,
    reps           INTEGER NOT NULL DEFAULT 0,
    lapses         INTEGER NOT NULL DEFAULT 0,
    last_review    TEXT,
    leech          INTEGER NOT NULL DEFAULT 0,
    suspended      INTEGER NOT NULL DEFAULT 0,
    added_at       TEXT NOT NULL,
    PRIMARY KEY (user_id, card_id)
) WITHOUT ROWID;
CREATE INDEX card_states_due ON card_states (user_id, suspended, due);

-- Every rating, for undo, statistics and fitting parameters to a learner.
-- prev holds the card's state before the rating (JSON), so undo restores it.
CREATE TABLE review_log (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    card_id        INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    reviewed_at    TEXT NOT NULL,
    rating         INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    state_before   TEXT NOT NULL,
    state_after    TEXT NOT NULL,
    elapsed_days   INTEGER NOT NULL,
    scheduled_days INTEGER NOT NULL,
    stability      REAL NOT NULL,
    difficulty     REAL NOT NULL,
    due            TEXT NOT NULL,
    prev           TEXT NOT NULL,
    undone_at      TEXT
);
CREATE INDEX review_log_user ON review_log (user_id, reviewed_at);
CREATE INDEX review_log_card ON review_log (user_id, card_id, reviewed_at);
