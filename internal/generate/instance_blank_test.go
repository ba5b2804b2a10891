package generate

import (
	"strings"
	"testing"
)

// A blank that "including" or "such as" right after it names instances of
// is not drafted; a blank elsewhere in the same sentence is.
func TestInstanceGiveaway(t *testing.T) {
	checkSpans(t, []string{
		"Her first novel, The Quiet Harbour, won seven literary prizes, including the Golden Quill at the Lisbon book fair.",
		"The museum keeps old farm tools such as ploughs, scythes and flails in its cellar.",
		"The museum keeps old farm tools in its cellar, and lends them to schools.",
		"The council urged the board to cut running costs, such as by closing the branch offices.",
	}, "instanceGiveaway", func(x *article, s *sentence, sp *span) bool { return instanceGiveaway(s, sp) }, []spanCase{
		{"won seven", "literary prizes", true},
		{"keeps", "old farm tools", true},
		{"in its", "cellar", false},
		{"to cut", "running costs", false}, // a way, not an instance
	})
}

// No card drafted from a sentence of this shape blanks what the list after
// it names instances of.
func TestInstanceGiveawayCards(t *testing.T) {
	text := "Tomas Varga was a Hungarian film director who worked in Budapest for fifty years.\n\n" +
		"Varga's first film, The Long Road (1955), won eleven international prizes, including Best Short Film at the Venice film festival. " +
		"He made thirty films in all, most of them about the villages of the Great Plain.\n\n" +
		"Varga taught at the film school in Budapest from 1960, and many of his students became directors. " +
		"He received an honorary award from the national academy in 1990."
	x := analyseText(t, text)
	s := sentenceWith(t, x, "won eleven")
	seen := false
	for _, sp := range s.spans {
		if !strings.HasPrefix(s.text[sp.end:], ", including") {
			continue
		}
		seen = true
		if x.blankableRead(s, sp) != nil {
			t.Errorf("%q: blank %q is drafted before its instances", s.text, sp.text)
		}
	}
	if !seen {
		t.Fatalf("%q: no answer found before \", including\"", s.text)
	}
}
