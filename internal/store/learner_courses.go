package store

import (
	"context"
	"database/sql"
	"fmt"
)

// A learner's summary in a course (table learner_courses, migration 0056):
// finished attempts, the sum of their scores and the latest activity, what
// the class page shows of each learner. Counted from the learner's rows,
// these are scattered through the file among every other learner's; kept
// here, the page reads one row per learner by its key. Each write that
// changes them changes the row in its own transaction: an attempt started
// (noteActivity), an answer (noteActivity, and noteFinish when it finishes
// the attempt), a review (noteActivity). What takes activity away (a
// review taken back, a learner merged or their data deleted) counts the
// learner's rows again (refreshLearnerCourses). TestLearnerCoursesMatchTheScan
// holds the kept figures to learnerCoursesScan.

// learnerCoursesScan counts every learner's figures in every course from
// their attempts, answers and reviews; cond (on the learner's id, as
// "%s.user_id …") narrows it, with its arguments as ?1, ?2….
func learnerCoursesScan(cond string) string {
	return fmt.Sprintf(`SELECT user_id, course_id, SUM(finished), SUM(score), MAX(at) FROM (
	SELECT t.user_id AS user_id, t.course_id AS course_id,
		CASE WHEN t.finished_at IS NULL THEN 0 ELSE 1 END AS finished,
		CASE WHEN t.finished_at IS NULL THEN 0 ELSE
			(SELECT COALESCE(SUM(r.score), 0) FROM responses r WHERE r.attempt_id = t.id) * 1.0 /
			(SELECT CASE WHEN COUNT(*) > 0 THEN COUNT(*) ELSE 1 END FROM attempt_items i WHERE i.attempt_id = t.id) END AS score,
		COALESCE(t.finished_at, t.started_at) AS at
	FROM attempts t WHERE %[1]s
	UNION ALL
	SELECT r.user_id, t.course_id, 0, 0, MAX(r.answered_at)
	FROM responses r JOIN attempts t ON t.id = r.attempt_id WHERE %[2]s GROUP BY r.user_id, t.course_id
	UNION ALL
	SELECT l.user_id, c.course_id, 0, 0, MAX(l.reviewed_at)
	FROM review_log l JOIN cards c ON c.id = l.card_id WHERE l.undone_at IS NULL AND %[3]s GROUP BY l.user_id, c.course_id
) AS acts GROUP BY user_id, course_id`, fmt.Sprintf(cond, "t"), fmt.Sprintf(cond, "r"), fmt.Sprintf(cond, "l"))
}

// laterActivity keeps the later of the row's activity and the new one.
const laterActivity = `last_activity = CASE WHEN excluded.last_activity > learner_courses.last_activity
	THEN excluded.last_activity ELSE learner_courses.last_activity END`

// noteActivity is the statement that records that a learner did
// something in a course at a time (fmtTime): their latest activity
// becomes it if it is later.
func noteActivity(userID, courseID int64, at string) batchStmt {
	return batchStmt{`INSERT INTO learner_courses (user_id, course_id, last_activity) VALUES (?, ?, ?)
		ON CONFLICT (user_id, course_id) DO UPDATE SET ` + laterActivity, []any{userID, courseID, at}}
}

// noteFinish is the statement that adds an attempt that has just finished
// to its learner's summary: one attempt more, its score (marks over
// questions), and its finish as their activity.
func noteFinish(attemptID int64) batchStmt {
	return batchStmt{`INSERT INTO learner_courses (user_id, course_id, attempts_finished, score_sum, last_activity)
		SELECT t.user_id, t.course_id, 1,
			(SELECT COALESCE(SUM(r.score), 0) FROM responses r WHERE r.attempt_id = t.id) * 1.0 /
			(SELECT CASE WHEN COUNT(*) > 0 THEN COUNT(*) ELSE 1 END FROM attempt_items i WHERE i.attempt_id = t.id),
			t.finished_at
		FROM attempts t WHERE t.id = ? AND t.finished_at IS NOT NULL
		ON CONFLICT (user_id, course_id) DO UPDATE SET attempts_finished = learner_courses.attempts_finished + 1,
			score_sum = learner_courses.score_sum + excluded.score_sum, ` + laterActivity, []any{attemptID}}
}

// refreshLearnerCourses counts a learner's summaries in every course again
// from their rows: after activity was taken away or moved.
func refreshLearnerCourses(ctx context.Context, tx *sql.Tx, userID int64) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM learner_courses WHERE user_id = ?", userID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO learner_courses (user_id, course_id, attempts_finished, score_sum, last_activity) `+
		learnerCoursesScan("%s.user_id = ?1"), userID)
	return err
}

// RebuildLearnerCourses counts every learner's summary in every course
// again from their attempts, answers and reviews: after `lectern demo`
// wrote them directly.
func (db *DB) RebuildLearnerCourses(ctx context.Context) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM learner_courses WHERE true"); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO learner_courses (user_id, course_id, attempts_finished, score_sum, last_activity) `+
			learnerCoursesScan("%s.user_id > 0"))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: rebuild learner summaries: %w", err)
	}
	return nil
}
