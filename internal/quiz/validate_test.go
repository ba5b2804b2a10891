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

// A course or theme title is bounded in characters, not bytes.
func TestValidateTitleLengths(t *testing.T) {
	c := &Course{Course: CourseInfo{Slug: "lake", Title: strings.Repeat("é", MaxTitle)},
		Paragraphs: []Paragraph{{N: 1, Text: "Lake Baikal is deep."}},
		Themes:     []Theme{{Slug: "depth", Title: strings.Repeat("é", MaxTitle), Paragraphs: []int{1}}}}
	if err := Validate(c); err != nil {
		t.Fatalf("titles of %d characters: %v", MaxTitle, err)
	}
	c.Course.Title += "é"
	c.Themes[0].Title += "é"
	err := Validate(c)
	if err == nil || !strings.Contains(err.Error(), "course.title") || !strings.Contains(err.Error(), "themes[0]") {
		t.Errorf("titles of %d characters: %v, want both refused", MaxTitle+1, err)
	}
}
