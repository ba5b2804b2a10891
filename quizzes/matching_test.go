package quizzes_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// sameRoot reports whether two words share a root: one begins with the
// other, and the shorter has three letters or more ("aim" and "aims",
// "domestic" and "domestically").
func sameRoot(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && strings.HasPrefix(b, a)
}

// pairedGiveaways lists matching questions with fewer than three pairs, and
// pairs whose right side shares a word's root with its own left side and
// with no other left side: the learner can match them by the words alone
// ("Russia aims to..." with "An aim the article ascribes...").
func pairedGiveaways(c *quiz.Course) []string {
	var out []string
	for _, q := range c.Questions {
		if q.Type != quiz.Matching {
			continue
		}
		if len(q.Pairs) < 3 {
			out = append(out, fmt.Sprintf("%s has %d pairs: the last match follows from the others", q.ID, len(q.Pairs)))
		}
		for i, p := range q.Pairs {
			for r := range contentWords(p.Right) {
				cue := false
				for l := range contentWords(p.Left) {
					cue = cue || sameRoot(l, r)
				}
				for j, o := range q.Pairs {
					for l := range contentWords(o.Left) {
						if j != i && sameRoot(l, r) {
							cue = false
						}
					}
				}
				if cue {
					out = append(out, fmt.Sprintf("%s: %q matches %q by the word %q", q.ID, p.Left, p.Right, r))
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// A matching question tests what the article says, not which words the
// two sides share.
func TestFirstCourseMatchingGivesNothingAway(t *testing.T) {
	for _, p := range pairedGiveaways(mustBuiltin(t)) {
		t.Error(p)
	}
}

func TestPairedGiveawaysCatchDefects(t *testing.T) {
	c := &quiz.Course{Questions: []quiz.Question{{ID: "m", Type: quiz.Matching, Pairs: []quiz.Pair{
		{Left: "Russia aims to stay equal", Right: "An aim of one partner"},
		{Left: "China is wary", Right: "A worry of the other"},
	}}}}
	got := pairedGiveaways(c)
	if len(got) != 2 || !strings.Contains(strings.Join(got, "\n"), `by the word "aim"`) {
		t.Errorf("pairedGiveaways = %q, want the two-pair warning and the aim/aims cue", got)
	}
}
