-- An attempt may be at one question set, taken under that set's rules
-- (feedback at the end, a time limit, a number of attempts, a pool).
ALTER TABLE attempts ADD COLUMN set_id INTEGER REFERENCES question_sets (id) ON DELETE SET NULL;
ALTER TABLE attempts ADD COLUMN deadline TEXT;
CREATE INDEX attempts_set ON attempts (user_id, set_id);
