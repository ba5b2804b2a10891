package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// activityQuery reads a learner's dated study in a course, a row per
// fact, its first column saying which: 0 an answer (third column whether
// it was right), 1 a rating not undone, 2 when a card of the deck, not
// suspended, falls due. Parameters: ?1 the learner, ?2 the course, ?3 the
// earliest answer or rating wanted, ?4 the forecast's horizon, ?5 the
// cutoff of running test attempts (see DB.cutoff).
var activityQuery = `SELECT 0, r.answered_at, r.correct, r.score
			FROM responses r JOIN attempts a ON a.id = r.attempt_id
			WHERE r.user_id = ?1 AND a.course_id = ?2 AND r.answered_at >= ?3
		UNION ALL
		SELECT 1, l.reviewed_at, 0, 0
			FROM review_log l JOIN cards c ON c.id = l.card_id
			WHERE l.user_id = ?1 AND c.course_id = ?2 AND l.undone_at IS NULL AND l.reviewed_at >= ?3
		UNION ALL
		SELECT 2, s.due, 0, 0
			FROM card_states s JOIN cards c ON c.id = s.card_id
			WHERE s.user_id = ?1 AND c.course_id = ?2 AND s.suspended = 0 AND s.due < ?4 AND ` + openCard("?1", "?5") + `
		ORDER BY 1, 2`

// FindActivity returns a learner's answers and ratings in a course since
// since, and when each card of their deck falls due before until.
func (db *DB) FindActivity(ctx context.Context, userID, courseID int64, since, until, now time.Time) (*quiz.Activity, error) {
	st, err := db.prepared(ctx, activityQuery)
	if err != nil {
		return nil, fmt.Errorf("store: find activity: %w", err)
	}
	rows, err := st.QueryContext(ctx, userID, courseID, fmtTime(since), fmtTime(until), db.cutoff(now))
	if err != nil {
		return nil, fmt.Errorf("store: find activity: %w", err)
	}
	defer rows.Close()
	out := &quiz.Activity{}
	for rows.Next() {
		var kind int
		var at string
		var correct bool
		var score float64
		if err := rows.Scan(&kind, &at, &correct, &score); err != nil {
			return nil, fmt.Errorf("store: find activity: %w", err)
		}
		t := parseTime(at)
		switch kind {
		case 0:
			out.Answers = append(out.Answers, quiz.AnswerEvent{At: t, Correct: correct, Score: score})
		case 1:
			out.Reviews = append(out.Reviews, t)
		case 2:
			out.Due = append(out.Due, t)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: find activity: %w", err)
	}
	return out, nil
}

// FindParagraphItems returns the published questions of a course with the
// paragraphs each cites and the learner's latest answer, and the cards of
// the learner's deck they have reviewed, with the paragraphs each cites.
func (db *DB) FindParagraphItems(ctx context.Context, userID, courseID int64, now time.Time) (*quiz.ParagraphItems, error) {
	snap, err := db.snapshot(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: paragraph items: %w", err)
	}
	out := &quiz.ParagraphItems{}
	byQuestion := map[int64][]int{}
	importedQ := map[int64]bool{}
	err = db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT q.id, v.id, m.correct, m.score
			FROM questions q
			JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
			LEFT JOIN question_mastery m ON m.question_id = q.id AND m.user_id = ?1
			WHERE q.course_id = ?2 AND q.deleted_at IS NULL ORDER BY q.id`, userID, courseID)
		if err != nil {
			return err
		}
		type row struct {
			id, vid int64
			correct sql.NullBool
			score   sql.NullFloat64
		}
		var qs []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.vid, &r.correct, &r.score); err != nil {
				rows.Close()
				return err
			}
			qs = append(qs, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range qs {
			theme, live := snap.published[r.id]
			if !live {
				continue
			}
			q, err := db.questionVersion(r.vid, func() (body string, err error) {
				err = tx.QueryRowContext(ctx, "SELECT body FROM question_versions WHERE id = ?", r.vid).Scan(&body)
				return body, err
			})
			if err != nil {
				return err
			}
			byQuestion[r.id] = q.Paragraphs
			importedQ[r.id] = q.Imported
			out.Questions = append(out.Questions, quiz.QuestionKnown{
				ID: r.id, ThemeID: theme, Paragraphs: q.Paragraphs, Practice: snap.practice[r.id],
				Answered: r.correct.Valid, Correct: r.correct.Bool, Score: r.score.Float64, Imported: q.Imported,
			})
		}
		// The cards reviewed, and those due now that were never reviewed
		// (a question missed in a quiz): due now counted as the course
		// page counts it.
		crows, err := tx.QueryContext(ctx, `SELECT c.id, c.paragraphs, COALESCE(c.question_id, 0), s.state, s.stability, s.difficulty,
			COALESCE(s.last_review, ''), CASE WHEN s.suspended = 0 AND s.due <= ?4 THEN 1 ELSE 0 END, c.imported
			FROM card_states s JOIN cards c ON c.id = s.card_id
			WHERE s.user_id = ?1 AND c.course_id = ?2 AND (s.last_review IS NOT NULL OR (s.suspended = 0 AND s.due <= ?4)) AND `+openCard("?1", "?3"),
			userID, courseID, db.cutoff(now), fmtTime(now))
		if err != nil {
			return err
		}
		defer crows.Close()
		for crows.Next() {
			var k quiz.CardKnown
			var paras, last string
			var qid int64
			var due int
			if err := crows.Scan(&k.CardID, &paras, &qid, &k.State.State, &k.State.Stability, &k.State.Difficulty, &last, &due, &k.Imported); err != nil {
				return err
			}
			k.DueNow = due == 1
			k.State.LastReview = parseTime(last)
			if qid > 0 {
				k.Paragraphs = byQuestion[qid]
				k.Imported, k.OfQuestion = importedQ[qid], true
			} else if err := json.Unmarshal([]byte(paras), &k.Paragraphs); err != nil {
				return err
			}
			out.Cards = append(out.Cards, k)
		}
		return crows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: paragraph items: %w", err)
	}
	return out, nil
}
