package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// fourthTheme analyses three sentences written for the test and a last
// one, last, and returns the article with a theme's items: the three
// proposed as true statements, last drafted as a true statement the
// balance held back.
func fourthTheme(t *testing.T, last string) (*article, []item) {
	t.Helper()
	x, err := analyse([]string{
		"Josquin was a Franco-Flemish composer of the Renaissance, born in the 15th century. " +
			"Josquin, who died in 1521, is widely considered the first master of the high Renaissance style. " +
			"The lives of many minor composers are better documented than the life of Josquin. " +
			last,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.sents) != 4 {
		t.Fatalf("want four sentences, got %d", len(x.sents))
	}
	rankSentences(x.sents)
	var items []item
	for i, s := range x.sents {
		q := &quiz.Question{Type: quiz.TrueFalse, Theme: "greatest-composer", Prompt: "True or false? " + s.text,
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}
		items = append(items, item{sent: s, q: q, answer: "True", rule: "truefalse-true", score: 0.7 - 0.05*float64(i), proposed: i < 3})
	}
	return x, items
}

// TestFourthFigureCard: a theme of three true statements whose fourth
// true statement the balance holds back takes a cloze card on that
// sentence's key figure instead. The sentence is Josquin des Prez's
// biography's; the code before left the theme at three.
func TestFourthFigureCard(t *testing.T) {
	opts := Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 6}
	x, items := fourthTheme(t, "During the 16th century, Josquin gradually acquired the reputation as the greatest composer of the age, his mastery of technique and expression universally imitated and admired.")
	out := x.fillOtherKinds(items, "Josquin des Prez", opts)
	var card *item
	n := 0
	for i := range out {
		if out[i].proposed {
			n++
		}
		if out[i].c != nil {
			card = &out[i]
		}
	}
	if card == nil || !card.proposed || n != 4 {
		t.Fatalf("want a fourth item, a card, proposed; got %d proposed, %+v", n, proposedRules(out))
	}
	if card.c.Back != "16th century" || card.c.Theme != "greatest-composer" {
		t.Errorf("card %q / %q in %q, want the 16th century in greatest-composer", card.c.Front, card.c.Back, card.c.Theme)
	}
	if out[3].proposed {
		t.Errorf("the fourth true statement must stay held back")
	}
	// A theme already at four (here with a card on another sentence)
	// takes nothing.
	_, four := fourthTheme(t, "During the 16th century, Josquin gradually acquired the reputation as the greatest composer of the age, his mastery of technique and expression universally imitated and admired.")
	four = append(four, item{sent: four[0].sent, c: &quiz.Card{Theme: "greatest-composer", Front: "Josquin was born in the _____.", Back: "15th century"},
		answer: "15th century", rule: "cloze-card/century", score: 0.5, proposed: true})
	if got := x.fillOtherKinds(four, "Josquin des Prez", opts); len(got) != 5 {
		t.Errorf("a theme of four took another item: %+v", proposedRules(got))
	}
}
