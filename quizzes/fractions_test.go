package quizzes_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

// TestJSONKeepsFractions checks that the question-set JSON writes and reads
// Moodle's marks, and that JSON without them reads as before.
func TestJSONKeepsFractions(t *testing.T) {
	c := clone(t, firstCourse(t))
	for i := range c.Questions {
		q := &c.Questions[i]
		switch q.Type {
		case quiz.Single:
			q.Options = append(q.Options, quiz.Option{Text: "A half-right option", Fraction: 0.5, Feedback: "Half."})
		case quiz.Short:
			q.Marked = []quiz.ShortAnswer{{Text: "nearly", Fraction: 0.5}, {Text: "*", Feedback: "No."}}
			q.Tags = []string{"moodle"}
		}
	}
	if err := quiz.Validate(c); err != nil {
		t.Fatal(err)
	}
	data, err := quizzes.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"fraction": 0.5`) || !strings.Contains(string(data), `"marked": [`) {
		t.Fatalf("the JSON does not hold the fractions:\n%.2000s", data)
	}
	back, err := quizzes.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Questions, c.Questions) {
		t.Error("questions changed through JSON")
	}
	// Without fractions, nothing new is written.
	plain, _ := quizzes.Encode(firstCourse(t))
	if strings.Contains(string(plain), `"fraction"`) || strings.Contains(string(plain), `"marked"`) {
		t.Error("a course without marks is written with fractions")
	}
}

func firstCourse(t *testing.T) *quiz.Course {
	t.Helper()
	cs, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cs[0]
}
