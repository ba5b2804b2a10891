package handlers_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A theme whose true/false drafts in the queue are all true says so above
// the queue: a learner answering True to each would get them all right.
// While a false statement is queued, it says nothing.
func TestQueueWarnsOfAllTrueStatements(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	theme, path := valmoraQueueWhole(t, a, b)
	ctx := context.Background()
	drafts, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftPending)
	if err != nil {
		t.Fatal(err)
	}
	var trues, falses []int64
	for _, d := range drafts {
		if q := d.Question; q != nil && q.Type == quiz.TrueFalse && len(q.Options) == 2 {
			if q.Options[0].Correct {
				trues = append(trues, d.ID)
			} else {
				falses = append(falses, d.ID)
			}
		}
	}
	if len(trues) < 2 || len(falses) == 0 {
		t.Fatalf("the article drafts %d true and %d false statements; the test needs two and one", len(trues), len(falses))
	}
	if n := b.get(path).doc.Find(`[data-testid="all-true"]`).Length(); n != 0 {
		t.Errorf("with %d false statements queued, the queue warns that all are true", len(falses))
	}
	for _, id := range falses {
		wantStatus(t, b.post("/teach/drafts/"+strconv.FormatInt(id, 10)+"/reject", nil), http.StatusSeeOther)
	}
	if n := b.get(path).doc.Find(`[data-testid="all-true"]`).Length(); n != 1 {
		t.Errorf("with only true statements left, the queue shows %d warnings, want 1", n)
	}
	// Accepting the true statements keeps the warning: they are the quiz.
	for _, id := range trues {
		wantStatus(t, b.post("/teach/drafts/"+strconv.FormatInt(id, 10)+"/accept", nil), http.StatusSeeOther)
	}
	warn := b.get(path).doc.Find(`[data-testid="all-true"]`)
	if n := warn.Length(); n != 1 {
		t.Errorf("with only true statements accepted, the queue shows %d warnings, want 1", n)
	}
	// With none left to accept, it speaks of the accepted statements.
	if text := warn.Text(); !strings.Contains(text, "accepted in this theme") || strings.Contains(text, "before you accept") {
		t.Errorf("once all are accepted, the warning reads %q", oneLine(text))
	}
}
