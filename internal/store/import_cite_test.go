package store_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

// The first course's questions, exported as GIFT (which has no paragraph
// numbers) and imported into the same article, cite again the paragraph
// they cited: measured over every question, through the real import.
func TestImportedQuestionsCiteTheirParagraph(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	cs, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	orig := cs[0]
	bare := *orig
	bare.Questions, bare.Cards = nil, nil
	if _, err := db.ImportCourse(ctx, &bare, 0); err != nil {
		t.Fatal(err)
	}
	var gift bytes.Buffer
	if err := formats.WriteGIFT(&gift, orig.Questions); err != nil {
		t.Fatal(err)
	}
	res, err := formats.ParseGIFT(&gift, formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportQuestions(ctx, quiz.ImportSet{Course: orig.Course.Slug, Title: "Re-imported", Questions: res.Questions, Publish: true}); err != nil {
		t.Fatal(err)
	}
	after, err := db.ExportCourse(ctx, orig.Course.Slug)
	if err != nil {
		t.Fatal(err)
	}
	was := map[string][]int{}
	for _, q := range orig.Questions {
		was[q.ID] = q.Paragraphs
	}
	hit, whole := 0, 0
	for _, q := range after.Questions {
		th, _ := after.Theme(q.Theme)
		if len(th.Paragraphs) > 1 && len(q.Paragraphs) == len(th.Paragraphs) {
			whole++
		}
		for _, p := range was[q.ID] {
			if len(q.Paragraphs) > 0 && p == q.Paragraphs[0] {
				hit++
				break
			}
		}
	}
	n := len(after.Questions)
	t.Logf("%d questions re-imported from GIFT: %d (%.0f%%) cite a paragraph they cited; %d cite every paragraph of a theme of several", n, hit, 100*float64(hit)/float64(n), whole)
	if n != len(orig.Questions) || float64(hit) < 0.8*float64(n) {
		t.Errorf("%d of %d questions cite a paragraph they cited before", hit, n)
	}
}
