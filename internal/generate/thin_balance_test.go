package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// canalArticle is the five-sentence paragraph the balance tests draft
// their true/false items on.
func canalArticle(t *testing.T) *article {
	t.Helper()
	x, err := analyse([]string{
		"The Brelling canal was dug between 1820 and 1831 by two thousand labourers. " +
			"The canal joined the river Lerne to the port of Varo across forty miles of marsh. " +
			"Barges on the canal carried coal, grain and timber to the coast for a century. " +
			"The railway reached Varo in 1870 and took most of the canal's trade within twenty years. " +
			"The canal was closed to traffic in 1931 and its locks were filled in.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.sents) < 5 {
		t.Fatalf("want five sentences, got %d", len(x.sents))
	}
	return x
}

// TestFillFourth: a theme the balance leaves at three true/false items
// takes one more where that makes two true and two false, and no other:
// never three true and one false.
func TestFillFourth(t *testing.T) {
	x := canalArticle(t)
	tf := func(i int, isTrue, proposed bool, score float64, rule string) item {
		q := &quiz.Question{Type: quiz.TrueFalse, Options: []quiz.Option{{Text: "True", Correct: isTrue}, {Text: "False", Correct: !isTrue}}}
		return item{sent: x.sents[i], q: q, rule: rule, score: score, proposed: proposed, named: true, answer: "a" + string(rune('0'+i))}
	}
	opts := Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 4}
	count := func(items []item) (n int) {
		for _, it := range items {
			if it.proposed {
				n++
			}
		}
		return
	}
	// Three true statements and a false one held back: three in four
	// true is not honest, the theme stays at three.
	items := []item{tf(0, true, true, 0.8, "truefalse-true"), tf(1, true, true, 0.7, "truefalse-true"), tf(2, true, true, 0.6, "truefalse-true"), tf(3, true, false, 0.55, "truefalse-true"), tf(4, false, false, 0.4, "truefalse-swap/year")}
	fillFourth(items, opts)
	if count(items) != 3 {
		t.Errorf("three true: want three proposed, got %+v", proposedRules(items))
	}
	// Two true and one false: a held-back true statement does not come
	// in (three in four), a held-back false one does (two and two).
	items = []item{tf(0, true, true, 0.8, "truefalse-true"), tf(1, true, true, 0.7, "truefalse-true"), tf(2, true, false, 0.6, "truefalse-true"), tf(3, false, true, 0.5, "truefalse-swap/year"), tf(4, false, false, 0.45, "truefalse-swap/year")}
	fillFourth(items, opts)
	if count(items) != 4 || items[2].proposed || !items[4].proposed {
		t.Errorf("two true, one false: want the false statement as the fourth item, got %+v", proposedRules(items))
	}
	// One true and two false: the held-back true statement comes in.
	items = []item{tf(0, true, true, 0.8, "truefalse-true"), tf(2, true, false, 0.6, "truefalse-true"), tf(3, false, true, 0.5, "truefalse-swap/year"), tf(4, false, true, 0.45, "truefalse-swap/year")}
	fillFourth(items, opts)
	if count(items) != 4 || !items[1].proposed {
		t.Errorf("one true, two false: want the true statement as the fourth item, got %+v", proposedRules(items))
	}
	// Three true and only a fourth true held back: four true is not
	// honest, the theme stays at three.
	items = []item{tf(0, true, true, 0.8, "truefalse-true"), tf(1, true, true, 0.7, "truefalse-true"), tf(2, true, true, 0.6, "truefalse-true"), tf(3, true, false, 0.55, "truefalse-true")}
	fillFourth(items, opts)
	if count(items) != 3 {
		t.Errorf("four true: want three proposed, got %d", count(items))
	}
	// A false statement under the floor, held back, or on a sentence a
	// proposed item quotes does not come in.
	low := tf(4, false, false, thinFloor-0.05, "truefalse-swap/year")
	held := tf(4, false, false, 0.5, "truefalse-swap/year")
	held.incidental = true
	same := tf(2, false, false, 0.5, "truefalse-swap/year")
	for name, f := range map[string]item{"low": low, "held": held, "same sentence": same} {
		items = []item{tf(0, true, true, 0.8, "truefalse-true"), tf(1, true, true, 0.7, "truefalse-true"), tf(2, true, true, 0.6, "truefalse-true"), f}
		fillFourth(items, opts)
		if count(items) != 3 {
			t.Errorf("%s: want three proposed, got %d", name, count(items))
		}
	}
	// A theme of four already, or of two, is left alone.
	items = []item{tf(0, true, true, 0.8, "truefalse-true"), tf(1, true, true, 0.7, "truefalse-true"), tf(4, false, false, 0.4, "truefalse-swap/year")}
	fillFourth(items, opts)
	if count(items) != 2 {
		t.Errorf("two items: want two proposed, got %d", count(items))
	}
}

func TestThinThemeFair(t *testing.T) {
	for _, c := range []struct {
		n, t, f int
		isTrue  bool
		want    bool
	}{
		{3, 3, 0, false, false}, // three in four true
		{3, 2, 1, true, false},  // the same
		{3, 2, 1, false, true},  // two and two
		{3, 1, 2, true, true},   // the same
		{3, 3, 0, true, false},  // four true
		{4, 3, 0, false, false}, // a fifth item: two in five to three in five
		{4, 2, 2, true, true},   // three in five
		{2, 2, 0, true, true},   // fewer than four true/false items
	} {
		if got := thinThemeFair(c.n, c.t, c.f, c.isTrue); got != c.want {
			t.Errorf("thinThemeFair(%d, %d, %d, %v) = %v, want %v", c.n, c.t, c.f, c.isTrue, got, c.want)
		}
	}
}

func proposedRules(items []item) []string {
	var r []string
	for _, it := range items {
		if it.proposed {
			r = append(r, it.rule)
		}
	}
	return r
}

func TestFillFalse(t *testing.T) {
	x := canalArticle(t)
	tf := func(i int, isTrue, proposed bool, score float64, rule string) item {
		q := &quiz.Question{Type: quiz.TrueFalse, Options: []quiz.Option{{Text: "True", Correct: isTrue}, {Text: "False", Correct: !isTrue}}}
		return item{sent: x.sents[i], q: q, rule: rule, score: score, proposed: proposed, named: true, answer: "a" + string(rune('0'+i))}
	}
	card := func(i int, proposed bool, score float64) item {
		return item{sent: x.sents[i], c: &quiz.Card{Front: "f", Back: "b"}, rule: "cloze-card/term", score: score, proposed: proposed, answer: "c" + string(rune('0'+i))}
	}
	opts := Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 4}
	three := func(extra ...item) []item {
		return append([]item{tf(0, true, true, 0.8, "truefalse-true"), tf(1, true, true, 0.7, "truefalse-true"), tf(2, true, true, 0.6, "truefalse-true")}, extra...)
	}
	// Three true and a false statement held back: the weakest true one
	// gives way to it, two true and one false.
	items := three(tf(4, false, false, 0.45, "truefalse-swap/year"))
	fillFalse(items, opts)
	if !items[3].proposed || items[2].proposed || !items[0].proposed || !items[1].proposed {
		t.Errorf("three true: want the false statement for the weakest true one, got %+v", proposedRules(items))
	}
	// No false statement: a card the ranker would propose takes the place.
	items = three(card(4, false, 0.55))
	fillFalse(items, opts)
	if !items[3].proposed || items[2].proposed {
		t.Errorf("three true and a card: want the card for the weakest true one, got %+v", proposedRules(items))
	}
	// A false statement under falseFloor, held back, or on a sentence a
	// proposed card quotes; a card under the threshold: nothing changes.
	low := tf(4, false, false, falseFloor-0.05, "truefalse-swap/year")
	held := tf(4, false, false, 0.5, "truefalse-swap/year")
	held.incidental = true
	for name, extra := range map[string][]item{
		"low":        {low},
		"held":       {held},
		"carded":     {tf(4, false, false, 0.5, "truefalse-swap/year"), card(4, true, 0.6)},
		"weak card":  {card(4, false, rankThreshold-0.1)},
		"other kind": {tf(3, true, false, 0.5, "truefalse-true")},
	} {
		items = three(extra...)
		fillFalse(items, opts)
		for i := 0; i < 3; i++ {
			if !items[i].proposed {
				t.Errorf("%s: true statement %d dropped: %+v", name, i, proposedRules(items))
			}
		}
		if items[3].proposed != extra[0].proposed {
			t.Errorf("%s: item 4 changed: %+v", name, proposedRules(items))
		}
	}
	// Two true statements, or a false one proposed already: left alone.
	items = []item{tf(0, true, true, 0.8, "truefalse-true"), tf(1, true, true, 0.7, "truefalse-true"), tf(4, false, false, 0.45, "truefalse-swap/year")}
	fillFalse(items, opts)
	if items[2].proposed {
		t.Errorf("two true: want no change, got %+v", proposedRules(items))
	}
	items = three(tf(3, false, true, 0.5, "truefalse-swap/year"), tf(4, false, false, 0.45, "truefalse-swap/year"))
	fillFalse(items, opts)
	if items[4].proposed || !items[2].proposed {
		t.Errorf("a false one proposed: want no change, got %+v", proposedRules(items))
	}
}
