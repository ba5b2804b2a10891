-- A learner's latest mark on each question as a fraction of full marks,
-- so that partial credit counts towards mastery. Existing rows take the
-- score of the learner's latest response to the question.
ALTER TABLE question_mastery ADD COLUMN score REAL NOT NULL DEFAULT 0;
UPDATE question_mastery SET score = COALESCE((SELECT r.score FROM responses r
    WHERE r.user_id = question_mastery.user_id AND r.question_id = question_mastery.question_id
    ORDER BY r.answered_at DESC, r.id DESC LIMIT 1), correct);
