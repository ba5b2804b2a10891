package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A theme whose questions are all true statements, beside a card, still
// lets a learner pass its quiz by answering True: the card is no part of
// the quiz. On the development texts these themes proposed two or three
// true statements and cards only, and each now takes a held-back
// question of another kind ("… a tornado-packing storm system that has
// killed at least _____." with "34 people").
func TestTrueOnlyQuizBesideCards(t *testing.T) {
	for name, theme := range map[string]string{
		"floods-news.txt":   "relentless-rain",
		"history-event.txt": "fort-mandan",
	} {
		res := mustGenerate(t, devArticle(t, name), Options{})
		nq, other := 0, 0
		for _, d := range res.Drafts {
			if d.Theme != theme || d.Question == nil {
				continue
			}
			nq++
			if q := d.Question; q.Type != quiz.TrueFalse || !q.Options[0].Correct {
				other++
			}
		}
		if nq == 0 {
			t.Errorf("%s: no question in theme %s", name, theme)
		} else if other == 0 {
			t.Errorf("%s: theme %s proposes %d true statements and no other question", name, theme, nq)
		}
	}
}
