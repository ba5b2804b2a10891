package generate

import "testing"

// Sentences of the shapes whose blanks judges would reject: an adverb or
// a listed adjective left outside the blank, a name's suffix, and the
// source a claim closes on.
const blankShapeText = "Margaret Ellison, Jr. (March 2, 1841 – May 9, 1910) was an American engraver and printer.\n\n" +
	"A keen gardener, a loyal friend, and a deeply jealous brother, Tom Ellison was seen by her biographers as the model for her villains. " +
	"Her early novels are bleak, gothic small-town stories about grief and debt.\n\n" +
	"The town's plans to widen the harbour will go ahead in 1999, local papers report.\n\n" +
	"While Ellison was still a small child, her mother opened a print shop in the harbour."

func TestBlankShape(t *testing.T) {
	x := analyseText(t, blankShapeText)
	for _, c := range []struct{ sub, k string }{
		{"deeply jealous", "jealous brother"},
		{"bleak, gothic", "gothic small-town stories"},
		{"Margaret Ellison", "jr"},
		{"widen the harbour", "local papers report"},
		{"still a small child", "small child"},
	} {
		s, sp := spanIn(t, x, c.sub, c.k)
		if x.blankableRead(s, sp) != nil {
			t.Errorf("a blank drafted over %q", c.k)
		}
	}
}

// The science explainer's card on "human activities--the release": a
// blank across a dash written as two hyphens.
func TestDashBreakBlank(t *testing.T) {
	x := analyseText(t, devArticle(t, "science-explainer.txt"))
	s, sp := spanIn(t, x, "is the result of human activities", "human activities--the release")
	if x.blankableRead(s, sp) != nil {
		t.Error("a blank drafted across the dash")
	}
}

// TestOfficeHalfBlank: a blank over the first half of an office's name
// joined by "and" ("_____ and Pensions Secretary") is no blank; a name
// in a list before "and" still is.
func TestOfficeHalfBlank(t *testing.T) {
	x := analyseText(t, "The agency will be scrapped if it fails to improve, Work and Pensions Secretary Alan Jones has warned.\n\n"+
		"Paris and Lyon voted against the plan to close the rail line in the spring.")
	s, sp := spanWhere(t, x, "Pensions Secretary", "Work", func(sp *span) string { return sp.text }, func(a, b string) bool { return a == b })
	if !nameHalf(s, sp) {
		t.Errorf("nameHalf(%q in %q) = false; want the half of an office's name", sp.text, s.text)
	}
	s, sp = spanWhere(t, x, "Paris and Lyon", "Paris", func(sp *span) string { return sp.text }, func(a, b string) bool { return a == b })
	if nameHalf(s, sp) {
		t.Errorf("nameHalf(%q in %q) = true; want a name of a list kept", sp.text, s.text)
	}
}
