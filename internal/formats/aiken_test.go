package formats

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// errorStrings returns the messages of a *ParseError or ParseErrors.
func errorStrings(t *testing.T, err error) []string {
	t.Helper()
	var pes ParseErrors
	var pe *ParseError
	switch {
	case errors.As(err, &pes):
		var out []string
		for _, e := range pes {
			out = append(out, e.Error())
		}
		return out
	case errors.As(err, &pe):
		return []string{pe.Error()}
	}
	t.Fatalf("error %v (%T) is not a *ParseError", err, err)
	return nil
}

func TestParseAiken(t *testing.T) {
	in := "The Moodle project was started by:\n" +
		"A) Petr Skoda\nB) Martin Dougiamas\nC.Eloy Lafuente\nD)\tTim Hunt\nANSWER: B\n\n" +
		"  Input with <html class=\"cool\"> & images:  \r\nA. True\r\nB. False\r\nAnswer: a\r\n"
	res, err := ParseAiken(strings.NewReader(in), Options{Theme: "moodle", DefaultKind: quiz.Attribution})
	if err != nil {
		t.Fatal(err)
	}
	want := []quiz.Question{
		{ID: "q1", Theme: "moodle", Type: quiz.Single, Kind: quiz.Attribution, Prompt: "The Moodle project was started by:",
			Options: []quiz.Option{{Text: "Petr Skoda"}, {Text: "Martin Dougiamas", Correct: true}, {Text: "Eloy Lafuente"}, {Text: "Tim Hunt"}}},
		{ID: "q2", Theme: "moodle", Type: quiz.Single, Kind: quiz.Attribution, Prompt: `Input with <html class="cool"> & images:`,
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}},
	}
	if !reflect.DeepEqual(res.Questions, want) {
		t.Errorf("got  %+v\nwant %+v", res.Questions, want)
	}
}

func TestParseAikenSkipsInvalid(t *testing.T) {
	res, err := ParseAiken(strings.NewReader("Same?\nA) yes\nB) Yes!\nANSWER: A\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := skips(res), []string{"line 1: question skipped: options[1]: repeats another option"}; len(res.Questions) != 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("questions %d, skipped %q; want none and %q", len(res.Questions), got, want)
	}
}

func TestParseAikenErrors(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"missing ANSWER before next question", "Q1?\nA) a\nB) b\n\nQ2?\nA) c\nB) d\nANSWER: A",
			[]string{"line 1: the question has no ANSWER line before the next question starts on line 5"}},
		{"missing ANSWER at end", "Q1?\nA) a\nB) b\nANSWER: B\n\nQ2?\nA) c\nB) d\n",
			[]string{"line 6: the question has no ANSWER line before the end of the file"}},
		{"answer letter not among options", "Q1?\nA) a\nB) b\nC) c\nANSWER: D",
			[]string{`line 5: answer "D" is not among the choices (ABC)`}},
		{"one option", "Q1?\nA) a\nANSWER: A", []string{"line 3: the question on line 1 needs at least two choices"}},
		{"option before question", "A) a\nQ?\nA) a\nB) b\nANSWER: A", []string{`line 1: choice "A) a" is not part of a question (a question line must come first)`}},
		{"ANSWER with no letter", "Q?\nA) a\nB) b\nANSWER:", []string{"line 4: ANSWER has no letter"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := ParseAiken(strings.NewReader(c.in), Options{})
			if err == nil {
				t.Fatalf("no error; result %+v", res)
			}
			if res != nil {
				t.Error("got a result with the error")
			}
			if got := errorStrings(t, err); !reflect.DeepEqual(got, c.want) {
				t.Errorf("errors:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
