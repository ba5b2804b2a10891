package generate

import "strings"

// A theme titled by a body ("Home Office", "Register Offices") names who
// approves, speaks or is written to, not what the paragraphs say: blind
// judges called both bad, asking for the matter instead ("the new
// approval rules for marriage", "the crackdown on sham marriages"). What the paragraphs are
// about is what their sentences keep saying, so such a title gives way
// to the common noun phrase whose every word runs through the theme, in
// two of its sentences at least (officeTopicPhrase); where there is
// none, the body stays.

// officeTitleHeads are the head nouns of a body ("Home Office",
// "Register Offices", "Defence Ministry"): a title ending in one names
// who acts. An office one person holds ("Prime Minister", "Home
// Secretary") is left: it is often the theme's protagonist under
// another name, and what titles a theme of what they said and did is
// not a phrase of its sentences.
var officeTitleHeads = set(`office|offices|ministry|ministries|department|departments|committee|committees`)

// heldOffice reports whether a phrase's last word is an office or a
// body (officeTitleHeads, officeHeads, a registrar), which is no
// replacement for a body's title.
func heldOffice(ws []string) bool {
	h := ws[len(ws)-1]
	return officeTitleHeads[h] || officeHeads[strings.TrimSuffix(h, "s")] || officeHeads[h] || strings.HasPrefix(h, "registrar")
}

// officeTitle is the title of theme g in place of t where t names an
// office or a body (officeTitleHeads) of the theme's candidates and a phrase
// runs through the theme (officeTopicPhrase); otherwise t. A theme of one
// paragraph, a whole article and a biography keep t.
func (a *article) officeTitle(g []int, t, subject string, used map[string]bool) string {
	if len(g) < 2 || len(g) == len(a.paras) {
		return t
	}
	if bk, _ := a.biographySubject(); bk != "" {
		return t
	}
	ws := strings.Fields(key(t))
	if len(ws) == 0 || !officeTitleHeads[ws[len(ws)-1]] {
		return t
	}
	cands := a.titleCandidates(g, subject)
	from := -1
	for i, c := range cands {
		if titleCase(withoutThe(candText(c))) == t {
			from = i
			break
		}
	}
	if from < 0 || (cands[from].sp.kind != kTerm && cands[from].sp.kind != kOrg) {
		return t
	}
	if j := a.officeTopicPhrase(cands, from, g, used); j >= 0 {
		return titleCase(withoutThe(candText(cands[j])))
	}
	return t
}

// officeTopicPhrase is the index of the candidate of theme g, other than
// cands[from], that is a common noun phrase of two words or more, not
// itself an office, each word of which is said in two of the theme's
// sentences at least: the one whose least said
// word is in the most sentences, then whose words are said in the most
// sentences together, then the better scored; or -1.
func (a *article) officeTopicPhrase(cands []*titleCand, from int, g []int, used map[string]bool) int {
	sents := a.sentencesOf(g)
	best, bestSpread, bestSum := -1, 1, 0
	for j, c := range cands {
		if j == from || a.course != "" && inTitle(c.sp.key, a.course) {
			continue
		}
		// phraseSpread has it two words or more before heldOffice reads
		// its last.
		spread, sum, ok := phraseSpread(c, sents)
		if !ok || heldOffice(strings.Fields(c.sp.key)) || spread < 2 || spread < bestSpread || spread == bestSpread && sum <= bestSum || a.freeTitle(c, used) == "" {
			continue
		}
		best, bestSpread, bestSum = j, spread, sum
	}
	return best
}
