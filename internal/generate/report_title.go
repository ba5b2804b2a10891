package generate

import (
	"strings"
)

// A report's or review's themes are runs of a few paragraphs on one
// story, and their key phrases are mostly said once: the best of them
// ("newer model", "distinctive weapon") is a phrase of one sentence, not
// what the paragraphs are about. What runs through a report's theme is a
// noun its sentences repeat ("viruses", "sound"); reportTitle
// names the theme by it, beside the subject the article keeps coming back to: "Viruses and Cash
// Machines", "Battlefront's Sound".

// reportMaxWords: longer articles are not one story in a few themes, and
// their key phrases recur enough to title a theme.
const reportMaxWords = 1000

// reportTitle is the title for theme group g of a report in place of
// title t, or t: it replaces a title drawn from a key phrase said once in
// the theme, a lone common noun or one opened by an adjective, where a
// noun of the theme's recurs in two of its sentences or more.
func (a *article) reportTitle(g []int, t, subject string, used map[string]bool) string {
	if len(g) == len(a.paras) || a.words(allParas(len(a.paras))) > reportMaxWords {
		return t
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return t
	}
	name, nameKey := a.mainSubjectKey()
	if name == "" || len(strings.Fields(name)) > 3 {
		return t
	}
	name = titleCase(withoutThe(name))
	var from *titleCand
	for _, c := range a.titleCandidates(g, subject) {
		text := c.text
		if c.full != "" {
			text = c.full
		}
		if titleCase(withoutThe(text)) == t {
			from = c
			break
		}
	}
	if from == nil || !weakReportTitle(from) {
		return t
	}
	term := a.repeatedNoun(g, name)
	if term == "" {
		return t
	}
	var out string
	if !strings.Contains(name, " ") && !strings.HasSuffix(strings.ToLower(name), "s") {
		sps := a.byKey[nameKey]
		place := len(sps) > 0 && sps[0].kind == kPlace
		if strings.Contains(t, " ") && !place && !a.ownsNoun(name, term) {
			// "EU's Flights" over paragraphs on compensation: the
			// article never writes the flights as the EU's, and the
			// possessive it does not write names a thing its sentences
			// mention, not their matter. The phrase the theme was
			// titled by ("Greater Compensation") stays, unless a
			// compound the theme repeats ("Debt Relief") titles it.
			if !strings.Contains(term, " ") || used[strings.ToLower(term)] || nearUsed(term, used) {
				return t
			}
			return term
		}
		out = name + "'s " + term
	} else if sps := a.byKey[nameKey]; len(sps) > 0 && sps[0].kind == kPlace {
		// Where the subject is a place, the theme's matter is in it:
		// "Waiting Lists in Wales".
		out = term + " in " + name
	} else {
		out = term + " and " + name
	}
	if used[strings.ToLower(out)] || nearUsed(out, used) {
		return t
	}
	return out
}

// weakReportTitle reports whether a title candidate names a detail of
// one sentence rather than a theme: a lone common noun ("noise"), or a
// phrase said once that a comparative, superlative or relative adjective
// opens ("newer model", "previous film"): it relates a thing to its
// sentence, not to the theme.
func weakReportTitle(c *titleCand) bool {
	if c.sp.kind != kTerm {
		return false
	}
	if !strings.Contains(c.sp.key, " ") {
		return true
	}
	if c.mentions >= 2 {
		return false
	}
	w := firstWord(c.sp.key)
	return relativeModifiers[w] || weakAdjectives[w] || vagueModifiers[w] || titleWeak[w] || gradedAdjective(c.sp)
}

// gradedAdjective reports whether a span's first token is tagged as a
// comparative or superlative adjective.
func gradedAdjective(sp *span) bool {
	if sp.sent == nil {
		return false
	}
	for _, t := range sp.sent.toks {
		if t.start >= sp.start && t.end <= sp.end {
			return t.tag == "JJR" || t.tag == "JJS"
		}
	}
	return false
}

// repeatedNoun is the noun in the most of the theme's paragraphs, then
// in the most of its sentences, in two sentences at least, that is not a word of the course's title
// nor a word of time, as the theme writes it, or "". A name repeated
// in the theme is a title candidate of its own already. Ties go to the one said first.
func (a *article) repeatedNoun(g []int, name string) string {
	count := map[string]int{}
	paras := map[string]int{}
	form := map[string]string{}
	// occ and before count each noun's uses, and the word before each:
	// the noun's compound where the theme keeps writing one.
	occ := map[string]int{}
	before := map[string]map[string]int{}
	var order []string
	for _, n := range g {
		inPara := map[string]bool{}
		for _, s := range a.paras[n-1].sents {
			seen := map[string]bool{}
			for i, t := range s.toks {
				if (t.tag != "NN" && t.tag != "NNS") || len(t.text) < 3 {
					continue
				}
				lw := strings.ToLower(t.text)
				if stopwords[lw] || timeNouns[lw] || dayParts[lw] || inTitle(lw, name) || !isWordy(t.text) {
					continue
				}
				st := stem(lw)
				occ[st]++
				if i > 0 {
					if m := compoundModifier(s.toks[i-1], name); m != "" {
						if before[st] == nil {
							before[st] = map[string]int{}
						}
						before[st][m]++
					}
				}
				if seen[st] {
					continue
				}
				seen[st] = true
				if _, ok := form[st]; !ok {
					order = append(order, st)
					form[st] = lw
				}
				count[st]++
				if !inPara[st] {
					inPara[st] = true
					paras[st]++
				}
			}
		}
	}
	best := ""
	better := func(x, y string) bool {
		if paras[x] != paras[y] {
			return paras[x] > paras[y]
		}
		return count[x] > count[y]
	}
	for _, st := range order {
		if count[st] >= 2 && (best == "" || better(st, best)) {
			best = st
		}
	}
	if best == "" {
		return ""
	}
	// "Lists" said as "waiting lists" names the theme as "Waiting
	// Lists": a modifier before most of the noun's uses, twice or more.
	for m, k := range before[best] {
		if k >= 2 && 2*k > occ[best] {
			return titleCase(m + " " + form[best])
		}
	}
	return titleCase(form[best])
}

// compoundModifier is the lowercase word of token t where it may open a
// noun's compound ("waiting" of "waiting lists", "cash" of "cash
// machines"): a noun, adjective or gerund of letters, not a function
// word nor a word of the subject's name; else "".
func compoundModifier(t tok, name string) string {
	if t.tag != "NN" && t.tag != "NNS" && t.tag != "JJ" && t.tag != "VBG" {
		return ""
	}
	lw := strings.ToLower(t.text)
	if len(lw) < 3 || stopwords[lw] || !isWordy(t.text) || inTitle(lw, name) {
		return ""
	}
	return lw
}

// isWordy reports whether w is letters only (a hyphen or apostrophe
// inside): no figures or symbols.
func isWordy(w string) bool {
	for i, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case (r == '-' || r == '\'') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return true
}

// ownsNoun reports whether some sentence of the article writes the noun
// that ends term as name's own: "the EU's rules", "the rules of the EU".
func (a *article) ownsNoun(name, term string) bool {
	ws := strings.Fields(strings.ToLower(term))
	if len(ws) == 0 {
		return false
	}
	head := stem(ws[len(ws)-1])
	for _, s := range a.sents {
		for i, tk := range s.toks {
			if (tk.tag == "NN" || tk.tag == "NNS") && stem(strings.ToLower(tk.text)) == head && ownedBy(s.toks, i, name, false) {
				return true
			}
		}
	}
	return false
}
