package generate

import "testing"

// "the city" is the city the sentence before names, not the one named
// "… City" paragraphs before ("the Ho Chi Minh City is struggling to
// build a system to cope" for Detroit: set 98, both judges, WRONG).
func TestNameByHeadSkipsLaterPlace(t *testing.T) {
	a := analyseText(t, "Rising seas already flood Ho Chi Minh City several times a year. Engineers there are building new walls.\n\n"+
		"Heavy rain is also a threat. A month of rain fell in one morning on Detroit last summer. Short of money, the city is struggling to build new drains.\n\n"+
		"Flooding is common in Ho Chi Minh City. Short of money, the city is struggling to build new walls.")
	s := sentenceWith(t, a, "build new drains")
	if got := a.nameByHead(s, "the city"); got != "" {
		t.Errorf("nameByHead(%q) = %q, want none: Detroit came between", s.text, got)
	}
	s = sentenceWith(t, a, "build new walls")
	if got := a.nameByHead(s, "the city"); got == "" {
		t.Errorf("nameByHead(%q) = none, want Ho Chi Minh City", s.text)
	}
}

// A feature's opening scene carries no item ("Clay Cockrell is sitting
// in his office at Columbus Circle …", "In front of the tower is Central
// Park, where …": set 98, both judges, TRIVIA); a figure whose "be" ends
// its clause leans on the sentence before ("people think only 28% are,
// when 71% are": set 98, both judges, CONTEXT).
func TestSceneLeadAndFigureEllipsis(t *testing.T) {
	a := analyseText(t, "Mina Patel is sitting in her studio above a bakery on Mill Lane, across the road from the old cinema. In front of the cinema is a small park, where she runs her Saturday drawing classes. Patel, a former banker, now teaches art to three hundred children a year.\n\n"+
		"People overestimate how many of their neighbours are obese. The worst case is Norway, where people think only 28% are, when 61% are. In Chile, people think 40% are obese, when 71% are.")
	for _, c := range []struct {
		sub   string
		scene bool
	}{
		{"is sitting in her studio", true},
		{"In front of the cinema", true},
		{"now teaches art", false},
	} {
		if got := a.incidentalSentence(sentenceWith(t, a, c.sub)); got != c.scene {
			t.Errorf("incidentalSentence(%q) = %v, want %v", c.sub, got, c.scene)
		}
	}
	if s := sentenceWith(t, a, "The worst case"); !needsContext(s) {
		t.Errorf("needsContext(%q) = false", s.text)
	}
	if s := sentenceWith(t, a, "In Chile"); needsContext(s) {
		t.Errorf("needsContext(%q) = true", s.text)
	}
}

// "Our new international survey …": the writers' own work, whose
// authors the learner is not told (set 98, both judges, CONTEXT); "our
// planet" is everyone's.
func TestOurWork(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Our new international survey across 33 countries shows just how wrong the world is about a range of key social realities.", true},
		{"Our analysis of hospital records found that waiting times doubled in five years.", true},
		{"Our planet is warming faster than at any time in the past 2,000 years.", false},
		{"Our oceans absorb a quarter of the carbon dioxide that people emit.", false},
	} {
		a := analyseText(t, c.text)
		if got := unsaidFirstPerson(a.paras[0].sents[0]); got != c.want {
			t.Errorf("unsaidFirstPerson(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
