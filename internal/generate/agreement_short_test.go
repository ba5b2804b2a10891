package generate

import "testing"

// A verb in -s whose plain form would be two letters is not mended: the
// tagger's verb may be no verb at all.
func TestAgreementEditShortVerb(t *testing.T) {
	s := &sentence{text: "Pins les; 000 00BB a 4!", toks: []tok{
		{text: "Pins", tag: "NNS", start: 0, end: 4},
		{text: "les", tag: "VBZ", start: 5, end: 8},
		{text: ";", tag: ":", start: 8, end: 9},
	}}
	if e, ok := agreementEdit(s); ok {
		t.Errorf("mended %q", e)
	}
	s = &sentence{text: "New tests shows that ink is wasted.", toks: []tok{
		{text: "New", tag: "JJ", start: 0, end: 3},
		{text: "tests", tag: "NNS", start: 4, end: 9},
		{text: "shows", tag: "VBZ", start: 10, end: 15},
		{text: "that", tag: "IN", start: 16, end: 20},
	}}
	if _, ok := agreementEdit(s); !ok {
		t.Error("a plain slip should still be mended")
	}
}
