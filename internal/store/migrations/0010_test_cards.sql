-- The questions of a test (a set with feedback at the end, a time limit or
-- a number of attempts) reach a learner's flashcards only once that learner
-- has used every attempt, or when the instructor adds them for everyone:
-- test_cards records that choice, off by default.
ALTER TABLE question_sets ADD COLUMN test_cards INTEGER NOT NULL DEFAULT 0;
