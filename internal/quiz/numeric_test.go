package quiz

import (
	"strings"
	"testing"
)

func TestNumericMarks(t *testing.T) {
	half, none := 0.5, 0.0
	q := Question{ID: "q", Type: Numeric, Kind: Fact, Prompt: "Born?", Numeric: []NumericAnswer{
		{Value: 1822, Feedback: "Right."},
		{Value: 1822, Tolerance: 2, Fraction: &half, Feedback: "Close."},
		{Value: 1830, Min: 1825, Max: 1835, Fraction: &none, Feedback: "Too late."},
		{Any: true, Feedback: "Not even close."},
	}}
	if ps := ValidateQuestion(q); len(ps) > 0 {
		t.Fatal(ps)
	}
	cases := []struct {
		text     string
		score    float64
		correct  bool
		feedback string
	}{
		{"1822", 1, true, "Right."},
		{"1823", 0.5, false, "Close."},
		{"1820", 0.5, false, "Close."},
		{"1825", 0, false, "Too late."},
		{"1900", 0, false, "Not even close."},
		{"abc", 0, false, ""},
	}
	for _, c := range cases {
		r := Grade(q, Answer{Text: c.text})
		_, fb, _ := MatchNumeric(q, c.text)
		if r.Score != c.score || r.Correct != c.correct || fb != c.feedback {
			t.Errorf("%s: %+v %q, want %v %v %q", c.text, r, fb, c.score, c.correct, c.feedback)
		}
	}
	// The first answer in order wins: a half-marks answer listed before
	// a full-marks one that also holds the number gives half marks.
	q.Numeric[0], q.Numeric[1] = q.Numeric[1], q.Numeric[0]
	if r := Grade(q, Answer{Text: "1822"}); r.Score != 0.5 {
		t.Errorf("first match: score %v, want 0.5", r.Score)
	}
	if got := CorrectText(q); len(got) != 1 || got[0] != "1822" {
		t.Errorf("CorrectText = %q, want only the full-marks answer", got)
	}
	// Without the catch-all an unmatched number gets nothing and no feedback.
	q.Numeric = q.Numeric[:3]
	if _, _, ok := MatchNumeric(q, "1900"); ok {
		t.Error("1900 matched with no catch-all")
	}
}

func TestValidateNumericMarks(t *testing.T) {
	half, over, bad := 0.5, 1.5, 0.3
	cases := []struct {
		name string
		ns   []NumericAnswer
		want string
	}{
		{"no full marks", []NumericAnswer{{Value: 1, Fraction: &half}}, "needs at least one accepted value with full marks"},
		{"over 100%", []NumericAnswer{{Value: 1}, {Value: 2, Fraction: &over}}, "outside 0% to 100%"},
		{"marks on catch-all", []NumericAnswer{{Value: 1}, {Any: true, Fraction: &bad}}, "carries feedback, not marks"},
		{"two catch-alls", []NumericAnswer{{Value: 1}, {Any: true}, {Any: true}}, "at most one catch-all"},
		{"only a catch-all", []NumericAnswer{{Any: true}}, "with full marks"},
	}
	for _, c := range cases {
		ps := ValidateQuestion(Question{ID: "q", Type: Numeric, Prompt: "How many?", Numeric: c.ns})
		found := false
		for _, p := range ps {
			if strings.Contains(p.What, c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: problems %v, want %q", c.name, ps, c.want)
		}
	}
}
