package quiz_test

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"  The  Belt-and-Road! ":  "the belt and road",
		"China’s":                 "chinas",
		"China's":                 "chinas",
		"U.S.":                    "u s",
		"":                        "",
		"?!":                      "",
		"International\tMonetary": "international monetary",
	}
	for in, want := range cases {
		if got := quiz.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGrade(t *testing.T) {
	c := quiztest.Course()
	q := map[string]quiz.Question{}
	for _, x := range c.Questions {
		q[x.ID] = x
	}
	cases := []struct {
		name    string
		q       string
		a       quiz.Answer
		correct bool
		score   float64
	}{
		{"single right", "danube-1", quiz.Answer{Choices: []int{0}}, true, 1},
		{"single wrong", "danube-1", quiz.Answer{Choices: []int{1}}, false, 0},
		{"single two choices", "danube-1", quiz.Answer{Choices: []int{0, 1}}, false, 0},
		{"single out of range", "danube-1", quiz.Answer{Choices: []int{7}}, false, 0},
		{"short variant", "danube-2", quiz.Answer{Text: " TEN. "}, true, 1},
		{"short digits", "danube-2", quiz.Answer{Text: "10"}, true, 1},
		{"short wrong", "danube-2", quiz.Answer{Text: "eleven"}, false, 0},
		{"short empty", "danube-2", quiz.Answer{Text: "  "}, false, 0},
		{"truefalse right", "danube-3", quiz.Answer{Choices: []int{1}}, true, 1},
		{"multiple all", "rhine-1", quiz.Answer{Choices: []int{0, 1}}, true, 1},
		{"multiple half", "rhine-1", quiz.Answer{Choices: []int{0}}, false, 0.5},
		{"multiple with a wrong one", "rhine-1", quiz.Answer{Choices: []int{0, 1, 2}}, false, 0.5},
		{"multiple only wrong", "rhine-1", quiz.Answer{Choices: []int{2}}, false, 0},
		{"matching all", "rhine-2", quiz.Answer{Matches: []int{0, 1, 2}}, true, 1},
		{"matching one of three", "rhine-2", quiz.Answer{Matches: []int{0, 2, 1}}, false, 1.0 / 3},
		{"matching short answer list", "rhine-2", quiz.Answer{Matches: []int{0}}, false, 1.0 / 3},
		{"numeric", "rhine-3", quiz.Answer{Text: "2"}, true, 1},
		{"numeric decimal comma", "rhine-3", quiz.Answer{Text: "2,0"}, true, 1},
		{"numeric wrong", "rhine-3", quiz.Answer{Text: "3"}, false, 0},
		{"numeric not a number", "rhine-3", quiz.Answer{Text: "two"}, false, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := quiz.Grade(q[tc.q], tc.a)
			if got.Correct != tc.correct || got.Score < tc.score-1e-9 || got.Score > tc.score+1e-9 {
				t.Fatalf("Grade = %+v, want correct=%v score=%v", got, tc.correct, tc.score)
			}
		})
	}
}

func TestNumericRangeAndTolerance(t *testing.T) {
	q := quiz.Question{Type: quiz.Numeric, Numeric: []quiz.NumericAnswer{{Value: 3.14, Tolerance: 0.01}, {Min: 10, Max: 20}}}
	for in, want := range map[string]bool{"3.15": true, "3.16": false, "10": true, "20": true, "20.5": false, "1,000.5": false, "15": true} {
		if got := quiz.Grade(q, quiz.Answer{Text: in}).Correct; got != want {
			t.Errorf("Grade(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestValidateQuestionShapes(t *testing.T) {
	cases := []struct {
		name string
		q    quiz.Question
		want string
	}{
		{"no prompt", quiz.Question{Type: quiz.Short, Kind: quiz.Fact, Answers: []string{"a"}}, "prompt"},
		{"truefalse order", quiz.Question{Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: "p", Options: []quiz.Option{{Text: "False", Correct: true}, {Text: "True"}}}, "options"},
		{"matching one pair", quiz.Question{Type: quiz.Matching, Kind: quiz.Fact, Prompt: "p", Pairs: []quiz.Pair{{Left: "a", Right: "b"}}}, "pairs"},
		{"unknown type", quiz.Question{Type: "essay", Kind: quiz.Fact, Prompt: "p"}, "type"},
		{"repeated option", quiz.Question{Type: quiz.Single, Kind: quiz.Fact, Prompt: "p", Options: []quiz.Option{{Text: "A", Correct: true}, {Text: "a"}}}, "options[1]"},
		{"numeric bad range", quiz.Question{Type: quiz.Numeric, Kind: quiz.Fact, Prompt: "p", Numeric: []quiz.NumericAnswer{{Min: 5, Max: 1}}}, "numeric[0]"},
	}
	for _, tc := range cases {
		ps := quiz.ValidateQuestion(tc.q)
		found := false
		for _, p := range ps {
			if p.Where == tc.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: problems %v, want one at %q", tc.name, ps, tc.want)
		}
	}
	for _, q := range quiztest.Course().Questions {
		if ps := quiz.ValidateQuestion(q); len(ps) > 0 {
			t.Errorf("valid question %s reported %v", q.ID, ps)
		}
	}
}

func TestCardFront(t *testing.T) {
	for _, tc := range []struct {
		q    quiz.Question
		want string
	}{
		{quiz.Question{Type: quiz.TrueFalse, Prompt: "The Danube ends in the North Sea."}, "True or false: The Danube ends in the North Sea."},
		{quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? The Danube ends in the Black Sea."}, "True or false? The Danube ends in the Black Sea."},
		{quiz.Question{Type: quiz.TrueFalse, Prompt: "true or false: the Danube is long."}, "true or false: the Danube is long."},
		{quiz.Question{Type: quiz.Single, Prompt: "Where does the Danube end?"}, "Where does the Danube end?"},
		// A drafted statement shown after the sentence it leans on.
		{quiz.Question{Type: quiz.TrueFalse, Prompt: "The article says: “Messiaen composed his Quatuor pour la fin du temps.” True or false? The piece was first performed by Messiaen and fellow prisoners."},
			"The article says: “Messiaen composed his Quatuor pour la fin du temps.” True or false? The piece was first performed by Messiaen and fellow prisoners."},
	} {
		if got := quiz.CardFront(tc.q); got != tc.want {
			t.Errorf("quiz.CardFront(%q) = %q, want %q", tc.q.Prompt, got, tc.want)
		}
		if n := strings.Count(strings.ToLower(quiz.CardFront(tc.q)), "true or false"); tc.q.Type == quiz.TrueFalse && n != 1 {
			t.Errorf("quiz.CardFront(%q) asks %d times", tc.q.Prompt, n)
		}
	}
}

func TestSplitLead(t *testing.T) {
	for _, tc := range []struct{ prompt, lead, question string }{
		{"The article says: “Messiaen composed his Quatuor pour la fin du temps.” True or false? The piece was first performed by prisoners.",
			"Messiaen composed his Quatuor pour la fin du temps.", "True or false? The piece was first performed by prisoners."},
		{"True or false? The Danube ends in the Black Sea.", "", "True or false? The Danube ends in the Black Sea."},
		// A quotation with nothing after it is a prompt of its own.
		{"The article says: “The Danube ends in the Black Sea.”", "", "The article says: “The Danube ends in the Black Sea.”"},
		{"The article says: “” True or false? x", "", "The article says: “” True or false? x"},
	} {
		lead, q := quiz.SplitLead(tc.prompt)
		if lead != tc.lead || q != tc.question {
			t.Errorf("SplitLead(%q) = %q, %q; want %q, %q", tc.prompt, lead, q, tc.lead, tc.question)
		}
	}
}

// FuzzSplitLead: any prompt splits into a lead and a question that give
// the prompt back, and a prompt without a quotation is its own question.
func FuzzSplitLead(f *testing.F) {
	for _, s := range []string{
		"The article says: “Messiaen composed his Quatuor.” True or false? The piece was first performed by prisoners.",
		"True or false? The Danube ends in the Black Sea.",
		"The article says: “” True or false? x",
		"The article says: “a” ",
		"The article says: “",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, prompt string) {
		lead, q := quiz.SplitLead(prompt)
		if lead == "" {
			if q != prompt {
				t.Fatalf("SplitLead(%q) with no lead changed the question to %q", prompt, q)
			}
			return
		}
		if q == "" || strings.TrimSpace(lead) == "" {
			t.Fatalf("SplitLead(%q) = %q, %q: an empty part", prompt, lead, q)
		}
		head := "The article says: “" + lead + "” "
		if !strings.HasPrefix(prompt, head) || strings.TrimSpace(prompt[len(head):]) != q {
			t.Fatalf("SplitLead(%q) = %q, %q: not the prompt's own parts", prompt, lead, q)
		}
	})
}
