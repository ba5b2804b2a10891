package quizzes_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// phraseStop are the words a phrase may differ by and still say the same
// thing: articles, linking words, the two countries and their leaders, and
// the words a question frames an answer with ("as", "according").
var phraseStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or of to in on for with as by at its it their they them
		that this these those from is are was were be been has have had not but than rather just
		so such what which who whom whose how do does did both each other
		china chinas russia russias xi putin beijing moscow`) {
		phraseStop[w] = true
	}
}

// phraseWords is s as the sequence of its content words, each folded to a
// rough singular ("investments" is "investment").
func phraseWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(normAnswer(s)) {
		if phraseStop[w] {
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = strings.TrimSuffix(w, "s")
		}
		out = append(out, w)
	}
	return out
}

// statementFrame is how a true/false statement says where its claim comes
// from; what follows is the claim.
var statementFrame = regexp.MustCompile(`(?i)^(according to (the article|the experts cited|the observers cited|paragraphs? [0-9, and]+)|in (its opening|its closing)? ?paragraphs?( [0-9, and]+)?|the article (says|states|reports|presents|describes|calls|itself asserts)( that)?)[ ,]*`)

// keyTexts are the answers a learner must give to get q right, as
// learners read them: a choice question's right options, a short answer's
// accepted answers, a matching question's right-hand sides, and the claim
// of a true statement (what a false statement claims is no answer).
func keyTexts(q quiz.Question) []string {
	var out []string
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		for _, o := range q.Options {
			if o.Correct {
				out = append(out, o.Text)
			}
		}
	case quiz.Short:
		out = append(out, q.Answers...)
	case quiz.Matching:
		for _, p := range q.Pairs {
			out = append(out, p.Right)
		}
	case quiz.TrueFalse:
		for _, o := range q.Options {
			if o.Correct && strings.EqualFold(o.Text, "true") {
				out = append(out, statementFrame.ReplaceAllString(strings.TrimSpace(q.Prompt), ""))
			}
		}
	}
	return out
}

// shownTexts are what a learner sees of q before answering it: the
// prompt, the options, both sides of the pairs.
func shownTexts(q quiz.Question) []string {
	out := []string{q.Prompt}
	if q.Type != quiz.TrueFalse {
		for _, o := range q.Options {
			out = append(out, o.Text)
		}
	}
	for _, p := range q.Pairs {
		out = append(out, p.Left, p.Right)
	}
	return out
}

// containsPhrase reports whether words hold most of phrase as one run:
// two of its content words or more, in order and side by side, and at
// least two thirds of them, so that "unchallenged Western dominance may be
// fading" gives away "the era of unchallenged Western dominance may be
// fading".
func containsPhrase(words, phrase []string) bool {
	need := max(2, (2*len(phrase)+2)/3)
	for i := range phrase {
		for j := range words {
			n := 0
			for i+n < len(phrase) && j+n < len(words) && phrase[i+n] == words[j+n] {
				n++
			}
			if n >= need {
				return true
			}
		}
	}
	return false
}

// stemGiveaways lists the places where a question of a theme shows, in
// its prompt, options or pairs, the answer of another question of the
// same theme, as a phrase of two content words or more (containsPhrase): all of a theme's
// questions come in one attempt, so the learner would read one answer
// before being asked for it.
func stemGiveaways(c *quiz.Course) []string {
	var out []string
	for _, a := range c.Questions {
		keys := map[string][]string{}
		for _, k := range keyTexts(a) {
			if w := phraseWords(k); len(w) >= 2 {
				keys[k] = w
			}
		}
		for _, b := range c.Questions {
			if b.ID == a.ID || b.Theme != a.Theme {
				continue
			}
			for _, shown := range shownTexts(b) {
				sw := phraseWords(shown)
				for k, kw := range keys {
					if containsPhrase(sw, kw) {
						out = append(out, fmt.Sprintf("theme %s: %s shows %q, the answer of %s (%q)", a.Theme, b.ID, shown, a.ID, k))
					}
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// No question of a theme states another's answer before it is asked.
func TestFirstCourseQuestionsDoNotAnswerEachOther(t *testing.T) {
	for _, p := range stemGiveaways(mustBuiltin(t)) {
		t.Error(p)
	}
}

// The check catches each way an answer can be shown: in a prompt, an
// option or a pair, and the answer of each type of question.
func TestStemGiveawaysCatchDefects(t *testing.T) {
	tf := []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}
	base := []quiz.Question{
		{ID: "short", Theme: "t", Type: quiz.Short, Prompt: "What does the initiative provide?", Answers: []string{"infrastructure investment"}},
		{ID: "single", Theme: "t", Type: quiz.Single, Prompt: "How does China present itself?", Options: []quiz.Option{{Text: "As an intermediary and advocate for stability", Correct: true}, {Text: "As a bloc leader"}}},
		{ID: "match", Theme: "t", Type: quiz.Matching, Prompt: "Match.", Pairs: []quiz.Pair{{Left: "Sanctions", Right: "What the West employs"}, {Left: "Pipelines", Right: "What ensures steady supplies"}}},
		{ID: "true", Theme: "t", Type: quiz.TrueFalse, Prompt: "According to the article, energy cooperation remains a cornerstone of the alliance.", Options: tf},
	}
	cases := []struct {
		name string
		add  quiz.Question
		want string
	}{
		{"short answer in a pair", quiz.Question{ID: "x", Theme: "t", Type: quiz.Matching, Pairs: []quiz.Pair{{Left: "The Belt and Road", Right: "Provides infrastructure investments"}}}, "the answer of short"},
		{"right option in a prompt", quiz.Question{ID: "x", Theme: "t", Type: quiz.TrueFalse, Prompt: "China presents itself as an intermediary and advocate for stability.", Options: tf}, "the answer of single"},
		{"right side in an option", quiz.Question{ID: "x", Theme: "t", Type: quiz.Single, Prompt: "Which?", Options: []quiz.Option{{Text: "What ensures steady supplies", Correct: true}}}, "the answer of match"},
		{"true claim in a prompt", quiz.Question{ID: "x", Theme: "t", Type: quiz.Short, Prompt: "Energy cooperation remains a cornerstone of the alliance: which word names its place?", Answers: []string{"cornerstone"}}, "the answer of true"},
	}
	if got := stemGiveaways(&quiz.Course{Questions: base}); len(got) != 0 {
		t.Fatalf("questions that answer nothing of each other are flagged: %q", got)
	}
	for _, tc := range cases {
		qs := append(slices.Clone(base), tc.add)
		got := strings.Join(stemGiveaways(&quiz.Course{Questions: qs}), "\n")
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: stemGiveaways = %q, want %q", tc.name, got, tc.want)
		}
		other := tc.add
		other.Theme = "elsewhere"
		if got := stemGiveaways(&quiz.Course{Questions: append(slices.Clone(base), other)}); len(got) != 0 {
			t.Errorf("%s: flagged across themes: %q", tc.name, got)
		}
	}
}
