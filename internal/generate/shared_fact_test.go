package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func trueItem(s *sentence) *item {
	return &item{sent: s, answer: "True", rule: "truefalse-true", q: &quiz.Question{
		Type:    quiz.TrueFalse,
		Prompt:  "True or false? " + s.text,
		Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
	}}
}

func TestSameRareFact(t *testing.T) {
	x := analyseText(t, "Marek Dolan was a Polish stage director who worked mostly for French radio.\n\n"+
		"After studying architecture and then drama, Dolan began his career as a writer in Lyon. "+
		"Born in Krakow, Dolan first studied to become an architect, before changing career paths and enrolling to study drama at the Krakow Academy. "+
		"Dolan moved to Paris in 1931, where he directed plays for the radio. "+
		"Musicians are embracing the internet as a way of reaching new fans and selling more music, his survey found. "+
		"Independent musicians saw the internet as a way to get around the need for a record contract and reach fans directly. "+
		"Most musicians used the internet every day for their music. "+
		"Few musicians feared that the internet would cost them their income.")
	first := trueItem(sentenceWith(t, x, "After studying architecture"))
	second := trueItem(sentenceWith(t, x, "Born in Krakow"))
	paris := trueItem(sentenceWith(t, x, "moved to Paris"))
	if !x.sameRareFact(first, second) || !x.sameFact(first, second) {
		t.Errorf("two statements of the studies of architecture and drama are not one fact")
	}
	if x.sameRareFact(first, paris) {
		t.Errorf("the studies and the move to Paris are one fact")
	}
	// A card on the second sentence that blanks what the first names.
	card := &item{sent: second.sent, answer: "career paths", rule: "cloze-card", c: &quiz.Card{}}
	if !x.sameRareFact(first, card) {
		t.Errorf("a card blanking career paths beside a statement of the career is not a repeat")
	}
	card.answer = "Krakow Academy"
	if x.sameRareFact(first, card) {
		t.Errorf("a card blanking the academy, which the statement does not name, is a repeat")
	}
	// Two statements sharing the article's topic words and two rare
	// ones are two facts.
	if x.sameRareFact(trueItem(sentenceWith(t, x, "Musicians are embracing")), trueItem(sentenceWith(t, x, "Independent musicians"))) {
		t.Errorf("two statements sharing only two rare words are one fact")
	}
}
