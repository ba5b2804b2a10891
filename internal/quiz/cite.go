package quiz

import (
	"math"
	"sort"
	"strings"
)

// citeStopwords are the words that say nothing of a paragraph's subject.
var citeStopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also although always am among an and any are as at
be because been before being below between both but by can could did do does doing down during each either
few for from further had has have having he her here hers him his how i if in into is it its itself just
least less many may me might more most much must my neither no nor not now of off on once only or other
our out over own per quite rather s same shall she should since so some such than that the their them
then there these they this those though through thus to too under until up upon us very was we were what
when where whether which while who whom whose why will with within without would yet you your
true false which what whom answer question following says said according article text`) {
		m[w] = true
	}
	return m
}()

// ContentWords returns the words of s that carry its subject, folded
// (lower case, accents and punctuation dropped, a plural's s taken off):
// "China's gas exports" gives china, gas, export.
func ContentWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(Normalize(FoldAccents(s))) {
		if len(w) < 3 && !isDigits(w) || citeStopwords[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// stem folds the commonest English endings so that "exports", "exported"
// and "export" meet: crude, and the same for the paragraph and the question.
func stem(w string) string {
	for _, suf := range []string{"ies", "ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// CiteMinScore is the weight of shared words below which a question's
// text says too little to tell its paragraph: it then cites the theme's
// paragraph that shares the most with the theme's questions as a whole
// (the theme's best paragraph), never every paragraph of the theme.
const CiteMinScore = 4.0

// Citer finds the paragraphs of an article that a question or card tests.
type Citer struct {
	words map[int]map[string]bool // paragraph n → its content words
	idf   map[string]float64
}

// NewCiter prepares an article's paragraphs for citing: each word is
// weighted by how rare it is in the article (inverse document frequency),
// so that a name found in one paragraph counts for more than "China",
// which is in most.
func NewCiter(pars []Paragraph) *Citer {
	c := &Citer{words: map[int]map[string]bool{}, idf: map[string]float64{}}
	df := map[string]int{}
	for _, p := range pars {
		ws := map[string]bool{}
		for _, w := range ContentWords(p.Text) {
			ws[w] = true
		}
		for w := range ws {
			df[w]++
		}
		c.words[p.N] = ws
	}
	for w, n := range df {
		c.idf[w] = math.Log(float64(len(pars)+1) / float64(n))
	}
	return c
}

// score is how much of text's content the paragraph n holds: the summed
// weight of the distinct words they share.
func (c *Citer) score(n int, words map[string]bool) float64 {
	ws := c.words[n]
	s := 0.0
	for w := range words {
		if ws[w] {
			s += c.idf[w]
		}
	}
	return s
}

// Cite returns the paragraphs, among those of the theme, whose text best
// supports text (a question's prompt, right answer and explanation, or a
// card's two sides): the best one, and a second when it scores as well
// within a tenth. When the best scores under CiteMinScore, it returns
// fallback (the theme's best paragraph) if given, else the best it found.
// Text sharing nothing with the theme gets fallback, else the theme's
// first paragraph.
func (c *Citer) Cite(text string, theme []int, fallback int) []int {
	if len(theme) == 0 {
		return nil
	}
	words := map[string]bool{}
	for _, w := range ContentWords(text) {
		words[w] = true
	}
	type scored struct {
		n int
		s float64
	}
	var all []scored
	for _, n := range theme {
		all = append(all, scored{n, c.score(n, words)})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].s > all[j].s })
	best := all[0]
	if best.s < CiteMinScore {
		if fallback > 0 {
			return []int{fallback}
		}
		if best.s == 0 {
			return []int{theme[0]}
		}
		return []int{best.n}
	}
	out := []int{best.n}
	if len(all) > 1 && all[1].s >= 0.9*best.s {
		out = append(out, all[1].n)
		sort.Ints(out)
	}
	return out
}

// Weak reports whether text shares too little with every paragraph of the
// theme (under CiteMinScore) for Cite to tell which one it tests: it then
// cites the fallback, which it may have nothing to do with.
func (c *Citer) Weak(text string, theme []int) bool {
	words := map[string]bool{}
	for _, w := range ContentWords(text) {
		words[w] = true
	}
	for _, n := range theme {
		if c.score(n, words) >= CiteMinScore {
			return false
		}
	}
	return true
}

// BestParagraph is the paragraph of a theme that shares most with all the
// texts given (the theme's questions and cards together): where an item
// whose own text says too little is sent. 0 when the theme has none.
func (c *Citer) BestParagraph(texts []string, theme []int) int {
	if len(theme) == 0 {
		return 0
	}
	words := map[string]bool{}
	for _, t := range texts {
		for _, w := range ContentWords(t) {
			words[w] = true
		}
	}
	best, bestS := theme[0], -1.0
	for _, n := range theme {
		if s := c.score(n, words); s > bestS {
			best, bestS = n, s
		}
	}
	return best
}

// CiteText is the text of a question that its paragraph should support:
// the prompt, the right answers and the explanation.
func CiteText(q Question) string {
	return q.Prompt + "\n" + strings.Join(CorrectText(q), "\n") + "\n" + q.Explanation
}
