package generate

import "testing"

func TestOwnerAndPersonTerm(t *testing.T) {
	x, err := analyse([]string{
		"Tomas Reyes joined the Harbour Party in 1880 and stood for the council of Varden.",
		"His brother Carlo Reyes was a shipping clerk who rose through the ranks of a Varden trading firm and by the age of 30 was the firm's chief buyer.",
		"The Harbour Party, a movement of dock workers, won the council elections of 1884.",
	})
	if err != nil {
		t.Fatal(err)
	}
	// "the firm's" stands for the firm the sentence brings in, not for
	// the party named before: no edit, and the sentence reads alone.
	s := sentenceWith(t, x, "the firm's chief buyer")
	edits, ok := x.contextEdits(s)
	if !ok {
		t.Fatalf("%q: cannot stand alone", s.text)
	}
	for _, e := range edits {
		if e.old == "the firm's" {
			t.Errorf("%q: \"the firm's\" rewritten %q", s.text, e.new)
		}
	}
	if !x.personTerm("Carlo Reyes") {
		t.Errorf("Carlo Reyes: not taken for a person")
	}
	if x.personTerm("Harbour Party") {
		t.Errorf("Harbour Party: taken for a person")
	}
	// A definition card on a person is held back; on a body the article
	// repeats, it is not.
	if !x.weakBuild(&item{rule: "definition-appositive", answer: "Carlo Reyes"}) {
		t.Errorf("a definition card on Carlo Reyes is not held back")
	}
	if x.weakBuild(&item{rule: "definition-appositive", answer: "Harbour Party"}) {
		t.Errorf("a definition card on the Harbour Party is held back")
	}
}
