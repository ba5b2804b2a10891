package generate

import "testing"

// A term the tagger ran on into its clause's verb ("blaze spread", "fire
// tore") is no blank; the noun phrases around it still are.
func TestVerbRunBlank(t *testing.T) {
	x := analyseText(t, "Hundreds of villagers gathered on the hill and watched as the blaze spread along the thatched roofs of the market hall.\n\n"+
		"The crowd fell silent as the fire tore through the chapel's oak beams and brought down the bell tower.\n\n"+
		"The market hall of the old town stood empty for a decade after the war.")
	got := map[string]bool{}
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if sp.kind == kTerm {
				got[sp.key] = x.blankableRead(s, sp) != nil
			}
		}
	}
	for k, want := range map[string]bool{
		"blaze spread":   false,
		"fire tore":      false,
		"thatched roofs": true,
		"oak beams":      true,
		"bell tower":     true,
		"market hall":    true,
	} {
		if g, ok := got[k]; !ok {
			t.Errorf("no term %q read (terms %v)", k, got)
		} else if g != want {
			t.Errorf("blank over %q: %v, want %v", k, g, want)
		}
	}
}

// A term after "and" or a comma may be one of a list, with no verb of its
// own to find: "social protection to" is a noun phrase.
func TestVerbRunBlankList(t *testing.T) {
	x := analyseText(t, "The bank offered loans for tax reform and social protection to three poor countries.")
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if verbRunBlank(s, sp) {
				t.Errorf("%q read as a noun run into its verb", sp.text)
			}
		}
	}
}
