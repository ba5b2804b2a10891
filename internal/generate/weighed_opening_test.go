package generate

import "testing"

// An opening comparative weighs the sentence against the one before it:
// before a comma it is left out of a statement quoting the sentence, and
// inverted before its verb the sentence cannot be quoted alone.
func TestWeighedOpening(t *testing.T) {
	a := analyseText(t, "The pumping station at Marsh End was built in 1952 to drain the lower fields. "+
		"Worse, the river has burst its banks twice since the spring. "+
		"More alarming still, the pumps at the station have failed three times this year. "+
		"Less famously, the engineer who built the station designed the lighthouse at Skerry Point. "+
		"Worst of all, the insurers have refused to cover the farms near the river. "+
		"More important is how the repairs to the station will be paid for. "+
		"More than half of the pumps were replaced in the 1990s. "+
		"Better pumps were installed at the northern station in May. "+
		"Worse floods are expected when the tides are high in autumn. "+
		"Worse, in the engineer's view, was the cost of the new sluice gates. "+
		"More pumps, including those at Marsh End, were replaced after the flood. "+
		"Most interesting is the old steam engine, which still runs on open days.")
	for _, c := range []struct{ with, repaired string }{
		{"Worse, the river", "The river has burst its banks twice since the spring."},
		{"More alarming still", "The pumps at the station have failed three times this year."},
		{"Less famously", "The engineer who built the station designed the lighthouse at Skerry Point."},
		{"Worst of all", "The insurers have refused to cover the farms near the river."},
	} {
		s := sentenceWith(t, a, c.with)
		if !needsContext(s) {
			t.Errorf("needsContext(%q) = false, want true", s.text)
		}
		if got := focusRepaired(s); got != c.repaired {
			t.Errorf("focusRepaired(%q) = %q, want %q", s.text, got, c.repaired)
		}
	}
	for _, with := range []string{"More important is", "Worse, in the engineer"} {
		s := sentenceWith(t, a, with)
		if !needsContext(s) || focusRepaired(s) != "" {
			t.Errorf("inverted comparative %q: needsContext %v, repaired %q", s.text, needsContext(s), focusRepaired(s))
		}
	}
	for _, with := range []string{"More than half", "Better pumps", "Worse floods", "More pumps", "Most interesting"} {
		if s := sentenceWith(t, a, with); weighedOpening(s) {
			t.Errorf("weighedOpening(%q) = true, want false", s.text)
		}
	}
}
