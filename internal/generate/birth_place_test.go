package generate

import (
	"strings"
	"testing"
)

// birthBio is a short biography written for the tests: the subject's
// birth is told in the shapes biographies use, beside sentences on "born"
// that give no place of the subject's birth.
var birthBio = []string{
	"Mara Lind (3 March 1921 – 9 May 1990) was a Finnish architect and designer. Lind is best known for her wooden churches in the north of Finland.",
	"Lind was born in March 1921 in Tampere, Finland (then part of the Russian Empire) to a family of builders. Her brother Eero was born in Vaasa in 1925. Lind was born to Karl and Anna Lind in Oulu, Finland. Lind was born Maria Berg in the house of her grandmother.",
	"Lind studied in Helsinki and opened her own office in 1950. Lind was born in Lind Manor near Turku. Lind designed more than forty churches and schools.",
}

// TestBirthPlaceCard: a sentence on where the subject was born gives the
// card "Where was … born?" with the place, past a month, a date or the
// parents before it; a relative's birth, a birth name with no place after
// "in" and a place named for the subject give none.
func TestBirthPlaceCard(t *testing.T) {
	x, err := analyse(birthBio)
	if err != nil {
		t.Fatal(err)
	}
	if _, short := x.biographySubject(); short != "Lind" {
		t.Fatalf("subject = %q, want Lind", short)
	}
	want := map[string]string{
		"Lind was born in March 1921": "Tampere, Finland",
		"Lind was born to Karl":       "Oulu, Finland",
		"Her brother Eero":            "",
		"Lind was born Maria Berg":    "",
		"Lind was born in Lind Manor": "",
		"Lind studied in Helsinki":    "",
	}
	for sub, w := range want {
		s := sentenceWith(t, x, sub)
		it := x.birthPlaceCard(s)
		switch {
		case w == "" && it != nil:
			t.Errorf("%q: drafted %q -> %q", sub, it.c.Front, it.c.Back)
		case w != "" && it == nil:
			t.Errorf("%q: no card", sub)
		case w != "" && (it.c.Front != "Where was Lind born?" || it.c.Back != w):
			t.Errorf("%q: card %q -> %q, want %q", sub, it.c.Front, it.c.Back, w)
		}
	}
}

// TestBirthPlaceTheme: a biography's early-life theme whose other
// sentences are a relative's trivia takes the card on where the subject
// was born, and a theme that already states the birthplace with "born"
// takes none.
func TestBirthPlaceTheme(t *testing.T) {
	x, err := analyse(birthBio)
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, x, "Lind was born in March 1921")
	asked := sentenceWith(t, x, "Lind was born to Karl")
	out := []item{{sent: asked, proposed: true}}
	if it := x.birthPlace([]*sentence{asked, s}, out, map[string]bool{}); it == nil || it.c.Back != "Tampere, Finland" {
		t.Errorf("birthPlace = %v, want the card on Tampere", it)
	}
	// A proposed item already quoting "born … in Tampere".
	out = []item{{sent: s, proposed: true}}
	if it := x.birthPlace([]*sentence{s}, out, map[string]bool{}); it != nil {
		t.Errorf("birthPlace repeated a proposed item: %q -> %q", it.c.Front, it.c.Back)
	}
	other := sentenceWith(t, x, "Lind studied in Helsinki")
	out = []item{{sent: other, proposed: true}}
	if it := x.birthPlace([]*sentence{s}, out, map[string]bool{}); it == nil {
		t.Error("birthPlace held back by an item that names no birth")
	}
	if !strings.Contains(s.text, "Tampere") {
		t.Fatal("test sentence changed")
	}
}
