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
