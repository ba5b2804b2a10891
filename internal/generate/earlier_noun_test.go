package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// "… that Brown wrote the letter" after "An anonymous letter …": the
// letter is the one the sentence before brings in, and the statement is
// not asked alone. "the ozone layer" after "a layer of the atmosphere"
// names its kind and reads alone; "The service …" opening its sentence is
// left to the rule that names it.
func TestIntroducedAnaphorNotAskedAlone(t *testing.T) {
	x := analyseText(t, "The plot was foiled in November 1605.\n\n"+
		"An anonymous letter delivered to one of the lords, William Baker, was handed to the king's minister and proved decisive in foiling the plot. "+
		"Historians have long suspected that Thomas Brown wrote the letter, a hypothesis that remains unproven. "+
		"Brown died in the Tower of London in December 1605.")
	s := sentenceWith(t, x, "wrote the letter")
	if p := x.introducedAnaphor(s, x.leanContextSentence(s), s.text); p != "the letter" {
		t.Errorf("introducedAnaphor = %q, want %q", p, "the letter")
	}
	items := []item{*trueItem(s)}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if items[0].proposed || items[0].heldFor() != "context" {
		t.Errorf("statement proposed alone: %q", items[0].q.Prompt)
	}

	y := analyseText(t, "Ozone is a gas made of three oxygen atoms.\n\n"+
		"Ozone is mostly found in the stratosphere, a layer of the atmosphere between six and 30 miles above the surface. "+
		"Scientists have shown that chemicals made by people contribute to the thinning of the ozone layer over the poles.")
	s = sentenceWith(t, y, "thinning of the ozone layer")
	if p := y.introducedAnaphor(s, y.leanContextSentence(s), s.text); p != "" {
		t.Errorf("a phrase that names its kind read as leaning: %q", p)
	}

	z := analyseText(t, "Napster has launched a rental service.\n\n"+
		"The firm said a new service, dubbed Napster Mobile, would launch in the UK next year. "+
		"The service can be used on players that support the latest copy protection software from Microsoft.")
	s = sentenceWith(t, z, "The service can be used")
	if p := z.introducedAnaphor(s, z.leanContextSentence(s), s.text); p != "" {
		t.Errorf("a phrase opening its sentence taken from the naming rule: %q", p)
	}
}

// A sentence in the middle of a quotation whose paragraph opens each
// quoted run with a mark and never closes it (so the marks before it are
// even) still says "we" with no speaker: it is not asked alone. "Henry I
// was crowned …", "the southernmost continent on our planet" and a
// sentence that says who speaks are asked as before.
func TestUnsaidFirstPersonNotAskedAlone(t *testing.T) {
	x := analyseText(t, "Deaths in custody have shocked a committee of MPs.\n\n"+
		"Committee chairman Anne Rowe said: \"Throughout our inquiry we saw vulnerable people entering custody with a history of mental illness.\" "+
		"\"These people are held in a system badly suited to their needs. "+
		"\"Crime levels are falling but more people are held in custody than ever before. "+
		"The misplaced reliance on the prison system for the most vulnerable people in the country is at the heart of the problems that we encountered.")
	s := sentenceWith(t, x, "problems that we encountered")
	if !unsaidFirstPerson(s) {
		t.Fatal("a speaker's \"we\" with no speaker not found")
	}
	tf := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if x.standAlone(tf) {
		t.Errorf("statement asked alone: %q", tf.q.Prompt)
	}
	y := analyseText(t, "Henry I was crowned King of England in 1100 after the death of his brother.\n\n"+
		"Many soldiers who fought in World War I returned to farms in the south of the country. "+
		"In the 1970s, a scientist spent years working through data from the southernmost continent on our planet. "+
		"The minister said we would see lower taxes within two years of the election.")
	for _, sub := range []string{"Henry I was crowned", "World War I returned", "on our planet", "The minister said we"} {
		if unsaidFirstPerson(sentenceWith(t, y, sub)) {
			t.Errorf("%q read as a speaker's words with no speaker", sub)
		}
	}
}

// "On the positive side, …" answers a sentence the learner does not
// see: the statement needs context.
func TestPositiveSideOpenerNeedsContext(t *testing.T) {
	x := analyseText(t, "Viruses for mobile phones appeared in 2004.\n\n"+
		"On the positive side, the security firm F Secure said that 2004 was the best year yet for the arrest of virus writers. "+
		"The firm said that eight virus writers were arrested during the year.")
	if !needsContext(sentenceWith(t, x, "On the positive side")) {
		t.Error("\"On the positive side,\" read as standing alone")
	}
	if needsContext(sentenceWith(t, x, "The firm said that eight")) {
		t.Error("a plain sentence read as needing context")
	}
}
