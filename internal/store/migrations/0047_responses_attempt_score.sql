-- An attempt's marks in one place, so that the class page adds up each
-- finished attempt's score from the index alone, without reading every
-- answer's row (scattered through the file among other learners' answers).
CREATE INDEX responses_attempt_score ON responses (attempt_id, score);
