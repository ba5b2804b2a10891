package quiz

import "testing"

func TestAnswerShown(t *testing.T) {
	test := SetSettings{Feedback: "end", MaxAttempts: 2}
	for _, tc := range []struct {
		name           string
		rules          SetSettings
		answered, over bool
		want           bool
	}{
		{"practice, unanswered", SetSettings{}, false, false, false},
		{"practice, answered", SetSettings{}, true, false, true},
		{"test, answered, running", test, true, false, false},
		{"test, answered, over", test, true, true, true},
		{"test, unanswered, over", test, false, true, false},
		{"test hiding answers, over", SetSettings{Feedback: "end", HideAnswers: true}, true, true, false},
		{"timed practice set hiding answers", SetSettings{TimeLimit: 5, HideAnswers: true}, true, false, false},
		{"timed set with immediate feedback", SetSettings{TimeLimit: 5}, true, false, true},
	} {
		if got := AnswerShown(tc.rules, tc.answered, tc.over); got != tc.want {
			t.Errorf("%s: AnswerShown = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestAttempts(t *testing.T) {
	if (SetSettings{}).LimitsAttempts() {
		t.Error("a practice set limits attempts")
	}
	s := SetSettings{MaxAttempts: 3}
	for used, want := range []int{3, 2, 1, 0, 0} {
		if got := s.AttemptsLeft(used); got != want {
			t.Errorf("AttemptsLeft(%d) of 3 = %d, want %d", used, got, want)
		}
	}
}

func TestCardsWhenTaken(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    SetSettings
		want bool
	}{
		{"practice: cards at once, not when taken", SetSettings{}, false},
		{"test with two attempts and a full review", SetSettings{Feedback: "end", MaxAttempts: 2}, true},
		{"test with unlimited attempts: never used up", SetSettings{Feedback: "end"}, false},
		{"review hides the answers", SetSettings{MaxAttempts: 1, HideAnswers: true}, false},
		{"review hides the explanations", SetSettings{MaxAttempts: 1, HideExplanations: true}, false},
		{"review hides only the score", SetSettings{MaxAttempts: 1, HideScore: true}, true},
	} {
		if got := tc.s.CardsWhenTaken(); got != tc.want {
			t.Errorf("%s: CardsWhenTaken = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestPracticeQuiz(t *testing.T) {
	if !(&Attempt{Mode: ModeMixed}).PracticeQuiz() || (&Attempt{Mode: ModeTheme, SetID: 4}).PracticeQuiz() {
		t.Error("PracticeQuiz: a mixed quiz is practice, a set taken on its own is not")
	}
}

func TestMatchCorrect(t *testing.T) {
	q := Question{Type: Matching, Pairs: []Pair{{"Moscow", "Russia"}, {"Beijing", "China"}, {"Shanghai", "china "}}}
	for _, tc := range []struct {
		i, m int
		want bool
	}{
		{0, 0, true},
		{0, 1, false},
		{1, 2, true}, // the same right text, written differently
		{2, 1, true},
		{0, -1, false},
		{0, 3, false},
		{3, 0, false},
	} {
		if got := MatchCorrect(q, tc.i, tc.m); got != tc.want {
			t.Errorf("MatchCorrect(%d, %d) = %v, want %v", tc.i, tc.m, got, tc.want)
		}
	}
}
