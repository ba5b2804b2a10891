package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A police description of a wanted man is incidental: his clothes, his
// tattoos, his height and hair, and the day he was last seen (sentences
// of a BBC report on an escaped patient).
func TestIncidentalAppearance(t *testing.T) {
	x := analyseText(t, "First Minister Jack McConnell has ordered a report on the decision to allow a knife attacker to go on a visit unguarded.\n\n"+
		"Michael Ferguson, 36, escaped after being allowed out of the high security Carstairs unit. Police said Ferguson posed a danger to the public.\n\n"+
		"He is described as being 5ft 9ins tall, slim, with blond hair, blue eyes and a fair complexion. "+
		"Ferguson was wearing a black jacket, grey jeans, black jumper and black shoes when he was last seen. "+
		"He has multiple fading tattoos on his left hand and a very faded tear tattoo under his left eye. "+
		"Ms Holmes is not missing but there have been no sightings of Ferguson since Monday.")
	for sub, want := range map[string]bool{
		"He is described as":            true,
		"Ferguson was wearing":          true,
		"multiple fading tattoos":       true,
		"no sightings of Ferguson":      true,
		"Police said Ferguson posed":    false,
		"Michael Ferguson, 36, escaped": false,
	} {
		s := sentenceWith(t, x, sub)
		if got := x.incidentalSentence(s); got != want {
			t.Errorf("incidentalSentence(%q) = %v, want %v", s.text, got, want)
		}
	}
}

// An age set off after a name is never swapped: "Michael Ferguson, 9,
// escaped" is false on its face, and the age is an incidental detail.
func TestSwapShapeAppositiveAge(t *testing.T) {
	x := analyseText(t, "Michael Ferguson, 36, escaped after being allowed out of the high security Carstairs unit.\n\n"+
		"Police searched 36 houses in East Kilbride on Monday.")
	s := sentenceWith(t, x, "Michael Ferguson, 36")
	if x.swapShapeOK(s, spanOfSent(t, s, "36"), "9") {
		t.Errorf("swapShapeOK(%q, 36 → 9) = true, want false", s.text)
	}
	h := sentenceWith(t, x, "36 houses")
	if !x.swapShapeOK(h, spanOfSent(t, h, "36"), "20") {
		t.Errorf("swapShapeOK(%q, 36 → 20) = false, want true", h.text)
	}
}

// "this" standing alone for the sentence before leans on it.
func TestNeedsContextThisPronoun(t *testing.T) {
	x := analyseText(t, "The US presidential election provided a showcase for many political games.\n\n"+
		"Experts say this reflects how video games are becoming a mainstream part of culture and society.\n\n"+
		"Experts say this year video games are becoming a mainstream part of culture.")
	if s := sentenceWith(t, x, "this reflects"); !needsContext(s) {
		t.Errorf("needsContext(%q) = false", s.text)
	}
	if s := sentenceWith(t, x, "this year"); needsContext(s) {
		t.Errorf("needsContext(%q) = true", s.text)
	}
}

// An appositive after "the forefathers of political games" describes the
// forefathers, so it is no definition of political games.
func TestAppositiveOfAnotherNoun(t *testing.T) {
	x := analyseText(t, "Political games are online games about elections and politics.\n\n"+
		"The phenomenon has astonished the forefathers of political games, a handful of multi discipline games enthusiasts keen to push frontiers.")
	for _, it := range x.definitions(x.sents) {
		if it.c != nil && strings.Contains(it.c.Back, "handful") {
			t.Errorf("definition card %q: %q", it.c.Front, it.c.Back)
		}
	}
}

// Two true statements that the hospital suspended its plan, in other
// verbs, state one fact (sentences of a BBC report).
func TestSameHaltFact(t *testing.T) {
	x := analyseText(t, "An English hospital has suspended plans to stop treating Welsh patients who have waited more than three months.\n\n"+
		"GPs in Wales had feared patients could be pushed to the back of another queue. But after talks with Powys Health Board the hospital called off its plan until health chiefs meet early in January.\n\n"+
		"The hospital has cancelled two clinics in Welshpool because of staff illness.")
	item := func(sub string) *item {
		s := sentenceWith(t, x, sub)
		return &item{sent: s, rule: "truefalse-true", q: &quiz.Question{Type: quiz.TrueFalse, Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}}
	}
	lead, again, clinics := item("has suspended plans"), item("called off its plan"), item("cancelled two clinics")
	if !x.sameWording(lead, again) {
		t.Errorf("sameWording(%q, %q) = false", lead.sent.text, again.sent.text)
	}
	if x.sameWording(lead, clinics) {
		t.Errorf("sameWording(%q, %q) = true", lead.sent.text, clinics.sent.text)
	}
}

// "The aim is …", "The phenomenon has …" and "… followed suit" lean on the sentence before
// (sentences of a BBC report on political games).
func TestAimAndFollowedSuitNeedContext(t *testing.T) {
	x := analyseText(t, "Newsgaming.com makes games about the news.\n\n"+
		"The aim is to comment on international news events via games.\n\n"+
		"The phenomenon has astonished the forefathers of political games.\n\n"+
		"More than 20 followed suit, including Frontrunner, eLections, President Forever and The Political Machine.")
	for _, sub := range []string{"The aim is", "The phenomenon has"} {
		if s := sentenceWith(t, x, sub); !x.backReference(s) {
			t.Errorf("backReference(%q) = false", s.text)
		}
	}
	if s := sentenceWith(t, x, "followed suit"); !needsContext(s) {
		t.Errorf("needsContext(%q) = false", s.text)
	}
}

// In a biography, a nickname given for a habit, at a college sports club,
// is incidental (a sentence of the Wikipedia biography of Kate Bush); a
// title won by the subject's work is not.
func TestBioTriviaNickname(t *testing.T) {
	x := analyseText(t, "Catherine Kate Bush (born 30 July 1958) is an English singer-songwriter, musician and record producer. Bush made ten albums.\n\n"+
		"Her brother John was a karateka at Goldsmiths College karate club and Kate also trained there, becoming known as Ee-ee because of her squeaky kiai. "+
		"Bush became known as the Queen of Art Rock for her third album.")
	if s := findSentence(t, x, "Her brother John"); !x.bioTriviaSentence(s.text) {
		t.Errorf("bioTriviaSentence(%q) = false", s.text)
	}
	if s := findSentence(t, x, "Bush became known"); x.bioTriviaSentence(s.text) {
		t.Errorf("bioTriviaSentence(%q) = true", s.text)
	}
}
