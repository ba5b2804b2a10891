package quiz_test

import (
	"slices"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A common noun phrase typed with or without its article or possessive is
// the same answer, whichever form the author wrote; a name keeps the forms
// its author listed.
func TestShortAnswerIgnoresALeadingArticle(t *testing.T) {
	q := quiz.Question{Type: quiz.Short, Answers: []string{"autonomy", "a strategic partnership", "the", "Ukraine", "Fort Mirel", "the Ortolan"}}
	cases := map[string]bool{
		"its autonomy":               true,
		"their autonomy":             true,
		"Autonomy.":                  true,
		"an autonomy":                true,
		"strategic partnership":      true,
		"the strategic partnership":  true,
		"its  strategic partnership": true,
		"the":                        true, // an answer that is only the word
		"its":                        false,
		"autonomy of the state":      false,
		"autonomy the":               false,
		// Names: as listed, not with any article.
		"Ukraine":        true,
		"the Ukraine":    false,
		"the Fort Mirel": false,
		"the ortolan":    true,
		"Ortolan":        false,
		"Russia":         false,
	}
	for in, want := range cases {
		if got := quiz.Grade(q, quiz.Answer{Text: in}).Correct; got != want {
			t.Errorf("Grade(%q) = %v, want %v", in, got, want)
		}
	}
	// The same holds for answers with their own marks.
	m := quiz.Question{Type: quiz.Short, Answers: []string{"autonomy"}, Marked: []quiz.ShortAnswer{{Text: "the independence", Fraction: 0.5}}}
	if f, _, ok := quiz.MatchShort(m, "independence"); !ok || f != 0.5 {
		t.Errorf("MatchShort(independence) = %v, %v, want half marks", f, ok)
	}
}

// A choice question's card lists its options in an order that does not
// follow which are right.
func TestCardLinesDoNotFollowTheKey(t *testing.T) {
	q := quiz.Question{Type: quiz.Multiple, Options: []quiz.Option{
		{Text: "Russia's ongoing opposition", Correct: true},
		{Text: "China's emergence", Correct: true},
		{Text: "a decline in Western power"},
		{Text: "Western sanctions on China"},
	}}
	want := []string{"a decline in Western power", "China's emergence", "Russia's ongoing opposition", "Western sanctions on China"}
	if got := quiz.CardLines(q); !slices.Equal(got, want) {
		t.Errorf("CardLines = %q, want %q", got, want)
	}
	// Marking other options right leaves the order as it is.
	for i := range q.Options {
		q.Options[i].Correct = !q.Options[i].Correct
	}
	if got := quiz.CardLines(q); !slices.Equal(got, want) {
		t.Errorf("with the key reversed, CardLines = %q, want %q", got, want)
	}
	mq := quiz.Question{Type: quiz.Matching, Pairs: []quiz.Pair{{Left: "B", Right: "1"}, {Left: "A", Right: "2"}}}
	if got := quiz.CardLines(mq); !slices.Equal(got, []string{"B", "A"}) {
		t.Errorf("matching CardLines = %q, want the left items as written", got)
	}
}

// Whatever is typed and accepted, an accepted answer typed as written is
// right, and so is a common noun phrase typed after an article; grading
// never panics.
func FuzzShortAnswer(f *testing.F) {
	for _, s := range [][2]string{
		{"its autonomy", "autonomy"}, {"the Ukraine", "Ukraine"}, {"the", "the"}, {"a", "the trade routes"},
		{"  The  Belt-and-Road! ", "Belt and Road"}, {"their", "their autonomy"}, {"ßtraße", "STRASSE"}, {"", "x"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, typed, accepted string) {
		q := quiz.Question{Type: quiz.Short, Answers: []string{accepted}}
		quiz.Grade(q, quiz.Answer{Text: typed})
		if quiz.Normalize(accepted) == "" {
			return
		}
		if !quiz.Grade(q, quiz.Answer{Text: accepted}).Correct {
			t.Errorf("%q is refused as an answer to itself", accepted)
		}
		if got := quiz.Grade(q, quiz.Answer{Text: typed}).Correct; got && quiz.Normalize(typed) == "" {
			t.Errorf("an empty answer %q is accepted for %q", typed, accepted)
		}
	})
}
