package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// MarkShown records when item idx of an attempt was first shown to the
// learner, the start of the time taken to answer it. Later showings
// (a reload, coming back to it) change nothing, and cost a read, not a
// write.
//
// On SQLite the mark joins the next group commit without the page waiting
// for it: a question page had waited for a commit and its fsync, as long
// as an answer did, for a time that only the item statistics read, and
// whose loss in a crash costs one item's time taken, nothing a learner
// was told was saved (docs/benchmarks.md, the eleventh round). The
// commits take their writes in order, so the mark is stored no later
// than the answer to the question it shows.
func (db *DB) MarkShown(ctx context.Context, attemptID int64, idx int) error {
	now := db.now()
	st, err := db.prepared(ctx, "SELECT shown_at IS NULL FROM attempt_items WHERE attempt_id = ? AND idx = ?")
	if err != nil {
		return fmt.Errorf("store: mark shown: %w", err)
	}
	var unmarked bool
	switch err := st.QueryRowContext(ctx, attemptID, idx).Scan(&unmarked); {
	case errors.Is(err, sql.ErrNoRows):
		return notFound("This quiz has no such question.")
	case err != nil:
		return fmt.Errorf("store: mark shown: %w", err)
	case !unmarked:
		return nil
	}
	const mark = `UPDATE attempt_items SET shown_at = ?
			WHERE attempt_id = ? AND idx = ? AND shown_at IS NULL`
	if db.pg != nil {
		// One statement commits alone: no transaction around it, which
		// would cost PostgreSQL two round trips more.
		_, err = db.write.ExecContext(ctx, mark, now, attemptID, idx)
	} else {
		err = db.groupTxNoWait(ctx, func(ctx context.Context, tx *sql.Tx) error {
			_, err := db.inGroup(tx).ExecContext(ctx, mark, now, attemptID, idx)
			return err
		})
	}
	if err != nil {
		return fmt.Errorf("store: mark shown: %w", err)
	}
	return nil
}

// learnerClause restricts column to the filter's learners, as SQL and its
// arguments; none reports a filter that keeps nobody.
func learnerClause(column string, f quiz.ResponseFilter) (clause string, args []any, none bool) {
	if f.Learners == nil {
		return "", nil, false
	}
	if len(f.Learners) == 0 {
		return "", nil, true
	}
	marks := strings.Repeat("?, ", len(f.Learners))
	for _, id := range f.Learners {
		args = append(args, id)
	}
	return " AND " + column + " IN (" + marks[:len(marks)-2] + ")", args, false
}

// CourseResponses returns the responses of finished attempts to a
// course's questions (those not deleted) that the filter keeps, in no set
// order: an attempt counts once it is finished, as in the kept statistics
// (CourseStatistics). With
// first attempts only, a learner's responses to a set's questions come
// from the lowest-numbered finished attempt that answered any of them (attempts are
// numbered as they are created).
func (db *DB) CourseResponses(ctx context.Context, courseID int64, f quiz.ResponseFilter) ([]quiz.ItemResponse, error) {
	var out []quiz.ItemResponse
	err := db.eachCourseResponse(ctx, courseID, f, func(r quiz.ItemResponse) error {
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachCourseResponse calls fn with each response CourseResponses returns,
// without holding them all.
func (db *DB) eachCourseResponse(ctx context.Context, courseID int64, f quiz.ResponseFilter, fn func(quiz.ItemResponse) error) error {
	query, args, none := courseResponsesQuery(courseID, f)
	if none {
		return nil
	}
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r quiz.ItemResponse
			var answer, at string
			var shown sql.NullString
			if err := rows.Scan(&r.ID, &r.AttemptID, &r.LearnerID, &r.QuestionID, &r.VersionID, &r.SetID,
				&answer, &r.Correct, &r.Score, &shown, &at); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(answer), &r.Answer); err != nil {
				return fmt.Errorf("response %d: %w", r.ID, err)
			}
			if shown.Valid {
				r.ShownAt = parseTime(shown.String)
			}
			r.AnsweredAt = parseTime(at)
			if err := fn(r); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	if err != nil {
		return fmt.Errorf("store: course responses: %w", err)
	}
	return nil
}

// memoriesQuery reads the states of a course's question cards that have
// been reviewed.
const memoriesQuery = `SELECT c.question_id, s.user_id, s.state, s.due, s.stability, s.difficulty,
		s.elapsed_days, s.scheduled_days, s.step, s.reps, s.lapses, s.last_review, s.leech, s.suspended, s.missed
	FROM cards c JOIN card_states s ON s.card_id = c.id
	WHERE c.course_id = ? AND c.question_id IS NOT NULL AND c.deleted_at IS NULL
		AND s.last_review IS NOT NULL`

// QuestionMemories returns, for each question of a course that has a card,
// the card's state for every learner the filter keeps who has reviewed it
// at least once (its attempts play no part).
func (db *DB) QuestionMemories(ctx context.Context, courseID int64, f quiz.ResponseFilter) ([]quiz.QuestionMemory, error) {
	out, _, err := db.QuestionMemoriesUpTo(ctx, courseID, f, 0)
	return out, err
}

// QuestionMemoriesUpTo is QuestionMemories when the course's question
// cards have at most max states in learners' decks (reviewed or not; no
// limit when max is 0); complete is false, and nothing is returned, when
// there are more: reading a school's every card takes seconds, and the
// caller then works them out in the background.
func (db *DB) QuestionMemoriesUpTo(ctx context.Context, courseID int64, f quiz.ResponseFilter, max int) (out []quiz.QuestionMemory, complete bool, err error) {
	learners, largs, none := learnerClause("s.user_id", f)
	if none {
		return nil, true, nil
	}
	complete = true
	err = db.rtx(ctx, func(tx *sql.Tx) error {
		if max > 0 {
			// Counted in the index by card alone, which reads a few pages
			// where the states themselves would be as many reads from a
			// cold disk.
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM card_states s
				WHERE s.card_id IN (SELECT c.id FROM cards c WHERE c.course_id = ? AND c.question_id IS NOT NULL)`+learners+`
				LIMIT `+strconv.Itoa(max+1)+`)`, append([]any{courseID}, largs...)...).Scan(&n); err != nil {
				return err
			}
			if n > max {
				complete = false
				return nil
			}
		}
		rows, err := tx.QueryContext(ctx, memoriesQuery+learners+" ORDER BY c.question_id, s.user_id", append([]any{courseID}, largs...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var m quiz.QuestionMemory
			s := &m.State
			var due, last string
			if err := rows.Scan(&m.QuestionID, &m.LearnerID, &s.State, &due, &s.Stability, &s.Difficulty, &s.ElapsedDays,
				&s.ScheduledDays, &s.Step, &s.Reps, &s.Lapses, &last, &s.Leech, &s.Suspended, &s.Missed); err != nil {
				return err
			}
			s.Due, s.LastReview = parseTime(due), parseTime(last)
			out = append(out, m)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, false, fmt.Errorf("store: question memories: %w", err)
	}
	if !complete {
		return nil, false, nil
	}
	return out, true, nil
}

// courseResponsesQuery is the SQL of eachCourseResponse and its arguments;
// none reports a filter that keeps nobody.
func courseResponsesQuery(courseID int64, f quiz.ResponseFilter) (query string, args []any, none bool) {
	learners, largs, none := learnerClause("r.user_id", f)
	if none {
		return "", nil, true
	}
	args = []any{courseID}
	query = `SELECT r.id, r.attempt_id, r.user_id, r.question_id, r.version_id, q.set_id, r.answer, r.correct, r.score,
			i.shown_at, r.answered_at
		FROM questions q
		JOIN responses r ON r.question_id = q.id
		JOIN attempts a ON a.id = r.attempt_id AND a.finished_at IS NOT NULL
		JOIN attempt_items i ON i.attempt_id = r.attempt_id AND i.idx = r.idx`
	if !f.AllAttempts {
		query = `WITH firsts AS (
			SELECT r.user_id, q.set_id, MIN(r.attempt_id) AS attempt_id
			FROM questions q JOIN responses r ON r.question_id = q.id
			JOIN attempts a ON a.id = r.attempt_id AND a.finished_at IS NOT NULL
			WHERE q.course_id = ? AND q.deleted_at IS NULL` + learners + `
			GROUP BY r.user_id, q.set_id)
		` + query + `
		JOIN firsts f ON f.user_id = r.user_id AND f.set_id = q.set_id AND f.attempt_id = r.attempt_id`
		args = append(append(args, largs...), courseID)
	}
	query += `
		WHERE q.course_id = ? AND q.deleted_at IS NULL` + learners
	args = append(args, largs...)
	return query, args, false
}
