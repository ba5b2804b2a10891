package generate

import "strings"

// A report's theme is sometimes titled by a name its sentences cite once
// or twice, a source or a side ("Telecom View", an analyst firm quoted
// twice), while another name runs through it: the thing the paragraphs
// are about ("Wimax", said in four of the theme's sentences and nowhere
// else). recurringNameTitle titles such a theme by the name that runs
// through it.

// recurringNameTitle is the title of report theme g in place of t, or t:
// where t is a name the theme says as it stands, the name (not a place)
// said in three of its sentences or more, in twice as many as t, and in
// the theme for two thirds or more of the article's sentences that say
// it, and not a name of the course's title (the theme's name, not the
// whole report's).
func (a *article) recurringNameTitle(g []int, t string, used map[string]bool) string {
	if len(g) == 0 || len(g) == len(a.paras) || a.words(allParas(len(a.paras))) > reportMaxWords {
		return t
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return t
	}
	sents := a.sentencesOf(g)
	if !a.namedTitle(t, sents) {
		return t
	}
	saidT := a.sentencesSaying(sents, t)
	best, bestN := "", 0
	for _, c := range a.titleCandidates(g, "") {
		if !c.sp.kind.proper() || c.sp.kind == kPlace {
			continue
		}
		name := c.text
		if c.full != "" {
			name = c.full
		}
		name = withoutThe(name)
		n := 0
		for _, s := range sents {
			if countWord(s.text, name) > 0 {
				n++
			}
		}
		if n < 3 || n < 2*saidT || n <= bestN || a.course != "" && inTitle(key(name), a.course) {
			continue
		}
		if a.speaksMostly(c, sents) {
			continue // "the Home Office said": who speaks on the matter, not the matter
		}
		all := 0
		for _, s := range a.sents {
			if countWord(s.text, name) > 0 {
				all++
			}
		}
		if 3*n < 2*all {
			continue
		}
		best, bestN = name, n
	}
	if best == "" {
		return t
	}
	out := titleCase(best)
	if out == t || !titleShaped(out) || used[strings.ToLower(out)] || nearUsed(out, used) || a.nearTitle(out, used) {
		return t
	}
	return out
}

// namedTitle reports whether title t is said as it stands in one of
// sentences sents: a name or phrase of the text, not one the title
// rules made.
func (a *article) namedTitle(t string, sents []*sentence) bool {
	for _, s := range sents {
		if countWord(s.text, t) > 0 {
			return true
		}
	}
	return false
}

// speaksMostly reports whether the theme's sentences sents name
// candidate c mostly as a body that speaks (speakingBody) or a source
// (sourceMention): "the Home Office said", "a Home Office spokesman
// added", "told AFP". Such a body recurs because the report quotes it;
// the paragraphs are about what it says.
func (a *article) speaksMostly(c *titleCand, sents []*sentence) bool {
	in := map[*sentence]bool{}
	for _, s := range sents {
		in[s] = true
	}
	all, speaking := 0, 0
	for k := range c.keys {
		for _, sp := range a.byKey[k] {
			if !in[sp.sent] {
				continue
			}
			all++
			if speakingBody(sp) || sourceMention(sp) {
				speaking++
			}
		}
	}
	return all > 0 && 2*speaking > all
}
