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
