package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The fifty-second round's repeats and trivia, on sentences of their
// shape written for the tests.

const r52Life = `Halvard Brun was a Flemish count who ruled the coast for thirty years.

From the age of sixteen, young Halvard was appointed governor of first Ghent, then Bruges, with a brief tenure at Ypres. Halvard later married a merchant's daughter.

Halvard soon prepared the conquest of Calais from the English crown. Halvard encircled Calais and shelled its walls from a sandbank in the harbour. The town fell to him in August 1558 after a siege of six weeks.`

func r52Find(t *testing.T, x *article, sub string) *sentence {
	t.Helper()
	for _, s := range x.sents {
		if strings.Contains(s.text, sub) {
			return s
		}
	}
	t.Fatalf("no sentence with %q", sub)
	return nil
}

func r52Span(t *testing.T, s *sentence, k string) *span {
	t.Helper()
	for _, sp := range s.spans {
		if sp.key == k {
			return sp
		}
	}
	t.Fatalf("no span %q in %q", k, s.text)
	return nil
}

// A blank whose answer a true statement of its quiz names is held back,
// and its sentence is not quoted whole in its place.
func TestShownAnswerHeld(t *testing.T) {
	x := analyseText(t, r52Life)
	prep := r52Find(t, x, "prepared the conquest")
	siege := r52Find(t, x, "encircled Calais")
	st := item{sent: prep, answer: "True", rule: "truefalse-true", score: 0.5, proposed: true,
		q: &quiz.Question{Theme: "t", Type: quiz.TrueFalse, Prompt: "True or false? " + prep.text}}
	bl := item{sent: siege, sp: r52Span(t, siege, "calais"), answer: "Calais", rule: "cloze-short/place", score: 0.3, proposed: true,
		q: &quiz.Question{Theme: "t", Type: quiz.Short, Prompt: "Fill in the blank: “Halvard encircled _____ and shelled its walls from a sandbank in the harbour.”"}}
	items := []item{st, bl}
	x.holdFinalRepeats(items, Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 6})
	if !items[0].proposed {
		t.Errorf("the statement naming Calais was held back")
	}
	if items[1].proposed {
		t.Errorf("the blank over Calais, named by the statement before it, is proposed: %q", items[1].q.Prompt)
	}
	if items[1].q.Type != quiz.Short {
		t.Errorf("the held blank's sentence was quoted in its place: %q", items[1].q.Prompt)
	}
	// In another theme's quiz the name is not shown beside it.
	bl2 := bl
	bl2.q = &quiz.Question{Theme: "u", Type: quiz.Short, Prompt: bl.q.Prompt}
	if shownAnswer(&bl2, &items[0]) {
		t.Errorf("a blank is taken as shown by another theme's statement")
	}
}

// A report's lead, told again with its subject named, is one fact.
func TestLeadRetoldRepeat(t *testing.T) {
	x := analyseText(t, `Talking tills in the shops

A Welsh company is hoping to win over shoppers with a till that talks back.

The till was shown at a trade fair in June. The Cardiff based company Voxa has joined voice software with the everyday shop till. Shoppers can pick one of two voices.`)
	lead := r52Find(t, x, "A Welsh company")
	again := r52Find(t, x, "Cardiff based")
	fair := r52Find(t, x, "trade fair")
	st := func(s *sentence, score float64) item {
		return item{sent: s, answer: "True", rule: "truefalse-true", score: score, proposed: true,
			q: &quiz.Question{Theme: "t", Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	}
	items := []item{st(lead, 0.7), st(again, 0.5), st(fair, 0.4)}
	x.holdRepeats(items, Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 6})
	if !items[0].proposed || items[1].proposed {
		t.Errorf("the lead told again: proposed %v and %v, want the lead alone", items[0].proposed, items[1].proposed)
	}
	if !items[2].proposed {
		t.Errorf("another fact was held back")
	}
}
