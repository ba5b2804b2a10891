package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The fifty-second round's trivia rules, on sentences of their shape
// written for the tests (r52Life and the helpers are in
// r52_repeat_test.go).

// A blank or choice over a date's month is an incidental detail; one over
// a year alone is not, by that rule.
func TestMonthBlankIncidental(t *testing.T) {
	// The year is the article's again, as 1521 was in the life the
	// rule comes from: the blank asks the month alone.
	x := analyseText(t, `Halvard Brun was a Flemish count who took Calais from the English crown.

Halvard laid siege to Calais with a large army in the summer. After a siege of six weeks, Calais fell to Halvard in August 1558. The fall of Calais to Halvard ended English rule in the town.

In 1558 Halvard also took the fort of Guines from the English crown.`)
	rankSentences(x.paras[1].sents)
	fell := r52Find(t, x, "Calais fell")
	it := item{sent: fell, sp: r52Span(t, fell, "august 1558"), answer: "August 1558", rule: "cloze-single/date", score: 0.3,
		q: &quiz.Question{Theme: "t", Type: quiz.Single}}
	items := []item{it}
	x.markIncidental(items, "")
	if !items[0].incidental {
		t.Errorf("a choice over %q (options months of 1558) is not held back", it.answer)
	}
	y := analyseText(t, "Halvard Brun was a Flemish count.\n\nThe town fell to Halvard in 1558 after a siege of six weeks. Halvard held it until 1570.")
	fell = r52Find(t, y, "The town fell")
	yr := item{sent: fell, sp: r52Span(t, fell, "1558"), answer: "1558", rule: "cloze-single/year", q: &quiz.Question{Theme: "t", Type: quiz.Single}}
	if monthBlank(&yr) {
		t.Errorf("a blank over a year alone is taken for a month")
	}
}

// A round of posts at places named once is incidental in a life; a round
// the article comes back to is not.
func TestPostSequenceIncidental(t *testing.T) {
	x := analyseText(t, r52Life)
	if s := r52Find(t, x, "governor of first"); !x.incidentalSentence(s) {
		t.Errorf("the round of posts is not incidental: %q", s.text)
	}
	if s := r52Find(t, x, "encircled Calais"); x.postSequence(s) {
		t.Errorf("a siege is taken for a round of posts: %q", s.text)
	}
	back := r52Life + "\n\nIn Ghent and in Bruges Halvard built the canals that made both towns rich."
	y := analyseText(t, back)
	if s := r52Find(t, y, "governor of first"); y.postSequence(s) {
		t.Errorf("a round of posts the article comes back to is held back: %q", s.text)
	}
}
