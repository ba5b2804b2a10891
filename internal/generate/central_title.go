package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A title from what the theme's central sentences say. The running-term
// rule (cover_title.go) gives a weak title the one term said in a
// quarter of its theme; where no single term runs that far, the weak
// title stayed: a fragment lifted from one sentence ("Sure Standards"),
// the article's whole subject ("P2P" under a course on peer-to-peer
// networks), a detail named in one sentence. Judges asked instead for
// what the paragraphs are about, which is most often two things the
// central sentences keep saying together ("IPv6 Addresses and
// Security"). So a later theme whose title is weak by the tests the
// other rules use (centralWeak) is titled by the two terms its
// sentences say most, each in two sentences at least and more the
// theme's than the rest of the article's (centralTerms): "A and B",
// or the one term, with the words said before it, where no second one
// runs. The new title must be said in more of the theme's sentences
// than the old one; the headline and a title the course already holds
// are never proposed.

// centralMinSentences is the size under which a theme keeps its title.
const centralMinSentences = 3

// centralTitles retitles the later themes whose title is weak by the
// title the two terms running through their central sentences make, and
// reports the themes retitled, by index.
func (a *article) centralTitles(themes []quiz.Theme) []int {
	return a.retitleLater(themes, centralMinSentences, func(t quiz.Theme, sents []*sentence, used map[string]bool) string {
		if !a.centralWeak(t.Title) {
			return ""
		}
		have := titleSaidIn(t.Title, sents)
		terms, form := a.runningTerms()
		nt, n := a.centralTitle(t.Paragraphs, sents, terms, form, used)
		if n <= have {
			return ""
		}
		return nt
	})
}

// centralWeak reports whether title t is weak: the course's title or the headline again, the
// article's whole subject (the course title's acronym), or a fragment
// of a verb's complement (fragmentTitle). A title said in one sentence,
// a role or a place is left to the running term (cover_title.go):
// paired terms gave worse titles for good ones ("Cabral's Voyage",
// "Columbia River").
func (a *article) centralWeak(t string) bool {
	switch {
	case strings.EqualFold(t, a.course), strings.EqualFold(t, a.headline):
		return true
	case a.fragmentTitle(t):
		return true
	}
	k := key(withoutThe(t))
	return k != "" && a.course != "" && (k == key(a.course) || acronymOf(t, a.course))
}

// acronymOf reports whether t is an acronym of words of title c, its
// letters their initials in order, with a digit for a repeated word
// ("P2P" of "Peer to peer").
func acronymOf(t, c string) bool {
	if len(t) < 2 || len(t) > 6 || strings.ToUpper(t) != t {
		return false
	}
	var init []byte
	for _, w := range strings.Fields(c) {
		w = strings.Trim(w, "'\"‘’“”:,.")
		if w != "" {
			init = append(init, strings.ToUpper(w[:1])[0])
		}
	}
	s := strings.ToUpper(string(init))
	if strings.Contains(s, t) {
		return true
	}
	// "P2P": a digit stands for "to" between two words.
	if strings.Contains(t, "2") {
		return strings.Contains(s, strings.ReplaceAll(t, "2", "T"))
	}
	return false
}

// centralTitle is the title the terms running through theme g make (see
// above), with the number of g's sentences that say its first term; "",
// 0 where none runs. sents are g's sentences; terms the keys of every
// sentence of the article, in order; form their words.
func (a *article) centralTitle(g []int, sents []*sentence, terms [][]string, form map[string]string, used map[string]bool) (string, int) {
	tc := a.themeTerms(g, terms)
	count, rest, order, in, restN := tc.count, tc.rest, tc.order, tc.in, tc.restN
	ok := func(k string) bool {
		c := count[k]
		if c < 2 || restN > 0 && c*restN <= rest[k]*in {
			return false
		}
		if strings.HasPrefix(k, "=") && len(form[k]) < 3 {
			return false
		}
		f := strings.ToLower(form[k])
		return !vagueTitleHeads[f] && !pronounNouns[f] && !lateBareTitle(titleCase(form[k]))
	}
	// More sentences first; on a tie the term the rest of the article
	// says less, then a compound or a name.
	better := func(k, b string) bool {
		if b == "" || count[k] != count[b] {
			return b == "" || count[k] > count[b]
		}
		if rest[k] != rest[b] {
			return rest[k] < rest[b]
		}
		return strings.Contains(k, " ") && !strings.Contains(b, " ")
	}
	first := ""
	for _, k := range order {
		if ok(k) && better(k, first) {
			first = k
		}
	}
	if first == "" {
		return "", 0
	}
	second := ""
	for _, k := range order {
		if k == first || !ok(k) || overlapTerms(form[k], form[first]) {
			continue
		}
		if better(k, second) {
			second = k
		}
	}
	f := form[first]
	var t string
	if second != "" {
		t = titleCase(f) + " and " + titleCase(form[second])
	} else {
		if !strings.HasPrefix(first, "=") && !strings.Contains(f, " ") {
			if f = modifiedNoun(sents, first, f); f == "" {
				return "", 0
			}
		}
		t = titleCase(f)
	}
	if n := len(strings.Fields(t)); n < 2 || n > 5 {
		return "", 0
	}
	if used[strings.ToLower(t)] || nearUsed(t, used) || !titleShaped(t) || strings.EqualFold(t, a.course) || strings.EqualFold(t, a.headline) {
		return "", 0
	}
	return t, count[first]
}

// overlapTerms reports whether two terms share a word stem ("security"
// and "security standards"): joined, they would say it twice.
func overlapTerms(x, y string) bool {
	for _, a := range strings.Fields(strings.ToLower(x)) {
		for _, b := range strings.Fields(strings.ToLower(y)) {
			if titleStem(a) == titleStem(b) {
				return true
			}
		}
	}
	return false
}

// pronounNouns are nouns that stand for anything ("something").
var pronounNouns = set(`something|anything|everything|nothing|thing|things|someone|anyone|everyone`)

// fragmentTitle reports whether title t is a fragment lifted from a
// verb's complement: where the article says its words together, its
// first word is an adjective and the word before it a verb ("make sure
// standards": "Sure Standards"), every time.
func (a *article) fragmentTitle(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	if len(ws) < 2 {
		return false
	}
	seen := false
	for _, s := range a.sents {
		for i := 1; i+len(ws) <= len(s.toks); i++ {
			match := true
			for j, w := range ws {
				if strings.ToLower(s.toks[i+j].text) != w {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			if s.toks[i].tag != "JJ" || !strings.HasPrefix(s.toks[i-1].tag, "VB") {
				return false
			}
			seen = true
		}
	}
	return seen
}
