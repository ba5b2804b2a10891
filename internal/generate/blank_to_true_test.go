package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestTrueForBlank: a theme's typed blank over a place is asked as its
// sentence's true statement where the theme's true/false questions stay
// fair; a blank over a common noun stays, and so does a place blank
// whose statement would leave the theme true statements alone.
func TestTrueForBlank(t *testing.T) {
	x := analyseText(t, "The ferry company carried 4,000 passengers across the sound last year, twice as many as the year before. "+
		"Across Scotland, Caledonian Ferries runs more routes on the west coast than Western Isles Ferries and Northlink put together. "+
		"Its new boats burn a third less fuel than the old ones did on the same crossings. "+
		"The company's fares rose by a tenth in 2019, the first rise in a decade, after fuel prices doubled.")
	rankSentences(x.sents)
	s, sp := spanIn(t, x, "Across Scotland", "scotland")
	_, noun := spanIn(t, x, "burn a third less fuel", "fuel")
	short := func(sent *sentence, span *span, answer string) item {
		return item{sent: sent, sp: span, answer: answer, rule: "cloze-short/test", proposed: true,
			q: &quiz.Question{Type: quiz.Short, Theme: "ferries", Prompt: "Fill in the blank", Paragraphs: []int{1}}}
	}
	statement := func(sub string, isTrue bool) item {
		q := &quiz.Question{Type: quiz.TrueFalse, Theme: "ferries", Prompt: "True or false? " + sub,
			Options: []quiz.Option{{Text: "True", Correct: isTrue}, {Text: "False", Correct: !isTrue}}, Paragraphs: []int{1}}
		return item{sent: sentenceWith(t, x, sub), q: q, rule: "truefalse-true", proposed: true}
	}

	its := []item{statement("The ferry company carried", true), statement("The company's fares rose", false), short(s, sp, "Scotland")}
	x.trueForBlank(its)
	if tf, isTrue := isTrueFalse(&its[2]); !tf || !isTrue || its[2].sent != s || !its[2].proposed || its[2].q.Theme != "ferries" {
		t.Errorf("the place blank was not asked as its true statement: %+v", its[2].q)
	}

	its = []item{statement("The ferry company carried", true), statement("The company's fares rose", false), short(sentenceWith(t, x, "burn a third"), noun, "fuel")}
	x.trueForBlank(its)
	if its[2].q.Type != quiz.Short {
		t.Errorf("a blank over a common noun was changed: %+v", its[2].q)
	}

	its = []item{statement("The ferry company carried", true), short(s, sp, "Scotland")}
	x.trueForBlank(its)
	if its[1].q.Type != quiz.Short {
		t.Errorf("the theme was left true statements alone: %+v", its[1].q)
	}

	for _, c := range []struct {
		w    string
		want bool
	}{{"Venezuelans", true}, {"Bangladeshis", true}, {"RN", false}, {"US", false}, {"Paris", false}, {"fuel", false}} {
		if got := peopleWord(c.w); got != c.want {
			t.Errorf("peopleWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
