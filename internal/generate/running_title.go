package generate

import (
	"github.com/lectern/lectern/internal/quiz"
	"strings"
)

// Titles of later themes from what runs through them. A later theme of
// a short report was titled by one detail of its paragraphs ("Battery
// Life" of a paragraph on mobile music services, "DVB H" of one on the
// barriers to television on a phone, "Mobile Operators" of one on a
// maker's gigabit system) or by a word too vague to name it ("PCs"):
// blind judges called each one bad. Where the other title sources give
// nothing, such a title gives way to the content nouns and compounds
// that recur across the theme's sentences, more often there than in the
// rest of the article: the theme's own matter, not the article's
// subject alone.

// laterDetailTitle reports whether title t of theme g, four sentences or
// more, names a detail: the words after any possessive are said
// together in one of g's sentences at most, or in a quarter at most
// where the theme's running term (runningTerm) is said in more. A plural's possessive ("Readers' Replies") names whose
// words the theme gives, not a detail, and is left.
func (a *article) laterDetailTitle(t string, g []int, used map[string]bool) bool {
	ws := strings.Fields(strings.ToLower(withoutThe(t)))
	if len(ws) > 1 && (strings.HasSuffix(ws[0], "s'") || strings.HasSuffix(ws[0], "s’")) {
		return false
	}
	if len(ws) > 1 && (strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s")) {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	sents := a.sentencesOf(g)
	if len(sents) < 4 {
		return false
	}
	phrase := strings.Join(ws, " ")
	if p, ok := strings.CutSuffix(phrase, "s"); ok && len(p) > 2 {
		phrase = p // "pcs": "pc" and "pcs" both count
	}
	n := 0
	for _, s := range sents {
		low := strings.ToLower(strings.ReplaceAll(s.text, "-", " "))
		if len(wordsAt(low, phrase)) > 0 {
			n++
		}
	}
	if n*4 > len(sents) {
		return false
	}
	rt, m := a.runningTerm(g, used)
	if strings.EqualFold(rt, withoutThe(t)) {
		return false // the title is what runs through the theme
	}
	return n <= 1 || m > n
}

// runningTitle is the title of later theme g from the nouns and noun
// compounds (compounds) its sentences keep saying: said in a fifth of
// them and two at least, in a larger share of g's sentences than of the
// rest of the article's. The compound said most is the title, else the
// noun said most; a second such noun or compound not of the first's
// words, said as often within one sentence, is joined to it by "and"
// ("Music Services and Handsets"). Else "".
func (a *article) runningTitle(g []int, used map[string]bool) string {
	t, _ := a.runningTerm(g, used)
	return t
}

// runningTerm is runningTitle, with the number of g's sentences that
// say its noun.
func (a *article) runningTerm(g []int, used map[string]bool) (string, int) {
	sents := a.sentencesOf(g)
	if len(sents) < 2 {
		return "", 0
	}
	inG := map[int]bool{}
	for _, n := range g {
		inG[n] = true
	}
	count, form := map[string]int{}, map[string]string{}
	rest, restN := map[string]int{}, 0
	var order []string
	for _, p := range a.paras {
		for _, s := range p.sents {
			keys := sentenceTerms(s, form)
			if !inG[p.n] {
				restN++
				for _, k := range keys {
					rest[k]++
				}
				continue
			}
			for _, k := range keys {
				if count[k] == 0 {
					order = append(order, k)
				}
				count[k]++
			}
		}
	}
	var picks []string
	for _, k := range order {
		c := count[k]
		if c < 2 || c*5 < len(sents) || restN > 0 && c*restN <= rest[k]*len(sents) {
			continue
		}
		picks = append(picks, k)
	}
	if len(picks) == 0 {
		return "", 0
	}
	better := func(x, y string) bool { // x before y
		if count[x] != count[y] {
			return count[x] > count[y]
		}
		return strings.Contains(x, " ") && !strings.Contains(y, " ")
	}
	best := ""
	for _, k := range picks {
		if best == "" || better(k, best) {
			best = k
		}
	}
	f := form[best]
	if !strings.Contains(f, " ") {
		// A noun alone names too little ("Standards"): it takes the words
		// g's sentences say before it, in two of them at least ("Mobile
		// TV Standards"), or gives no title.
		if f = modifiedNoun(sents, best, f); f == "" {
			return "", 0
		}
	}
	t := titleCase(f)
	if used[strings.ToLower(t)] || nearUsed(t, used) || !titleShaped(t) {
		return "", 0
	}
	return t, count[best]
}

// modifiedNoun is noun form f, of stem k, with the one or two words the
// sentences sents say right before it in two of them at least: content
// words, a name or an acronym, but no function word, weak adjective,
// number, or word ending -ed, -ing or -ly. The longest such, else "".
func modifiedNoun(sents []*sentence, k, f string) string {
	count := map[string]int{}
	var order []string
	for _, s := range sents {
		seen := map[string]bool{}
		for i, tk := range s.toks {
			if i == 0 || stem(strings.ToLower(tk.text)) != k || !isLowerWord(tk.text) {
				continue
			}
			if i+1 < len(s.toks) && (s.toks[i+1].tag == "NN" || s.toks[i+1].tag == "NNS") {
				// "global drugs policy": the noun modifies the next one,
				// and the words before it belong to the compound.
				continue
			}
			mod := ""
			for j := i - 1; j >= 0 && j >= i-2; j-- {
				if !runningModifier(s.toks[j], j == 0) {
					break
				}
				mod = strings.TrimSpace(s.toks[j].text + " " + mod)
				if !seen[mod] {
					seen[mod] = true
					if count[mod] == 0 {
						order = append(order, mod)
					}
					count[mod]++
				}
			}
		}
	}
	best := ""
	for _, m := range order {
		if count[m] < 2 {
			continue
		}
		if best == "" || len(strings.Fields(m)) > len(strings.Fields(best)) || len(strings.Fields(m)) == len(strings.Fields(best)) && count[m] > count[best] {
			best = m
		}
	}
	if best == "" {
		return ""
	}
	return best + " " + f
}

// runningModifier reports whether token t may stand before a noun in a
// title: a noun, an adjective, a name or an acronym, not a weak or
// function word; first tells that t opens its sentence, where a capital
// says nothing.
func runningModifier(t tok, first bool) bool {
	w := strings.ToLower(t.text)
	switch t.tag {
	case "NN", "NNS", "JJ", "NNP":
	default:
		return false
	}
	if len(w) < 2 || stopwords[w] || weakAdjectives[w] || vagueModifiers[w] || relativeModifiers[w] || titleWeak[w] || judgementWords[w] || timeNouns[w] ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || strings.ContainsAny(w, "0123456789'’") {
		return false
	}
	if first && !isLowerWord(t.text) && strings.ToUpper(t.text) != t.text {
		return false
	}
	return true
}

// sentenceTerms are the stems of the content nouns and two-word noun
// compounds sentence s says outside quotation marks, each once, with
// the form each was first met in recorded in form.
func sentenceTerms(s *sentence, form map[string]string) []string {
	var keys []string
	seen := map[string]bool{}
	_, cf, co := compounds([]*sentence{s})
	for _, k := range co {
		seen[k] = true
		keys = append(keys, k)
		if form[k] == "" {
			form[k] = cf[k]
		}
	}
	// A compound on an acronym ("mobile TV"), which compounds leaves.
	for i := 1; i < len(s.toks); i++ {
		m, h := s.toks[i-1], s.toks[i]
		if !acronymWord(h.text) || !isLowerWord(m.text) || m.tag != "JJ" && m.tag != "NN" || inQuotes(s.text, m.start) ||
			i+1 < len(s.toks) && (s.toks[i+1].tag == "NN" || s.toks[i+1].tag == "NNS") {
			continue
		}
		mw := strings.ToLower(m.text)
		if len(mw) < 3 || stopwords[mw] || weakAdjectives[mw] || vagueModifiers[mw] || titleWeak[mw] {
			continue
		}
		k := stem(mw) + " " + h.text
		if seen[k] {
			continue
		}
		seen[k] = true
		keys = append(keys, k)
		if form[k] == "" {
			form[k] = mw + " " + h.text
		}
	}
	for _, tk := range s.toks {
		if tk.tag != "NN" && tk.tag != "NNS" || !isLowerWord(tk.text) || len(tk.text) < 4 || inQuotes(s.text, tk.start) {
			continue
		}
		w := strings.ToLower(tk.text)
		if stopwords[w] || vagueTitleHeads[w] || stockTitleWords[w] || timeNouns[w] || titleWeak[w] || judgementWords[w] {
			continue
		}
		k := stem(w)
		if seen[k] {
			continue
		}
		seen[k] = true
		keys = append(keys, k)
		if form[k] == "" || strings.HasSuffix(w, "s") && !strings.HasSuffix(form[k], "s") && !strings.Contains(form[k], " ") {
			form[k] = w
		}
	}
	return keys
}

// usedBut is the lower-cased titles of themes other than the i-th.
func usedBut(themes []quiz.Theme, i int) map[string]bool {
	used, _ := otherTitles(themes, i)
	return used
}

// otherTitles are the titles (lower-cased) and slugs of every theme but
// the ith (i -1: of all of them), which a new title of the ith must not
// take again.
func otherTitles(themes []quiz.Theme, i int) (used, slugs map[string]bool) {
	used, slugs = map[string]bool{}, map[string]bool{}
	for j, o := range themes {
		if j != i {
			used[strings.ToLower(o.Title)] = true
			slugs[o.Slug] = true
		}
	}
	return used, slugs
}

// acronymWord reports whether w is an acronym of two to five capitals
// ("TV", "DVD").
func acronymWord(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
