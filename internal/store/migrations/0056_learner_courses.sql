-- What the class page shows of a learner in a course that would otherwise
-- be counted from their attempts, answers and reviews, scattered through
-- the file among other learners' rows: kept up to date in the transaction
-- of each attempt started or finished, answer and review
-- (learner_courses.go), so that the page reads one row per learner.
--   attempts_finished  the learner's finished attempts in the course
--   score_sum          the sum, over those attempts, of each attempt's
--                      marks divided by its number of questions (the mean
--                      quiz score is score_sum / attempts_finished)
--   last_activity      the latest attempt started or finished, answer, or
--                      review not taken back, in the course ('' for none)
CREATE TABLE learner_courses (
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id         INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    attempts_finished INTEGER NOT NULL DEFAULT 0,
    score_sum         REAL NOT NULL DEFAULT 0,
    last_activity     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (user_id, course_id)
);

INSERT INTO learner_courses (user_id, course_id, attempts_finished, score_sum, last_activity)
SELECT user_id, course_id, SUM(finished), SUM(score), MAX(at) FROM (
    SELECT t.user_id AS user_id, t.course_id AS course_id,
        CASE WHEN t.finished_at IS NULL THEN 0 ELSE 1 END AS finished,
        CASE WHEN t.finished_at IS NULL THEN 0 ELSE
            (SELECT COALESCE(SUM(r.score), 0) FROM responses r WHERE r.attempt_id = t.id) * 1.0 /
            (SELECT CASE WHEN COUNT(*) > 0 THEN COUNT(*) ELSE 1 END FROM attempt_items i WHERE i.attempt_id = t.id) END AS score,
        COALESCE(t.finished_at, t.started_at) AS at
    FROM attempts t
    UNION ALL
    SELECT r.user_id, t.course_id, 0, 0, MAX(r.answered_at)
    FROM responses r JOIN attempts t ON t.id = r.attempt_id GROUP BY r.user_id, t.course_id
    UNION ALL
    SELECT l.user_id, c.course_id, 0, 0, MAX(l.reviewed_at)
    FROM review_log l JOIN cards c ON c.id = l.card_id WHERE l.undone_at IS NULL GROUP BY l.user_id, c.course_id
) AS acts GROUP BY user_id, course_id;
