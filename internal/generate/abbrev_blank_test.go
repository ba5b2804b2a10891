package generate

import "testing"

func TestSpelledOutAbbreviationNotBlanked(t *testing.T) {
	x := analyseText(t, "Ada Fenn grew up in Harwick and attended the Northgate Rowing Club from 1990.\n\n"+
		"Keen on the water, a large part of life at NRC, Fenn later coached at the Tallis Sailing School in Dover.")
	s := sentenceWith(t, x, "life at NRC")
	found := false
	for _, sp := range s.spans {
		if sp.text != "NRC" {
			continue
		}
		found = true
		if !x.spelledOutElsewhere(sp) {
			t.Errorf("NRC not matched to the Northgate Rowing Club")
		}
		if x.blankable(s, sp) != nil {
			t.Errorf("a blank drafted on NRC, which the article writes in full")
		}
	}
	if !found {
		t.Skip("NRC not read as a name")
	}
	if got := nameInitials("the Tallis Sailing School"); got != "TSS" {
		t.Errorf("nameInitials = %q", got)
	}
	if got := nameInitials("Bank of England"); got != "BE" {
		t.Errorf("nameInitials = %q", got)
	}
}
