package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lectern/lectern/internal/quiz"
)

// ImportFile adds a parsed question file to the existing course in.Course:
// the one way from a file to stored question sets, for the instructor area
// and for `lectern import` alike. The content is the file's (in.Questions
// and in.Cards must be empty); the rest of in says where it goes, as for
// ImportQuestions, which does the work.
//
// A file may hold at most MaxImportItems questions and cards. Paragraph
// numbers are kept only when the file is question-set JSON of this very
// course: the same slug, and the same text for every paragraph the file
// holds. Any other file's numbers refer to another article; they are
// dropped, and each item cites every paragraph of its theme.
func (db *DB) ImportFile(ctx context.Context, f quiz.ParsedFile, in quiz.ImportSet) (*quiz.ImportReport, error) {
	if len(in.Questions) > 0 || len(in.Cards) > 0 {
		return nil, fmt.Errorf("store: ImportFile takes the questions and cards from the file, not from the ImportSet")
	}
	if err := quiz.CheckImportSize(len(f.Questions), len(f.Cards)); err != nil {
		return nil, err
	}
	in.Questions, in.Cards, in.QuestionLines, in.Held = f.Questions, f.Cards, f.QuestionLines, f.Held
	return db.importSet(ctx, in, &fileSource{course: f.Course})
}

// sameArticle reports whether a file's course is the course c: the same
// slug, and the same text for each paragraph the file holds.
func sameArticle(ctx context.Context, tx *sql.Tx, c *quiz.StoredCourse, src *quiz.Course) (bool, error) {
	if src == nil || src.Course.Slug != c.Slug {
		return false, nil
	}
	if len(src.Paragraphs) == 0 {
		return true, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT n, text FROM paragraphs WHERE course_id = ?", c.ID)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	texts := map[int]string{}
	for rows.Next() {
		var n int
		var text string
		if err := rows.Scan(&n, &text); err != nil {
			return false, err
		}
		texts[n] = text
	}
	if err := rows.Err(); err != nil {
		return false, err
	}
	for _, p := range src.Paragraphs {
		if t, ok := texts[p.N]; !ok || quiz.Normalize(t) != quiz.Normalize(p.Text) {
			return false, nil
		}
	}
	return true, nil
}
