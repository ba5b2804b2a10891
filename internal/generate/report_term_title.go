package generate

import "strings"

// A report's theme titled by a phrase of one of its sentences ("Sustained
// Criticism", "Distinctive Weapon"), by a bare noun, or by a noun set
// beside the subject ("Lists and Wales") was judged bad on every unseen
// set: the phrase names a detail, and the pairing reads as garbled. What
// a report's paragraphs are about is the thing they keep naming, and a
// reporter names it by a compound: "waiting lists", "cash machines",
// "virus incidents". A theme of a report whose title is said in at most
// one of its sentences, or is one word, is titled by the two-word noun
// compound (a noun or a plain adjective before a noun) that most of its
// sentences say, two at least; a theme without one keeps its title.

// reportTermTitle is the title of report theme g in place of t, or t.
func (a *article) reportTermTitle(g []int, t string, used map[string]bool) string {
	if len(g) == len(a.paras) || a.words(allParas(len(a.paras))) > reportMaxWords {
		return t
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return t
	}
	sents := a.sentencesOf(g)
	if !a.weakThemeTitle(t, sents) {
		return t
	}
	var rest []*sentence
	for _, p := range a.paras {
		if !containsInt(g, p.n) {
			rest = append(rest, p.sents...)
		}
	}
	term := themeCompound(sents, rest)
	if term != "" && 2*a.compoundParas(term) > len(a.paras) {
		return t // the whole report's subject ("cash machines"), not the theme's
	}
	if term == "" {
		return t
	}
	out := titleCase(term)
	if out == t || a.course != "" && inTitle(term, a.course) || used[strings.ToLower(out)] || nearUsed(out, used) || nearUsedStem(term, used) {
		return t
	}
	return out
}

// weakThemeTitle reports whether title t is one word, or is said whole in
// at most one of sentences sents.
func (a *article) weakThemeTitle(t string, sents []*sentence) bool {
	ws := strings.Fields(t)
	if len(ws) <= 1 {
		return true
	}
	k := titleStemPhrase(key(t))
	n := 0
	for _, s := range sents {
		if strings.Contains(" "+titleStemPhrase(key(s.text))+" ", " "+k+" ") {
			n++
		}
	}
	return n <= 1
}

// themeCompound is the two-word noun compound said in the most of the
// theme's sentences sents, two at least and in two of its paragraphs
// (what the paragraphs share; the first met of equals), and
// in a larger share of them than of the other sentences rest (the
// theme's own term, not the whole report's), or "": a common noun after
// a common noun, a gerund or an adjective that says what kind ("computer
// viruses", "waiting lists"), not one that grades or relates it ("newer
// model", "previous titles"). The compound is given as the article
// first says it.
func themeCompound(sents, rest []*sentence) string {
	return themeCompoundIn(sents, rest, 2)
}

// themeCompoundIn is themeCompound with the compound in minParas of the
// theme's paragraphs at least.
func themeCompoundIn(sents, rest []*sentence, minParas int) string {
	count, form, order := compounds(sents)
	out, _, _ := compounds(rest)
	paras := map[*para]map[string]bool{}
	for _, s := range sents {
		c, _, _ := compounds([]*sentence{s})
		if paras[s.para] == nil {
			paras[s.para] = map[string]bool{}
		}
		for k := range c {
			paras[s.para][k] = true
		}
	}
	best := ""
	for _, k := range order {
		inParas := 0
		for _, ks := range paras {
			if ks[k] {
				inParas++
			}
		}
		if count[k] < 2 || inParas < minParas || float64(count[k])/float64(len(sents)) <= float64(out[k])/float64(max(len(rest), 1)) {
			continue
		}
		if best == "" || count[k] > count[best] {
			best = k
		}
	}
	if best == "" {
		return ""
	}
	return form[best]
}

// compounds counts the sentences that say each two-word noun compound
// (themeCompound), by the stems of its words, with the form each is
// first said in, in the order met.
func compounds(sents []*sentence) (count map[string]int, form map[string]string, order []string) {
	count, form = map[string]int{}, map[string]string{}
	for _, s := range sents {
		seen := map[string]bool{}
		for i := 1; i < len(s.toks); i++ {
			m, h := s.toks[i-1], s.toks[i]
			if h.tag != "NN" && h.tag != "NNS" || m.tag != "NN" && m.tag != "NNS" && m.tag != "JJ" && m.tag != "VBG" {
				continue
			}
			// The compound ends the noun phrase: "waiting list issue"
			// is about the issue.
			if i+1 < len(s.toks) && (s.toks[i+1].tag == "NN" || s.toks[i+1].tag == "NNS") {
				continue
			}
			mw, hw := strings.ToLower(m.text), strings.ToLower(h.text)
			if !isLowerWord(m.text) || !isLowerWord(h.text) || len(mw) < 3 || len(hw) < 3 ||
				stopwords[mw] || stopwords[hw] || timeNouns[hw] || timeNouns[mw] || dayParts[hw] ||
				relativeModifiers[mw] || weakAdjectives[mw] || vagueModifiers[mw] || titleWeak[mw] || judgementWords[mw] {
				continue
			}
			if inQuotes(s.text, m.start) {
				continue // a speaker's figure ("the nuclear option"), not the report's term
			}
			k := stem(mw) + " " + stem(hw)
			if seen[k] {
				continue
			}
			seen[k] = true
			if _, ok := form[k]; !ok {
				form[k] = mw + " " + hw
				order = append(order, k)
			}
			count[k]++
		}
	}
	return count, form, order
}

// containsInt reports whether xs holds x.
func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// nearUsedStem reports whether a used title holds every word of term in
// some form ("Cash Machines" after "Cash Machine").
func nearUsedStem(term string, used map[string]bool) bool {
	for u := range used {
		if inTitle(key(term), u) {
			return true
		}
	}
	return false
}

// compoundParas is the number of the article's paragraphs that say
// compound term in some form.
func (a *article) compoundParas(term string) int {
	ws := strings.Fields(term)
	k := stem(ws[0]) + " " + stem(ws[1])
	n := 0
	for _, p := range a.paras {
		if c, _, _ := compounds(p.sents); c[k] > 0 {
			n++
		}
	}
	return n
}
