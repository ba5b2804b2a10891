package generate

import "testing"

// The blank over "Aghagurty", where the family's land lay, is held back;
// the same name where the subject was born is not a holding.
func TestFamilyHoldingPlace(t *testing.T) {
	x := analyseText(t, "Charles Carroll (1661–1720) was a wealthy lawyer and planter in colonial Maryland.\n\n"+
		"The exact place of his birth is unclear, though it likely occurred near the small town of Aghagurty that Carroll's father took as part of his name. "+
		"Some of the family property near Aghagurty was obtained by a friend, Richard Grace, who made Daniel Carroll the head tenant.")
	s, sp := answerIn(t, x, "family property near", "Aghagurty")
	if !familyHolding(s, sp) {
		t.Errorf("%q in %q: not the place of a family's holdings", sp.text, s.text)
	}
	s.score = 1 // central to its theme
	items := []item{{sent: s, sp: sp, rule: "cloze-single/place", answer: "Aghagurty"}}
	x.markIncidental(items, "charles carroll")
	if !items[0].holdBack() {
		t.Error("the blank on Aghagurty is not held back")
	}
	// Nor is the card on the holding itself: "Some of the _____ near
	// Aghagurty was obtained by a friend".
	hs, hp := answerIn(t, x, "family property near", "family property")
	items = []item{{sent: hs, sp: hp, rule: "cloze-card/term", answer: "family property"}}
	x.markIncidental(items, "charles carroll")
	if !items[0].holdBack() {
		t.Error("the card on the family property is not held back")
	}
	s, sp = answerIn(t, x, "small town of", "Aghagurty")
	if familyHolding(s, sp) {
		t.Errorf("%q in %q: taken for a family's holding", sp.text, s.text)
	}
}

// The 2003 figures a change starts from are held back; the figures as
// they stand now are not.
func TestBaselineFigure(t *testing.T) {
	x := analyseText(t, "Camera phones are catching on.\n\n"+
		"However, he said, now 45% of the Japanese people Ericsson questioned use their camera phone at least once a month. In 2003 the figure was 29%. "+
		"Similarly, across Europe the numbers of people taking snaps with cameras is starting to rise. "+
		"In 2003 only 4% of the people in the UK took a phonecam snap at least once a month. Now the figure is 14%. "+
		"In 2004 some 20% of buyers chose a camera phone.")
	for _, c := range []struct {
		sub, ans string
		want     bool
	}{
		{"In 2003 only", "4%", true},
		{"In 2003 the figure was", "29%", true},
		{"Now the figure is", "14%", false},
		{"now 45%", "45%", false},
		{"In 2004 some", "20%", false},
	} {
		s, sp := answerIn(t, x, c.sub, c.ans)
		if got := baselineFigure(s, sp); got != c.want {
			t.Errorf("baselineFigure(%q in %q) = %v, want %v", c.ans, s.text, got, c.want)
		}
		if !c.want {
			continue
		}
		s.score = 1
		items := []item{{sent: s, sp: sp, rule: "cloze-card/percent", answer: c.ans}}
		x.markIncidental(items, "")
		if !items[0].holdBack() {
			t.Errorf("the card on %q in %q is not held back", c.ans, s.text)
		}
		// Nor is any other item on the sentence: "In 2003 only 4% of
		// the people in the UK took a _____" asks the year gone by too.
		if !x.baselineSentence(s) {
			t.Errorf("%q: the sentence of a baseline figure is not held", s.text)
		}
	}
}

// "According to family tradition, Carroll secured a position as clerk to
// William Herbert, …": a card filling a thin theme (figureCard) does not
// blank whom the sentence is according to; the draft before proposed
// "According to _____, Carroll secured a position …".
func TestFillCardNotSource(t *testing.T) {
	x := analyseText(t, "Charles Carroll was a wealthy lawyer and planter in colonial Maryland.\n\n"+
		"According to family tradition, Carroll secured a position as clerk to William Herbert, 1st Marquess of Powis, an Englishman who was one of two Catholic peers in the court of James II. "+
		"The family continued to have limited means compared to their former status.")
	s, sp := answerIn(t, x, "According to", "family tradition")
	if !x.clozeWorthy(s, sp) || !x.pointFigure(s, sp) || inList(s, sp) || x.ubiquitous(sp.key) || x.subject(sp.key) {
		t.Fatal("the source fails another bar; the test shows nothing")
	}
	if x.fillCardAnswer(s, sp, &cand{s: s, sp: sp, score: 1}, true) {
		t.Error("a card filling the theme may blank the source \"family tradition\"")
	}
}
