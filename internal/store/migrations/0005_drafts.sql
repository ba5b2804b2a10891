-- Generated questions and flashcards wait here for an instructor's review.
-- body is the quiz.Question or quiz.Card as JSON; the sentence it was made
-- from is kept with its byte offsets in its paragraph, to show it in
-- place. Accepting a draft copies it into the theme's set of reviewed
-- drafts (or the course's cards) and keeps the row, so that generating the
-- theme again neither repeats it nor proposes a rejected item anew.
CREATE TABLE drafts (
    id             INTEGER PRIMARY KEY,
    course_id      INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    theme_id       INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('question', 'card')),
    body           TEXT NOT NULL,
    paragraph      INTEGER NOT NULL,
    sentence       TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    answer         TEXT NOT NULL DEFAULT '',
    rule           TEXT NOT NULL DEFAULT '',
    score          REAL NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    edited         INTEGER NOT NULL DEFAULT 0,
    question_id    INTEGER REFERENCES questions (id) ON DELETE SET NULL,
    card_id        INTEGER REFERENCES cards (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    decided_at     TEXT,
    decided_by     INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX drafts_theme ON drafts (theme_id, status);
CREATE INDEX drafts_course ON drafts (course_id, status);

-- The set that accepted drafts of a theme go to; created, published, on
-- the first acceptance.
ALTER TABLE themes ADD COLUMN drafts_set_id INTEGER REFERENCES question_sets (id) ON DELETE SET NULL;
