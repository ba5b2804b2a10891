-- A card queued because its question was missed in a quiz is marked, so
-- that studying it does not use up the learner's new cards for the day.
ALTER TABLE card_states ADD COLUMN missed INTEGER NOT NULL DEFAULT 0;
