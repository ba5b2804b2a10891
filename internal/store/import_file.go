package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/lectern/lectern/internal/quiz"
)

// MaxImportItems is the most questions and written cards, together, that
// one file may add. An import is written in one transaction, during which
// every other write (a learner's answer, a review, a sign-in) waits: 5,000
// items keep that wait under a second (docs/benchmarks.md).
const MaxImportItems = 5000

// CheckImportSize refuses a file holding more than MaxImportItems
// questions and written cards, saying how many it holds.
func CheckImportSize(questions, cards int) error {
	if n := questions + cards; n > MaxImportItems {
		return quiz.Errorf(quiz.EInvalid, "the file holds %d questions and cards (%d and %d); Lectern imports at most %d from one file: split it into smaller files",
			n, questions, cards, MaxImportItems)
	}
	return nil
}

// ParsedFile is a question file as read by internal/formats (GIFT, Aiken,
// CSV/TSV) or, for question-set JSON, by quizzes.Decode.
type ParsedFile struct {
	Questions []quiz.Question
	Cards     []quiz.Card
	// Course is the whole course a question-set JSON file holds; nil for
	// the other formats. Its slug and article say what the paragraph
	// numbers of its questions and cards refer to.
	Course *quiz.Course
}

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
func (db *DB) ImportFile(ctx context.Context, f ParsedFile, in ImportSet) (*ImportReport, error) {
	if len(in.Questions) > 0 || len(in.Cards) > 0 {
		return nil, fmt.Errorf("store: ImportFile takes the questions and cards from the file, not from the ImportSet")
	}
	if err := CheckImportSize(len(f.Questions), len(f.Cards)); err != nil {
		return nil, err
	}
	in.Questions, in.Cards = f.Questions, f.Cards
	in.fromFile, in.source = true, f.Course
	return db.ImportQuestions(ctx, in)
}

// sameArticle reports whether a file's course is the course c: the same
// slug, and the same text for each paragraph the file holds.
func sameArticle(ctx context.Context, tx *sql.Tx, c *Course, src *quiz.Course) (bool, error) {
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
