package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestNegationInsert: a sentence whose first verb is an auxiliary, a verb
// of the present or a "have" of a thing owned takes a "not" there; one
// whose "not" would leave it still true, ungrammatical or about someone's
// words takes none.
func TestNegationInsert(t *testing.T) {
	for _, c := range []struct{ text, want, have, put string }{
		{"The harbour council has approved a new depot for the town's ferries.",
			"The harbour council has not approved a new depot for the town's ferries.", "has", "has not"},
		{"The ferry company runs three boats a day to the island of Mirel.",
			"The ferry company does not run three boats a day to the island of Mirel.", "runs", "does not run"},
		{"The town's two ferry companies rely on grants from the regional government.",
			"The town's two ferry companies do not rely on grants from the regional government.", "rely", "do not rely"},
		{"The harbour museum had sixty staff before the fire of 1921.",
			"The harbour museum did not have sixty staff before the fire of 1921.", "had", "did not have"},
		{"The new depot will open to passengers in the spring of next year.",
			"The new depot will not open to passengers in the spring of next year.", "will", "will not"},
		{"The harbour council relies on a grant from the regional government.",
			"The harbour council does not rely on a grant from the regional government.", "relies", "does not rely"},
		// A quantity or a hedge the "not" would turn: still true.
		{"Most residents of the island want a second bridge to the mainland.", "", "", ""},
		{"The new depot may open to passengers in the spring of next year.", "", "", ""},
		// A clause of its own before the verb.
		{"If the vote passes, the council will build a depot for the ferries.", "", "", ""},
		// Someone's words, not the thing said.
		{"The harbour master says the depot will open in the spring.", "", "", ""},
		// An adverb that is a negation already; "has" as an auxiliary.
		{"The ferry company has seldom run more than three boats a day.", "", "", ""},
		// A second verb the "not" would leave standing.
		{"The harbour is over 300 years old and draws many visitors each summer.", "", "", ""},
		// A pronoun that reads back.
		{"It is the largest harbour on the coast between the two rivers.", "", "", ""},
		{"A storm in March is bound to push it further behind schedule.", "", "", ""},
		// A negation already in the sentence.
		{"The ferry company will not run boats to the island this winter.", "", "", ""},
	} {
		x, err := analyse([]string{c.text})
		if err != nil {
			t.Fatal(err)
		}
		got, have, put := negationInsert(x.sents[0], c.text)
		if got != c.want || c.want != "" && (have != c.have || put != c.put) {
			t.Errorf("%q:\n got %q (%q, %q)\nwant %q (%q, %q)", c.text, got, have, put, c.want, c.have, c.put)
		}
	}
}

// TestNegationTakesFillersPlace: a theme whose balance took a short
// answer for want of a false statement gives its place to a central
// sentence no proposed item asks, negated; the short answer is held back,
// not dropped. Where one more false statement would leave the theme's
// true/false items unfair (three true and one false), the filler stays.
func TestNegationTakesFillersPlace(t *testing.T) {
	x, err := analyse([]string{
		"The harbour council has approved a new depot for the town's ferries. " +
			"The depot will stand on the old coal wharf beside the station. " +
			"Work on the wharf is due to begin in the autumn of next year.",
		"The ferry company runs three boats a day to the island of Mirel. " +
			"The island's school depends on the first boat for its teachers.",
	})
	if err != nil {
		t.Fatal(err)
	}
	th := quiz.Theme{Slug: "depot", Title: "The new ferry depot", Paragraphs: []int{1, 2}}
	rankSentences(x.sentencesOf(th.Paragraphs))
	for _, s := range x.sents {
		s.score = 0.9 // every sentence central
	}
	x.sents[3].score = 0.95
	var items []item
	for _, s := range x.sents[:2] {
		q := &quiz.Question{Type: quiz.TrueFalse, Theme: th.Slug, Prompt: "True or false? " + s.text,
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}
		items = append(items, item{sent: s, q: q, answer: "True", rule: "truefalse-true", proposed: true, score: 0.6})
	}
	filler := &quiz.Question{Type: quiz.Short, Theme: th.Slug, Prompt: "Fill in the blank: “The island’s school depends on the first boat for its _____.”", Answers: []string{"teachers"}}
	items = append(items, item{sent: x.sents[4], q: filler, answer: "teachers", rule: "cloze-short/term", proposed: true, score: 0.3})

	out := x.negateForFillersThemes(items, []quiz.Theme{th}, "Ferries", Options{})
	want := "True or false? The ferry company does not run three boats a day to the island of Mirel."
	found := false
	for _, it := range out {
		if it.q.Type == quiz.Short && it.proposed {
			t.Errorf("the short answer is still proposed")
		}
		if it.q.Prompt == want {
			found = true
			if !it.proposed || it.q.Options[1].Correct != true || it.q.Options[0].Feedback != negationFeedback || !strings.Contains(it.q.Explanation, "“The ferry company runs") {
				t.Errorf("negated statement %+v: want it proposed, False correct, the feedback to say the article says the opposite and the explanation to quote it", it.q)
			}
		}
	}
	if !found {
		t.Errorf("no negated statement %q among %d items", want, len(out))
	}
	if len(out) != len(items)+1 {
		t.Errorf("%d items, want %d: the filler is held back, not dropped", len(out), len(items)+1)
	}

	// Beside three true statements, a false one would be unfair: the
	// filler stays.
	items = append(items[:2:2], item{sent: x.sents[2], q: &quiz.Question{Type: quiz.TrueFalse, Theme: th.Slug, Prompt: "True or false? " + x.sents[2].text,
		Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}, answer: "True", rule: "truefalse-true", proposed: true, score: 0.6}, items[2])
	out = x.negateForFillersThemes(items, []quiz.Theme{th}, "Ferries", Options{})
	for _, it := range out {
		if it.q.Type == quiz.Short && !it.proposed {
			t.Errorf("the short answer was held back with no sentence to negate")
		}
	}
}
