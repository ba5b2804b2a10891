-- A learner's answers by time, so that the class page finds each learner's
-- latest answer in the course without reading all their answers.
CREATE INDEX responses_user_time ON responses (user_id, answered_at, attempt_id);
