package generate

import "strings"

// A report's theme is sometimes titled by a plural of people said in
// passing ("Game Makers": "it has been hard for game makers to do
// anything about piracy", "other game makers may be tempted"), a class
// that names no one, while a name runs through the theme's sentences:
// the thing its paragraphs keep returning to ("Steam", said in three of
// them). vagueGroupTitle titles such a theme by that name.

// groupPlurals are plurals of people or firms of a kind.
var groupPlurals = set(`makers|gamers|users|players|publishers|developers|consumers|customers|viewers|readers|voters|
workers|retailers|manufacturers|owners|buyers|sellers|subscribers|listeners|people|firms|companies|groups|members|
professionals|fans|critics|experts|officials|analysts`)

// vagueGroupTitle is the title of report theme g in place of t, or t:
// where t is a phrase of lower-case words in the theme's text whose
// head is a plural of people or firms (groupPlurals), the
// name (not a place, not a word of the course's title) said in the most
// of the theme's sentences, three at least and more than t.
func (a *article) vagueGroupTitle(g []int, t string, used map[string]bool) string {
	if len(g) == 0 || len(g) == len(a.paras) || a.words(allParas(len(a.paras))) > reportMaxWords {
		return t
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return t
	}
	ws := strings.Fields(strings.ToLower(t))
	if len(ws) < 2 {
		return t
	}
	head := ws[len(ws)-1]
	if !groupPlurals[head] {
		return t
	}
	sents := a.sentencesOf(g)
	saidT := 0
	for _, s := range sents {
		if countWord(s.text, strings.Join(ws, " ")) > 0 {
			saidT++
		}
	}
	if saidT == 0 || a.namedTitle(t, sents) {
		return t // not a plural of the text's own words, or a name
	}
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
		if a.course != "" && inTitle(key(name), a.course) {
			continue
		}
		n := 0
		for _, s := range sents {
			if countWord(s.text, name) > 0 {
				n++
			}
		}
		if n >= 3 && n > saidT && n > bestN {
			best, bestN = name, n
		}
	}
	if best == "" {
		return t
	}
	out := titleCase(best)
	if !titleShaped(out) || used[strings.ToLower(out)] || nearUsed(out, used) || a.nearTitle(out, used) {
		return t
	}
	return out
}
