package generate

import "testing"

func TestEchoFragment(t *testing.T) {
	x := analyseText(t, "By 1400 the guild had turned into a league of free ports. "+
		"A league that had shown that it could raise a fleet against any king. "+
		"Its members met each summer in a town hall by the river.\n\n"+
		"The council passed a new law on tolls in 1390. "+
		"A law that banned foreign ships, the council said, would ruin the port. "+
		"A merchant who traded in salt grew rich within ten years. "+
		"The town kept its own ships for a century.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"A league that had shown", true},
		// A comma: the sentence has a main clause of its own.
		{"A law that banned", false},
		// Its noun is new: "grew" is the sentence's verb.
		{"A merchant who traded", false},
		{"Its members met", false},
	} {
		s := sentenceWith(t, x, c.sub)
		if got := x.echoFragment(s); got != c.want {
			t.Errorf("echoFragment(%q) = %v, want %v", s.text, got, c.want)
		}
		if _, ok := x.contextEdits(s); c.want && ok {
			t.Errorf("%q reads alone", s.text)
		}
	}
}

func TestEchoFragmentRealHanse(t *testing.T) {
	x := devArt(t, "hanse-history.txt")
	s := sentenceWith(t, x, "An alliance that has proven")
	if !x.echoFragment(s) {
		t.Errorf("echoFragment(%q) = false, want a fragment", s.text)
	}
	if _, ok := x.contextEdits(s); ok {
		t.Errorf("%q reads alone", s.text)
	}
}
