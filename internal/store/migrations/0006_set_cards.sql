-- Written flashcards imported with a question set belong to that set: they
-- reach learners' decks when the set is published, as its questions do.
-- Cards written for a course (set_id NULL) are always in its decks.
ALTER TABLE cards ADD COLUMN set_id INTEGER REFERENCES question_sets (id) ON DELETE CASCADE;
CREATE INDEX cards_set ON cards (set_id);
