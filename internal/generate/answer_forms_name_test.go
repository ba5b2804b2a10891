package generate

import (
	"slices"
	"testing"
)

// A charity whose name ends in a country's initials is answered by its
// name, not by the country ("UK") nor by the initials spelt out ("Age
// United Kingdom"): both were accepted for "Age UK", and a blind judge
// called them too loose. "TV" accepts "television".
func TestAnswerFormsOfANameWithInitials(t *testing.T) {
	x := analyseText(t, "The department store will raise money for Age Concern UK this Christmas, it said on Tuesday.\n\n"+
		"Age Concern UK said the money would pay for its advice line, the busiest in the UK.\n\n"+
		"The store announced its campaign on TV and on social media the same evening.")
	s := sentenceWith(t, x, "department store")
	sp := spanOfSent(t, s, "Age Concern UK")
	forms := x.answerForms(sp)
	for _, bad := range []string{"UK", "Age Concern United Kingdom", "the United Kingdom"} {
		if slices.Contains(forms, bad) {
			t.Errorf("answer forms of %q include %q: %q", sp.text, bad, forms)
		}
	}
	if got := abbreviationForms("TV"); !slices.Contains(got, "television") {
		t.Errorf("abbreviationForms(TV) = %q, want television among them", got)
	}
	if got := abbreviationForms("the UK"); !slices.Contains(got, "the United Kingdom") {
		t.Errorf("abbreviationForms(the UK) = %q, want the United Kingdom", got)
	}
}
