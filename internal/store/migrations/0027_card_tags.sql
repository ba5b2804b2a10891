-- A written card keeps the tags it came with (an Anki note's tags), as a
-- JSON array of strings.
ALTER TABLE cards ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
