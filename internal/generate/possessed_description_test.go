package generate

import "testing"

// TestPossessedDescription: a blank over an adjective and a noun after
// "its", said once, describes rather than names (a BBC technology report:
// "Search start up Blinkx has released a second version of its eponymous
// software."); a term the article says again is not.
func TestPossessedDescription(t *testing.T) {
	x := analyseText(t, "Search start up Blinkx has released a second version of its eponymous software. "+
		"The firm says its desktop search tool can find files as well as web pages.\n\n"+
		"Rivals have released their own desktop search tool in recent months, and the desktop search tool market is growing.")
	for _, c := range []struct {
		sub, phrase string
		want        bool
	}{
		{"Search start up", "eponymous software", true},
		{"The firm says", "desktop search tool", false},
	} {
		s := sentenceWith(t, x, c.sub)
		var sp *span
		for _, o := range s.spans {
			if o.text == c.phrase {
				sp = o
			}
		}
		if sp == nil {
			var have []string
			for _, o := range s.spans {
				have = append(have, o.text+"/"+o.kind.String())
			}
			t.Fatalf("no span %q in %q; have %q", c.phrase, s.text, have)
		}
		if got := x.possessedDescription(s, sp); got != c.want {
			t.Errorf("possessedDescription(%q, %q) = %v, want %v", s.text, c.phrase, got, c.want)
		}
	}
}

// TestPossessedDescriptionCard: the opening of the report drafts no card
// over "eponymous software".
func TestPossessedDescriptionCard(t *testing.T) {
	text := "Search sites get closer to users\n\n" +
		"Search start up Blinkx has released a second version of its eponymous software. " +
		"The program watches what people are doing on their computer and suggests web pages and files that might be relevant.\n\n" +
		"Blinkx was launched in July 2004 and more than one million people have downloaded it since. " +
		"The new version lets users search for video clips and television programmes as well as web pages and files."
	res := mustGenerate(t, text, Options{})
	for _, c := range res.Course.Cards {
		if c.Back == "eponymous software" {
			t.Errorf("card over a description said once: %q", c.Front)
		}
	}
}
