package generate

import "testing"

func TestSpelledOutAbbreviationNotBlanked(t *testing.T) {
	x := analyseText(t, "Ada Fenn grew up in Harwick and attended the Northgate Rowing Club from 1990.\n\n"+
		"Keen on the water, a large part of life at NRC, Fenn later coached at the Tallis Sailing School in Dover.")
	s := sentenceWith(t, x, "life at NRC")
	found := false
	for _, sp := range s.spans {
		if sp.text != "NRC" {
			continue
		}
		found = true
		if !x.spelledOutElsewhere(sp) {
			t.Errorf("NRC not matched to the Northgate Rowing Club")
		}
		if x.blankable(s, sp) != nil {
			t.Errorf("a blank drafted on NRC, which the article writes in full")
		}
	}
	if !found {
		t.Skip("NRC not read as a name")
	}
	if got := nameInitials("the Tallis Sailing School"); got != "TSS" {
		t.Errorf("nameInitials = %q", got)
	}
	if got := nameInitials("Bank of England"); got != "BE" {
		t.Errorf("nameInitials = %q", got)
	}
}

// TestHonoursLettersNotBlanked: the letters of an honour after a name are
// never an answer; other capitals are.
func TestHonoursLettersNotBlanked(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"OBE", true}, {"CBE", true}, {"KBE", true}, {"MBE", true}, {"FRS", true},
		{"QC", true}, {"PhD", true}, {"CBE, FRS", true}, {"K.C.", true},
		{"BBC", false}, {"NATO", false}, {"PC", false}, {"UKIP", false}, {"Ada Fenn", false},
	} {
		if got := honoursLetters(c.text); got != c.want {
			t.Errorf("honoursLetters(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	x := analyseText(t, "Ada Margaret Fenn, OBE (1 May 1890 – 3 June 1962) was an English stage actor and singer. "+
		"Fenn was famous for her comic roles.\n\nFenn joined the BBC in 1932 and sang on its first broadcasts.")
	found := false
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if sp.text != "OBE" {
				continue
			}
			found = true
			if x.blankable(s, sp) != nil {
				t.Errorf("a blank drafted on the honour OBE in %q", s.text)
			}
		}
	}
	if !found {
		t.Error("OBE not read as an answer: the test no longer reaches the rule")
	}
}
