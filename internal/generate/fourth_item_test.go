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

// TestFourthNoNameBlank: a drafted short answer on the name a sentence
// is about is no fourth item: the tech160 report's lead, "Microsoft is
// celebrating bumper sales of its Xbox sci fi shooter, Halo 2.", gives
// Microsoft away by its Xbox. The first version proposed it.
func TestFourthNoNameBlank(t *testing.T) {
	x, err := analyse([]string{
		"Microsoft is celebrating bumper sales of its Xbox sci fi shooter, Halo 2. " +
			"The game has sold more than five million copies worldwide since it went on sale in November. " +
			"Gamers have played the game for a record 28 million hours on the online service. " +
			"According to Microsoft, nine out of 10 Xbox Live members have played the game for an average of 91 minutes per session.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.sents) != 4 {
		t.Fatalf("want four sentences, got %d", len(x.sents))
	}
	rankSentences(x.sents)
	var items []item
	for i, s := range x.sents[1:] {
		q := &quiz.Question{Type: quiz.TrueFalse, Theme: "halo", Prompt: "True or false? " + s.text,
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}
		items = append(items, item{sent: s, q: q, answer: "True", rule: "truefalse-true", score: 0.6 - 0.05*float64(i), proposed: true})
	}
	s := x.sents[0]
	var sp *span
	for _, o := range s.spans {
		if o.text == "Microsoft" {
			sp = o
		}
	}
	if sp == nil {
		t.Fatalf("no span on Microsoft in %q: %v", s.text, x.mentions("microsoft"))
	}
	q := &quiz.Question{Type: quiz.Short, Theme: "halo", Prompt: "Fill in the blank: “_____ is celebrating bumper sales of its Xbox sci fi shooter, Halo 2.”", Answers: []string{"Microsoft"}}
	items = append(items, item{sent: s, q: q, sp: sp, answer: "Microsoft", rule: "cloze-short/" + sp.kind.String(), score: 0.07})
	out := x.fillOtherKinds(items, "Halo 2 sells five million copies", Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 6})
	for _, it := range out {
		if it.answer == "Microsoft" && it.proposed {
			t.Errorf("the short answer on Microsoft is proposed")
		}
	}
}
