package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A swap is held where the article names its true answer again: a group
// the report keeps coming back to, a figure given twice. A swap of a
// figure or a year named once stays, and so does a swap by negation.
func TestSwapRecurs(t *testing.T) {
	paras := []string{
		"Rowing club picks captain.", "A club on the river has a new leader. The Wexley Rowing Club has chosen a new captain after a vote of its 120 members. The Wexley Rowing Club will race at the spring regatta.",
		"The club was founded in 1931 by three boatbuilders from the town, and its boathouse cost 9,000 pounds to build.",
		"Members said the Wexley Rowing Club needed new boats, and 120 members signed a letter to the council asking for a grant.",
	}
	swap := func(rule string) func(x *article, s *sentence, sp *span) bool {
		return func(x *article, s *sentence, sp *span) bool {
			it := &item{sent: s, sp: sp, answer: sp.text, rule: rule + sp.kind.String(), q: &quiz.Question{Type: quiz.TrueFalse, Kind: quiz.Fact}}
			return x.swapRecurs(it)
		}
	}
	checkSpans(t, paras, "swapRecurs", swap("truefalse-swap/"), []spanCase{
		{"new captain after a vote", "120", true},    // the figure comes back
		{"will race at", "Wexley Rowing Club", true}, // the report's running subject
		{"founded in", "1931", false},                // a year named once
		{"boathouse cost", "9,000 pounds", false},    // a sum named once
	})
	// A negation swap tests no answer of the article.
	neg := func(x *article, s *sentence, sp *span) bool {
		it := &item{sent: s, sp: sp, answer: sp.text, rule: "truefalse-swap/negation", q: &quiz.Question{Type: quiz.TrueFalse}}
		return x.swapRecurs(it)
	}
	checkSpans(t, paras, "swapRecurs (negation)", neg, []spanCase{{"new captain after a vote", "120", false}})
}

// A theme of three true statements and two swaps that loses a swap keeps
// its share fair: the weakest true statement goes too.
func TestRebalanceTheme(t *testing.T) {
	tf := func(isTrue bool) item {
		return item{proposed: true, q: &quiz.Question{Type: quiz.TrueFalse, Theme: "x", Options: []quiz.Option{{Text: "True", Correct: isTrue}, {Text: "False", Correct: !isTrue}}}}
	}
	items := []item{tf(true), tf(false), tf(true), tf(false), tf(true)}
	items[3].proposed = false // the swap held back
	rebalanceTheme(items)
	want := []bool{true, true, true, false, false}
	for i, it := range items {
		if it.proposed != want[i] {
			t.Errorf("item %d proposed = %v, want %v", i, it.proposed, want[i])
		}
	}
}
