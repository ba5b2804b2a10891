package generate

import "testing"

// TestNamedSurnameAnswer: "Hubay" is accepted for "Jenő Hubay", a name
// the article also gives by its last word alone, though the tagger did
// not read it as a person's.
func TestNamedSurnameAnswer(t *testing.T) {
	x := analyseText(t, "Joseph Szigeti was a Hungarian violinist who began his concert career as a child.\n\n"+
		"He moved to Budapest with his father to study with the renowned pedagogue Jenő Hubay. "+
		"After completing his studies with Hubay in his early teens, Szigeti began his international concert career.\n\n"+
		"Szigeti auditioned at the Franz Liszt Academy of Music and was admitted directly into the class of Jenő Hubay, without the usual delays.")
	sps := x.byKey["jenő hubay"]
	if len(sps) == 0 {
		t.Fatalf("no span for Jenő Hubay; have %v", x.keys)
	}
	got := x.answerForms(sps[0])
	if !accepts(got, "Hubay") || !accepts(got, "Jeno Hubay") {
		t.Errorf("answerForms(%q) = %v; want Hubay and Jeno Hubay accepted", sps[0].text, got)
	}
	if accepts(got, "Jenő") {
		t.Errorf("answerForms(%q) = %v accepts the first name alone", sps[0].text, got)
	}
}

// TestNamedSurnameRefused: the last word of a body's name ("Motors") is
// no surname, though the article writes it alone.
func TestNamedSurnameRefused(t *testing.T) {
	x := analyseText(t, "Under Aubrey, CBS dominated American television the way General Motors dominated its industry.\n\n"+
		"Motors and wagons were the firm's first products before the war.")
	for _, sp := range x.byKey["general motors"] {
		if got := x.answerForms(sp); accepts(got, "Motors") {
			t.Errorf("answerForms(%q) = %v accepts Motors", sp.text, got)
		}
	}
}
