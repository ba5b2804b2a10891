-- A written card imported from a file not written for this course's
-- article had its paragraphs pinned on import, as an imported question
-- does: it is marked so that what a learner knows of a paragraph leaves
-- it out. Cards that came with a question set before this mark was kept
-- all came from files; they are marked too.
ALTER TABLE cards ADD COLUMN imported INTEGER NOT NULL DEFAULT 0;
UPDATE cards SET imported = 1 WHERE set_id IS NOT NULL;
