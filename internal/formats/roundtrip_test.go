package formats

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// roundTripQuestions holds every type GIFT can express, with the awkward
// texts: GIFT specials, backslashes, newlines, things that look like HTML,
// format markers, weights or comments.
func roundTripQuestions() []quiz.Question {
	q := func(id, theme string, typ quiz.QuestionType, prompt string) quiz.Question {
		return quiz.Question{ID: id, Theme: theme, Type: typ, Kind: quiz.Fact, Prompt: prompt}
	}
	var qs []quiz.Question

	x := q("energy-1", "energy", quiz.Single, "Which pipeline: {Power of Siberia} or ~Nord~? a=b #1 \\ end")
	x.Options = []quiz.Option{
		{Text: "Power of Siberia", Correct: true, Feedback: "Right: it opened in 2019."},
		{Text: "Nord Stream", Feedback: "No -> that one runs to Germany."},
		{Text: "%50 of both"},
	}
	x.Explanation = "Line one\nline two: with a colon"
	qs = append(qs, x)

	x = q("energy-2", "energy", quiz.Multiple, "Which are members?")
	x.Options = []quiz.Option{{Text: "China", Correct: true}, {Text: "Russia", Correct: true, Feedback: "yes"}, {Text: "India", Correct: true}, {Text: "Canada", Feedback: "no"}}
	qs = append(qs, x)

	x = q("energy-3", "energy", quiz.Multiple, "One right answer, multiple response")
	x.Options = []quiz.Option{{Text: "a", Correct: true}, {Text: "b"}}
	qs = append(qs, x)

	x = q("trade.1", "trade", quiz.TrueFalse, "Trade grew in 2023.")
	x.Options = []quiz.Option{{Text: "True", Correct: true, Feedback: "It did."}, {Text: "False", Feedback: "Check paragraph 4."}}
	x.Explanation = "Trade rose by a quarter."
	qs = append(qs, x)

	x = q("trade_2", "trade", quiz.TrueFalse, "Trade fell.")
	x.Options = []quiz.Option{{Text: "True"}, {Text: "False", Correct: true, Feedback: "Right"}}
	qs = append(qs, x)

	x = q("trade-3", "trade", quiz.TrueFalse, "No feedback at all.")
	x.Options = []quiz.Option{{Text: "True"}, {Text: "False", Correct: true}}
	qs = append(qs, x)

	x = q("trade-4", "trade", quiz.Short, "Name the initiative.")
	x.Answers = []string{"Belt and Road", "BRI", "%TRUE", "T"}
	x.Explanation = "[html] is not markup here"
	qs = append(qs, x)

	x = q("trade-5", "trade", quiz.Short, "The _____ Initiative links Asia and Europe.")
	x.Answers = []string{"Belt and Road"}
	qs = append(qs, x)

	x = q("trade-6", "trade", quiz.Single, "The capital is _____")
	x.Options = []quiz.Option{{Text: "Beijing", Correct: true}, {Text: "Shanghai"}}
	qs = append(qs, x)

	x = q("m1", "", quiz.Matching, "Match leader and country.")
	x.Pairs = []quiz.Pair{{Left: "Xi Jinping", Right: "China"}, {Left: "Vladimir Putin", Right: "Russia -> Federation"}, {Left: "a = b", Right: "c # d"}}
	qs = append(qs, x)

	x = q("n1", "", quiz.Numeric, "In which year?")
	x.Numeric = []quiz.NumericAnswer{{Value: 2019, Feedback: "Yes"}, {Value: 2020, Tolerance: 0.5}}
	x.Explanation = "It opened in December 2019."
	qs = append(qs, x)

	x = q("n2", "", quiz.Numeric, "A number from -5 to 5?")
	x.Numeric = []quiz.NumericAnswer{{Value: 0, Min: -5, Max: 5}, {Value: 1.25, Min: 1, Max: 1.5}}
	qs = append(qs, x)

	x = q("html-1", "", quiz.Single, "Which tag makes <b>bold</b> text?")
	x.Options = []quiz.Option{{Text: "<b>", Correct: true, Feedback: "&amp; is an entity"}, {Text: "<i>", Feedback: "[markdown] no"}}
	qs = append(qs, x)

	x = q("html-2", "", quiz.Single, "Plain prompt, HTML-looking option")
	x.Options = []quiz.Option{{Text: "<p>para</p>", Correct: true}, {Text: "[html]marker"}, {Text: "// not a comment"}}
	qs = append(qs, x)

	x = q("c1", "", quiz.Single, "// prompt that looks like a comment")
	x.Options = []quiz.Option{{Text: "$CATEGORY: no", Correct: true}, {Text: "::no title::"}}
	qs = append(qs, x)
	return qs
}

func TestGIFTRoundTrip(t *testing.T) {
	qs := roundTripQuestions()
	for _, q := range qs {
		if ps := quiz.ValidateQuestion(q); len(ps) > 0 {
			t.Fatalf("test question %s is invalid: %v", q.ID, ps)
		}
	}
	var buf bytes.Buffer
	if err := WriteGIFT(&buf, qs); err != nil {
		t.Fatal(err)
	}
	res, err := ParseGIFT(bytes.NewReader(buf.Bytes()), Options{})
	if err != nil {
		t.Fatalf("ParseGIFT: %v\n%s", err, buf.String())
	}
	if len(res.Skipped) > 0 {
		t.Errorf("skipped on re-import: %q", skips(res))
	}
	if len(res.Questions) != len(qs) {
		t.Fatalf("got %d questions back, want %d\n%s", len(res.Questions), len(qs), buf.String())
	}
	for i := range qs {
		if !reflect.DeepEqual(res.Questions[i], qs[i]) {
			t.Errorf("question %d:\n got %+v\nwant %+v", i, res.Questions[i], qs[i])
		}
	}
	if t.Failed() {
		t.Logf("GIFT:\n%s", buf.String())
	}
}

func TestWriteGIFTFormat(t *testing.T) {
	x := quiz.Question{ID: "g-1", Theme: "energy", Type: quiz.Single, Kind: quiz.Fact, Prompt: "Grant is _____ in Grant's tomb.",
		Options:     []quiz.Option{{Text: "buried", Feedback: "No one is buried there."}, {Text: "entombed", Correct: true}},
		Explanation: "See the tomb."}
	var buf bytes.Buffer
	if err := WriteGIFT(&buf, []quiz.Question{x}); err != nil {
		t.Fatal(err)
	}
	want := "$CATEGORY: $course$/top/energy\n\n" +
		"::g-1::Grant is {\n\t~buried#No one is buried there.\n\t=entombed\n\t####See the tomb.\n} in Grant's tomb.\n\n"
	if got := buf.String(); got != want {
		t.Errorf("WriteGIFT:\n got %q\nwant %q", got, want)
	}
}

func TestWriteGIFTRefuses(t *testing.T) {
	cases := []quiz.Question{
		{ID: "a", Type: quiz.Matching, Prompt: "P", Pairs: []quiz.Pair{{Left: "x -> y", Right: "z"}, {Left: "b", Right: "c"}}},
		{ID: "b", Type: quiz.Short, Prompt: "P", Answers: []string{"a -> b"}},
		{ID: "c", Type: "essay", Prompt: "P"},
	}
	for _, q := range cases {
		if err := WriteGIFT(&bytes.Buffer{}, []quiz.Question{q}); err == nil || !strings.Contains(err.Error(), q.ID) {
			t.Errorf("WriteGIFT(%s): error %v, want one naming the question", q.ID, err)
		}
	}
}
