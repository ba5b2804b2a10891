package quizzes_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

// TestJSONKeepsNumericMarks checks that the question-set JSON writes and
// reads the marks, feedback and catch-all of numeric answers, and that a
// numeric answer without a fraction still means full marks.
func TestJSONKeepsNumericMarks(t *testing.T) {
	c := clone(t, firstCourse(t))
	q := c.Questions[0]
	q.ID, q.Type, q.Options, q.Answers, q.Marked, q.Pairs = "numeric-marks", quiz.Numeric, nil, nil, nil, nil
	q.Prompt = "In which year was Ulysses S. Grant born?"
	q.Numeric = []quiz.NumericAnswer{
		{Value: 1822, Feedback: "Right."},
		{Value: 1822, Tolerance: 2, Fraction: quiz.NumericFraction(0.5), Feedback: "Close."},
		{Value: 1900, Fraction: quiz.NumericFraction(0), Feedback: "That is another president."},
		{Any: true, Feedback: "No."},
	}
	c.Questions = append(c.Questions, q)
	if err := quiz.Validate(c); err != nil {
		t.Fatal(err)
	}
	data, err := quizzes.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"fraction": 0.5`, `"fraction": 0,`, `"any": true`} {
		if !strings.Contains(string(data), want) {
			t.Fatalf("the JSON does not hold %s", want)
		}
	}
	back, err := quizzes.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Questions, c.Questions) {
		t.Error("questions changed through JSON")
	}
	got := back.Questions[len(back.Questions)-1]
	for text, want := range map[string]float64{"1822": 1, "1821": 0.5, "1900": 0, "5": 0} {
		if r := quiz.Grade(got, quiz.Answer{Text: text}); r.Score != want {
			t.Errorf("%s scores %v, want %v", text, r.Score, want)
		}
	}
	// A numeric answer written without a fraction is full marks.
	var old quiz.Question
	old.Type, old.Numeric = quiz.Numeric, []quiz.NumericAnswer{{Value: 2}}
	if r := quiz.Grade(old, quiz.Answer{Text: "2"}); !r.Correct {
		t.Error("a numeric answer without a fraction is not full marks")
	}
}
