package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/lectern/lectern/internal/quiz"
)

// ListSets returns every question set of a course, theme by theme, with
// the answers given to each.
func (db *DB) ListSets(ctx context.Context, courseID int64) ([]quiz.QuestionSet, error) {
	return db.listSets(ctx, courseID, "(SELECT COUNT(*) FROM responses r JOIN questions q ON q.id = r.question_id WHERE q.set_id = s.id)")
}

// ListSetsUncounted returns every question set of a course as ListSets
// does, but with no count of answers (Answered is 0): counting them reads
// every response to the course, too slow for a page a school's statistics
// must serve at once.
func (db *DB) ListSetsUncounted(ctx context.Context, courseID int64) ([]quiz.QuestionSet, error) {
	return db.listSets(ctx, courseID, "0")
}

func (db *DB) listSets(ctx context.Context, courseID int64, answered string) ([]quiz.QuestionSet, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT s.id, t.course_id, s.theme_id, s.title, s.status, s.position, s.created_at, s.settings, s.test_cards,
			(SELECT COUNT(*) FROM questions q WHERE q.set_id = s.id AND q.deleted_at IS NULL),
			`+answered+`,
			(SELECT COUNT(*) FROM cards c WHERE c.set_id = s.id AND c.deleted_at IS NULL)
		FROM question_sets s JOIN themes t ON t.id = s.theme_id
		WHERE t.course_id = ? ORDER BY t.position, s.position, s.id`, courseID)
	if err != nil {
		return nil, fmt.Errorf("store: list sets: %w", err)
	}
	defer rows.Close()
	var out []quiz.QuestionSet
	for rows.Next() {
		var s quiz.QuestionSet
		var created, settings string
		if err := rows.Scan(&s.ID, &s.CourseID, &s.ThemeID, &s.Title, &s.Status, &s.Position, &created, &settings, &s.TestCards, &s.Questions, &s.Answered, &s.Cards); err != nil {
			return nil, fmt.Errorf("store: list sets: %w", err)
		}
		if err := json.Unmarshal([]byte(settings), &s.Settings); err != nil {
			return nil, fmt.Errorf("store: list sets: settings of set %d: %w", s.ID, err)
		}
		s.CreatedAt = parseTime(created)
		out = append(out, s)
	}
	return out, rows.Err()
}

// ListTests returns a course's published sets with test rules and
// questions, as the course page lists them for learners: unlike ListSets
// it counts no answers, which would read every response to the course on
// every view.
func (db *DB) ListTests(ctx context.Context, courseID int64) ([]quiz.QuestionSet, error) {
	st, err := db.prepared(ctx, `SELECT s.id, t.course_id, s.theme_id, s.title, s.status, s.position, s.created_at, s.settings, s.test_cards,
			(SELECT COUNT(*) FROM questions q WHERE q.set_id = s.id AND q.deleted_at IS NULL) AS n
		FROM question_sets s JOIN themes t ON t.id = s.theme_id
		WHERE t.course_id = ? AND s.status = 'published' AND NOT `+practiceRules+`
			AND EXISTS (SELECT 1 FROM questions q WHERE q.set_id = s.id AND q.deleted_at IS NULL)
		ORDER BY t.position, s.position, s.id`)
	if err != nil {
		return nil, fmt.Errorf("store: list tests: %w", err)
	}
	rows, err := st.QueryContext(ctx, courseID)
	if err != nil {
		return nil, fmt.Errorf("store: list tests: %w", err)
	}
	defer rows.Close()
	var out []quiz.QuestionSet
	for rows.Next() {
		var s quiz.QuestionSet
		var created, settings string
		if err := rows.Scan(&s.ID, &s.CourseID, &s.ThemeID, &s.Title, &s.Status, &s.Position, &created, &settings, &s.TestCards, &s.Questions); err != nil {
			return nil, fmt.Errorf("store: list tests: %w", err)
		}
		if err := json.Unmarshal([]byte(settings), &s.Settings); err != nil {
			return nil, fmt.Errorf("store: list tests: settings of set %d: %w", s.ID, err)
		}
		s.CreatedAt = parseTime(created)
		out = append(out, s)
	}
	return out, rows.Err()
}

// ExportSet returns one question set as a course of its own: the course's
// article and themes, the set's questions (current versions) and its
// written cards, with the set itself.
func (db *DB) ExportSet(ctx context.Context, setID int64) (*quiz.Course, *quiz.QuestionSet, error) {
	s, qs, err := db.FindSet(ctx, setID)
	if err != nil {
		return nil, nil, err
	}
	c, err := db.FindCourseByID(ctx, s.CourseID)
	if err != nil {
		return nil, nil, err
	}
	out, err := db.ExportCourse(ctx, c.Slug)
	if err != nil {
		return nil, nil, err
	}
	out.Questions, out.Cards = nil, nil
	for _, q := range qs {
		out.Questions = append(out.Questions, q.Question)
	}
	if out.Cards, err = db.SetCards(ctx, setID); err != nil {
		return nil, nil, err
	}
	if err := db.ImageData(ctx, out.Questions, out.Cards); err != nil {
		return nil, nil, err
	}
	return out, s, nil
}

// HeldReasons returns, for each question of a set held back on import
// and not since removed, its id and why it was held, in the set's order.
func (db *DB) HeldReasons(ctx context.Context, setID int64) ([]quiz.HeldQuestion, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT uid, held_reason FROM questions
		WHERE set_id = ? AND held_reason <> '' AND deleted_at IS NULL ORDER BY position, id`, setID)
	if err != nil {
		return nil, fmt.Errorf("store: held reasons: %w", err)
	}
	defer rows.Close()
	var out []quiz.HeldQuestion
	for rows.Next() {
		h := quiz.HeldQuestion{SetID: setID}
		if err := rows.Scan(&h.ID, &h.Reason); err != nil {
			return nil, fmt.Errorf("store: held reasons: %w", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// SetCards returns the written cards that belong to a set, in the order
// they were added.
func (db *DB) SetCards(ctx context.Context, setID int64) ([]quiz.Card, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT c.uid, t.slug, c.front, c.back, c.paragraphs, c.tags, c.images FROM cards c
		JOIN themes t ON t.id = c.theme_id WHERE c.set_id = ? AND c.deleted_at IS NULL ORDER BY c.id`, setID)
	if err != nil {
		return nil, fmt.Errorf("store: set cards: %w", err)
	}
	defer rows.Close()
	var out []quiz.Card
	for rows.Next() {
		var cd quiz.Card
		var pars, tags, imgs string
		if err := rows.Scan(&cd.ID, &cd.Theme, &cd.Front, &cd.Back, &pars, &tags, &imgs); err != nil {
			return nil, fmt.Errorf("store: set cards: %w", err)
		}
		if cd.Images, err = readImages(imgs); err != nil {
			return nil, fmt.Errorf("store: set cards: %w", err)
		}
		if err := json.Unmarshal([]byte(pars), &cd.Paragraphs); err != nil {
			return nil, fmt.Errorf("store: set cards: %w", err)
		}
		if cd.Tags, err = readTags(tags); err != nil {
			return nil, fmt.Errorf("store: set cards: %w", err)
		}
		out = append(out, cd)
	}
	return out, rows.Err()
}

// FindSet returns a question set with the current version of its live
// questions, in order.
func (db *DB) FindSet(ctx context.Context, setID int64) (*quiz.QuestionSet, []quiz.StoredQuestion, error) {
	s := &quiz.QuestionSet{ID: setID}
	var qs []quiz.StoredQuestion
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		var created, settings string
		err := tx.QueryRowContext(ctx, `SELECT t.course_id, s.theme_id, s.title, s.status, s.position, s.created_at, s.settings, s.test_cards
			FROM question_sets s JOIN themes t ON t.id = s.theme_id WHERE s.id = ?`, setID).
			Scan(&s.CourseID, &s.ThemeID, &s.Title, &s.Status, &s.Position, &created, &settings, &s.TestCards)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such question set.")
		}
		if err != nil {
			return err
		}
		s.CreatedAt = parseTime(created)
		if err := json.Unmarshal([]byte(settings), &s.Settings); err != nil {
			return err
		}
		qs, err = currentQuestions(ctx, tx, "q.set_id = ?", setID)
		s.Questions = len(qs)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("store: find set %d: %w", setID, err)
	}
	return s, qs, nil
}

// SetStatus publishes a set (learners see its questions, and their cards
// join the decks) or takes it back to draft.
func (db *DB) SetStatus(ctx context.Context, setID int64, status string) error {
	if status != quiz.SetDraft && status != quiz.SetPublished {
		return quiz.Errorf(quiz.EInvalid, "A set is either draft or published.")
	}
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such question set.",
			"UPDATE question_sets SET status = ?, updated_at = ? WHERE id = ?", status, db.now(), setID)
	})
	if err != nil {
		return fmt.Errorf("store: set status: %w", err)
	}
	return nil
}

// DuplicateSet copies a set as a new draft in the same theme: every live
// question at its current version, under a new id ("ID-copy", "ID-copy-2"…),
// with its flashcard. It returns the new set's id.
func (db *DB) DuplicateSet(ctx context.Context, setID int64, userID int64) (int64, error) {
	var newID int64
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var themeID, courseID int64
		var title string
		err := tx.QueryRowContext(ctx, `SELECT s.theme_id, t.course_id, s.title FROM question_sets s JOIN themes t ON t.id = s.theme_id
			WHERE s.id = ?`, setID).Scan(&themeID, &courseID, &title)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such question set.")
		}
		if err != nil {
			return err
		}
		now := db.now()
		res, err := tx.ExecContext(ctx, `INSERT INTO question_sets (theme_id, title, status, position, settings, test_cards, created_at, updated_at)
			SELECT theme_id, ?, 'draft', position + 1, settings, test_cards, ?, ? FROM question_sets WHERE id = ?`, "Copy of "+title, now, now, setID)
		if err != nil {
			return err
		}
		newID, _ = res.LastInsertId()
		qs, err := currentQuestions(ctx, tx, "q.set_id = ?", setID)
		if err != nil {
			return err
		}
		var owner any
		if userID > 0 {
			owner = userID
		}
		for i, q := range qs {
			uid, err := freeUID(ctx, tx, courseID, q.Question.ID+"-copy")
			if err != nil {
				return err
			}
			body := q.Question
			body.ID = uid
			data, err := json.Marshal(body)
			if err != nil {
				return err
			}
			r, err := tx.ExecContext(ctx, "INSERT INTO questions (course_id, set_id, uid, position, current_version) VALUES (?, ?, ?, ?, 1)",
				courseID, newID, uid, i)
			if err != nil {
				return err
			}
			qid, _ := r.LastInsertId()
			if _, err := tx.ExecContext(ctx, `INSERT INTO question_versions (question_id, version, type, kind, body, created_at, created_by)
				VALUES (?, 1, ?, ?, ?, ?, ?)`, qid, body.Type, body.Kind, data, now, owner); err != nil {
				return err
			}
			if err := linkQuestionImages(ctx, tx, qid, body.Images); err != nil {
				return err
			}
			if err := linkOptionImages(ctx, tx, qid, body); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, question_id, created_at)
				VALUES (?, ?, ?, '', '', '[]', ?, ?)`, courseID, themeID, "q-"+uid, qid, now); err != nil {
				return err
			}
		}
		// The set's written cards are copied with it.
		rows, err := tx.QueryContext(ctx, "SELECT uid, front, back, paragraphs, tags, images, imported FROM cards WHERE set_id = ? AND deleted_at IS NULL ORDER BY id", setID)
		if err != nil {
			return err
		}
		type card struct {
			uid, front, back, pars, tags, images string
			imported                             bool
		}
		var cards []card
		for rows.Next() {
			var c card
			if err := rows.Scan(&c.uid, &c.front, &c.back, &c.pars, &c.tags, &c.images, &c.imported); err != nil {
				rows.Close()
				return err
			}
			cards = append(cards, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, c := range cards {
			uid, err := freeCardUID(ctx, tx, courseID, c.uid+"-copy")
			if err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, set_id, created_at, tags, images, imported)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, courseID, themeID, uid, c.front, c.back, c.pars, newID, now, c.tags, c.images, c.imported)
			if err != nil {
				return err
			}
			imgs, err := readImages(c.images)
			if err != nil {
				return err
			}
			cid, _ := res.LastInsertId()
			if err := linkCardImages(ctx, tx, cid, imgs); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: duplicate set %d: %w", setID, err)
	}
	return newID, nil
}

// freeUID returns base, or base-2, base-3…, whichever no question of the
// course uses.
func freeUID(ctx context.Context, tx *sql.Tx, courseID int64, base string) (string, error) {
	return freeIn(ctx, tx, "questions", courseID, base)
}

// freeIn returns base, or base-2, base-3…, whichever no row of table
// (questions or cards) in the course uses as its uid.
func freeIn(ctx context.Context, tx *sql.Tx, table string, courseID int64, base string) (string, error) {
	uid := base
	for n := 2; ; n++ {
		var taken int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+table+" WHERE course_id = ? AND uid = ?", courseID, uid).Scan(&taken); err != nil {
			return "", err
		}
		if taken == 0 {
			return uid, nil
		}
		uid = fmt.Sprintf("%s-%d", base, n)
	}
}

// DeleteSet deletes a set and its questions. A set whose questions
// learners have answered, or whose cards they have studied, is kept, so
// their history stays true: unpublish it instead.
func (db *DB) DeleteSet(ctx context.Context, setID int64) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var n, answered int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*),
			(SELECT COUNT(*) FROM responses r JOIN questions q ON q.id = r.question_id WHERE q.set_id = ?1) +
			(SELECT COUNT(*) FROM card_states cs JOIN cards c ON c.id = cs.card_id JOIN questions q ON q.id = c.question_id WHERE q.set_id = ?1) +
			(SELECT COUNT(*) FROM card_states cs JOIN cards c ON c.id = cs.card_id WHERE c.set_id = ?1)
			FROM question_sets WHERE id = ?1`, setID).Scan(&n, &answered); err != nil {
			return err
		}
		if n == 0 {
			return notFound("There is no such question set.")
		}
		if answered > 0 {
			return quiz.Errorf(quiz.EConflict, "Learners have answered or studied questions of this set, so it is kept for their history. Unpublish it instead.")
		}
		shown, err := imagesShownIn(ctx, tx, "set_id", setID)
		if err != nil {
			return err
		}
		// Cards of these questions, and the set's written cards, go with
		// them (ON DELETE CASCADE), and so do the images nothing else shows.
		if _, err := tx.ExecContext(ctx, "DELETE FROM question_sets WHERE id = ?", setID); err != nil {
			return err
		}
		_, err = dropUnreferenced(ctx, tx, shown)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: delete set %d: %w", setID, err)
	}
	return nil
}

// SaveSetSettings stores how a set is taken, and whether a test's
// questions join every learner's flashcards before they take it (see
// QuestionSet.TestCards); the caller has validated them.
func (db *DB) SaveSetSettings(ctx context.Context, setID int64, st quiz.SetSettings, testCards bool) error {
	data, err := json.Marshal(st)
	if err != nil {
		return err
	}
	err = db.contentTx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such question set.",
			"UPDATE question_sets SET settings = ?, test_cards = ?, updated_at = ? WHERE id = ?", data, testCards, db.now(), setID)
	})
	if err != nil {
		return fmt.Errorf("store: save set settings: %w", err)
	}
	return nil
}

// CountAttempts counts a learner's attempts at a set.
func (db *DB) CountAttempts(ctx context.Context, userID, setID int64) (int, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM attempts WHERE user_id = ? AND set_id = ?", userID, setID).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count attempts: %w", err)
	}
	return n, nil
}

// FindSetInfo returns a set without its questions.
func (db *DB) FindSetInfo(ctx context.Context, setID int64) (*quiz.QuestionSet, error) {
	s := &quiz.QuestionSet{ID: setID}
	var created, settings string
	err := db.read.QueryRowContext(ctx, `SELECT t.course_id, s.theme_id, s.title, s.status, s.position, s.created_at, s.settings, s.test_cards
		FROM question_sets s JOIN themes t ON t.id = s.theme_id WHERE s.id = ?`, setID).
		Scan(&s.CourseID, &s.ThemeID, &s.Title, &s.Status, &s.Position, &created, &settings, &s.TestCards)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("There is no such question set.")
	}
	if err != nil {
		return nil, fmt.Errorf("store: find set %d: %w", setID, err)
	}
	s.CreatedAt = parseTime(created)
	if err := json.Unmarshal([]byte(settings), &s.Settings); err != nil {
		return nil, fmt.Errorf("store: find set %d: %w", setID, err)
	}
	return s, nil
}

// InPractice reports whether a question is live in a published practice
// set now. A practice quiz started before its set went back to draft, or
// became a test, must not show the question's answer.
func (db *DB) InPractice(ctx context.Context, questionID int64) (bool, error) {
	snap, err := db.snapshot(ctx)
	if err != nil {
		return false, err
	}
	return snap.practice[questionID], nil
}
