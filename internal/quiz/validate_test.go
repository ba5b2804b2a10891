package quiz

import (
	"strings"
	"testing"
)

// A question pasted whole from a document is refused, naming the field.
func TestValidateQuestionLengths(t *testing.T) {
	q := Question{Type: Single, Kind: Fact, Prompt: strings.Repeat("Why? ", 500), Explanation: "Because.",
		Options: []Option{{Text: "Yes", Correct: true}, {Text: strings.Repeat("no ", 200)}}}
	ps := ValidateQuestion(q)
	where := map[string]bool{}
	for _, p := range ps {
		where[p.Where] = true
	}
	if !where["prompt"] || !where["options[1]"] || len(ps) != 2 {
		t.Errorf("problems %v, want the prompt and option 2", ps)
	}
	q.Prompt, q.Options[1].Text = "Why?", "No"
	if ps := ValidateQuestion(q); len(ps) != 0 {
		t.Errorf("a short question: %v", ps)
	}
}
