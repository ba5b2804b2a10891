package generate

import (
	"strings"
	"testing"
)

func TestTitleShape(t *testing.T) {
	x := analyseText(t, "The fire in the old mill at Paris began at night, and the wooden roof burned for hours.\n\n"+
		"Firefighters from Paris fought the fire until dawn, said Tom Vale, a local reporter.\n\n"+
		"The mill had stood on the river since 1871, and its loss shocked the town.")
	find := func(k string) *span {
		for _, s := range x.sents {
			for _, sp := range s.spans {
				if sp.key == k {
					return sp
				}
			}
		}
		t.Fatalf("no span %q", k)
		return nil
	}
	for _, c := range []struct {
		key  string
		low  bool
		text string
	}{
		{"paris", true, "Paris"},
		{"tom vale", true, "Tom Vale"},
		{"1871", true, "1871"},
		{"wooden roof", false, "wooden roof"},
	} {
		sp := find(c.key)
		cand := &titleCand{text: c.text, sp: sp, mentions: len(x.byKey[c.key]), total: len(x.byKey[c.key])}
		if got := x.titleShape(cand) < 1; got != c.low {
			t.Errorf("titleShape(%q) < 1 = %v, want %v (kind %v, sub %q)", c.text, got, c.low, sp.kind, sp.sub)
		}
	}
	for _, w := range []string{"Night", "Wooden"} {
		sp := &span{text: w, key: key(w), kind: kTerm}
		if w == "Wooden" {
			sp.sent = sentenceWith(t, x, "wooden roof")
			sp.start = strings.Index(sp.sent.text, "wooden")
			sp.end = sp.start + len("wooden")
		}
		if got := x.titleShape(&titleCand{text: w, sp: sp, mentions: 2, total: 2}); got >= 1 {
			t.Errorf("titleShape(%q) = %v, want it scored down", w, got)
		}
	}
}
