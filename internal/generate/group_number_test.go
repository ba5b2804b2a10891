package generate

import (
	"strings"
	"testing"
)

// A plural group's name is no person's and takes no "is".
func TestPluralGroupName(t *testing.T) {
	for name, want := range map[string]bool{
		"Harbour MPs":         true,
		"the Lib Dems":        true,
		"Tories":              true,
		"Green councillors":   true,
		"MEPs":                true,
		"House of Lords":      false,
		"Ruth Vane":           false,
		"the Harbour Party":   false,
		"Wales":               false,
		"Democrats of Ostend": false,
	} {
		if got := pluralGroupName(name); got != want {
			t.Errorf("pluralGroupName(%q) = %v, want %v", name, got, want)
		}
	}
	x := analyseText(t, "Ferry fares\n\n"+
		"Ruth Vane became the harbour master in 2001. "+
		"Harbour MPs backed the new fares on Monday.")
	if !x.groupPersonSpan(&span{text: "Harbour MPs", key: "harbour mps", kind: kPerson}) {
		t.Errorf("Harbour MPs read as one person")
	}
	if x.groupPersonSpan(&span{text: "Ruth Vane", key: "ruth vane", kind: kPerson}) {
		t.Errorf("Ruth Vane read as a group")
	}
}

// "The Harbour Party is to face an inquiry over claims its leaflets …"
// is not made false with "the Lib Dems" or "Conservative"; a singular
// name, or a sentence that says nothing of number, may take them.
func TestGroupNumberSwap(t *testing.T) {
	x := analyseText(t, "Leaflet inquiry\n\n"+
		"The Harbour Party is to face an inquiry over claims its leaflets broke the rules on election spending. "+
		"Ruth Vane of the Harbour Party said the leaflets were paid for by members. "+
		"The Lib Dems and the Tories welcomed the inquiry on Tuesday.")
	s := sentenceWith(t, x, "The Harbour Party is to face")
	var sp *span
	for _, o := range s.spans {
		if strings.Contains(o.text, "Harbour Party") {
			sp = o
		}
	}
	if sp == nil {
		t.Fatalf("no span for the Harbour Party in %q", s.text)
	}
	for name, want := range map[string]bool{
		"Lib Dems":     false,
		"Tories":       false,
		"Conservative": false,
		"Reform Party": true,
	} {
		if got := groupNumberSwapOK(s, sp, name); got != want {
			t.Errorf("swap %q for %q: %v, want %v", sp.text, name, got, want)
		}
	}
	s2 := sentenceWith(t, x, "Ruth Vane of the Harbour Party said")
	for _, o := range s2.spans {
		if strings.Contains(o.text, "Harbour Party") && !groupNumberSwapOK(s2, o, "Lib Dems") {
			t.Errorf("%q: a name with no verb of its own held back", s2.text)
		}
	}
}
