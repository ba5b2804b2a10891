package generate

import (
	"strings"
	"testing"
)

// A sentence cut inside brackets carries no item; a whole one does.
func TestLeftOpen(t *testing.T) {
	for text, want := range map[string]bool{
		"Hale was born in Leeds, the son of John Hale (c.":             true,
		"Hale was born in Leeds, the son of John Hale (1830–1901).":    false,
		"The survey [begun in 1881 was printed.":                       true,
		"The survey was printed by the county and sold in every town.": false,
	} {
		if got := leftOpen(text); got != want {
			t.Errorf("leftOpen(%q) = %v, want %v", text, got, want)
		}
	}
	x := analyseText(t, "Hale was born in Leeds in the north of England, the son of John Hale (c. 1830 – 1901) and his wife.")
	for _, s := range x.sents {
		if leftOpen(s.text) && s.usable() {
			t.Errorf("cut sentence %q carries items", s.text)
		}
	}
}

// A currency written as letters and a full stop before its figure ends
// no sentence: "Rp." alone is no sentence, and no blank is "Rp".
func TestNumberAbbrevJoined(t *testing.T) {
	x := analyseText(t, "The ministry's first budget was so unrealistic that it sent the rupiah below Rp. 9,000 to the dollar within a week. Exporters welcomed the fall at first.")
	if len(x.sents) != 2 {
		var got []string
		for _, s := range x.sents {
			got = append(got, s.text)
		}
		t.Fatalf("sentences %q, want two", got)
	}
	if !strings.Contains(x.sents[0].text, "Rp. 9,000 to the dollar") {
		t.Errorf("first sentence %q cut at the currency", x.sents[0].text)
	}
	for text, want := range map[string]bool{
		"It fell below Rp.":        true, // and "9,000 …" follows
		"It played No.":            true, // "5 …"
		"It moved to the U.S.":     false,
		"The price stayed at 40p.": false,
	} {
		if got := cutAtNumberAbbrev(text, " 9,000 to the dollar."); got != want {
			t.Errorf("cutAtNumberAbbrev(%q) = %v, want %v", text, got, want)
		}
	}
	if cutAtNumberAbbrev("It fell below Rp.", " Exporters welcomed it.") {
		t.Error("a segment that opens on a word is a sentence of its own")
	}
}
