package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

const writtenCardColumns = `c.id, c.course_id, c.theme_id, c.uid, t.slug, c.front, c.back, c.paragraphs, COALESCE(c.set_id, 0), COALESCE(s.title, ''),
	(SELECT COUNT(*) FROM card_states cs WHERE cs.card_id = c.id), c.images`

const writtenCardFrom = ` FROM cards c JOIN themes t ON t.id = c.theme_id LEFT JOIN question_sets s ON s.id = c.set_id
	WHERE c.question_id IS NULL AND c.deleted_at IS NULL`

func scanWrittenCard(sc interface{ Scan(...any) error }) (*quiz.WrittenCard, error) {
	var w quiz.WrittenCard
	var pars, imgs string
	if err := sc.Scan(&w.ID, &w.CourseID, &w.ThemeID, &w.Card.ID, &w.Card.Theme, &w.Front, &w.Back, &pars, &w.SetID, &w.SetTitle, &w.Learners, &imgs); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(pars), &w.Paragraphs); err != nil {
		return nil, err
	}
	var err error
	if w.Images, err = readImages(imgs); err != nil {
		return nil, err
	}
	return &w, nil
}

// ThemeCards lists a theme's written cards, in the order they were added.
func (db *DB) ThemeCards(ctx context.Context, themeID int64) ([]quiz.WrittenCard, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+writtenCardColumns+writtenCardFrom+` AND c.theme_id = ? ORDER BY c.id`, themeID)
	if err != nil {
		return nil, fmt.Errorf("store: theme cards: %w", err)
	}
	defer rows.Close()
	var out []quiz.WrittenCard
	for rows.Next() {
		w, err := scanWrittenCard(rows)
		if err != nil {
			return nil, fmt.Errorf("store: theme cards: %w", err)
		}
		out = append(out, *w)
	}
	return out, rows.Err()
}

// FindWrittenCard returns one written card.
func (db *DB) FindWrittenCard(ctx context.Context, cardID int64) (*quiz.WrittenCard, error) {
	w, err := scanWrittenCard(db.read.QueryRowContext(ctx, `SELECT `+writtenCardColumns+writtenCardFrom+` AND c.id = ?`, cardID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("There is no such flashcard.")
	}
	if err != nil {
		return nil, fmt.Errorf("store: find card %d: %w", cardID, err)
	}
	return w, nil
}

// checkCard validates a written card against its theme's paragraphs.
func checkCard(ctx context.Context, tx *sql.Tx, themeID int64, card quiz.Card) error {
	if strings.TrimSpace(card.Front) == "" || strings.TrimSpace(card.Back) == "" {
		return quiz.Errorf(quiz.EInvalid, "A flashcard needs a front and a back.")
	}
	if len(card.Paragraphs) == 0 {
		return quiz.Errorf(quiz.EInvalid, "A flashcard cites at least one paragraph.")
	}
	if ps := quiz.ValidateImages(card.Images, true); len(ps) > 0 {
		return quiz.Errorf(quiz.EInvalid, "A flashcard's images: %s.", ps[0].What)
	}
	rows, err := tx.QueryContext(ctx, "SELECT n FROM theme_paragraphs WHERE theme_id = ?", themeID)
	if err != nil {
		return err
	}
	defer rows.Close()
	var pars []int
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return err
		}
		pars = append(pars, n)
	}
	for _, n := range card.Paragraphs {
		if !slices.Contains(pars, n) {
			return quiz.Errorf(quiz.EInvalid, "A flashcard cites paragraphs of its theme only.")
		}
	}
	return rows.Err()
}

// CreateCard adds a written card to a theme's deck, where learners meet it
// at once.
func (db *DB) CreateCard(ctx context.Context, themeID int64, card quiz.Card) (int64, error) {
	var id int64
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var courseID int64
		var slug string
		err := tx.QueryRowContext(ctx, "SELECT course_id, slug FROM themes WHERE id = ?", themeID).Scan(&courseID, &slug)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such theme.")
		}
		if err != nil {
			return err
		}
		if err := checkCard(ctx, tx, themeID, card); err != nil {
			return err
		}
		card.ID = slug + "-card"
		id, err = insertWrittenCard(ctx, tx, courseID, themeID, card, db.now())
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: create card: %w", err)
	}
	return id, nil
}

// insertWrittenCard adds a written card to a theme's deck, with an id made
// unique in the course from card.ID.
func insertWrittenCard(ctx context.Context, tx *sql.Tx, courseID, themeID int64, card quiz.Card, now string) (int64, error) {
	uid, err := freeCardUID(ctx, tx, courseID, card.ID)
	if err != nil {
		return 0, err
	}
	if card.Images, err = storeImages(ctx, tx, card.Images, now); err != nil {
		return 0, err
	}
	pars, _ := json.Marshal(card.Paragraphs)
	res, err := tx.ExecContext(ctx, `INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, created_at, updated_at, images)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, courseID, themeID, uid, card.Front, card.Back, pars, now, now, imagesJSON(card.Images))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	return id, linkCardImages(ctx, tx, id, card.Images)
}

// UpdateCard changes a written card's front, back, paragraphs and images
// (card.Images replaces them: an edit passes on those it keeps). Learners
// who studied it keep their schedule, as in Anki after an edit.
func (db *DB) UpdateCard(ctx context.Context, cardID int64, card quiz.Card) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var themeID int64
		err := tx.QueryRowContext(ctx, "SELECT theme_id FROM cards WHERE id = ? AND question_id IS NULL AND deleted_at IS NULL", cardID).Scan(&themeID)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such flashcard.")
		}
		if err != nil {
			return err
		}
		if err := checkCard(ctx, tx, themeID, card); err != nil {
			return err
		}
		now := db.now()
		if card.Images, err = storeImages(ctx, tx, card.Images, now); err != nil {
			return err
		}
		pars, _ := json.Marshal(card.Paragraphs)
		if _, err = tx.ExecContext(ctx, "UPDATE cards SET front = ?, back = ?, paragraphs = ?, updated_at = ?, images = ? WHERE id = ?",
			card.Front, card.Back, pars, now, imagesJSON(card.Images), cardID); err != nil {
			return err
		}
		return linkCardImages(ctx, tx, cardID, card.Images)
	})
	if err != nil {
		return fmt.Errorf("store: update card %d: %w", cardID, err)
	}
	return nil
}

// RestoreCard puts back in the decks a written card just removed, with
// its learners' schedules.
func (db *DB) RestoreCard(ctx context.Context, cardID int64) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no removed flashcard to put back.",
			"UPDATE cards SET deleted_at = NULL WHERE id = ? AND question_id IS NULL AND deleted_at IS NOT NULL", cardID)
	})
	if err != nil {
		return fmt.Errorf("store: restore card %d: %w", cardID, err)
	}
	return nil
}

// DeleteCard removes a written card from the decks. Its learners' review
// history stays.
func (db *DB) DeleteCard(ctx context.Context, cardID int64) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such flashcard.",
			"UPDATE cards SET deleted_at = ? WHERE id = ? AND question_id IS NULL AND deleted_at IS NULL", db.now(), cardID)
	})
	if err != nil {
		return fmt.Errorf("store: delete card %d: %w", cardID, err)
	}
	return nil
}
