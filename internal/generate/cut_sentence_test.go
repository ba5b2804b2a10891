package generate

import "testing"

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
