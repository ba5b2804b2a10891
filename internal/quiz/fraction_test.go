package quiz

import (
	"math"
	"testing"
)

func TestGradeFractions(t *testing.T) {
	single := Question{Type: Single, Options: []Option{{Text: "wrong"}, {Text: "half", Fraction: 0.5}, {Text: "right", Correct: true}, {Text: "also right", Correct: true}}}
	multi := Question{Type: Multiple, Options: []Option{{Text: "a", Correct: true, Fraction: 0.5}, {Text: "b", Correct: true, Fraction: 0.5}, {Text: "c", Fraction: -1}, {Text: "d"}}}
	plainMulti := Question{Type: Multiple, Options: []Option{{Text: "a", Correct: true}, {Text: "b", Correct: true}, {Text: "c"}}}
	short := Question{Type: Short, Answers: []string{"Frog"}, Marked: []ShortAnswer{{Text: "Cat", Fraction: 0.5, Feedback: "cats?"}, {Text: "*", Feedback: "no"}}}
	cases := []struct {
		name string
		q    Question
		a    Answer
		want Result
	}{
		{"single wrong", single, Answer{Choices: []int{0}}, Result{}},
		{"single half", single, Answer{Choices: []int{1}}, Result{Score: 0.5}},
		{"single right", single, Answer{Choices: []int{2}}, Result{Correct: true, Score: 1}},
		{"single other right", single, Answer{Choices: []int{3}}, Result{Correct: true, Score: 1}},
		{"single two chosen", single, Answer{Choices: []int{2, 3}}, Result{}},
		{"multi both", multi, Answer{Choices: []int{0, 1}}, Result{Correct: true, Score: 1}},
		{"multi one", multi, Answer{Choices: []int{0}}, Result{Score: 0.5}},
		{"multi one and zero", multi, Answer{Choices: []int{0, 3}}, Result{Score: 0.5}},
		{"multi clamped at 0", multi, Answer{Choices: []int{0, 2}}, Result{}},
		{"multi all", multi, Answer{Choices: []int{0, 1, 2, 3}}, Result{}},
		{"default multi as before", plainMulti, Answer{Choices: []int{0, 2}}, Result{}},
		{"default multi half", plainMulti, Answer{Choices: []int{0}}, Result{Score: 0.5}},
		{"short full", short, Answer{Text: "frog!"}, Result{Correct: true, Score: 1}},
		{"short half", short, Answer{Text: "cat"}, Result{Score: 0.5}},
		{"short catch-all", short, Answer{Text: "dog"}, Result{}},
		{"short empty", short, Answer{Text: " "}, Result{}},
	}
	for _, c := range cases {
		if got := Grade(c.q, c.a); got.Correct != c.want.Correct || math.Abs(got.Score-c.want.Score) > 1e-9 {
			t.Errorf("%s: Grade = %+v, want %+v", c.name, got, c.want)
		}
	}
	if f, fb, ok := MatchShort(short, "dog"); !ok || f != 0 || fb != "no" {
		t.Errorf("catch-all: %v %q %v", f, fb, ok)
	}
	if ps := ValidateQuestion(withKind(single)); len(ps) != 0 {
		t.Errorf("single with several right options and a half: %v", ps)
	}
	if ps := ValidateQuestion(withKind(multi)); len(ps) != 0 {
		t.Errorf("multi with fractions: %v", ps)
	}
}

func withKind(q Question) Question { q.Kind = Fact; q.Prompt = "Q?"; return q }

func TestValidateFractions(t *testing.T) {
	cases := []struct {
		name string
		q    Question
		want string
	}{
		{"no full marks", Question{Type: Single, Options: []Option{{Text: "a", Fraction: 0.5}, {Text: "b"}}}, "options: a single-choice question needs an option with full marks (100%)"},
		{"negative in single", Question{Type: Single, Options: []Option{{Text: "a", Correct: true}, {Text: "b", Fraction: -0.5}}}, "options[1]: a negative mark (-50%) is only for multiple-response questions"},
		{"no positive", Question{Type: Multiple, Options: []Option{{Text: "a", Fraction: -0.5}, {Text: "b"}}}, "options: a multiple-response question needs at least one option with a positive mark"},
		{"sum not 100", Question{Type: Multiple, Options: []Option{{Text: "a", Correct: true, Fraction: 0.5}, {Text: "b", Correct: true, Fraction: 0.3}}}, "options: the positive marks add up to 80%; they must add up to 100%"},
		{"correct but partial", Question{Type: Single, Options: []Option{{Text: "a", Correct: true, Fraction: 0.5}, {Text: "b", Correct: true}}}, "options[0]: is marked right but carries 50% of the marks"},
		{"short catch-all with marks", Question{Type: Short, Answers: []string{"x"}, Marked: []ShortAnswer{{Text: "*", Fraction: 0.5}}}, "marked[0]: the catch-all answer * carries feedback, not marks"},
		{"short no full", Question{Type: Short, Marked: []ShortAnswer{{Text: "x", Fraction: 0.5}}}, "answers: a short-answer question needs at least one accepted answer with full marks"},
	}
	for _, c := range cases {
		ps := ValidateQuestion(withKind(c.q))
		found := false
		for _, p := range ps {
			found = found || p.String() == c.want
		}
		if !found {
			t.Errorf("%s: problems %v, want %q", c.name, ps, c.want)
		}
	}
}

func TestShareTextRoundsForLearners(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{{2.0 / 3, "67%"}, {1.0 / 3, "33%"}, {0.5, "50%"}, {-1, "-100%"}, {-0.001, "0%"}, {1, "100%"}, {0, "0%"}} {
		if got := ShareText(c.f); got != c.want {
			t.Errorf("ShareText(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}
