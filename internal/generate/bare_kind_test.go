package generate

import "testing"

// A bare kind as the subject, and a pronoun the opening phrase cannot
// stand for: sentences of our own of the kinds the blind judges of sets
// 101 to 111 asked to have named ("The seizure is not the only calamity
// …", "After turning an operating profit …, in November it reported a
// loss …", "In December 2019 it oversaw …"; CONTEXT, both judges each).
func TestBareKindAndOpeningPronoun(t *testing.T) {
	x := analyseText(t, "The county court ordered that the dairy's herd be sold. "+
		"The sale is not the only blow to the Penrose family this winter. "+
		"The truth is that the family had borrowed too much. "+
		"The upshot is that the herd must go. "+
		"The main reason for the sale was a run of wet summers. "+
		"The notion is that a smaller herd will pay its way. "+
		"The police have opened an inquiry into the sale. "+
		"The debts left by the flood have doubled since then.\n\n"+
		"The Penrose dairy makes cheese in Port Wenna. "+
		"After posting a profit for two years, in May it reported a loss. "+
		"After posting a profit for two years, the dairy reported a loss in May. "+
		"In May 2019 it opened a second creamery. "+
		"In May 2019 the dairy opened a second creamery.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The sale is not", true},
		{"The truth is that", false},        // no thing told before
		{"The police have", false},          // one in the reader's world
		{"The debts left by", false},        // the participle says which
		{"The county court ordered", false}, // the article's first sentence
		{"After posting a profit for two years, in May it", true},
		{"After posting a profit for two years, the dairy", false},
		{"In May 2019 it opened", true},
		{"In May 2019 the dairy", false},
	} {
		s := sentenceWith(t, x, c.sent)
		edits, ok := x.contextEdits(s)
		if got := !ok || needsContext(s) || x.unnamedBareBack(s, edits); got != c.want {
			t.Errorf("%q: leans on the sentence before: %v, want %v", s.text, got, c.want)
		}
	}
	// A kind the article keeps coming back to is known to the learner.
	y := analyseText(t, "The levy was raised in March. The protesters blocked the bridge. "+
		"Police let the protesters pass. The protesters want the levy scrapped. "+
		"Some of the protesters went home at dusk.")
	if s := sentenceWith(t, y, "The protesters blocked"); y.bareKindBack(s) {
		t.Errorf("%q: a kind said in every other sentence was held back", s.text)
	}
}

// "Eleven years after that, at the next final, a similar advert
// appeared …" (set 114, both judges: CONTEXT, "name the earlier
// advert"): a time counted from what the sentence before told.
func TestTimeAfterThatLeansBack(t *testing.T) {
	x := analyseText(t, "The lender ran its first advert at the cup final in 2005. "+
		"Eleven years after that, at the next final, a rival lender ran a similar advert. "+
		"Eleven years after the first advert, a rival lender ran a similar one.")
	if s := sentenceWith(t, x, "Eleven years after that"); !needsContext(s) {
		t.Errorf("%q reads alone", s.text)
	}
	if s := sentenceWith(t, x, "Eleven years after the first"); needsContext(s) {
		t.Errorf("%q is held back", s.text)
	}
}
