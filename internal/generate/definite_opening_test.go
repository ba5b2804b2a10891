package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestDefiniteOpeningDamped: a true statement opening on a definite
// description ("The closure …", "The lion’s share …") is ranked at half
// its score among the theme's statements; one opening on a name after
// "The", one whose description a name in apposition follows, one opening
// on anything else, and a flashcard on the same sentence keep theirs.
func TestDefiniteOpeningDamped(t *testing.T) {
	x := analyseText(t, "Port Wenna's harbour is silting up\n\n"+
		"The harbour board closed the old quay in May after silt blocked the channel for a week.\n\n"+
		"The closure was a blow to the fishing fleet, which lost a month of landings. "+
		"The lion’s share of the dredging bill will fall on the town council. "+
		"The Harbour Trust has offered to pay for a survey of the channel. "+
		"The harbour master, Ann Tregear, said the quay could reopen in the spring. "+
		"The silting of the channel began when the old breakwater was removed. "+
		"Silt has raised the floor of the channel by two metres since 1990.")
	rankSentences(x.sents)
	statement := func(sub string) item {
		s := sentenceWith(t, x, sub)
		return item{sent: s, rule: "truefalse-true", answer: "True",
			q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text,
				Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}}
	}
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"The closure was a blow", true},
		{"The lion’s share", true},
		{"The Harbour Trust", false},
		{"The harbour master, Ann Tregear", false},
		{"The silting of the channel", false}, // the title's word
		{"Silt has raised", false},
	} {
		it := statement(c.sub)
		if got := definiteOpening(&it, key("Port Wenna's harbour is silting up")); got != c.want {
			t.Errorf("%q: definiteOpening = %v, want %v", c.sub, got, c.want)
		}
	}
	card := item{sent: sentenceWith(t, x, "The closure was a blow"), rule: "cloze-card", c: &quiz.Card{}}
	if definiteOpening(&card, "") {
		t.Error("a flashcard on a definite opening is damped")
	}

	closure := sentenceWith(t, x, "The closure was a blow")
	its := x.rank(rankCtx{}, []item{statement("The closure was a blow")}, Options{MaxQuestionsPerTheme: 10, MaxCardsPerTheme: 10})
	undamped := rankScore(x.features(rankCtx{}, closure, nil, "True", 0, "tf-true"))
	if got, want := its[0].order, undamped*definiteOpeningDamp; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("the definite opening's statement scored %.4f, want %.4f", got, want)
	}
}
