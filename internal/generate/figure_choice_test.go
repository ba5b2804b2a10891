package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short report whose point is a figure the next sentence goes on
// about. The figure's sentence is from a BBC report on Scottish
// prisons; the rest is written for the test.
const figureChoiceReport = `Prison plan shelved

Plans for a single body to run prisons and probation in Scotland have been shelved.

The executive will not merge the prison service with council probation teams. The merger had been meant to keep offenders with one body during and after their sentence.

Scotland's reoffending rate is high, with more than 60% of prisoners reconvicted within two years of release from jail. This is leading to a growing prison population and ministers want to tackle it. Councils and the prison service will now be told to work together more closely.

A new board will advise ministers on how prisons cut reoffending. The changes will be set out in a plan on Monday.
`

func TestFigureChoiceAsksTheFigureAThinReportIsAbout(t *testing.T) {
	res, err := Generate(figureChoiceReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var q *quiz.Question
	for i := range res.Course.Questions {
		if strings.Contains(res.Course.Questions[i].Prompt, "more than _____ of prisoners reconvicted") {
			q = &res.Course.Questions[i]
		}
	}
	if q == nil {
		t.Fatalf("no question on the reoffending figure among %d proposed", len(res.Course.Questions))
	}
	if q.Type != quiz.Single || len(q.Options) != 4 {
		t.Fatalf("question of type %v with %d options", q.Type, len(q.Options))
	}
	for _, o := range q.Options {
		v, ok := amountOf(o.Text)
		if !ok {
			t.Fatalf("option %q is no share", o.Text)
		}
		// "More than 60%": a smaller share would be true as well.
		if o.Correct != (v == 60) || v < 60 {
			t.Fatalf("option %q (correct %v)", o.Text, o.Correct)
		}
	}
}

func TestExplainedFigureIsTakenUpByTheNextSentence(t *testing.T) {
	x := analyseText(t, figureChoiceReport)
	s := sentenceWith(t, x, "more than 60% of prisoners")
	var sp *span
	for _, o := range s.spans {
		if o.kind == kPercent {
			sp = o
		}
	}
	if sp == nil || !explainedFigure(s, sp) {
		t.Fatal("the reoffending figure is not taken for the one the report goes on about")
	}
	s = sentenceWith(t, x, "The merger had been meant")
	if len(s.spans) > 0 && explainedFigure(s, s.spans[0]) {
		t.Fatal("a sentence the next does not take up")
	}
}

// "Has broken the 100 million mark" bounds the figure as "more than"
// does: every smaller option would be true.
func TestMarkFigureIsABound(t *testing.T) {
	x := analyseText(t, "The total number of people online in Europe has broken the 100 million mark. Most of them use broadband at home.")
	s := sentenceWith(t, x, "broken the")
	found := false
	for _, sp := range s.spans {
		if sp.kind == kNumber {
			found = true
			if !markFigure(s, sp) {
				t.Fatalf("%q not taken for a mark passed", sp.text)
			}
		}
	}
	if !found {
		t.Fatal("no figure in the sentence")
	}
}
