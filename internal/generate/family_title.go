package generate

import "strings"

// A biography's theme after its early life may tell the subject's
// family rather than the subject: the parents' moves, the brothers and
// sisters born on the way, the household's trade. Its key phrases name a
// detail of one sentence (a shop, a town), and a title such as "Shoe
// Repair Shop" over a paragraph on the family's moves was judged bad. A
// teacher titles it "<Subject>'s Family", or "<Subject>'s Marriage" where
// it tells a marriage.

// kinWords name a family or its members.
var kinWords = set(`family|families|parents|parent|father|mother|brother|brothers|sister|sisters|son|sons|
daughter|daughters|child|children|siblings|household|couple|grandparents|grandfather|grandmother|ancestors`)

// marriageWords tell a marriage.
var marriageWords = set(`married|marry|marries|marriage|marriages|wife|husband|wedding|wed|divorce|divorced|widow|widower`)

// familyTitle titles theme g of a biography, not its first: "<short>'s
// Marriage" where two of its sentences or more, and half of them at
// least, tell a marriage (marriageWords); else "<short>'s Family" where
// as many name the family or a member of it (kinWords); else "".
func (a *article) familyTitle(g []int, first bool) string {
	_, short := a.biographySubject()
	if short == "" || first || len(g) == 0 || len(g) == len(a.paras) {
		return ""
	}
	kin, wed, all := 0, 0, 0
	for _, n := range g {
		if n < 1 || n > len(a.paras) {
			continue
		}
		for _, s := range a.paras[n-1].sents {
			all++
			k, m := false, false
			for _, t := range s.toks {
				w := strings.ToLower(t.text)
				k = k || kinWords[w]
				m = m || marriageWords[w]
			}
			if k {
				kin++
			}
			if m {
				wed++
			}
		}
	}
	switch {
	case wed >= 2 && 2*wed >= all:
		return short + "'s Marriage"
	case kin >= 2 && 2*kin >= all:
		return short + "'s Family"
	}
	return ""
}

// isFamilyTitle reports whether t is a family or marriage title of the
// biography's subject (familyTitle).
func (a *article) isFamilyTitle(t string) bool {
	_, short := a.biographySubject()
	return short != "" && (t == short+"'s Family" || t == short+"'s Marriage")
}
