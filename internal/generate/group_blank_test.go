package generate

import "testing"

func TestGroupQuoteBlank(t *testing.T) {
	x := analyseText(t, "The family had lived in a poor valley, where hunger and raids were part of daily life for the Huguenots of the 'cévennes'. "+
		"In 1700 the family moved to Geneva with the Huguenots of the south. "+
		"The Normans of the 'motte' built towers of wood in the valley.")
	for _, c := range []struct {
		sub, key string
		want     bool
	}{
		{"hunger and raids", "huguenots", true},
		// No quoted term beside the name.
		{"In 1700 the family", "huguenots", false},
	} {
		s, sp := spanIn(t, x, c.sub, c.key)
		if got := groupQuoteBlank(s, sp); got != c.want {
			t.Errorf("groupQuoteBlank(%q, %q) = %v, want %v", s.text, sp.text, got, c.want)
		}
		if c.want && x.blankableRead(s, sp) != nil {
			t.Errorf("%q is blanked over %q", s.text, sp.text)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"Jews", true}, {"Normans", true}, {"Paris", true}, {"Ross", false}, {"USSR", false}, {"men", false}} {
		if got := capitalisedPlural(c.w); got != c.want {
			t.Errorf("capitalisedPlural(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
