package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// DemoContent is what a synthetic school is made on: the first course's
// published practice questions (current versions) and the cards every
// learner's deck holds.
type DemoContent struct {
	CourseID  int64
	Questions []DemoQuestion
	CardIDs   []int64
}

// DemoQuestion is a question with the ids an answer to it is stored under.
type DemoQuestion struct {
	ID        int64
	VersionID int64
	ThemeID   int64
	Question  quiz.Question
}

// FindDemoContent reads the first course (the lowest id) for `lectern demo`.
func (db *DB) FindDemoContent(ctx context.Context) (*DemoContent, error) {
	out := &DemoContent{}
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, "SELECT id FROM courses ORDER BY id LIMIT 1").Scan(&out.CourseID)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no course to fill.")
		}
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT q.id, v.id, s.theme_id, v.body FROM questions q
			JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
			JOIN question_sets s ON s.id = q.set_id
			WHERE q.course_id = ? AND q.deleted_at IS NULL AND s.status = 'published' AND `+practiceRules+`
			ORDER BY s.theme_id, q.position, q.id`, out.CourseID)
		if err != nil {
			return err
		}
		for rows.Next() {
			var q DemoQuestion
			var body string
			if err := rows.Scan(&q.ID, &q.VersionID, &q.ThemeID, &body); err != nil {
				rows.Close()
				return err
			}
			if err := json.Unmarshal([]byte(body), &q.Question); err != nil {
				rows.Close()
				return err
			}
			out.Questions = append(out.Questions, q)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		crows, err := tx.QueryContext(ctx, "SELECT c.id FROM cards c WHERE c.course_id = ? AND "+openCard("", "")+" ORDER BY c.id", out.CourseID)
		if err != nil {
			return err
		}
		defer crows.Close()
		for crows.Next() {
			var id int64
			if err := crows.Scan(&id); err != nil {
				return err
			}
			out.CardIDs = append(out.CardIDs, id)
		}
		return crows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: demo content: %w", err)
	}
	return out, nil
}

// CountRealLearners counts the learners not made by `lectern demo`.
func (db *DB) CountRealLearners(ctx context.Context) (int, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM users WHERE role = 'learner' AND demo = 0").Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count learners: %w", err)
	}
	return n, nil
}

// DemoBatch writes synthetic learners and what they did in one
// transaction, through statements prepared once for the batch.
type DemoBatch struct {
	db    *DB
	tx    *sql.Tx
	stmts [10]*sql.Stmt
}

const (
	demoUser = iota
	demoAttempt
	demoItem
	demoResponse
	demoMastery
	demoCardState
	demoReview
	demoClass
	demoMember
	demoAssignment
)

var demoSQL = [...]string{
	demoUser:    "INSERT INTO users (role, display_name, created_at, demo) VALUES ('learner', ?, ?, 1)",
	demoAttempt: "INSERT INTO attempts (public_id, user_id, course_id, theme_id, mode, started_at, finished_at) VALUES (?, ?, ?, ?, 'theme', ?, ?)",
	demoItem:    "INSERT INTO attempt_items (attempt_id, idx, question_id, version_id, option_order, shown_at) VALUES (?, ?, ?, ?, ?, ?)",
	demoResponse: `INSERT INTO responses (attempt_id, idx, user_id, question_id, version_id, answer, correct, score, answered_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	demoMastery: `INSERT INTO question_mastery (user_id, question_id, correct, score, answered_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (user_id, question_id) DO UPDATE SET correct = excluded.correct, score = excluded.score, answered_at = excluded.answered_at
		WHERE excluded.answered_at >= question_mastery.answered_at`,
	demoCardState: `INSERT INTO card_states (user_id, card_id, state, due, stability, difficulty, elapsed_days,
		scheduled_days, step, reps, lapses, last_review, leech, suspended, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
	demoReview: `INSERT INTO review_log (user_id, card_id, reviewed_at, rating, state_before, state_after,
		elapsed_days, scheduled_days, stability, difficulty, due, prev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	// The demo's classes are made by no one (created_by NULL).
	demoClass:      "INSERT INTO classes (course_id, name, code, created_at) VALUES (?, ?, ?, ?)",
	demoMember:     "INSERT INTO class_members (class_id, user_id, joined_at) VALUES (?, ?, ?)",
	demoAssignment: "INSERT INTO assignments (class_id, theme_id, due_on, created_at, counts_from) VALUES (?, ?, ?, ?, ?)",
}

// BeginDemoBatch starts a batch; Commit ends it.
func (db *DB) BeginDemoBatch(ctx context.Context) (*DemoBatch, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: demo batch: %w", err)
	}
	b := &DemoBatch{db: db, tx: tx}
	for i, q := range demoSQL {
		if b.stmts[i], err = tx.PrepareContext(ctx, q); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("store: demo batch: %w", err)
		}
	}
	return b, nil
}

// Commit writes the batch; Rollback drops it.
func (b *DemoBatch) Commit() error {
	if err := b.tx.Commit(); err != nil {
		return fmt.Errorf("store: demo batch: %w", err)
	}
	b.db.gen.Add(1)
	return nil
}

// Rollback drops the batch.
func (b *DemoBatch) Rollback() error { return b.tx.Rollback() }

func (b *DemoBatch) exec(ctx context.Context, i int, args ...any) (int64, error) {
	res, err := b.stmts[i].ExecContext(ctx, args...)
	if err != nil {
		return 0, fmt.Errorf("store: demo batch: %w", err)
	}
	id, _ := res.LastInsertId()
	return id, nil
}

// Learner adds a demo learner.
func (b *DemoBatch) Learner(ctx context.Context, name string, created time.Time) (int64, error) {
	return b.exec(ctx, demoUser, name, fmtTime(created))
}

// Attempt adds a theme quiz attempt, finished at finished unless that is zero.
func (b *DemoBatch) Attempt(ctx context.Context, publicID string, userID, courseID, themeID int64, started, finished time.Time) (int64, error) {
	var fin any
	if !finished.IsZero() {
		fin = fmtTime(finished)
	}
	return b.exec(ctx, demoAttempt, publicID, userID, courseID, themeID, fmtTime(started), fin)
}

// Item adds a question to an attempt, with its shuffled option order and
// when it was shown (none when shown is zero).
func (b *DemoBatch) Item(ctx context.Context, attemptID int64, idx int, questionID, versionID int64, order []int, shown time.Time) error {
	o, _ := json.Marshal(order)
	var at any
	if !shown.IsZero() {
		at = fmtTime(shown)
	}
	_, err := b.exec(ctx, demoItem, attemptID, idx, questionID, versionID, string(o), at)
	return err
}

// Class makes a class of the course with a fresh code.
func (b *DemoBatch) Class(ctx context.Context, courseID int64, name string, created time.Time) (int64, error) {
	code, err := freshCode(ctx, b.tx)
	if err != nil {
		return 0, fmt.Errorf("store: demo batch: %w", err)
	}
	return b.exec(ctx, demoClass, courseID, name, code, fmtTime(created))
}

// Member puts a learner in a class.
func (b *DemoBatch) Member(ctx context.Context, classID, userID int64, joined time.Time) error {
	_, err := b.exec(ctx, demoMember, classID, userID, fmtTime(joined))
	return err
}

// Assignment assigns a class a theme's quiz, due on a day (YYYY-MM-DD).
func (b *DemoBatch) Assignment(ctx context.Context, classID, themeID int64, dueOn string, created time.Time) error {
	_, err := b.exec(ctx, demoAssignment, classID, themeID, dueOn, fmtTime(created), fmtTime(created.Add(-quiz.AssignmentLookback)))
	return err
}

// Response adds an answer to an item, and keeps the learner's latest
// result on the question.
func (b *DemoBatch) Response(ctx context.Context, attemptID int64, idx int, userID, questionID, versionID int64, ans quiz.Answer, res quiz.Result, at time.Time) error {
	body, _ := json.Marshal(ans)
	if _, err := b.exec(ctx, demoResponse, attemptID, idx, userID, questionID, versionID, string(body), res.Correct, res.Score, fmtTime(at)); err != nil {
		return err
	}
	_, err := b.exec(ctx, demoMastery, userID, questionID, res.Correct, res.Score, fmtTime(at))
	return err
}

// Review logs a rating of a card: its state before (nil for a new card)
// and after.
func (b *DemoBatch) Review(ctx context.Context, userID, cardID int64, rating int, before *quiz.CardState, after quiz.CardState, elapsedDays int, at time.Time) error {
	prev, _ := json.Marshal(before)
	stateBefore := "new"
	if before != nil {
		stateBefore = before.State
	}
	_, err := b.exec(ctx, demoReview, userID, cardID, fmtTime(at), rating, stateBefore, after.State, elapsedDays,
		after.ScheduledDays, after.Stability, after.Difficulty, fmtTime(after.Due), string(prev))
	return err
}

// CardState stores a card's state in a learner's deck.
func (b *DemoBatch) CardState(ctx context.Context, userID, cardID int64, s quiz.CardState, added time.Time) error {
	var last any
	if !s.LastReview.IsZero() {
		last = fmtTime(s.LastReview)
	}
	_, err := b.exec(ctx, demoCardState, userID, cardID, s.State, fmtTime(s.Due), s.Stability, s.Difficulty, s.ElapsedDays,
		s.ScheduledDays, s.Step, s.Reps, s.Lapses, last, s.Leech, fmtTime(added))
	return err
}

// SampleDemoLearners picks up to n demo learners at random, and returns
// them with the slug of the first course.
func (db *DB) SampleDemoLearners(ctx context.Context, n int) ([]int64, string, error) {
	var slug string
	if err := db.read.QueryRowContext(ctx, "SELECT slug FROM courses ORDER BY id LIMIT 1").Scan(&slug); err != nil {
		return nil, "", fmt.Errorf("store: sample learners: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, "SELECT id FROM users WHERE demo = 1 ORDER BY random() LIMIT ?", n)
	if err != nil {
		return nil, "", fmt.Errorf("store: sample learners: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, "", fmt.Errorf("store: sample learners: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, slug, rows.Err()
}

// SampleDemoClasses picks up to n of the classes `lectern demo` made, at
// random.
func (db *DB) SampleDemoClasses(ctx context.Context, n int) ([]int64, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id FROM classes WHERE created_by IS NULL AND name LIKE 'Demo class %'
		ORDER BY random() LIMIT ?`, n)
	if err != nil {
		return nil, fmt.Errorf("store: sample classes: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: sample classes: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
