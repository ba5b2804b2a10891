package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestHookParagraphStatement: a true statement quoted from the paragraph
// a small-caps hook opens is ranked at half its score, whether the hook's
// capitals hold a date or not; one from a later paragraph, and a flashcard
// on the hook paragraph, keep theirs.
func TestHookParagraphStatement(t *testing.T) {
	for _, hook := range []string{
		"THE LAST ferry from Oban left an hour late on Friday.",
		"ON MARCH 11TH the last ferry from Oban left an hour late.",
	} {
		x := analyseText(t, "Island ferries are running out of money and of boats\n\n"+
			hook+" A queue of tourists in wet coats waited on the quay for the next sailing to Mull.\n\n"+
			"The ferry company lost £40m last year, and the government has refused to cover the loss.\n\n"+
			"Its oldest boats are more than forty years old, and two of them broke down in the summer.")
		rankSentences(x.sents)
		queue, loss := sentenceWith(t, x, "A queue of tourists"), sentenceWith(t, x, "lost £40m")
		statement := func(s *sentence) item {
			return item{sent: s, rule: "truefalse-true", answer: "True",
				q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text,
					Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}}
		}
		if it := statement(queue); !hookStatement(&it) {
			t.Errorf("%q: the statement on the hook's paragraph is not damped", hook)
		}
		if it := statement(loss); hookStatement(&it) {
			t.Errorf("%q: a statement on the third paragraph is damped", hook)
		}
		card := item{sent: queue, rule: "cloze-card", c: &quiz.Card{}}
		if hookStatement(&card) {
			t.Errorf("%q: a flashcard on the hook's paragraph is damped", hook)
		}

		its := x.rank(rankCtx{}, []item{statement(queue)}, Options{MaxQuestionsPerTheme: 10, MaxCardsPerTheme: 10})
		undamped := rankScore(x.features(rankCtx{}, queue, nil, "True", 0, "tf-true"))
		if got, want := its[0].order, undamped*hookStatementDamp; got < want-1e-9 || got > want+1e-9 {
			t.Errorf("%q: the hook paragraph's statement scored %.4f, want %.4f", hook, got, want)
		}
	}

	// A news report's lead, in normal case, is no hook.
	x := analyseText(t, "Island ferries are running out of money\n\n"+
		"The last ferry from Oban left an hour late on Friday. A queue of tourists in wet coats waited on the quay for the next sailing to Mull.\n\n"+
		"The ferry company lost £40m last year.")
	it := item{sent: sentenceWith(t, x, "A queue of tourists"), rule: "truefalse-true", q: &quiz.Question{Type: quiz.TrueFalse}}
	if hookStatement(&it) {
		t.Error("a lead in normal case was taken for a hook")
	}
}
