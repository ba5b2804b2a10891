package handlers_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/quiz"
)

// A choice question's flashcard lists its options alphabetically, not in
// the order they were written, which here puts the right ones first.
func TestQuestionCardOptionsDoNotShowTheKey(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	q := quiz.Question{ID: "keyed-first", Type: quiz.Multiple, Kind: quiz.Fact,
		Prompt: "Which rivers reach the Black Sea through a delta of their own?",
		Options: []quiz.Option{
			{Text: "Volga flows elsewhere", Feedback: "No."},
			{Text: "Danube", Correct: true},
			{Text: "Dniester", Correct: true},
			{Text: "Amazon lies elsewhere", Feedback: "No."},
		}}
	// Written with the right options first.
	q.Options = []quiz.Option{q.Options[1], q.Options[2], q.Options[0], q.Options[3]}
	addRiversQuestion(t, a, q)
	want := []string{"Amazon lies elsewhere", "Danube", "Dniester", "Volga flows elsewhere"}
	b := a.browser()
	for i := 0; i < 40; i++ {
		id, p := b.frontCard("")
		if id == 0 {
			break
		}
		if strings.Contains(p.doc.Find(`#card-front`).Text(), "delta of their own") {
			var got []string
			p.doc.Find(`.front-lines li`).Each(func(_ int, s *goquery.Selection) {
				got = append(got, strings.TrimSpace(s.Text()))
			})
			if !slices.Equal(got, want) {
				t.Fatalf("the card lists %q, want %q", got, want)
			}
			return
		}
		wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	}
	t.Fatal("the question's card never came up")
}
