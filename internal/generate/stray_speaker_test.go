package generate

import "testing"

// "The fuel price reached £1.42 a litre, said Owen Pryce.The Greens
// came second …": a full stop with no space runs the next sentence on,
// so a clause follows the verb of saying; the name after "said" is
// still the speaker put after his words, and the comma stays
// (stray_comma.go). A stray comma before "said" and a clause is still
// dropped.
func TestStrayCommaSpeakerAfter(t *testing.T) {
	x := analyseText(t, "Harbour news\n\n"+
		"The fuel price reached £1.42 a litre, said Owen Pryce.The Greens came second in the 2001 election.\n\n"+
		"The guidance published on Tuesday, said the harbour had a duty to warn boats.")
	if e, ok := strayCommaEdit(sentenceWith(t, x, "Owen Pryce")); ok {
		t.Errorf("strayCommaEdit before a speaker = %q", e)
	}
	if _, ok := strayCommaEdit(sentenceWith(t, x, "guidance published")); !ok {
		t.Errorf("the stray comma after \"The guidance published on Tuesday\" is kept")
	}
}
