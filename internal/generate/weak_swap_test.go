package generate

import (
	"math"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestWeakSwap: a false statement of a kind judges seldom accepted (a
// number swapped, a "not" put in) is scored a quarter of what the ranker
// gives it, so that the theme's other items come first; one that drops
// the sentence's own "not", or swaps a share, keeps its score.
func TestWeakSwap(t *testing.T) {
	for rule, weak := range map[string]bool{
		"truefalse-swap/number":          true,
		"truefalse-swap/article-year":    true,
		"truefalse-swap/negation-insert": true,
		"truefalse-swap/negation":        false,
		"truefalse-swap/article-percent": false,
		"truefalse-true":                 false,
		"cloze-card/number":              false,
	} {
		if weakSwap(rule) != weak {
			t.Errorf("weakSwap(%q) = %v, want %v", rule, !weak, weak)
		}
	}
	x, tr := articleFalseTheme(t,
		"The Brelling canal joined the river Lerne to the port of Varo across forty miles of marsh.",
		"Barges on the canal carried coal, grain and timber to the coast for a century.",
		"Forty barges worked the canal in its best year.",
	)
	swap := tr(2, 0)
	swap.rule = "truefalse-swap/number"
	swap.q.Prompt = "True or false? Sixty barges worked the canal in its best year."
	swap.q.Options = []quiz.Option{{Text: "True"}, {Text: "False", Correct: true}}
	items := x.rank(rankCtx{}, []item{swap, tr(0, 0), tr(1, 0)}, Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 4})
	last := items[len(items)-1]
	if last.rule != "truefalse-swap/number" {
		t.Fatalf("want the weak swap ranked last, got %q last", last.rule)
	}
	if want := rankScore(last.feat) * weakSwapDamp; math.Abs(last.score-want) > 1e-9 {
		t.Errorf("score %v, want %v (damped)", last.score, want)
	}
}
