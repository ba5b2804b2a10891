package generate

import (
	"slices"
	"testing"
)

// A short answer over a firm's short name takes the full name the
// article gives it; a place is not given a newspaper's name that opens
// with it.
func TestOrgFullNameAccepted(t *testing.T) {
	x := analyseText(t, "Orvel Resorts, a casino firm, opened a hotel by the harbour in May. "+
		"In June the council said Orvel would pay for the new road. "+
		"The Washington Post reported the ruling the next day. "+
		"Officials in Washington have not replied.")
	forms := func(sub, name string) []string {
		s := sentenceWith(t, x, sub)
		return x.answerForms(spanOfSent(t, s, name))
	}
	if got := forms("said Orvel", "Orvel"); !slices.Contains(got, "Orvel Resorts") {
		t.Errorf("answers for Orvel = %v, want Orvel Resorts among them", got)
	}
	if got := forms("Officials in Washington", "Washington"); slices.Contains(got, "Washington Post") {
		t.Errorf("answers for Washington = %v, want no Washington Post", got)
	}
}
