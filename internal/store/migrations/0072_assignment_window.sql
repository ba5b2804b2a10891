-- An assignment counts the quizzes finished from counts_from on: since
-- this migration, 14 days before it was made (quiz.AssignmentLookback),
-- so that a learner who took the quiz shortly before it was assigned has
-- done it. Assignments made earlier keep their rule: from when they were
-- made.
ALTER TABLE assignments ADD COLUMN counts_from TEXT NOT NULL DEFAULT '';
UPDATE assignments SET counts_from = created_at;
