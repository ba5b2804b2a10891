package formats

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// numericMarked is a numeric question with Moodle's marks: a full-marks
// answer, a half-marks one with feedback, a no-marks one with feedback and
// the catch-all.
func numericMarked() quiz.Question {
	return quiz.Question{ID: "grant", Theme: "presidents", Type: quiz.Numeric, Kind: quiz.Fact, Prompt: "When was Grant born?",
		Numeric: []quiz.NumericAnswer{
			{Value: 1822, Feedback: "Right."},
			{Value: 1822, Tolerance: 2, Fraction: quiz.NumericFraction(0.5), Feedback: "Close."},
			{Value: 1855, Min: 1850, Max: 1860, Fraction: quiz.NumericFraction(0), Feedback: "Too late."},
			{Value: 1830, Tolerance: 1, Fraction: quiz.NumericFraction(0.3333333)},
			{Any: true, Feedback: "No."},
		}}
}

func TestNumericMarksRoundTrip(t *testing.T) {
	q := numericMarked()
	if ps := quiz.ValidateQuestion(q); len(ps) > 0 {
		t.Fatal(ps)
	}
	var buf bytes.Buffer
	if err := WriteGIFT(&buf, []quiz.Question{q}); err != nil {
		t.Fatal(err)
	}
	res, err := ParseGIFT(bytes.NewReader(buf.Bytes()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) > 0 || len(res.Questions) != 1 {
		t.Fatalf("GIFT: skipped %q\n%s", skips(res), buf.String())
	}
	if got := res.Questions[0].Numeric; !sameNumeric(got, q.Numeric) {
		t.Errorf("GIFT round trip:\n got %+v\nwant %+v\n%s", got, q.Numeric, buf.String())
	}
	checkXMLRoundTrip(t, []quiz.Question{q})
}

// sameNumeric compares numeric answers, marks to Moodle's precision.
func sameNumeric(a, b []quiz.NumericAnswer) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if (x.Fraction == nil) != (y.Fraction == nil) {
			return false
		}
		fx, fy := x.Mark(), y.Mark()
		x.Fraction, y.Fraction = nil, nil
		if !reflect.DeepEqual(x, y) || fx-fy > 1e-6 || fy-fx > 1e-6 {
			return false
		}
	}
	return true
}
