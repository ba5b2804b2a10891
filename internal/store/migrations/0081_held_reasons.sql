-- Why an imported question was held back for review (what its file
-- referred to that the import dropped, such as an image), shown to the
-- instructor on its set's page; empty for every other question.
ALTER TABLE questions ADD COLUMN held_reason TEXT NOT NULL DEFAULT '';
