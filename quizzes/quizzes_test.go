package quizzes_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

func mustBuiltin(t *testing.T) *quiz.Course {
	t.Helper()
	cs, err := quizzes.Builtin()
	if err != nil {
		t.Fatalf("Builtin: %v", err)
	}
	for _, c := range cs {
		if c.Course.Slug == "china-russia" {
			return c
		}
	}
	t.Fatal("the first course china-russia is missing")
	return nil
}

// The course's paragraphs are the article, verbatim and complete.
func TestFirstCourseIsTheArticleVerbatim(t *testing.T) {
	c := mustBuiltin(t)
	text, err := quizzes.Article("china-russia")
	if err != nil {
		t.Fatal(err)
	}
	if seed, err := os.ReadFile("../../shared/seed/article.txt"); err == nil {
		if string(seed) != text {
			t.Fatal("quizzes/china-russia.txt differs from the seed article")
		}
	} else {
		t.Logf("seed article not found beside the repository (%v); checking the embedded copy only", err)
	}
	want := generate.SplitParagraphs(text)
	if len(c.Paragraphs) != len(want) {
		t.Fatalf("course has %d paragraphs, article has %d", len(c.Paragraphs), len(want))
	}
	for i, p := range c.Paragraphs {
		if p.Text != want[i] {
			t.Errorf("paragraph %d differs from the article:\n got %q\nwant %q", i+1, p.Text, want[i])
		}
	}
}

// The whole course passes validation and meets the content bar: enough
// themes and questions, every type used, kinds spread across themes, choice
// feedback written, cards for every theme.
func TestFirstCourseContent(t *testing.T) {
	c := mustBuiltin(t)
	if err := quiz.Validate(c); err != nil {
		t.Fatal(err)
	}
	if len(c.Themes) < 10 {
		t.Errorf("%d themes, want at least 10", len(c.Themes))
	}
	if len(c.Questions) < 100 {
		t.Errorf("%d questions, want at least 100", len(c.Questions))
	}
	perTheme := map[string]int{}
	kinds := map[string]map[quiz.Kind]bool{}
	types := map[quiz.QuestionType]int{}
	for _, q := range c.Questions {
		perTheme[q.Theme]++
		if kinds[q.Theme] == nil {
			kinds[q.Theme] = map[quiz.Kind]bool{}
		}
		kinds[q.Theme][q.Kind] = true
		types[q.Type]++
		if strings.TrimSpace(q.Explanation) == "" {
			t.Errorf("question %s has no explanation", q.ID)
		}
		for _, n := range q.Paragraphs {
			th, _ := c.Theme(q.Theme)
			if !slices.Contains(th.Paragraphs, n) {
				t.Errorf("question %s cites paragraph %d, outside its theme %q", q.ID, n, q.Theme)
			}
		}
		if q.Type == quiz.Single || q.Type == quiz.Multiple {
			for i, o := range q.Options {
				if !o.Correct && strings.TrimSpace(o.Feedback) == "" {
					t.Errorf("question %s option %d is wrong but says nothing about why", q.ID, i)
				}
			}
		}
	}
	for _, typ := range []quiz.QuestionType{quiz.Single, quiz.Multiple, quiz.TrueFalse, quiz.Short, quiz.Matching} {
		if types[typ] == 0 {
			t.Errorf("no %s question", typ)
		}
	}
	allKinds := map[quiz.Kind]bool{}
	for _, th := range c.Themes {
		if perTheme[th.Slug] < 8 {
			t.Errorf("theme %s has %d questions, want at least 8", th.Slug, perTheme[th.Slug])
		}
		if len(kinds[th.Slug]) < 2 {
			t.Errorf("theme %s uses %d kinds of question, want at least 2", th.Slug, len(kinds[th.Slug]))
		}
		for k := range kinds[th.Slug] {
			allKinds[k] = true
		}
	}
	if len(allKinds) != 4 {
		t.Errorf("the course uses %d kinds, want all 4", len(allKinds))
	}
	cards := map[string]int{}
	for _, cd := range c.Cards {
		cards[cd.Theme]++
	}
	if len(c.Cards) < 60 {
		t.Errorf("%d cards, want at least 60", len(c.Cards))
	}
	for _, th := range c.Themes {
		if cards[th.Slug] == 0 {
			t.Errorf("theme %s has no flashcards", th.Slug)
		}
	}
}

// Validation catches each defect it promises to catch.
func TestValidateCatchesDefects(t *testing.T) {
	base := mustBuiltin(t)
	cases := []struct {
		name   string
		break_ func(c *quiz.Course)
		want   string
	}{
		{"uncovered paragraph", func(c *quiz.Course) { c.Themes[0].Paragraphs = c.Themes[0].Paragraphs[1:] }, "belongs to no theme"},
		{"missing paragraph", func(c *quiz.Course) { c.Questions[0].Paragraphs = []int{99} }, "does not exist"},
		{"no correct option", func(c *quiz.Course) {
			for i := range c.Questions {
				if c.Questions[i].Type == quiz.Single {
					for j := range c.Questions[i].Options {
						c.Questions[i].Options[j].Correct = false
					}
					return
				}
			}
		}, "needs an option with full marks"},
		{"duplicate question", func(c *quiz.Course) { c.Questions[1].Prompt = c.Questions[0].Prompt }, "repeats the prompt"},
		{"unknown theme", func(c *quiz.Course) { c.Questions[0].Theme = "nowhere" }, "not one of the course's themes"},
		{"bad kind", func(c *quiz.Course) { c.Questions[0].Kind = "opinion" }, "is not one of fact"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := clone(t, base)
			tc.break_(c)
			err := quiz.Validate(c)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func clone(t *testing.T, c *quiz.Course) *quiz.Course {
	t.Helper()
	data, err := quizzes.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	out, err := quizzes.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDecodeRejectsUnknownFields(t *testing.T) {
	_, err := quizzes.Decode([]byte(`{"course":{"slug":"a","title":"A"},"paragraphs":[],"themes":[],"questions":[],"colour":"red"}`))
	if err == nil || !strings.Contains(err.Error(), "colour") {
		t.Fatalf("Decode = %v, want an error naming the unknown field", err)
	}
}
