package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/lectern/lectern/internal/quiz"
)

// FindQuestion returns a question's current version with its set.
func (db *DB) FindQuestion(ctx context.Context, questionID int64) (*quiz.StoredQuestion, int64, error) {
	var q *quiz.StoredQuestion
	var setID int64
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, "SELECT set_id FROM questions WHERE id = ? AND deleted_at IS NULL", questionID).Scan(&setID); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return notFound("There is no such question.")
			}
			return err
		}
		qs, err := currentQuestions(ctx, tx, "q.id = ?", questionID)
		if err != nil {
			return err
		}
		if len(qs) == 0 {
			return notFound("There is no such question.")
		}
		q = &qs[0]
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("store: find question %d: %w", questionID, err)
	}
	return q, setID, nil
}

// CreateQuestion adds a question at the end of a set, with its flashcard.
// Its id is made unique in the course from q.ID (or "q").
func (db *DB) CreateQuestion(ctx context.Context, setID int64, q quiz.Question, userID int64) (int64, error) {
	if ps := quiz.ValidateQuestion(q); len(ps) > 0 {
		return 0, quiz.Errorf(quiz.EInvalid, "%s", ps[0].String())
	}
	var qid int64
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var courseID, themeID int64
		var themeSlug string
		err := tx.QueryRowContext(ctx, `SELECT t.course_id, t.id, t.slug FROM question_sets s JOIN themes t ON t.id = s.theme_id WHERE s.id = ?`, setID).
			Scan(&courseID, &themeID, &themeSlug)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such question set.")
		}
		if err != nil {
			return err
		}
		qid, err = insertQuestion(ctx, tx, courseID, setID, themeID, themeSlug, q, userID, db.now())
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: create question: %w", err)
	}
	return qid, nil
}

// insertQuestion adds q at the end of a set, at version 1, with its
// flashcard. Its id is made unique in the course from q.ID, or from the
// theme's slug when it has none.
func insertQuestion(ctx context.Context, tx *sql.Tx, courseID, setID, themeID int64, themeSlug string, q quiz.Question, userID int64, now string) (int64, error) {
	base := q.ID
	if base == "" {
		base = themeSlug
	}
	uid, err := freeUID(ctx, tx, courseID, base)
	if err != nil {
		return 0, err
	}
	q.ID, q.Theme = uid, themeSlug
	var pos int
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(position), -1) + 1 FROM questions WHERE set_id = ?", setID).Scan(&pos); err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, "INSERT INTO questions (course_id, set_id, uid, position, current_version) VALUES (?, ?, ?, ?, 1)",
		courseID, setID, uid, pos)
	if err != nil {
		return 0, err
	}
	qid, _ := res.LastInsertId()
	if err := insertVersion(ctx, tx, qid, 1, q, userID, now); err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, question_id, created_at)
		VALUES (?, ?, ?, '', '', '[]', ?, ?)`, courseID, themeID, "q-"+uid, qid, now)
	return qid, err
}

// UpdateQuestion saves an edit as a new version: the question keeps its id,
// new attempts use the new version, and every response already given stays
// tied to the version the learner answered.
func (db *DB) UpdateQuestion(ctx context.Context, questionID int64, q quiz.Question, userID int64) (int, error) {
	if ps := quiz.ValidateQuestion(q); len(ps) > 0 {
		return 0, quiz.Errorf(quiz.EInvalid, "%s", ps[0].String())
	}
	var version int
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var uid, themeSlug string
		err := tx.QueryRowContext(ctx, `SELECT q.uid, q.current_version, t.slug FROM questions q
			JOIN question_sets s ON s.id = q.set_id JOIN themes t ON t.id = s.theme_id
			WHERE q.id = ? AND q.deleted_at IS NULL`, questionID).Scan(&uid, &version, &themeSlug)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such question.")
		}
		if err != nil {
			return err
		}
		version++
		q.ID, q.Theme = uid, themeSlug
		if err := insertVersion(ctx, tx, questionID, version, q, userID, db.now()); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "UPDATE questions SET current_version = ? WHERE id = ?", version, questionID)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: update question %d: %w", questionID, err)
	}
	return version, nil
}

// DeleteQuestion removes a question from its set. Its versions and the
// responses to them stay, for learners' history and statistics.
func (db *DB) DeleteQuestion(ctx context.Context, questionID int64) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		if err := execOne(ctx, tx, "There is no such question.",
			"UPDATE questions SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", db.now(), questionID); err != nil {
			return err
		}
		// Every attempt at its set loses the question's mark from its
		// total: the set's item statistics are worked out again.
		return markSetStale(ctx, tx, questionSet(ctx, tx, questionID))
	})
	if err != nil {
		return fmt.Errorf("store: delete question %d: %w", questionID, err)
	}
	return nil
}

// RestoreQuestion puts back a question removed from its set, in its
// place, with its flashcard.
func (db *DB) RestoreQuestion(ctx context.Context, questionID int64) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no removed question to put back.",
			"UPDATE questions SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", questionID)
	})
	if err != nil {
		return fmt.Errorf("store: restore question %d: %w", questionID, err)
	}
	return nil
}

func insertVersion(ctx context.Context, tx *sql.Tx, questionID int64, version int, q quiz.Question, userID int64, now string) error {
	var err error
	if q.Images, err = storeImages(ctx, tx, q.Images, now); err != nil {
		return err
	}
	if q.Options, err = storeOptionImages(ctx, tx, q.Options, now); err != nil {
		return err
	}
	if q.FeedbackImages, err = storeImages(ctx, tx, q.FeedbackImages, now); err != nil {
		return err
	}
	if err := storeAnswerImages(ctx, tx, &q, now); err != nil {
		return err
	}
	body, err := json.Marshal(q)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO question_versions (question_id, version, type, kind, body, created_at, created_by)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, questionID, version, q.Type, q.Kind, body, now, userRef(userID))
	if err != nil {
		return err
	}
	if err := linkQuestionImages(ctx, tx, questionID, q.Images); err != nil {
		return err
	}
	return linkOptionImages(ctx, tx, questionID, q)
}
