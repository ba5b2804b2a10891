package generate

import (
	"slices"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Titles measured by how much of the theme they cover. Blind judges of
// sets 61 to 74 called 58 of 99 theme titles bad, nearly all for one
// reason: the title names what one sentence says ("Tech Support",
// "Defence Spending"), a role or a place ("Prime Minister", "Iraq") or
// a generic noun ("Plans"), where the paragraphs run on about
// something else. Every title the judges called good was either the
// headline or a subject that several of the theme's sentences say.
// So, once the themes are titled, each title is set against the term
// that runs through its theme (coverTerm): a title that the theme's
// sentences say together in fewer than half as many sentences as that
// term, or in one sentence at most, or that is only a role, a place or
// a generic noun, gives way to the term. A title the term does not beat
// clearly stays: the good "Digital Home" (two sentences of eighteen)
// had no running term said in a quarter of its theme.

// coverMinSentences is the size under which a theme is not retitled: in
// a few sentences, a phrase said once is no detail.
const coverMinSentences = 6

// coverTitles retitles themes whose title covers little of them (see
// above), and reports the themes retitled, by index. The course's title
// and the headline, which judges accepted on every theme they named,
// are kept, as is every title of an article in sections (its headings).
func (a *article) coverTitles(themes []quiz.Theme) []int {
	title := func(t quiz.Theme, sents []*sentence, used map[string]bool) string {
		if strings.EqualFold(t.Title, a.course) || strings.EqualFold(t.Title, a.headline) {
			return ""
		}
		terms, form := a.runningTerms()
		nt, n := a.coverTerm(t.Paragraphs, terms, form, used)
		if nt == "" || strings.EqualFold(nt, t.Title) {
			return ""
		}
		have := titleSaidIn(t.Title, sents)
		if n <= have || !(have <= 1 || 4*have <= 3*n || a.kindOnlyTitle(t.Title)) {
			return ""
		}
		return nt
	}
	changed := a.retitleOpening(themes, coverMinSentences, func(t quiz.Theme, sents []*sentence, used map[string]bool) string {
		if !a.bareNameTitle(t.Title) {
			return ""
		}
		return title(t, sents, used)
	})
	return append(changed, a.retitleLater(themes, coverMinSentences, title)...)
}

// bareNameTitle reports whether title t is a name alone that the
// article names a person, place or body by ("Google", "UN"), and not
// the course's title: a name says who or where, not what happens.
func (a *article) bareNameTitle(t string) bool {
	k := key(withoutThe(t))
	if k == "" || strings.EqualFold(t, a.course) || strings.EqualFold(t, a.headline) {
		return false
	}
	for _, sp := range a.byKey[k] {
		if sp.kind.proper() {
			return true
		}
	}
	return false
}

// coverSentenceTerms are sentenceTerms, with the names of bodies,
// products and other things (not people or places) sentence s says,
// keyed by their span keys.
func coverSentenceTerms(s *sentence, form map[string]string) []string {
	var keys []string
	for _, k := range sentenceTerms(s, form) {
		if !slices.Contains(keys, k) { // each once: a sentence counts once
			keys = append(keys, k)
		}
	}
	for _, sp := range s.spans {
		if sp.kind != kOrg && sp.kind != kName || inQuotes(s.text, sp.start) {
			continue
		}
		k := "=" + sp.key
		if slices.Contains(keys, k) {
			continue
		}
		keys = append(keys, k)
		if form[k] == "" {
			form[k] = sp.text
		}
	}
	return keys
}

// coverTerm is the term that runs through theme g: a noun compound, a
// modified noun, or the name of a body or a thing, said in a quarter of
// g's sentences and three at least, in a larger share of them than of
// the rest of the article's, and not within the course's title (shown
// above every theme). The one said in most sentences, a compound or a
// name before a noun on a tie; with the number of sentences. terms are
// the keys of every sentence of the article, in order; form their words.
func (a *article) coverTerm(g []int, terms [][]string, form map[string]string, used map[string]bool) (string, int) {
	tc := a.themeTerms(g, terms)
	count, rest, order, in, restN, sents := tc.count, tc.rest, tc.order, tc.in, tc.restN, tc.sents
	best := ""
	for _, k := range order {
		c := count[k]
		if c < 3 || c*4 < in || restN > 0 && c*restN <= rest[k]*in {
			continue
		}
		// A name alone must be the theme's own: said in twice the share
		// of its sentences as of the rest, and more than two letters
		// ("TV", "PC" name a medium or a device, not a subject).
		if strings.HasPrefix(k, "=") && (len(form[k]) < 3 || restN > 0 && c*restN < 2*rest[k]*in) {
			continue
		}
		if a.course != "" && inTitle(key(form[k]), a.course) {
			continue
		}
		if best == "" || c > count[best] || c == count[best] && strings.Contains(k, " ") && !strings.Contains(best, " ") {
			best = k
		}
	}
	if best == "" {
		return "", 0
	}
	f := form[best]
	if !strings.HasPrefix(best, "=") && !strings.Contains(f, " ") {
		if f = modifiedNoun(sents, best, f); f == "" {
			return "", 0
		}
	}
	t := titleCase(f)
	if used[strings.ToLower(t)] || nearUsed(t, used) || !titleShaped(t) || lateBareTitle(t) {
		return "", 0
	}
	return t, count[best]
}

// titleSaidIn is the number of sentences of sents that say every content
// word of title t past any possessive ("TV's Phone": "phone"), in any of
// its forms.
func titleSaidIn(t string, sents []*sentence) int {
	ws := strings.Fields(strings.ToLower(withoutThe(t)))
	if len(ws) > 1 && (strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s") || strings.HasSuffix(ws[0], "s'")) {
		ws = ws[1:]
	}
	var want []string
	for _, w := range ws {
		w = strings.Trim(w, "'\"‘’“”:,.")
		if w == "" || smallTitleWords[w] {
			continue
		}
		want = append(want, titleStem(w))
	}
	if len(want) == 0 {
		return 0
	}
	n := 0
	for _, s := range sents {
		have := map[string]bool{}
		for _, tk := range s.toks {
			have[titleStem(strings.ToLower(tk.text))] = true
		}
		all := true
		for _, w := range want {
			if !have[w] {
				all = false
				break
			}
		}
		if all {
			n++
		}
	}
	return n
}

// kindOnlyTitle reports whether title t is only a role ("Prime
// Minister", lateBareTitle), a place the article names ("Iraq"), or one
// generic noun ("Plans", vagueTitleHeads).
func (a *article) kindOnlyTitle(t string) bool {
	if lateBareTitle(t) {
		return true
	}
	k := key(withoutThe(t))
	if ws := strings.Fields(k); len(ws) == 1 && vagueTitleHeads[ws[0]] {
		return true
	}
	for _, sp := range a.byKey[k] {
		if sp.kind == kPlace {
			return true
		}
	}
	return false
}
