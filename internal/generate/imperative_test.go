package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Sentences of the development how-to text on composting, and one of a
// short guide written for the test.
func TestImperative(t *testing.T) {
	text := "Keep the areas in front of and above the pile or bin clear so you can work without difficulty. " +
		"Set up your compost pile or bin in a convenient location that is more than six feet away from your home or wooden structures. " +
		"If you believe you've added too much nitrogen, balance the content by adding more carbon-rich material like paper or dry straw. " +
		"When adding grass to a compost pile, mix it thoroughly with leaves so it does not compact and restrict airflow. " +
		"Buy a ticket from the machine at the stop or in the city app. " +
		"When mixed with sandy soil, compost helps retain and hold water. " +
		"Inspectors check tickets often and fine passengers who travel without a valid ticket. " +
		"If you regularly water and turn the compost in your compost bin or pile, the compost can completely decompose in just two to three weeks."
	x := analyseText(t, text)
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"Keep the areas", true},
		{"Set up your compost", true},
		{"balance the content", true},
		{"mix it thoroughly", true},
		{"Buy a ticket", true},
		{"compost helps retain", false},
		{"Inspectors check", false},
		{"completely decompose", false},
	} {
		if got := imperative(sentenceWith(t, x, c.sub)); got != c.want {
			t.Errorf("imperative(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
}

// The development how-to text on composting: its instructions ("Keep the
// areas in front of and above the pile or bin clear …") are not drafted
// as true/false statements.
func TestNoTrueFalseFromInstruction(t *testing.T) {
	res := mustGenerate(t, devArticle(t, "howto.txt"), Options{All: true})
	for _, d := range res.Drafts {
		if q := d.Question; q != nil && q.Type == quiz.TrueFalse {
			for _, w := range []string{"Keep the areas", "Set up your compost", "balance the content", "mix it thoroughly"} {
				if strings.Contains(q.Prompt, w) {
					t.Errorf("true/false item from an instruction: %q", q.Prompt)
				}
			}
		}
	}
}

// A decade that ends a period, from the development text on the Asian
// financial crisis: "the early 2000s" swapped in for "the early 1990s"
// falls across the period and is no plain error.
func TestDecadeEndsPeriod(t *testing.T) {
	x := analyseText(t, "From the 1960s to the early 1990s, many southeastern Asian nations — including Thailand, South Korea, Indonesia, Malaysia, and the Philippines — experienced a long period of prosperity dubbed the “Asian Miracle.”")
	s := sentenceWith(t, x, "early 1990s")
	found := false
	for _, sp := range s.spans {
		if sp.text == "1990s" {
			found = true
			if !timeBound(s, sp) {
				t.Errorf("timeBound(%q) = false, want true", sp.text)
			}
		}
	}
	if !found {
		t.Fatal("no span 1990s")
	}
}

// An instruction is no fact to recall either: "Buy a ticket from the
// machine at the stop or in the _____." asks for the wording of an
// order. No cloze card is drafted from it (clozeWorthy).
func TestImperativeNoCloze(t *testing.T) {
	x := analyseText(t, "The Valmora tram network opened in 1998 and carries 90,000 passengers a day on four lines.\n\n"+
		"Buy a ticket from the ticket machine at the stop or in the Valmora Transit app.\n\n"+
		"A single ticket from the ticket machine costs two euros and is valid for ninety minutes.")
	s, sp := spanText(t, x, "Buy a ticket", "Valmora Transit")
	if !imperative(s) {
		t.Fatalf("imperative(%q) = false", s.text)
	}
	if x.clozeWorthy(s, sp) {
		t.Errorf("a cloze card on %q in the instruction %q", sp.text, s.text)
	}
	// A statement beside it still gives one.
	if s, sp := spanText(t, x, "opened in", "1998"); !x.clozeWorthy(s, sp) {
		t.Errorf("no cloze card on %q in %q", sp.text, s.text)
	}
}
