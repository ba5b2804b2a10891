-- Item statistics. shown_at is when a learner was first shown a question
-- of an attempt: with the response's answered_at it gives the time taken
-- to answer (NULL for items shown before it was recorded).
ALTER TABLE attempt_items ADD COLUMN shown_at TEXT;

-- A course's responses are read by question (the questions of a course),
-- and a first attempt is found per learner and set.
CREATE INDEX responses_question ON responses (question_id, attempt_id);

-- The memory learners have of a question's card is read by card.
CREATE INDEX card_states_card ON card_states (card_id);
