package generate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Helpers for the ranker's training table (rank_table_test.go): finding a
// judged item in the article and computing its features as the generator
// does today.

// evalDir finds the shared evaluation corpus, read in place and never
// copied into the repository: ../shared/eval/generation from the
// repository's root, or from a directory above it when the checkout sits
// deeper. It skips the test where the corpus is absent, and fails under
// CI=true.
func evalDir(t testing.TB) string {
	dir := "../../../shared/eval/generation"
	for i := 0; i < 3; i++ {
		if _, err := os.Stat(filepath.Join(dir, "verdicts.tsv")); err == nil {
			return dir
		}
		dir = "../" + dir
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("the evaluation corpus ../shared/eval/generation is missing")
	}
	t.Skip("no evaluation corpus at ../shared/eval/generation")
	return ""
}

var (
	saysRe     = regexp.MustCompile(`The article says: “(.*)”$`)
	swappedRe  = regexp.MustCompile(`(?i)the article has “(.*)”, not “`)
	whitespace = regexp.MustCompile(`\s+`)
)

// prepareArticle analyses a text as Generate does, without themes.
func prepareArticle(text string) (*article, error) {
	paras := SplitParagraphs(text)
	if len(paras) > 1 && looksLikeHeading(paras[0]) {
		paras = paras[1:]
	}
	return analyse(paras)
}

// judgedFeatures finds a judged item's sentence and answer in the article
// and computes its features as the generator does today.
func (a *article) judgedFeatures(base *quiz.Course, themes map[string]quiz.Theme, id string) ([]float64, string, error) {
	var q *quiz.Question
	var cd *quiz.Card
	for i := range base.Questions {
		if base.Questions[i].ID == id {
			q = &base.Questions[i]
		}
	}
	for i := range base.Cards {
		if base.Cards[i].ID == id {
			cd = &base.Cards[i]
		}
	}
	var th quiz.Theme
	var sentText, answer, typ string
	switch {
	case q != nil:
		th = themes[q.Theme]
		m := saysRe.FindStringSubmatch(q.Explanation)
		if m == nil {
			return nil, "", fmt.Errorf("no sentence in %q", q.Explanation)
		}
		sentText = m[1]
		switch q.Type {
		case quiz.Single:
			typ = "single"
			answer = quiz.CorrectText(*q)[0]
		case quiz.Short:
			typ = "short"
			answer = q.Answers[0]
		case quiz.TrueFalse:
			if q.Options[0].Correct {
				typ, answer = "tf-true", "True"
			} else {
				typ = "tf-swap"
				m := swappedRe.FindStringSubmatch(q.Options[0].Feedback)
				if m == nil {
					return nil, "", fmt.Errorf("no swap in %q", q.Options[0].Feedback)
				}
				answer = m[1]
			}
		}
	case cd != nil:
		th = themes[cd.Theme]
		if strings.Contains(cd.Front, blank) {
			typ, answer = "card", cd.Back
			sentText = strings.Replace(cd.Front, blank, cd.Back, 1)
		} else {
			typ, answer = "def", cd.Front
		}
	default:
		return nil, "", fmt.Errorf("no such item")
	}
	rankSentences(a.sentencesOf(th.Paragraphs))
	var s *sentence
	norm := func(x string) string { return strings.ToLower(whitespace.ReplaceAllString(x, " ")) }
	for _, x := range a.sentencesOf(th.Paragraphs) {
		if sentText != "" && norm(x.text) == norm(sentText) {
			s = x
		}
	}
	if s == nil && typ == "def" && strings.HasSuffix(cd.Front, "?") {
		// A card that asks a question ("Where was Ashmole born?"): the
		// sentence of its paragraphs holding its back, ranked on it as
		// the generator ranks such cards.
		for _, x := range a.sentencesOf(cd.Paragraphs) {
			if strings.Contains(strings.ToLower(x.text), strings.ToLower(cd.Back)) {
				s, sentText, answer = x, x.text, cd.Back
				break
			}
		}
	}
	if s == nil && typ == "def" {
		// A definition card: the sentence that holds its term and the
		// most of its back.
		best := -1
		for _, x := range a.sentencesOf(cd.Paragraphs) {
			if !strings.Contains(strings.ToLower(x.text), strings.ToLower(cd.Front)) && !isAcronym(cd.Front) {
				continue
			}
			n := 0
			for _, w := range strings.Fields(strings.ToLower(cd.Back)) {
				if strings.Contains(strings.ToLower(x.text), w) {
					n++
				}
			}
			if n > best {
				best, s = n, x
			}
		}
	}
	if s == nil && sentText != "" {
		// The generator may have edited the sentence it quoted (an
		// opening dropped, a pronoun resolved): the sentence of the
		// theme sharing the most of its words, if most.
		s = closestSentence(a.sentencesOf(th.Paragraphs), sentText)
	}
	if s == nil {
		return nil, "", fmt.Errorf("sentence not found: %q", sentText)
	}
	var sp *span
	if typ != "tf-true" && (typ != "def" || strings.HasSuffix(cd.Front, "?")) {
		for _, o := range s.spans {
			if key(o.answer()) == key(answer) || o.key == key(answer) {
				sp = o
			}
		}
		if sp == nil {
			sp = looseSpan(a, s, answer)
		}
		if sp == nil {
			return nil, "", fmt.Errorf("answer %q not in %q", answer, s.text)
		}
	}
	dq := 0.0
	if sp != nil {
		if c := a.blankable(s, sp); c != nil {
			dq = c.dq
		} else {
			dq = distractorQuality(a.distractors(s, sp))
		}
	}
	rc := rankCtx{title: key(base.Course.Title), summary: key(th.Summary)}
	return a.features(rc, s, sp, answer, dq, typ), typ, nil
}

var rankDev = flag.Bool("rankdev", false, "print the items proposed and held back per theme on the development articles")

// devArticles are the development articles of the shared corpus. The
// held-out ones are never read here.
var devArticles = []string{"floods-news", "webb-science", "hanse-history", "history-event", "policy-analysis", "technology", "howto"}

// TestRankDev prints, per development article and theme, how many items
// the ranker proposes and holds back:
// go test -run TestRankDev -v ./internal/generate -args -rankdev
func TestRankDev(t *testing.T) {
	if !*rankDev {
		t.Skip("no -rankdev")
	}
	dir := evalDir(t)
	for _, name := range devArticles {
		text, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Generate(string(text), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var per []string
		for _, th := range res.Course.Themes {
			p, h := 0, 0
			for _, d := range res.Drafts {
				if d.Theme == th.Slug {
					p++
				}
			}
			for _, d := range res.Held {
				if d.Theme == th.Slug {
					h++
				}
			}
			per = append(per, fmt.Sprintf("%d+%d", p, h))
		}
		fmt.Printf("%-16s themes %d, proposed %d, held %d; per theme proposed+held: %s\n", name, len(res.Course.Themes), len(res.Drafts), len(res.Held), strings.Join(per, " "))
		if os.Getenv("RANK_ITEMS") != "" {
			for _, d := range append(res.Drafts, res.Held...) {
				text := ""
				if d.Question != nil {
					text = d.Question.Prompt
				} else {
					text = d.Card.Front + " => " + d.Card.Back
				}
				fmt.Printf("    %v %.2f %-22s %s\n", d.Proposed, d.Score, d.Rule, text)
			}
		}
	}
}

// looseSpan stands for an answer the generator no longer takes as a
// candidate (its rules have changed since the items were judged): the
// answer's place in the sentence, typed as another mention of it is, or
// as a number or a term.
func looseSpan(a *article, s *sentence, answer string) *span {
	i := strings.Index(strings.ToLower(s.text), strings.ToLower(answer))
	if i < 0 {
		return nil
	}
	sp := &span{sent: s, start: i, end: i + len(answer), text: s.text[i : i+len(answer)], key: key(answer), kind: kTerm, rule: "loose"}
	switch {
	case len(a.byKey[sp.key]) > 0:
		sp.kind = a.byKey[sp.key][0].kind
	case strings.ContainsAny(answer, "0123456789"):
		sp.kind = kNumber
	case startsUpper(answer):
		sp.kind = kName
	}
	return sp
}

// closestSentence is the sentence sharing the most words with text, when
// they cover at least 70% of text's words.
func closestSentence(sents []*sentence, text string) *sentence {
	want := strings.Fields(key(text))
	var best *sentence
	bestN := 0
	for _, x := range sents {
		have := map[string]bool{}
		for _, w := range strings.Fields(key(x.text)) {
			have[w] = true
		}
		n := 0
		for _, w := range want {
			if have[w] {
				n++
			}
		}
		if n > bestN {
			best, bestN = x, n
		}
	}
	if len(want) == 0 || float64(bestN) < 0.7*float64(len(want)) {
		return nil
	}
	return best
}
