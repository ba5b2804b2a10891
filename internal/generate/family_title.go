package generate

import "strings"

// A biography's theme after its early life may tell the subject's
// family rather than the subject: the parents' moves, the brothers and
// sisters born on the way, the household's trade. Its key phrases name a
// detail of one sentence (a shop, a town), and a title such as "Shoe
// Repair Shop" over a paragraph on the family's moves was judged bad. A
// teacher titles it "<Subject>'s Family".

// kinWords name a family or its members.
var kinWords = set(`family|families|parents|parent|father|mother|brother|brothers|sister|sisters|son|sons|
daughter|daughters|child|children|siblings|household|couple|grandparents|grandfather|grandmother|ancestors`)

// familyTitle titles theme g of a biography, not its first, "<short>'s
// Family" where two of its sentences or more, and half of them at least,
// name the family or a member of it (kinWords); else "".
func (a *article) familyTitle(g []int, first bool) string {
	_, short := a.biographySubject()
	if short == "" || first || len(g) == 0 || len(g) == len(a.paras) {
		return ""
	}
	kin, all := 0, 0
	for _, n := range g {
		if n < 1 || n > len(a.paras) {
			continue
		}
		for _, s := range a.paras[n-1].sents {
			all++
			for _, t := range s.toks {
				if kinWords[strings.ToLower(t.text)] {
					kin++
					break
				}
			}
		}
	}
	if kin < 2 || 2*kin < all {
		return ""
	}
	return short + "'s Family"
}
