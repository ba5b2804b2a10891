package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestFillTrueOnly(t *testing.T) {
	x := canalArticle(t)
	tf := func(i int, isTrue, proposed bool, score float64) item {
		q := &quiz.Question{Type: quiz.TrueFalse, Options: []quiz.Option{{Text: "True", Correct: isTrue}, {Text: "False", Correct: !isTrue}}}
		rule := "truefalse-true"
		if !isTrue {
			rule = "truefalse-swap/year"
		}
		return item{sent: x.sents[i], q: q, rule: rule, score: score, proposed: proposed, named: true, answer: "a" + string(rune('0'+i))}
	}
	card := func(i int, score float64) item {
		return item{sent: x.sents[i], c: &quiz.Card{Front: "f", Back: "b"}, rule: "cloze-card/term", score: score, answer: "c" + string(rune('0'+i))}
	}
	opts := Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 4}
	two := func(extra ...item) []item {
		return append([]item{tf(0, true, true, 0.8), tf(1, true, true, 0.7)}, extra...)
	}
	// Two true statements and a held-back false one: it is added.
	items := two(tf(3, false, false, 0.45))
	fillTrueOnly(items, opts)
	if !items[0].proposed || !items[1].proposed || !items[2].proposed {
		t.Errorf("two true: want the false statement added, got %+v", proposedRules(items))
	}
	// A false statement under falseFloor is not; a card on another
	// sentence over the thin floor is added instead.
	items = two(tf(3, false, false, 0.2), card(4, 0.3))
	fillTrueOnly(items, opts)
	if items[2].proposed || !items[3].proposed || !items[0].proposed || !items[1].proposed {
		t.Errorf("two true, weak false: want the card added, got %+v", proposedRules(items))
	}
	// A card on a statement's own sentence does not take that
	// statement's place.
	items = two(card(1, 0.5))
	fillTrueOnly(items, opts)
	if !items[0].proposed || !items[1].proposed || items[2].proposed {
		t.Errorf("two true, card on the second's sentence: want the theme as it was, got %+v", proposedRules(items))
	}
	// A card under the thin floor, or held back, changes nothing.
	weak := card(1, 0.1)
	held := card(4, 0.6)
	held.incidental = true
	items = two(weak, held)
	fillTrueOnly(items, opts)
	if !items[0].proposed || !items[1].proposed || items[2].proposed || items[3].proposed {
		t.Errorf("two true, no fit item: want the theme as it was, got %+v", proposedRules(items))
	}
	// A theme with a false statement already, or one true statement, is
	// left alone.
	items = append(two(tf(2, false, true, 0.5)), card(4, 0.6))
	fillTrueOnly(items, opts)
	if items[3].proposed {
		t.Errorf("a false statement proposed: want nothing added, got %+v", proposedRules(items))
	}
	items = []item{tf(0, true, true, 0.8), card(4, 0.6)}
	fillTrueOnly(items, opts)
	if items[1].proposed {
		t.Errorf("one true statement: want nothing added, got %+v", proposedRules(items))
	}
}
