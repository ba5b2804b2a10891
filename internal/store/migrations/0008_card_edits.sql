-- Written cards can be edited and removed in the instructor area. A removed
-- card leaves learners' decks but keeps its review history, as a removed
-- question keeps its responses.
ALTER TABLE cards ADD COLUMN deleted_at TEXT;
ALTER TABLE cards ADD COLUMN updated_at TEXT;
