package generate

import (
	"sort"
	"strings"
)

// A title from what a theme's paragraphs are about, not from the best
// phrase found in them. Blind judges called a theme title bad most often
// where it was a phrase lifted from one of the theme's sentences ("Route
// Home", "Golden Grains", "Medical Life") or one word of it ("Coastline",
// "Town"), and said what the paragraphs were about as an event with what
// it happens to: "rising demand for teff", "how serious the resistance
// threat is", "the opposition campaign". Where title finds no candidate
// the theme's sentences repeat and would fall back on such a lifted
// phrase, aboutTitle titles the theme by the common noun that runs
// through its sentences and not through the rest of the article, with
// the object the theme gives it: "Demand for Teff", "Resistance to
// Antibiotics". The noun must be said in two of the theme's sentences at
// least and in two thirds of the article's sentences that say it; the
// object must follow it as "of", "for", "to", "against" or "over" and a
// noun phrase whose head noun or name the theme says in two sentences at
// least. Otherwise the lifted phrase stays.

// aboutPreps join an event noun to what it happens to.
var aboutPreps = set(`of|for|to|against|over`)

// aboutNoun reports whether token t is a common noun that may name what a
// theme is about, and gives its stem.
func aboutNoun(t tok) (string, bool) {
	if t.tag != "NN" && t.tag != "NNS" {
		return "", false
	}
	w := strings.ToLower(t.text)
	if len(w) < 4 || !nounLetters(w) {
		return "", false
	}
	st := stem(w)
	if weakNouns[w] || weakNouns[st] || vagueHeads[st] || measureWords[st] || titleVagueHeads[st] || titleWeak[st] || timeNouns[st] {
		return "", false
	}
	return st, true
}

// nounLetters reports whether w is made of lower-case letters and inner
// hyphens only.
func nounLetters(w string) bool {
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// aboutCounts is, for each stem of a common noun, the sentences of sents
// that say it.
func aboutCounts(sents []*sentence) map[string]int {
	n := map[string]int{}
	for _, s := range sents {
		seen := map[string]bool{}
		for _, t := range s.toks {
			if st, ok := aboutNoun(t); ok && !seen[st] {
				seen[st] = true
				n[st]++
			}
		}
	}
	return n
}

// aboutTitle is the title of theme group from the event noun its
// sentences run on and its object (see above), or "".
func (a *article) aboutTitle(group []int, used map[string]bool) string {
	sents := a.sentencesOf(group)
	if len(sents) < liftedSpread {
		return ""
	}
	in := aboutCounts(sents)
	all := aboutCounts(a.sentencesOf(allParas(len(a.paras))))
	// names[w] is the theme's sentences that say a name with word w.
	names := map[string]int{}
	for _, s := range sents {
		seen := map[string]bool{}
		for _, sp := range s.spans {
			if sp.kind.proper() {
				for _, w := range strings.Fields(sp.key) {
					if !seen[w] {
						seen[w] = true
						names[w]++
					}
				}
			}
		}
	}
	type cand struct {
		stem  string
		score float64
	}
	var cs []cand
	for st, n := range in {
		if n < 2 || 3*n < 2*all[st] {
			continue
		}
		cs = append(cs, cand{st, float64(n*n) / float64(all[st])})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].stem < cs[j].stem
	})
	for _, c := range cs {
		if t := a.aboutObject(sents, c.stem, in, names); t != "" {
			t = titleCase(t)
			if titleShaped(t) && !used[strings.ToLower(t)] && !nearUsed(t, used) && !a.nearTitle(t, used) {
				return t
			}
		}
	}
	return ""
}

// aboutObject is the phrase "noun prep object" the sentences say most
// often of the noun of stem st, where the object's head noun runs
// through them (in) or a name in it does (names); or "".
func (a *article) aboutObject(sents []*sentence, st string, in, names map[string]int) string {
	count := map[string]int{}
	first := map[string]int{}
	i := 0
	for _, s := range sents {
		ts := s.toks
		for j := 0; j+2 < len(ts); j++ {
			if ns, ok := aboutNoun(ts[j]); !ok || ns != st {
				continue
			}
			if j > 0 && (ts[j-1].tag == "NN" || ts[j-1].tag == "NNS") {
				continue // the head of a compound, which title has weighed
			}
			prep := strings.ToLower(ts[j+1].text)
			if !aboutPreps[prep] {
				continue
			}
			obj := aboutNounPhrase(ts[j+2:])
			if len(obj) == 0 {
				continue
			}
			last := obj[len(obj)-1]
			ok := false
			if last.tag == "NNP" || last.tag == "NNPS" {
				ok = names[strings.ToLower(last.text)] >= 2
			} else if os, good := aboutNoun(last); good && os != st {
				ok = in[os] >= 2
			}
			if !ok {
				continue
			}
			words := []string{strings.ToLower(ts[j].text), prep}
			if ts[j+2].tag == "DT" && last.tag != "NNP" && last.tag != "NNPS" {
				words = append(words, "the") // "Campaign Against the Complex"
			}
			for _, t := range obj {
				w := t.text
				if t.tag != "NNP" && t.tag != "NNPS" {
					w = strings.ToLower(w)
				}
				words = append(words, w)
			}
			p := strings.Join(words, " ")
			if _, seen := first[p]; !seen {
				first[p] = i
				i++
			}
			count[p]++
		}
	}
	best := ""
	for p, n := range count {
		if best == "" || n > count[best] || n == count[best] && first[p] < first[best] {
			best = p
		}
	}
	return best
}

// aboutNounPhrase is the noun phrase opening ts, past an article or a
// possessive pronoun that is dropped ("the resort": "resort"), of
// adjectives and nouns ending on a noun, three words at most; or nil.
func aboutNounPhrase(ts []tok) []tok {
	k := 0
	if k < len(ts) && (ts[k].tag == "DT" || ts[k].tag == "PRP$") {
		if w := strings.ToLower(ts[k].text); w != "the" && w != "a" && w != "an" && ts[k].tag == "DT" {
			return nil // "of this", "of some": no object to name
		}
		k++
	}
	var out []tok
	for ; k < len(ts) && len(out) < 3; k++ {
		switch ts[k].tag {
		case "JJ", "NN", "NNS", "NNP", "NNPS":
			out = append(out, ts[k])
			continue
		}
		break
	}
	for len(out) > 0 && out[len(out)-1].tag == "JJ" {
		out = out[:len(out)-1]
	}
	// Stop at a noun followed by more nouns than three words allow: a
	// cut compound names something else.
	if k < len(ts) && len(out) == 3 {
		switch ts[k].tag {
		case "NN", "NNS", "NNP", "NNPS":
			return nil
		}
	}
	return out
}

// aboutTitleFor is aboutTitle where title t of theme group is a phrase of
// common words (the theme's text says it in lower case) that the theme
// says whole in one sentence at most, or one common noun; else t.
func (a *article) aboutTitleFor(group []int, t string, used map[string]bool) string {
	sents := a.sentencesOf(group)
	if !a.weakThemeTitle(t, sents) || !commonIn(t, sents) {
		return t
	}
	if at := a.aboutTitle(group, used); at != "" {
		return at
	}
	return t
}

// commonIn reports whether one of sentences sents says title t in lower
// case: a phrase of common words, not a name.
func commonIn(t string, sents []*sentence) bool {
	lt := strings.ToLower(t)
	if lt == t {
		return false
	}
	for _, s := range sents {
		ws := make([]string, len(s.toks))
		for i, tk := range s.toks {
			ws[i] = tk.text
		}
		if strings.Contains(" "+strings.Join(ws, " ")+" ", " "+lt+" ") {
			return true
		}
	}
	return false
}
