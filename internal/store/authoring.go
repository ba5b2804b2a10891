package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/lectern/lectern/internal/quiz"
)

// UpdateThemes changes a course's themes. Titles and summaries may always
// change; a theme's paragraphs only while no learner has answered one of
// its questions, so past answers keep their meaning. Every paragraph must
// stay in exactly one theme. A theme whose paragraphs change loses the
// drafts still waiting for review, which were made from the old ones.
func (db *DB) UpdateThemes(ctx context.Context, courseID int64, edits []quiz.ThemeEdit) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		c, err := findCourse(ctx, tx, "id = ?", courseID)
		if err != nil {
			return err
		}
		var nPar int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM paragraphs WHERE course_id = ?", courseID).Scan(&nPar); err != nil {
			return err
		}
		check := &quiz.Course{Course: quiz.CourseInfo{Slug: c.Slug, Title: c.Title}}
		for n := 1; n <= nPar; n++ {
			check.Paragraphs = append(check.Paragraphs, quiz.Paragraph{N: n, Text: "-"})
		}
		byID := map[int64]quiz.StoredTheme{}
		for _, t := range c.Themes {
			byID[t.ID] = t
		}
		for _, e := range edits {
			t, ok := byID[e.ID]
			if !ok {
				return quiz.Errorf(quiz.EInvalid, "A theme does not belong to this course.")
			}
			check.Themes = append(check.Themes, quiz.Theme{Slug: t.Slug, Title: e.Title, Paragraphs: e.Paragraphs})
		}
		if len(edits) != len(c.Themes) {
			return quiz.Errorf(quiz.EInvalid, "Every theme of the course must be in the form.")
		}
		if err := quiz.Validate(check); err != nil {
			var problems []string
			for _, p := range err.(*quiz.ValidationError).Problems {
				problems = append(problems, p.What)
			}
			return quiz.Errorf(quiz.EInvalid, "%s", slices.Compact(problems)[0])
		}
		for _, e := range edits {
			old := byID[e.ID].Paragraphs
			if !slices.Equal(old, e.Paragraphs) {
				var answered int
				if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM responses r JOIN questions q ON q.id = r.question_id
					JOIN question_sets s ON s.id = q.set_id WHERE s.theme_id = ?`, e.ID).Scan(&answered); err != nil {
					return err
				}
				if answered > 0 {
					return quiz.Errorf(quiz.EConflict, "Learners have answered questions of “%s”, so its paragraphs stay as they are; its title and summary can change.", byID[e.ID].Title)
				}
				if _, err := tx.ExecContext(ctx, "DELETE FROM theme_paragraphs WHERE theme_id = ?", e.ID); err != nil {
					return err
				}
				// Drafts waiting for review were made from the old
				// paragraphs: drafting the theme again makes new ones.
				if _, err := tx.ExecContext(ctx, "DELETE FROM drafts WHERE theme_id = ? AND status = 'pending'", e.ID); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, "UPDATE themes SET title = ?, summary = ? WHERE id = ?", e.Title, e.Summary, e.ID); err != nil {
				return err
			}
		}
		for _, e := range edits {
			if slices.Equal(byID[e.ID].Paragraphs, e.Paragraphs) {
				continue
			}
			for _, n := range e.Paragraphs {
				if _, err := tx.ExecContext(ctx, "INSERT INTO theme_paragraphs (theme_id, n) VALUES (?, ?)", e.ID, n); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: update themes: %w", err)
	}
	return nil
}

// CreateSet adds an empty draft question set to a theme.
func (db *DB) CreateSet(ctx context.Context, themeID int64, title string) (int64, error) {
	var id int64
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var pos int
		if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(position), -1) + 1 FROM question_sets WHERE theme_id = ?", themeID).Scan(&pos); err != nil {
			return err
		}
		now := db.now()
		res, err := tx.ExecContext(ctx, `INSERT INTO question_sets (theme_id, title, status, position, created_at, updated_at)
			VALUES (?, ?, 'draft', ?, ?, ?)`, themeID, title, pos, now, now)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: create set: %w", err)
	}
	return id, nil
}

// RenameSet changes a set's title.
func (db *DB) RenameSet(ctx context.Context, setID int64, title string) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "There is no such question set.", "UPDATE question_sets SET title = ?, updated_at = ? WHERE id = ?", title, db.now(), setID)
	})
	if err != nil {
		return fmt.Errorf("store: rename set: %w", err)
	}
	return nil
}
