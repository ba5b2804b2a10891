package quizzes_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/lectern/lectern/internal/quiz"
)

// normAnswer folds case, punctuation and spacing, so that "Belt and Road"
// and "belt-and-road!" compare equal.
func normAnswer(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(f, " ")
}

// answerKeys are what a learner must produce to get q right: its correct
// options, accepted answers, pairs or values. A true/false question's
// "True" or "False" says nothing about what it tests, so it has none.
func answerKeys(q quiz.Question) []string {
	var keys []string
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		for _, o := range q.Options {
			if o.Correct {
				keys = append(keys, normAnswer(o.Text))
			}
		}
	case quiz.Short:
		for _, a := range q.Answers {
			keys = append(keys, normAnswer(a))
		}
	case quiz.Matching:
		for _, p := range q.Pairs {
			keys = append(keys, normAnswer(p.Left)+" => "+normAnswer(p.Right))
		}
	case quiz.Numeric:
		for _, n := range q.Numeric {
			keys = append(keys, fmt.Sprint(n.Value, n.Min, n.Max))
		}
	}
	return keys
}

// repeatedAnswers lists pairs of questions of one theme that cite the same
// first paragraph and share a correct answer.
func repeatedAnswers(c *quiz.Course) []string {
	type at struct {
		theme string
		para  int
		key   string
	}
	var out []string
	seen := map[at]string{}
	for _, q := range c.Questions {
		if len(q.Paragraphs) == 0 {
			continue
		}
		for _, k := range answerKeys(q) {
			if k == "" {
				continue
			}
			where := at{q.Theme, q.Paragraphs[0], k}
			if other, ok := seen[where]; ok && other != q.ID {
				out = append(out, fmt.Sprintf("questions %s and %s (theme %s, paragraph %d) both rest on the answer %q", other, q.ID, q.Theme, q.Paragraphs[0], k))
				continue
			}
			seen[where] = q.ID
		}
	}
	return out
}

// giveaways lists questions whose prompt contains the answer (a correct
// single-choice option or an accepted short answer, of 12 characters or
// more) of another question of the same theme.
func giveaways(c *quiz.Course) []string {
	var out []string
	for _, a := range c.Questions {
		if a.Type != quiz.Short && a.Type != quiz.Single {
			continue
		}
		for _, b := range c.Questions {
			if b.ID == a.ID || b.Theme != a.Theme {
				continue
			}
			prompt := " " + normAnswer(b.Prompt) + " "
			for _, k := range answerKeys(a) {
				if len(k) >= 12 && strings.Contains(prompt, " "+k+" ") {
					out = append(out, fmt.Sprintf("the prompt of %s gives away the answer of %s (%q)", b.ID, a.ID, k))
					break
				}
			}
		}
	}
	return out
}

// All of a theme's questions come in one attempt, so two of them resting on
// the same sentence with the same answer test one thing twice.
func TestFirstCourseThemesDoNotRepeatAnAnswer(t *testing.T) {
	for _, p := range repeatedAnswers(mustBuiltin(t)) {
		t.Error(p)
	}
}

// Nor may one question's prompt hand over another's answer.
func TestFirstCoursePromptsDoNotGiveAwayAnswers(t *testing.T) {
	for _, p := range giveaways(mustBuiltin(t)) {
		t.Error(p)
	}
}

// Both checks catch what they look for.
func TestRepetitionChecksCatchDefects(t *testing.T) {
	c := clone(t, mustBuiltin(t))
	i := slices.IndexFunc(c.Questions, func(q quiz.Question) bool {
		return q.Type == quiz.Short && len(normAnswer(q.Answers[0])) >= 12
	})
	if i < 0 {
		t.Fatal("no short-answer question with an answer of 12 characters or more")
	}
	orig := c.Questions[i]
	dup := orig
	dup.ID, dup.Prompt = orig.ID+"-copy", orig.Prompt+" (again)"
	withDup := append(slices.Clone(c.Questions), dup)
	if len(repeatedAnswers(&quiz.Course{Questions: withDup})) == 0 {
		t.Error("a copy of a short-answer question under a new prompt is not flagged")
	}
	leak := dup
	leak.Type, leak.Answers = quiz.TrueFalse, nil
	leak.Options = []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}
	leak.Prompt = "The article names the " + orig.Answers[0] + "."
	withLeak := append(slices.Clone(c.Questions), leak)
	if len(giveaways(&quiz.Course{Questions: withLeak})) == 0 {
		t.Error("a prompt that states another question's answer is not flagged")
	}
}
