package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short answer on a fact is held where its answer is named once, on
// the way; not where the article comes back to it, not in the lead, and
// not for a claim with its speaker.
func TestShortFactOnce(t *testing.T) {
	paras := []string{
		"The harbour board of Wexley voted on Monday to close the old ferry terminal by the summer. Ferries will use the east quay instead.",
		"Members met in Dunmore, where the board has held its meetings since the flood, and heard from the harbour master.",
		"The closure follows a report by engineers at Calloway Partners, which found the pier unsafe.",
		"Calloway Partners will now draw up plans for a new pier, the board said.",
	}
	short := func(kind quiz.Kind) func(x *article, s *sentence, sp *span) bool {
		return func(x *article, s *sentence, sp *span) bool {
			it := &item{sent: s, sp: sp, answer: sp.text, rule: "cloze-short/" + sp.kind.String(), q: &quiz.Question{Kind: kind}}
			return x.shortFactOnce(it)
		}
	}
	checkSpans(t, paras, "shortFactOnce", short(quiz.Fact), []spanCase{
		{"Members met in", "Dunmore", true},                 // a place named once, on the way
		{"report by engineers", "Calloway Partners", false}, // the article comes back to it
		{"harbour board of", "Wexley", false},               // in the lead
	})
	checkSpans(t, paras, "shortFactOnce (a claim)", short(quiz.Attribution), []spanCase{
		{"Members met in", "Dunmore", false},
	})
}
