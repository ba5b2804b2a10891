package generate

import (
	"slices"
	"testing"
)

// A short answer over a firm's short name takes the full name the
// article gives it; a place is not given a newspaper's name that opens
// with it.
func TestOrgFullNameAccepted(t *testing.T) {
	x := analyseText(t, "Harwell Logistics, a small haulier, sued the port authority in May. "+
		"In June a judge ruled for Harwell, and the authority must now repay its fees. "+
		"The Washington Post reported the ruling the next day. "+
		"Officials in Washington have not replied.")
	forms := func(sub, name string) []string {
		s := sentenceWith(t, x, sub)
		return x.answerForms(spanOfSent(t, s, name))
	}
	if got := forms("ruled for Harwell", "Harwell"); !slices.Contains(got, "Harwell Logistics") {
		t.Errorf("answers for Harwell = %v, want Harwell Logistics among them", got)
	}
	if got := forms("Officials in Washington", "Washington"); slices.Contains(got, "Washington Post") {
		t.Errorf("answers for Washington = %v, want no Washington Post", got)
	}
}
