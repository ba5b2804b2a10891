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
	out = append(out, containedAnswers(c)...)
	return out
}

// notContent are words that carry no answer: articles, linking words, and
// the two countries and leaders every question is about.
var notContent = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an the and or of to in on for with as by at its it their they that this from is are be not but than rather just china russia xi putin") {
		notContent[w] = true
	}
}

func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(normAnswer(s)) {
		if !notContent[w] {
			out[w] = true
		}
	}
	return out
}

// containedAnswers lists pairs of questions of one theme, citing the same
// first paragraph, where every content word of one's correct answer is in
// the other's: "Attentive handling, to sustain shared benefits while
// preserving autonomy" answers "autonomy" too.
func containedAnswers(c *quiz.Course) []string {
	type answer struct {
		q     *quiz.Question
		text  string
		words map[string]bool
	}
	var as []answer
	for i := range c.Questions {
		q := &c.Questions[i]
		if len(q.Paragraphs) == 0 {
			continue
		}
		switch q.Type {
		case quiz.Single, quiz.Multiple:
			for _, o := range q.Options {
				if o.Correct {
					as = append(as, answer{q, o.Text, contentWords(o.Text)})
				}
			}
		case quiz.Short:
			if len(q.Answers) > 0 {
				as = append(as, answer{q, q.Answers[0], contentWords(q.Answers[0])})
			}
		}
	}
	within := func(small, large map[string]bool) bool {
		for w := range small {
			if !large[w] {
				return false
			}
		}
		return len(small) > 0
	}
	var out []string
	for i, a := range as {
		for _, b := range as[i+1:] {
			if a.q.ID == b.q.ID || a.q.Theme != b.q.Theme || a.q.Paragraphs[0] != b.q.Paragraphs[0] {
				continue
			}
			if within(a.words, b.words) || within(b.words, a.words) {
				out = append(out, fmt.Sprintf("questions %s and %s (theme %s, paragraph %d) rest on the same answer: %q and %q", a.q.ID, b.q.ID, a.q.Theme, a.q.Paragraphs[0], a.text, b.text))
			}
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
	wider := dup
	wider.Type, wider.Answers = quiz.Single, nil
	wider.Options = []quiz.Option{{Text: "Mostly " + orig.Answers[0] + ", and more besides", Correct: true}, {Text: "Something else", Feedback: "No."}}
	if len(containedAnswers(&quiz.Course{Questions: append(slices.Clone(c.Questions), wider)})) == 0 {
		t.Error("a single-choice answer that contains a short answer of its theme is not flagged")
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
