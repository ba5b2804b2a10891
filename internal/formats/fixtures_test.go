package formats

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The import fixtures live outside the repository, in shared/ beside the
// clone (see shared/fixtures/import/README.md), or where LECTERN_FIXTURES
// says. Where they are missing the fixture tests skip, saying so, except
// under CI=true, where a missing fixture fails: CI must not pass on tests
// it never ran.
func fixtureDir() string {
	if d := os.Getenv("LECTERN_FIXTURES"); d != "" {
		return d
	}
	return "../../../shared/fixtures/import"
}

func fixtureFiles(t *testing.T, pattern string) []string {
	t.Helper()
	missing := t.Skipf
	if os.Getenv("CI") == "true" {
		missing = t.Fatalf
	}
	dir := fixtureDir()
	if _, err := os.Stat(dir); err != nil {
		missing("import fixtures not found at %s (set LECTERN_FIXTURES): %v", dir, err)
	}
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(files) == 0 {
		missing("no fixtures match %s in %s", pattern, dir)
	}
	return files
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func parseFixture(t *testing.T, path string) *Result {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := ParseGIFT(f, Options{})
	if err != nil {
		t.Fatalf("ParseGIFT(%s): %v", filepath.Base(path), err)
	}
	return res
}

// plain is what Lectern shows for a fixture's text in a Moodle format.
func plain(text, format string) string {
	if format == "html" || (format == "moodle" || format == "") && looksLikeHTML(text) {
		return htmlToText(text)
	}
	return strings.TrimSpace(text)
}

func countSkips(res *Result, word string) int {
	n := 0
	for _, s := range res.Skipped {
		if strings.Contains(s.Reason, word) {
			n++
		}
	}
	return n
}

// Moodle's unit-test expectations (question/format/gift/tests).
type moodleText struct {
	Text   string `json:"text"`
	Format string `json:"format"`
}

type moodleAnswer struct {
	Text      string     `json:"text"`
	Format    string     `json:"format"`
	Answer    any        `json:"answer"`
	Fraction  float64    `json:"fraction"`
	Tolerance any        `json:"tolerance"`
	Feedback  moodleText `json:"feedback"`
}

type moodleQuestion struct {
	Qtype                 string         `json:"qtype"`
	Name                  string         `json:"name"`
	Questiontext          string         `json:"questiontext"`
	Questiontextformat    string         `json:"questiontextformat"`
	Generalfeedback       string         `json:"generalfeedback"`
	Generalfeedbackformat string         `json:"generalfeedbackformat"`
	Single                *int           `json:"single"`
	Answers               []moodleAnswer `json:"answers"`
	Subquestions          []moodleText   `json:"subquestions"`
	Subanswers            []string       `json:"subanswers"`
	Correctanswer         *int           `json:"correctanswer"`
	Feedbacktrue          moodleText     `json:"feedbacktrue"`
	Feedbackfalse         moodleText     `json:"feedbackfalse"`
	Idnumber              string         `json:"idnumber"`
}

func TestMoodleGIFTFixtures(t *testing.T) {
	files := fixtureFiles(t, "moodle-gift/[01]?-*.gift")
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			var exp struct {
				Expected []moodleQuestion `json:"expected"`
			}
			readJSON(t, strings.TrimSuffix(path, ".gift")+".expected.json", &exp)
			res := parseFixture(t, path)
			qi := 0
			for _, m := range exp.Expected {
				switch m.Qtype {
				case "essay", "description":
					if countSkips(res, m.Qtype) != 1 {
						t.Errorf("%s not reported as skipped: %q", m.Qtype, skips(res))
					}
					continue
				}
				if qi >= len(res.Questions) {
					t.Fatalf("expected a %s question, got none (skipped %q)", m.Qtype, skips(res))
				}
				checkMoodleQuestion(t, res.Questions[qi], m)
				qi++
			}
			if qi != len(res.Questions) {
				t.Errorf("got %d questions, want %d", len(res.Questions), qi)
			}
		})
	}
}

func checkMoodleQuestion(t *testing.T, got quiz.Question, m moodleQuestion) {
	t.Helper()
	qf := m.Questiontextformat
	if want := plain(m.Questiontext, qf); got.Prompt != want {
		t.Errorf("prompt = %q, want %q", got.Prompt, want)
	}
	if usableID(m.Name) && got.ID != m.Name {
		t.Errorf("id = %q, want the title %q", got.ID, m.Name)
	}
	gff := m.Generalfeedbackformat
	if gff == "" {
		gff = qf
	}
	if want := plain(m.Generalfeedback, gff); got.Explanation != want {
		t.Errorf("explanation = %q, want %q", got.Explanation, want)
	}
	switch m.Qtype {
	case "multichoice":
		wantType := quiz.Single
		if m.Single != nil && *m.Single == 0 {
			wantType = quiz.Multiple
		}
		wantQ := quiz.Question{Type: wantType}
		for _, a := range m.Answers {
			wantQ.Options = append(wantQ.Options, quiz.Option{Text: plain(a.Text, a.Format), Fraction: a.Fraction, Feedback: plain(a.Feedback.Text, a.Feedback.Format)})
		}
		quiz.CanonicalFractions(&wantQ)
		want := wantQ.Options
		if got.Type != wantType || !reflect.DeepEqual(got.Options, want) {
			t.Errorf("got %s %+v\nwant %s %+v", got.Type, got.Options, wantType, want)
		}
	case "match":
		var want []quiz.Pair
		for i, sq := range m.Subquestions {
			if l := plain(sq.Text, sq.Format); l != "" {
				want = append(want, quiz.Pair{Left: l, Right: m.Subanswers[i]})
			}
		}
		if got.Type != quiz.Matching || !reflect.DeepEqual(got.Pairs, want) {
			t.Errorf("got %s %+v\nwant matching %+v", got.Type, got.Pairs, want)
		}
	case "truefalse":
		want := []quiz.Option{
			{Text: "True", Correct: *m.Correctanswer == 1, Feedback: plain(m.Feedbacktrue.Text, m.Feedbacktrue.Format)},
			{Text: "False", Correct: *m.Correctanswer == 0, Feedback: plain(m.Feedbackfalse.Text, m.Feedbackfalse.Format)},
		}
		if got.Type != quiz.TrueFalse || !reflect.DeepEqual(got.Options, want) {
			t.Errorf("got %s %+v\nwant truefalse %+v", got.Type, got.Options, want)
		}
	case "shortanswer":
		// Every answer with its mark and feedback: full marks and no
		// feedback in Answers, the others in Marked.
		var want []quiz.ShortAnswer
		for _, a := range m.Answers {
			want = append(want, quiz.ShortAnswer{Text: a.Answer.(string), Fraction: a.Fraction, Feedback: plain(a.Feedback.Text, a.Feedback.Format)})
		}
		if got.Type != quiz.Short || !reflect.DeepEqual(shortAnswers(got), want) {
			t.Errorf("got %s %+v, want short %+v", got.Type, shortAnswers(got), want)
		}
	case "numerical":
		// Every answer in order with its mark and feedback; the
		// catch-all * last, when it has feedback to give.
		var want []quiz.NumericAnswer
		for _, a := range m.Answers {
			s, _ := a.Answer.(string)
			fb := plain(a.Feedback.Text, a.Feedback.Format)
			if s == "*" {
				if fb != "" {
					want = append(want, quiz.NumericAnswer{Any: true, Feedback: fb})
				}
				continue
			}
			v, _ := strconv.ParseFloat(s, 64)
			tol, _ := a.Tolerance.(float64)
			want = append(want, quiz.NumericAnswer{Value: v, Tolerance: tol, Fraction: quiz.NumericFraction(a.Fraction), Feedback: fb})
		}
		if got.Type != quiz.Numeric || !reflect.DeepEqual(got.Numeric, want) {
			t.Errorf("got %s %+v, want numeric %+v", got.Type, got.Numeric, want)
		}
	default:
		t.Errorf("unexpected Moodle type %q", m.Qtype)
	}
}

func TestMoodleGIFTQuestionsFile(t *testing.T) {
	files := fixtureFiles(t, "moodle-gift/20-questions.gift.txt")
	var exp struct {
		Count int      `json:"question_count"`
		Types []string `json:"expected_types_in_order"`
	}
	readJSON(t, filepath.Join(fixtureDir(), "moodle-gift/20-questions.expected.json"), &exp)
	res := parseFixture(t, files[0])
	lectern := map[string][]quiz.QuestionType{
		"match": {quiz.Matching}, "multichoice": {quiz.Single, quiz.Multiple}, "numerical": {quiz.Numeric},
		"shortanswer": {quiz.Short}, "truefalse": {quiz.TrueFalse},
	}
	qi := 0
	for _, typ := range exp.Types {
		if typ == "essay" {
			continue
		}
		if qi >= len(res.Questions) || !slices.Contains(lectern[typ], res.Questions[qi].Type) {
			t.Fatalf("question %d: want a Moodle %s, got %+v", qi, typ, res.Questions[qi:])
		}
		qi++
	}
	if got, want := len(res.Questions)+countSkips(res, "essay"), exp.Count; got != want {
		t.Errorf("imported + skipped = %d, Moodle imports %d", got, want)
	}
	// The stray `";` after two answer blocks makes them missing-word
	// questions in Moodle too.
	if got := res.Questions[3].Prompt; got != `What is a number from 1 to 5? _____";` {
		t.Errorf("prompt = %q", got)
	}
}

func TestMoodleGIFTCategoryFile(t *testing.T) {
	files := fixtureFiles(t, "moodle-gift/21-questions-in-category.gift.txt")
	var exp struct {
		Items []struct {
			Category     string      `json:"category"`
			Questiontext string      `json:"questiontext"`
			Pairs        [][2]string `json:"pairs"`
		} `json:"items"`
	}
	readJSON(t, filepath.Join(fixtureDir(), "moodle-gift/21-questions-in-category.expected.json"), &exp)
	res := parseFixture(t, files[0])
	if want := []string{exp.Items[0].Category}; !reflect.DeepEqual(res.Categories, want) {
		t.Errorf("Categories = %q, want %q", res.Categories, want)
	}
	qs := res.Questions
	if len(qs) != len(exp.Items)-1 {
		t.Fatalf("got %d questions, want %d", len(qs), len(exp.Items)-1)
	}
	for _, q := range qs {
		if q.Theme != "default-for-new-features" {
			t.Errorf("%s: theme %q, want the category's", q.ID, q.Theme)
		}
	}
	var pairs []quiz.Pair
	for _, p := range exp.Items[1].Pairs {
		if p[0] != "" {
			pairs = append(pairs, quiz.Pair{Left: p[0], Right: p[1]})
		}
	}
	if !reflect.DeepEqual(qs[0].Pairs, pairs) {
		t.Errorf("pairs = %+v, want %+v", qs[0].Pairs, pairs)
	}
	if want := plain(exp.Items[2].Questiontext, "html"); qs[1].ID != "Greeting" || qs[1].Prompt != want || !qs[1].Options[1].Correct {
		t.Errorf("Greeting = %+v, want prompt %q", qs[1], want)
	}
	if qs[2].Type != quiz.Short || !reflect.DeepEqual(qs[2].Answers, []string{"Moodler"}) {
		t.Errorf("Moodle user = %+v", qs[2])
	}
	if qs[3].Type != quiz.TrueFalse || !qs[3].Options[0].Correct || qs[3].Prompt != plain(exp.Items[4].Questiontext, "html") {
		t.Errorf("Moodle acronym = %+v", qs[3])
	}
}

func TestMoodleCommentIDFixtures(t *testing.T) {
	files := fixtureFiles(t, "moodle-gift/15-comment-tags-idnumber.cases.json")
	var exp struct {
		Cases []struct {
			Label, Comment, Idnumber string
		} `json:"cases"`
	}
	readJSON(t, files[0], &exp)
	for _, c := range exp.Cases {
		if got := commentID(c.Comment); got != c.Idnumber {
			t.Errorf("%s: commentID(%q) = %q, want %q", c.Label, c.Comment, got, c.Idnumber)
		}
		// Imported, the idnumber is the question's ID when it is usable.
		res := mustParseGIFT(t, c.Comment+"\nQ?{T}")
		want := "q1"
		if usableID(c.Idnumber) {
			want = c.Idnumber
		}
		if got := res.Questions[0].ID; got != want {
			t.Errorf("%s: id %q, want %q", c.Label, got, want)
		}
	}
}

// shortAnswers lists every answer of a short-answer question with its
// mark and feedback, full-mark answers first.
func shortAnswers(q quiz.Question) []quiz.ShortAnswer {
	var out []quiz.ShortAnswer
	for _, a := range q.Answers {
		out = append(out, quiz.ShortAnswer{Text: a, Fraction: 1})
	}
	return append(out, q.Marked...)
}

// gift-pegjs expectations (fuhrmanator/GIFT-grammar-PEG.js tests).
type pegText struct {
	Format string `json:"format"`
	Text   string `json:"text"`
}

type pegChoice struct {
	IsCorrect bool            `json:"isCorrect"`
	Weight    *float64        `json:"weight"`
	Text      json.RawMessage `json:"text"`
	Feedback  *pegText        `json:"feedback"`
}

type pegNumber struct {
	Type       string  `json:"type"`
	Number     float64 `json:"number"`
	Range      float64 `json:"range"`
	NumberHigh float64 `json:"numberHigh"`
	NumberLow  float64 `json:"numberLow"`
}

type pegQuestion struct {
	Type           string          `json:"type"`
	Title          *string         `json:"title"`
	ID             *string         `json:"id"`
	Stem           pegText         `json:"stem"`
	GlobalFeedback *pegText        `json:"globalFeedback"`
	Choices        json.RawMessage `json:"choices"`
	IsTrue         bool            `json:"isTrue"`
	MatchPairs     []struct {
		Subquestion pegText `json:"subquestion"`
		Subanswer   string  `json:"subanswer"`
	} `json:"matchPairs"`
}

func TestPegjsGIFTFixtures(t *testing.T) {
	files := fixtureFiles(t, "gift-pegjs/*.gift")
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".gift")
		t.Run(name, func(t *testing.T) {
			var exp []pegQuestion
			readJSON(t, strings.TrimSuffix(path, ".gift")+".json", &exp)
			res := parseFixture(t, path)
			var want []pegQuestion
			categories, unsupported := 0, 0
			for _, q := range exp {
				switch q.Type {
				case "Category":
					categories++
				case "Description", "Essay":
					unsupported++
				default:
					want = append(want, q)
				}
			}
			if got := len(res.Categories); got != categories {
				t.Errorf("categories %q, want %d", res.Categories, categories)
			}
			if got := countSkips(res, "essay") + countSkips(res, "description"); got != unsupported {
				t.Errorf("essays and descriptions skipped: %d, want %d (%q)", got, unsupported, skips(res))
			}
			// Every question is held, with its marks: none is skipped.
			if got := countSkips(res, "question skipped"); got != 0 {
				t.Errorf("questions Lectern could not hold: %q", skips(res))
			}
			if len(res.Questions) != len(want) {
				t.Fatalf("got %d questions, want %d", len(res.Questions), len(want))
			}
			for i, w := range want {
				checkPegQuestion(t, res.Questions[i], w)
			}
		})
	}
}

// pegMark is the share of the marks Moodle gives a gift-pegjs choice:
// its weight, or full marks for "=" and none for "~" without one.
func pegMark(c pegChoice, cs []pegChoice, single bool) float64 {
	if c.Weight != nil {
		return *c.Weight / 100
	}
	if c.IsCorrect {
		return 1
	}
	return 0
}

func pegPlain(p *pegText) string {
	if p == nil {
		return ""
	}
	return plain(p.Text, p.Format)
}

func checkPegQuestion(t *testing.T, got quiz.Question, w pegQuestion) {
	t.Helper()
	if g, wt := quiz.Normalize(got.Prompt), quiz.Normalize(plain(w.Stem.Text, w.Stem.Format)); g != wt {
		t.Errorf("prompt = %q, want %q", got.Prompt, w.Stem.Text)
	}
	if w.ID != nil && usableID(*w.ID) {
		if got.ID != *w.ID {
			t.Errorf("id = %q, want %q", got.ID, *w.ID)
		}
	} else if w.Title != nil && usableID(*w.Title) && got.ID != *w.Title {
		t.Errorf("id = %q, want the title %q", got.ID, *w.Title)
	}
	if g, wt := quiz.Normalize(got.Explanation), quiz.Normalize(pegPlain(w.GlobalFeedback)); g != wt {
		t.Errorf("explanation = %q, want %q", got.Explanation, wt)
	}
	full := func(c pegChoice) bool { return c.IsCorrect && (c.Weight == nil || *c.Weight >= 100) }
	switch w.Type {
	case "MC":
		var cs []pegChoice
		if err := json.Unmarshal(w.Choices, &cs); err != nil {
			t.Fatal(err)
		}
		single := slices.ContainsFunc(cs, func(c pegChoice) bool { return c.IsCorrect })
		if want := map[bool]quiz.QuestionType{true: quiz.Single, false: quiz.Multiple}[single]; got.Type != want {
			t.Errorf("type %s, want %s", got.Type, want)
		}
		if len(got.Options) != len(cs) {
			t.Fatalf("options %+v, want %d", got.Options, len(cs))
		}
		for i, c := range cs {
			var text pegText
			json.Unmarshal(c.Text, &text)
			// gift-pegjs keeps the weight as written; "=" without one is
			// full marks, "~" without one none.
			var want quiz.Option
			want.Correct = full(c)
			if c.Weight != nil {
				want.Fraction = *c.Weight / 100
			}
			if !single {
				want.Correct = c.Weight != nil && *c.Weight > 0
			}
			q := quiz.Question{Type: got.Type, Options: []quiz.Option{want}}
			if single {
				quiz.CanonicalFractions(&q)
			}
			want = q.Options[0]
			o := got.Options[i]
			if quiz.Normalize(o.Text) != quiz.Normalize(plain(text.Text, text.Format)) || o.Correct != want.Correct ||
				quiz.Normalize(o.Feedback) != quiz.Normalize(pegPlain(c.Feedback)) {
				t.Errorf("option %d = %+v, want %q correct=%v feedback %q", i, o, text.Text, want.Correct, pegPlain(c.Feedback))
			}
			if m := quiz.Marks(got)[i]; math.Abs(m-pegMark(c, cs, single)) > 1e-6 {
				t.Errorf("option %d = %+v carries %v of the marks, want %v", i, o, m, pegMark(c, cs, single))
			}
		}
	case "TF":
		// gift-pegjs gives the first #feedback to True whatever the answer;
		// Moodle (and Lectern) give it to the wrong choice, so only the
		// answer is compared.
		if got.Type != quiz.TrueFalse || got.Options[0].Correct != w.IsTrue {
			t.Errorf("got %s %+v, want truefalse %v", got.Type, got.Options, w.IsTrue)
		}
	case "Short":
		var cs []pegChoice
		if err := json.Unmarshal(w.Choices, &cs); err != nil {
			t.Fatal(err)
		}
		var want []quiz.ShortAnswer
		for _, c := range cs {
			var text pegText
			json.Unmarshal(c.Text, &text)
			f := 1.0
			if c.Weight != nil {
				f = *c.Weight / 100
			}
			want = append(want, quiz.ShortAnswer{Text: quiz.Normalize(plain(text.Text, text.Format)), Fraction: f, Feedback: quiz.Normalize(pegPlain(c.Feedback))})
		}
		var gotN []quiz.ShortAnswer
		for _, a := range shortAnswers(got) {
			gotN = append(gotN, quiz.ShortAnswer{Text: quiz.Normalize(a.Text), Fraction: a.Fraction, Feedback: quiz.Normalize(a.Feedback)})
		}
		// Answers are compared as sets: full marks without feedback come
		// first in Lectern.
		key := func(a quiz.ShortAnswer) string { return fmt.Sprintf("%s|%v|%s", a.Text, a.Fraction, a.Feedback) }
		sortBy := func(as []quiz.ShortAnswer) []string {
			var ks []string
			for _, a := range as {
				ks = append(ks, key(a))
			}
			slices.Sort(ks)
			return ks
		}
		if got.Type != quiz.Short || !reflect.DeepEqual(sortBy(gotN), sortBy(want)) {
			t.Errorf("got %s %+v, want short %+v", got.Type, gotN, want)
		}
	case "Numerical":
		var want []quiz.NumericAnswer
		conv := func(n pegNumber) quiz.NumericAnswer {
			switch n.Type {
			case "high-low":
				return quiz.NumericAnswer{Value: (n.NumberLow + n.NumberHigh) / 2, Min: n.NumberLow, Max: n.NumberHigh}
			}
			return quiz.NumericAnswer{Value: n.Number, Tolerance: n.Range}
		}
		var one pegNumber
		var cs []pegChoice
		if json.Unmarshal(w.Choices, &one) == nil && one.Type != "" {
			want = append(want, conv(one))
		} else if err := json.Unmarshal(w.Choices, &cs); err == nil {
			// Every answer in order with its weight (none is full
			// marks) and feedback; a wrong answer (~#feedback) is
			// Moodle's catch-all.
			var catchAll *quiz.NumericAnswer
			for _, c := range cs {
				if !c.IsCorrect {
					if fb := pegPlain(c.Feedback); fb != "" {
						catchAll = &quiz.NumericAnswer{Any: true, Feedback: fb}
					}
					continue
				}
				var n pegNumber
				if err := json.Unmarshal(c.Text, &n); err != nil || n.Type == "" {
					t.Fatalf("numeric answer %s is not a number", c.Text)
				}
				a := conv(n)
				w := 1.0
				if c.Weight != nil {
					w = *c.Weight / 100
				}
				a.Fraction = quiz.NumericFraction(w)
				a.Feedback = pegPlain(c.Feedback)
				want = append(want, a)
			}
			if catchAll != nil {
				want = append(want, *catchAll)
			}
		} else {
			t.Fatal(err)
		}
		if got.Type != quiz.Numeric || len(got.Numeric) != len(want) {
			t.Fatalf("got %s %+v, want numeric %+v", got.Type, got.Numeric, want)
		}
		for i := range want {
			g, wt := got.Numeric[i], want[i]
			if math.Abs(g.Value-wt.Value) > 1e-9 || g.Tolerance != wt.Tolerance || g.Min != wt.Min || g.Max != wt.Max ||
				g.Any != wt.Any || math.Abs(g.Mark()-wt.Mark()) > 1e-9 || (g.Fraction == nil) != (wt.Fraction == nil) ||
				quiz.Normalize(g.Feedback) != quiz.Normalize(wt.Feedback) {
				t.Errorf("numeric %d = %+v, want %+v", i, g, wt)
			}
		}
	case "Matching":
		var want []quiz.Pair
		for _, p := range w.MatchPairs {
			if l := plain(p.Subquestion.Text, p.Subquestion.Format); l != "" {
				want = append(want, quiz.Pair{Left: l, Right: p.Subanswer})
			}
		}
		if got.Type != quiz.Matching || !reflect.DeepEqual(got.Pairs, want) {
			t.Errorf("got %s %+v, want matching %+v", got.Type, got.Pairs, want)
		}
	default:
		t.Errorf("unexpected gift-pegjs type %q", w.Type)
	}
}

func TestMoodleAikenFixtures(t *testing.T) {
	files := fixtureFiles(t, "moodle-aiken/01-questions.aiken.txt")
	var exp struct {
		Expected []struct {
			Questiontext string   `json:"questiontext"`
			Answers      []string `json:"answers"`
			Correct      int      `json:"correct_index"`
		} `json:"expected"`
	}
	readJSON(t, filepath.Join(fixtureDir(), "moodle-aiken/01-questions.expected.json"), &exp)
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := ParseAiken(f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Questions) != len(exp.Expected) {
		t.Fatalf("got %d questions, want %d", len(res.Questions), len(exp.Expected))
	}
	for i, e := range exp.Expected {
		q := res.Questions[i]
		var want []quiz.Option
		for k, a := range e.Answers {
			want = append(want, quiz.Option{Text: a, Correct: k == e.Correct})
		}
		// Moodle stores the text HTML-escaped; Lectern keeps it as written
		// and escapes on display.
		if q.Type != quiz.Single || q.Prompt != e.Questiontext || !reflect.DeepEqual(q.Options, want) {
			t.Errorf("question %d = %+v\nwant %q %+v", i, q, e.Questiontext, want)
		}
	}
}

func TestMoodleAikenErrorFixture(t *testing.T) {
	files := fixtureFiles(t, "moodle-aiken/02-aiken-errors.txt")
	var exp struct {
		Errors []string `json:"expected_errors_in_output"`
	}
	readJSON(t, filepath.Join(fixtureDir(), "moodle-aiken/02-aiken-errors.expected.json"), &exp)
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := ParseAiken(f, Options{})
	if err == nil {
		t.Fatalf("no error; Moodle reports %q (result %+v)", exp.Errors, res)
	}
	got := errorStrings(t, err)
	// Every line Moodle names is named by an error here, either as the
	// error's line or in its message (Lectern reports an unfinished
	// question at its own line and names the line where the next starts).
	lineRE := regexp.MustCompile(`on line (\d+)`)
	for _, e := range exp.Errors {
		m := lineRE.FindStringSubmatch(e)
		if m == nil {
			continue
		}
		if !slices.ContainsFunc(got, func(g string) bool {
			return strings.HasPrefix(g, "line "+m[1]+":") || strings.Contains(g, "line "+m[1])
		}) {
			t.Errorf("Moodle's %q has no counterpart in %q", e, got)
		}
	}
	if len(got) != 4 {
		t.Errorf("got %d errors, want 4: %q", len(got), got)
	}
}

func TestAnkiManualFixtures(t *testing.T) {
	files := fixtureFiles(t, "anki/0[3-7]-manual-*.txt")
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			var exp struct {
				Separator string     `json:"separator"`
				HTML      bool       `json:"html"`
				Rows      [][]string `json:"rows"`
			}
			readJSON(t, strings.TrimSuffix(path, ".txt")+".expected.json", &exp)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sep, _ := utf8DecodeRune(exp.Separator)
			res, err := ParseCSV(f, sep, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var want []quiz.Card
			for _, r := range exp.Rows {
				front, back := strings.TrimSpace(r[0]), strings.TrimSpace(r[1])
				if exp.HTML {
					front, back = htmlToText(front), htmlToText(back)
				}
				want = append(want, quiz.Card{Front: front, Back: back})
			}
			if !reflect.DeepEqual(res.Cards, want) {
				t.Errorf("got  %+v\nwant %+v", res.Cards, want)
			}
		})
	}
}

func utf8DecodeRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func TestAnkiHeaderFixtures(t *testing.T) {
	files := fixtureFiles(t, "anki/02-text-import-headers.cases.json")
	var exp struct {
		Cases []struct {
			Input        string   `json:"input"`
			Override     string   `json:"override"`
			Delimiter    string   `json:"delimiter"`
			IsHTML       *bool    `json:"is_html"`
			ForceIsHTML  *bool    `json:"force_is_html"`
			ColumnCount  int      `json:"column_count"`
			ColumnLabels []string `json:"column_labels"`
			BasicFields  []int    `json:"basic_field_columns"`
			Preview      any      `json:"preview"`
			GlobalTags   any      `json:"global_tags"`
		} `json:"cases"`
	}
	readJSON(t, files[0], &exp)
	names := map[string]rune{"Comma": ',', "Semicolon": ';', "Tab": '\t', "Space": ' ', "Pipe": '|', "Colon": ':'}
	checked, skipped := 0, 0
	for _, c := range exp.Cases {
		if c.Override != "" || c.Preview != nil || (c.GlobalTags != nil && c.Delimiter == "" && c.ColumnCount == 0) {
			// Lectern lets a file's #separator win over the caller (the
			// caller only knows the extension), keeps no tags, and refuses
			// rows without a definition rather than padding them.
			skipped++
			continue
		}
		checked++
		h, off, _ := readHeader(c.Input)
		sep := h.sep
		if sep == 0 {
			sep = guessSeparator(c.Input[off:])
		}
		if c.Delimiter != "" && sep != names[c.Delimiter] {
			t.Errorf("%q: separator %q, want %s", c.Input, sep, c.Delimiter)
		}
		if c.ForceIsHTML != nil && *c.ForceIsHTML != (h.html != 0) {
			t.Errorf("%q: html header read = %v, want %v", c.Input, h.html != 0, *c.ForceIsHTML)
		}
		if c.IsHTML != nil {
			got := h.html > 0
			if h.html == 0 {
				recs, _ := readRecords(c.Input[off:], 1, sep)
				for _, rec := range recs {
					got = got || slices.ContainsFunc(rec.fields, looksLikeHTML)
				}
			}
			if got != *c.IsHTML {
				t.Errorf("%q: html = %v, want %v", c.Input, got, *c.IsHTML)
			}
		}
		if c.ColumnCount > 0 {
			recs, err := readRecords(c.Input[off:], 1, sep)
			if err != nil || len(recs) == 0 || len(recs[0].fields) != c.ColumnCount {
				t.Errorf("%q: records %+v (%v), want %d columns in the first", c.Input, recs, err, c.ColumnCount)
			}
		}
		if c.ColumnLabels != nil && !reflect.DeepEqual(h.columns, c.ColumnLabels) {
			t.Errorf("%q: columns %q, want %q", c.Input, h.columns, c.ColumnLabels)
		}
		if c.BasicFields != nil {
			res, err := ParseCSV(strings.NewReader(c.Input), 0, Options{})
			if err != nil {
				t.Errorf("%q: %v", c.Input, err)
				continue
			}
			recs, _ := readRecords(c.Input[off:], 1, sep)
			rec := recs[0]
			want := quiz.Card{Front: rec.fields[c.BasicFields[0]-1], Back: rec.fields[c.BasicFields[1]-1]}
			if len(res.Cards) == 1 {
				res.Cards[0].Theme = ""
			}
			if !reflect.DeepEqual(res.Cards, []quiz.Card{want}) {
				t.Errorf("%q: cards %+v, want %+v", c.Input, res.Cards, want)
			}
		}
	}
	t.Logf("%d header cases checked, %d skipped as deliberate differences", checked, skipped)
}

// TestPegjsGradingKept checks that no gift-pegjs fixture loses Moodle's
// grading any more: the fixtures with weights, several right answers and
// short-answer feedback (escapeColon, giftFormatPhpExamples,
// multipleAnswersFloat, options1, the totara_moodle multichoice and short
// answer ones, numerical1 and the numerical answers of
// giftFormatPhpExamples) convert with nothing of their marks left out.
func TestPegjsGradingKept(t *testing.T) {
	for _, path := range fixtureFiles(t, "gift-pegjs/*.gift") {
		res := parseFixture(t, path)
		for _, s := range res.Skipped {
			for _, lost := range []string{"partial credit", "marked wrong", "feedback for answer", "gives no credit", "question skipped"} {
				if strings.Contains(s.Reason, lost) {
					t.Errorf("%s: %s", filepath.Base(path), s)
				}
			}
		}
	}
}
