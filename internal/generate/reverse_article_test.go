package generate

import (
	"strings"
	"testing"
)

// A comparison reversed after "an" or "a" takes the article of its
// opposite: "An increasing number of …" is "A decreasing number of …".
func TestReversedStatementArticle(t *testing.T) {
	for _, tc := range []struct{ before, word, want string }{
		{"An ", "decreasing", "A "},
		{"Shops saw an ", "decreasing", "Shops saw a "},
		{"Shops saw a ", "increasing", "Shops saw an "},
		{"The ", "decreasing", "The "},
		{"Sales were ", "lower", "Sales were "},
		{"Sales hit a ", "lower", "Sales hit a "},
	} {
		if got := agreeArticle(tc.before, tc.word); got != tc.want {
			t.Errorf("agreeArticle(%q, %q) = %q, want %q", tc.before, tc.word, got, tc.want)
		}
	}
	x := analyseText(t, "Rail Freight\n\n"+
		"An increasing number of firms are sending their goods by rail across the northern plains this year. "+
		"The freight companies say the new lines have cut journey times for heavy loads by a third.\n\n"+
		"Road hauliers say the change has cost them customers in every town along the route. "+
		"The government says it will spend more on the rail lines over the next five years.")
	var s *sentence
	for i := range x.sents {
		if strings.HasPrefix(x.sents[i].text, "An increasing") {
			s = x.sents[i]
		}
	}
	if s == nil {
		t.Fatal("no sentence opening on \"An increasing\"")
	}
	s.score = 1
	it := x.reversedStatement(s)
	if it == nil {
		t.Fatal("no reversed statement drafted")
	}
	if p := it.q.Prompt; !strings.Contains(p, "A decreasing number") || strings.Contains(p, "An decreasing") {
		t.Errorf("reversed statement = %q, want it to read \"A decreasing number\"", p)
	}
}
