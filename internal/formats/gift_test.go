package formats

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func mustParseGIFT(t *testing.T, src string) *Result {
	t.Helper()
	res, err := ParseGIFT(strings.NewReader(src), Options{Theme: "imported"})
	if err != nil {
		t.Fatalf("ParseGIFT: %v\ninput:\n%s", err, src)
	}
	return res
}

func skips(res *Result) []string {
	var out []string
	for _, s := range res.Skipped {
		out = append(out, s.String())
	}
	return out
}

func TestParseGIFT(t *testing.T) {
	tf := func(correctTrue bool, fbTrue, fbFalse string) []quiz.Option {
		return []quiz.Option{{Text: "True", Correct: correctTrue, Feedback: fbTrue}, {Text: "False", Correct: !correctTrue, Feedback: fbFalse}}
	}
	q := func(id string, typ quiz.QuestionType, prompt string) quiz.Question {
		return quiz.Question{ID: id, Theme: "imported", Type: typ, Kind: quiz.Fact, Prompt: prompt}
	}
	cases := []struct {
		name  string
		in    string
		want  []quiz.Question
		skips []string
	}{
		{
			name: "single choice",
			in:   "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
			want: []quiz.Question{func() quiz.Question {
				x := q("q1", quiz.Single, "Who's buried in Grant's tomb?")
				x.Options = []quiz.Option{{Text: "Grant"}, {Text: "Jefferson"}, {Text: "no one", Correct: true}}
				return x
			}()},
		},
		{
			name: "missing word with feedback and title",
			in:   "::grant-1::Grant is {\n  ~buried#No one is buried there.\n  =entombed#Right answer!\n  ~living#We hope not!\n} in Grant's tomb.",
			want: []quiz.Question{func() quiz.Question {
				x := q("grant-1", quiz.Single, "Grant is _____ in Grant's tomb.")
				x.Options = []quiz.Option{
					{Text: "buried", Feedback: "No one is buried there."},
					{Text: "entombed", Correct: true, Feedback: "Right answer!"},
					{Text: "living", Feedback: "We hope not!"},
				}
				return x
			}()},
		},
		{
			name: "multiple response from weights",
			in:   "What two people are entombed in Grant's tomb? {\n ~%-50%No one\n ~%50%Grant\n ~%50%Grant's wife\n ~%-50%Grant's father }",
			want: []quiz.Question{func() quiz.Question {
				x := q("q1", quiz.Multiple, "What two people are entombed in Grant's tomb?")
				x.Options = []quiz.Option{{Text: "No one"}, {Text: "Grant", Correct: true}, {Text: "Grant's wife", Correct: true}, {Text: "Grant's father"}}
				return x
			}()},
		},
		{
			name: "a single ~%100% answer is still multiple response (Moodle)",
			in:   "Colour?{~%100%yellow ~%-50%red ~%-50%blue}",
			want: []quiz.Question{func() quiz.Question {
				x := q("q1", quiz.Multiple, "Colour?")
				x.Options = []quiz.Option{{Text: "yellow", Correct: true, Fraction: 1}, {Text: "red", Fraction: -0.5}, {Text: "blue", Fraction: -0.5}}
				return x
			}()},
		},
		{
			name: "partial credit in single choice",
			in:   "Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}",
			want: []quiz.Question{func() quiz.Question {
				x := q("q1", quiz.Single, "Difficult question.")
				x.Options = []quiz.Option{{Text: "wrong answer"}, {Text: "half credit answer", Fraction: 0.5}, {Text: "full credit answer", Correct: true}}
				return x
			}()},
		},
		{
			name: "true false forms",
			in:   "A.{T}\n\nB.{TRUE}\n\nC.{F}\n\nD.{FALSE#42 is the Ultimate Answer.#You gave the right answer.}\n\nE.{T#wrong fb#right fb####general}",
			want: []quiz.Question{
				func() quiz.Question { x := q("q1", quiz.TrueFalse, "A."); x.Options = tf(true, "", ""); return x }(),
				func() quiz.Question { x := q("q2", quiz.TrueFalse, "B."); x.Options = tf(true, "", ""); return x }(),
				func() quiz.Question { x := q("q3", quiz.TrueFalse, "C."); x.Options = tf(false, "", ""); return x }(),
				func() quiz.Question {
					x := q("q4", quiz.TrueFalse, "D.")
					x.Options = tf(false, "42 is the Ultimate Answer.", "You gave the right answer.")
					return x
				}(),
				func() quiz.Question {
					x := q("q5", quiz.TrueFalse, "E.")
					x.Options = tf(true, "right fb", "wrong fb")
					x.Explanation = "general"
					return x
				}(),
			},
		},
		{
			name: "short answer",
			in:   "Who's buried in Grant's tomb?{=no one =nobody}",
			want: []quiz.Question{func() quiz.Question {
				x := q("q1", quiz.Short, "Who's buried in Grant's tomb?")
				x.Answers = []string{"no one", "nobody"}
				return x
			}()},
		},
		{
			name: "short answer with weights, wildcard and general feedback",
			in:   "::Shortanswer::Which is the best animal?{\n    =Frog#Good!\n    =%50%Cat#Cats?\n    =%0%*#Completely wrong\n    ####[html]<p>General <b>feedback</b></p>\n}",
			want: []quiz.Question{func() quiz.Question {
				x := q("Shortanswer", quiz.Short, "Which is the best animal?")
				x.Marked = []quiz.ShortAnswer{{Text: "Frog", Fraction: 1, Feedback: "Good!"}, {Text: "Cat", Fraction: 0.5, Feedback: "Cats?"}, {Text: "*", Feedback: "Completely wrong"}}
				x.Explanation = "General feedback"
				return x
			}()},
		},
		{
			name: "matching with distractor",
			in:   "Match the countries.{\n=Canada -> Ottawa\n=Italy->Rome\n=Japan -> Tokyo\n= -> Paris\n}",
			want: []quiz.Question{func() quiz.Question {
				x := q("q1", quiz.Matching, "Match the countries.")
				x.Pairs = []quiz.Pair{{Left: "Canada", Right: "Ottawa"}, {Left: "Italy", Right: "Rome"}, {Left: "Japan", Right: "Tokyo"}}
				return x
			}()},
			skips: []string{`line 5: extra right item "Paris" (a pair with no left item) is not supported; left out`},
		},
		{
			name: "numerical forms",
			in:   "A?{#3.14:0.01}\n\nB?{#1..5}\n\nC?{#1822}\n\nD?{#\n=1822:0#Right\n=%50%1822:2#Close\n}\n\nE?{#-5..-1}\n\nF?{#3:2~#Completely wrong}\n\nG?{#\n=9\n=%0%5#Only the first five\n=%-50%4\n=%0%*#No\n}",
			want: []quiz.Question{
				func() quiz.Question {
					x := q("q1", quiz.Numeric, "A?")
					x.Numeric = []quiz.NumericAnswer{{Value: 3.14, Tolerance: 0.01}}
					return x
				}(),
				func() quiz.Question {
					x := q("q2", quiz.Numeric, "B?")
					x.Numeric = []quiz.NumericAnswer{{Value: 3, Min: 1, Max: 5}}
					return x
				}(),
				func() quiz.Question {
					x := q("q3", quiz.Numeric, "C?")
					x.Numeric = []quiz.NumericAnswer{{Value: 1822}}
					return x
				}(),
				func() quiz.Question {
					x := q("q4", quiz.Numeric, "D?")
					half := 0.5
					x.Numeric = []quiz.NumericAnswer{{Value: 1822, Feedback: "Right"}, {Value: 1822, Tolerance: 2, Fraction: &half, Feedback: "Close"}}
					return x
				}(),
				func() quiz.Question {
					x := q("q5", quiz.Numeric, "E?")
					x.Numeric = []quiz.NumericAnswer{{Value: -3, Min: -5, Max: -1}}
					return x
				}(),
				func() quiz.Question {
					x := q("q6", quiz.Numeric, "F?")
					x.Numeric = []quiz.NumericAnswer{{Value: 3, Tolerance: 2}, {Any: true, Feedback: "Completely wrong"}}
					return x
				}(),
				func() quiz.Question {
					x := q("q7", quiz.Numeric, "G?")
					none := 0.0
					x.Numeric = []quiz.NumericAnswer{{Value: 9}, {Value: 5, Fraction: &none, Feedback: "Only the first five"}, {Any: true, Feedback: "No"}}
					return x
				}(),
			},
			skips: []string{
				`line 19: numerical answer "4" carries a negative mark (-50%), which a numerical answer cannot; left out`,
			},
		},
		{
			name: "comments, escapes and newline escape",
			in:   "// a comment\n::esc:: Which is 1\\=1\\: \\{yes\\} \\~ \\# \\\\ \\n next?{\n// comment inside\n=a\\#b#fb \\= c\n~d\n}",
			want: []quiz.Question{func() quiz.Question {
				x := q("esc", quiz.Single, "Which is 1=1: {yes} ~ # \\ \n next?")
				x.Options = []quiz.Option{{Text: "a#b", Correct: true, Feedback: "fb = c"}, {Text: "d"}}
				return x
			}()},
		},
		{
			name: "format markers and html",
			in:   "[html]<p>What is <b>bold</b> &amp; <i>italic</i>?</p>{=[plain]<b> tag ~[markdown]**md** ~plain}\n\n[markdown]Is **this** true?{T}",
			want: []quiz.Question{
				func() quiz.Question {
					x := q("q1", quiz.Single, "What is bold & italic?")
					x.Options = []quiz.Option{{Text: "<b> tag", Correct: true}, {Text: "**md**"}, {Text: "plain"}}
					return x
				}(),
				func() quiz.Question {
					x := q("q2", quiz.TrueFalse, "Is **this** true?")
					x.Options = tf(true, "", "")
					return x
				}(),
			},
		},
		{
			name: "categories set themes",
			in:   "$CATEGORY: $course$/top/Unit 1: Energy\n\nA?{T}\n\n$CATEGORY: $course$/top/Trade & Finance\nB?{F}",
			want: []quiz.Question{
				func() quiz.Question {
					x := q("q1", quiz.TrueFalse, "A?")
					x.Theme = "unit-1-energy"
					x.Options = tf(true, "", "")
					return x
				}(),
				func() quiz.Question {
					x := q("q2", quiz.TrueFalse, "B?")
					x.Theme = "trade-finance"
					x.Options = tf(false, "", "")
					return x
				}(),
			},
		},
		{
			name: "ids from [id:], titles, duplicates",
			in:   "// [id:energy-1] [tag:x]\n::Long title here::A?{T}\n\n::q1::B?{T}\n\n::q1::C?{T}\n\nD?{T}",
			want: []quiz.Question{
				func() quiz.Question {
					x := q("energy-1", quiz.TrueFalse, "A?")
					x.Options, x.Name = tf(true, "", ""), "Long title here" // the title is kept as the name
					return x
				}(),
				func() quiz.Question { x := q("q1", quiz.TrueFalse, "B?"); x.Options = tf(true, "", ""); return x }(),
				func() quiz.Question {
					x := q("q1-2", quiz.TrueFalse, "C?")
					x.Options, x.Name = tf(true, "", ""), "q1"
					return x
				}(),
				func() quiz.Question { x := q("q4", quiz.TrueFalse, "D?"); x.Options = tf(true, "", ""); return x }(),
			},
		},
		{
			name: "essay and description are skipped",
			in:   "Intro text with no answers.\n\n::e1::How are you? {}\n\n// trailing comment only",
			skips: []string{
				"line 1: description (text with no answer block) is not a question; skipped",
				"line 3: essay questions are not supported; skipped",
			},
		},
		{
			name: "CRLF and BOM",
			in:   "\uFEFFA?{\r\n=x\r\n~y\r\n}\r\n\r\nB?{T}\r\n",
			want: []quiz.Question{
				func() quiz.Question {
					x := q("q1", quiz.Single, "A?")
					x.Options = []quiz.Option{{Text: "x", Correct: true}, {Text: "y"}}
					return x
				}(),
				func() quiz.Question { x := q("q2", quiz.TrueFalse, "B?"); x.Options = tf(true, "", ""); return x }(),
			},
		},
		{
			name:  "a question Lectern cannot hold is skipped with the reason",
			in:    "\n\nPick.{~a ~b}",
			skips: []string{"line 3: question skipped: options: a multiple-response question needs at least one option with a positive mark"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := mustParseGIFT(t, c.in)
			if !reflect.DeepEqual(res.Questions, c.want) {
				t.Errorf("questions:\n got %+v\nwant %+v", res.Questions, c.want)
			}
			if got := skips(res); !reflect.DeepEqual(got, c.skips) {
				t.Errorf("skipped:\n got %q\nwant %q", got, c.skips)
			}
		})
	}
}

func TestParseGIFTResultExtras(t *testing.T) {
	res := mustParseGIFT(t, "$CATEGORY: $course$/top/Unit 1\n\n::My first question::A?{T}\n\n$CATEGORY: other\n\nB?{T}\n\n$CATEGORY: $course$/top/Unit 1\n\nC?{T}")
	if want := []string{"$course$/top/Unit 1", "other"}; !reflect.DeepEqual(res.Categories, want) {
		t.Errorf("Categories = %q, want %q", res.Categories, want)
	}
	if want := map[string]string{"q1": "My first question"}; !reflect.DeepEqual(res.Titles, want) {
		t.Errorf("Titles = %q, want %q", res.Titles, want)
	}
}

func TestParseGIFTOptions(t *testing.T) {
	res, err := ParseGIFT(strings.NewReader("A?{T}"), Options{DefaultKind: quiz.Outlook})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Questions[0]; got.Kind != quiz.Outlook || got.Theme != "" {
		t.Errorf("kind, theme = %q, %q; want outlook and no theme", got.Kind, got.Theme)
	}
	if _, err := ParseGIFT(strings.NewReader("A?{T}"), Options{DefaultKind: "gossip"}); err == nil {
		t.Error("unknown kind: want an error")
	}
	if _, err := ParseGIFT(strings.NewReader("A?{T}"), Options{Theme: "Not A Slug"}); err == nil {
		t.Error("bad theme: want an error")
	}
}

func TestParseGIFTErrors(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string // every error, in order
	}{
		{"unclosed brace", "A?{T}\n\n\nWhich?\n  {=a ~b", []string{"line 5, column 3: missing closing }"}},
		{"closing brace without opening", "Which? =a ~b}", []string{"line 1, column 13: } without an opening {"}},
		{"brace inside block", "Which? {=a {~b}", []string{"line 1, column 12: { inside an answer block (write a literal { as \\{)"}},
		{"two answer blocks", "A {=a ~b} and {=c ~d}", []string{"line 1, column 15: a question has one answer block (write a literal { as \\{)"}},
		{"matching with one pair", "// c\nMatch.{\n=a -> b\n}", []string{"line 2, column 7: a matching question needs at least two pairs"}},
		{"matching pair without arrow", "Match.{\n=a -> b\n  =c d\n=e -> f}", []string{"line 3, column 4: matching pair \"c d\" has no ->"}},
		{"choice with one answer", "Pick. {~only}", []string{"line 1, column 7: a multiple-choice question needs at least two answers"}},
		{"numeric not a number", "N?{#\n=12\n=abc:1\n}", []string{"line 3, column 2: \"abc:1\" is not a number, a number:tolerance or a min..max range"}},
		{"numeric empty", "N?{#}", []string{"line 1, column 3: a numerical question needs an answer"}},
		{"columns count characters", "Qué? ¿{=a ~b", []string{"line 1, column 7: missing closing }"}},
		{"several errors", "A?{=a\n\nB?{T}\n\nC?}", []string{"line 1, column 3: missing closing }", "line 5, column 3: } without an opening {"}},
		{"invalid UTF-8", "A?{T}\n\nB?\xff{T}", []string{"line 3: the file is not UTF-8 text; save it as UTF-8"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := ParseGIFT(strings.NewReader(c.in), Options{})
			if err == nil {
				t.Fatalf("no error; result %+v", res)
			}
			var got []string
			var pes ParseErrors
			var pe *ParseError
			switch {
			case errors.As(err, &pes):
				for _, e := range pes {
					got = append(got, e.Error())
				}
			case errors.As(err, &pe):
				got = []string{pe.Error()}
			default:
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("errors:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// A GIFT title with spaces is not an ID, but it comes back out as written:
// "::Honey stomach::" survives an import and an export.
func TestGIFTTitleWithSpacesRoundTrips(t *testing.T) {
	in := "::Honey stomach:: What do bees store nectar in? {=their honey stomach}\n"
	res := mustParseGIFT(t, in)
	if len(res.Questions) != 1 || res.Questions[0].Name != "Honey stomach" {
		t.Fatalf("questions %+v, want one named Honey stomach", res.Questions)
	}
	var b strings.Builder
	if err := WriteGIFT(&b, res.Questions); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "::Honey stomach::") {
		t.Errorf("export lost the title:\n%s", b.String())
	}
	again := mustParseGIFT(t, b.String())
	if len(again.Questions) != 1 || again.Questions[0].Name != "Honey stomach" || again.Questions[0].ID != res.Questions[0].ID {
		t.Errorf("after a round trip: %+v, want name Honey stomach and ID %q", again.Questions, res.Questions[0].ID)
	}
}

// A choice question whose every option earns full marks (Moodle allows
// it: "=" on one, "~%100%" on the others) stays a choice question through
// an export: written with "=" on each, it would come back as a short
// answer.
func TestGIFTAllCorrectChoiceRoundTrips(t *testing.T) {
	in := "Which city lies on the Volga? {=Kazan ~%100%Samara}\n"
	res := mustParseGIFT(t, in)
	if len(res.Questions) != 1 || res.Questions[0].Type != quiz.Single || len(res.Questions[0].Options) != 2 {
		t.Fatalf("questions %+v, want one choice question of two options", res.Questions)
	}
	var b strings.Builder
	if err := WriteGIFT(&b, res.Questions); err != nil {
		t.Fatal(err)
	}
	again := mustParseGIFT(t, b.String())
	if !reflect.DeepEqual(again.Questions, res.Questions) {
		t.Errorf("after a round trip:\n got %+v\nwant %+v\n%s", again.Questions, res.Questions, b.String())
	}
}

// A weight that is none of Moodle's grades is refused with its question,
// as Moodle's own import does, and as Lectern's reading of the Moodle XML
// it would write of it would; a third written to three places is a third.
func TestGIFTWeightsAreMoodleGrades(t *testing.T) {
	res := mustParseGIFT(t, "Name a Volga city.{=Kazan =%51%Samara}\n\nWhich are rivers?{~%33.333%Volga ~%33.333%Don ~%33.333%Ob ~%-100%Kazan}\n")
	if len(res.Questions) != 1 || res.Questions[0].Prompt != "Which are rivers?" {
		t.Fatalf("questions %+v, want only the rivers", res.Questions)
	}
	if got := skipsWith(res, "grade 51% is not one of Moodle's grades"); len(got) != 1 || got[0].Line != 1 {
		t.Errorf("skipped %q, want the first question refused for its grade of 51%%", skips(res))
	}
	if f := res.Questions[0].Options[0].Fraction; f != 0.3333333 {
		t.Errorf("33.333%% read as %v, want Moodle's third, 0.3333333", f)
	}
	var b bytes.Buffer
	if err := WriteMoodleXML(&b, res.Questions); err != nil {
		t.Fatal(err)
	}
	again, err := ParseMoodleXML(&b, Options{})
	if err != nil || !reflect.DeepEqual(xmlHeld(again.Questions), xmlHeld(res.Questions)) {
		t.Errorf("through Moodle XML: %v, %+v, want %+v", err, again.Questions, res.Questions)
	}
}

// A multiple-response question whose correct options share the marks
// evenly is written with Moodle's grades up to ten of them; with eleven
// (9.09091% each, none of Moodle's grades) neither GIFT nor Moodle XML can
// carry it, and the export says so rather than write a file that neither
// Moodle nor Lectern would read back.
func TestMultipleResponseMarksAreMoodleGrades(t *testing.T) {
	q := func(correct int) quiz.Question {
		q := quiz.Question{ID: "capitals", Type: quiz.Multiple, Prompt: "Which of these are capital cities?"}
		for i := range correct {
			q.Options = append(q.Options, quiz.Option{Text: fmt.Sprintf("Capital %d", i+1), Correct: true})
		}
		q.Options = append(q.Options, quiz.Option{Text: "Manchester"})
		return q
	}
	for _, write := range []struct {
		name  string
		write func(*bytes.Buffer, []quiz.Question) error
		read  func(*bytes.Buffer) (*Result, error)
	}{
		{"GIFT", func(b *bytes.Buffer, qs []quiz.Question) error { return WriteGIFT(b, qs) }, func(b *bytes.Buffer) (*Result, error) { return ParseGIFT(b, Options{}) }},
		{"Moodle XML", func(b *bytes.Buffer, qs []quiz.Question) error { return WriteMoodleXML(b, qs) }, func(b *bytes.Buffer) (*Result, error) { return ParseMoodleXML(b, Options{}) }},
	} {
		var b bytes.Buffer
		if err := write.write(&b, []quiz.Question{q(10)}); err != nil {
			t.Fatalf("%s, ten correct options: %v", write.name, err)
		}
		if res, err := write.read(&b); err != nil || len(res.Questions) != 1 {
			t.Errorf("%s, ten correct options read back: %v, %d questions", write.name, err, len(res.Questions))
		}
		b.Reset()
		err := write.write(&b, []quiz.Question{q(11)})
		if err == nil || !strings.Contains(err.Error(), "9.09091% of the marks, which is none of Moodle's grades") {
			t.Errorf("%s, eleven correct options: error %v, want one naming 9.09091%%", write.name, err)
		}
	}
}

// A mark from Lectern's own JSON may be any share; one that is none of
// Moodle's grades stops a GIFT or Moodle XML export with a reason.
func TestExportRefusesMarksMoodleHasNot(t *testing.T) {
	half, odd := 0.5, 0.51
	for _, q := range []quiz.Question{
		{ID: "river", Type: quiz.Short, Prompt: "Which river flows through Kazan?", Answers: []string{"Volga"},
			Marked: []quiz.ShortAnswer{{Text: "Kama", Fraction: odd, Feedback: "Kazan lies where the Kama joins it."}}},
		{ID: "founded", Type: quiz.Numeric, Prompt: "In what year was Kazan founded?",
			Numeric: []quiz.NumericAnswer{{Value: 1005}, {Value: 1005, Tolerance: 50, Fraction: &odd}}},
		{ID: "city", Type: quiz.Single, Prompt: "Which city is on the Volga?",
			Options: []quiz.Option{{Text: "Kazan", Correct: true}, {Text: "Perm", Fraction: odd}}},
	} {
		var b bytes.Buffer
		if err := WriteGIFT(&b, []quiz.Question{q}); err == nil || !strings.Contains(err.Error(), "51% of the marks, which is none of Moodle's grades") {
			t.Errorf("GIFT, %s: error %v, want one naming 51%%", q.ID, err)
		}
		if err := WriteMoodleXML(&b, []quiz.Question{q}); err == nil || !strings.Contains(err.Error(), "51% of the marks, which is none of Moodle's grades") {
			t.Errorf("Moodle XML, %s: error %v, want one naming 51%%", q.ID, err)
		}
	}
	q := quiz.Question{ID: "river", Type: quiz.Short, Prompt: "Which river flows through Kazan?", Answers: []string{"Volga"},
		Marked: []quiz.ShortAnswer{{Text: "Kama", Fraction: half}}}
	var b bytes.Buffer
	if err := WriteGIFT(&b, []quiz.Question{q}); err != nil {
		t.Errorf("GIFT, half marks: %v", err)
	}
}
