package quizzes_test

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Short answers are marked alike: a noun phrase with or without its
// article or possessive, a name in the forms it is written in.
func TestFirstCourseShortAnswersAcceptTheirForms(t *testing.T) {
	qs := map[string]quiz.Question{}
	for _, q := range mustBuiltin(t).Questions {
		qs[q.ID] = q
	}
	for _, tc := range []struct{ id, typed string }{
		{"outlook-7", "a strategic partnership"},
		{"outlook-7", "the strategic partnership"},
		{"complementary-strengths-7", "production centre"},
		{"frictions-7", "its autonomy"},
		{"frictions-7", "autonomy"},
		{"russia-reliance-7", "the Ukraine"},
		{"russia-reliance-7", "Ukraine"},
		{"shared-aims-7", "their trade routes"},
		{"state-media-7", "its legitimacy"},
		{"china-reach-8", "the Western institutions"},
	} {
		q, ok := qs[tc.id]
		if !ok {
			t.Errorf("no question %s", tc.id)
			continue
		}
		if !quiz.Grade(q, quiz.Answer{Text: tc.typed}).Correct {
			t.Errorf("%s: %q is marked wrong; accepted %q", tc.id, tc.typed, q.Answers)
		}
	}
}
