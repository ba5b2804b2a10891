package generate

import (
	"testing"
)

// Blanks that cut across the phrases of their sentence (cutPhrase), in
// sentences of our own of the kinds set 106 and 107's judges marked
// BAD-BLANK: "left the _____ and bewildered" (= "government defensive"),
// "just how _____ are eating the world" (= "fast microchips"), "The
// _____ with money owed after Brexit" (= "withdrawal agreement deals"),
// "observing _____ holy month" (= "the Muslim").
func TestCutPhraseBlanks(t *testing.T) {
	x := analyseText(t, "The strike at the harbour has left the council defensive and bewildered. "+
		"To see just how fast robots are changing the docks, look at the new container quay in Falmouth. "+
		"The harbour agreement deals with fees owed by the trawlers, the rights of visiting crews and the upkeep of the slipway. "+
		"Traders have been banned from observing the Muslim holy month of Ramadan. "+
		"The harbour board approved new rules for visiting crews.")
	for _, c := range []struct{ sent, blank, fault string }{
		{"The strike at the harbour", "council defensive", "cut-adjective"},
		{"To see just how", "fast robots", "cut-degree"},
		{"The harbour agreement", "harbour agreement deals", "cut-verb"},
		{"Traders have been banned", "the Muslim", "name-modifier"},
	} {
		s := sentenceWith(t, x, c.sent)
		found := false
		for _, sp := range s.spans {
			if sp.answer() != c.blank {
				continue
			}
			found = true
			if got := cutPhrase(s, sp); got != c.fault {
				t.Errorf("%q: cutPhrase = %q, want %q", c.blank, got, c.fault)
			}
		}
		if !found {
			var got []string
			for _, sp := range s.spans {
				got = append(got, sp.answer())
			}
			t.Errorf("%q: no such blank among %q", c.blank, got)
		}
	}
	// A whole phrase is a fair blank.
	s := sentenceWith(t, x, "The harbour board approved")
	for _, sp := range s.spans {
		if sp.answer() == "new rules" {
			if got := cutPhrase(s, sp); got != "" {
				t.Errorf("%q: cutPhrase = %q, want none", sp.answer(), got)
			}
		}
	}
}
