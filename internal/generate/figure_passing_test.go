package generate

import "testing"

// "Elspa noted that sales of Xbox games rose 37.9% during the year": a
// figure about the Xbox, which the report names only there, is held; the
// worth of a contract with a board the report keeps naming is not.
func TestPassingFigureHeld(t *testing.T) {
	x := analyseText(t, "Video games proved more popular than ever in 2004, according to Elspa.\n\nMovie tie ins also proved their worth in 2004. Elspa noted that sales of Xbox games rose 37.9% during the year. However, Sony's PlayStation 2 was the top seller.\n\nThe Powys health board said patients would be treated elsewhere. The contract with the Powys health board was worth £7m a year for the hospital.")
	s := sentenceWith(t, x, "Elspa noted")
	sp := spanOfSent(t, s, "37.9%")
	s.score = 1 // central to its theme
	items := []item{{sent: s, sp: sp, rule: "cloze-card/percent", answer: "37.9%"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the card on the Xbox's 37.9% is not held back")
	}
	s = sentenceWith(t, x, "was worth")
	s.score = 1
	items = []item{{sent: s, sp: spanOfSent(t, s, "£7m"), rule: "cloze-card/money", answer: "£7m"}}
	x.markIncidental(items, "")
	if items[0].holdBack() {
		t.Error("the card on the contract's £7m is held back")
	}
}

// "With more than 52% of US homes expected to have home networks, the
// Consumer Electronics Association suggested … media servers … will be
// more commonplace": the figure sets the scene for the suggestion.
func TestOpeningWithFigureHeld(t *testing.T) {
	x := analyseText(t, "Gadgets had a phenomenal year in 2004.\n\nShipments rose by almost 10%. With more than 52% of US homes expected to have home networks, the Consumer Electronics Association suggested hard drive boxes — or media servers — will be more commonplace. Gaming would continue to thrive.")
	s := sentenceWith(t, x, "With more than")
	s.score = 1
	items := []item{{sent: s, sp: spanOfSent(t, s, "52%"), rule: "cloze-card/percent", answer: "52%"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the card on the opening clause's 52% is not held back")
	}
}
