package generate

import "strings"

// The opening theme of an article of several themes was titled by a
// phrase of one of its paragraphs: a column's first three paragraphs (its
// standfirst on broadband in daily life, the writer working anywhere, a
// friend's broken connection) were "Cable Modem", the friend's modem of
// the third. The opening paragraphs say what the article is about, as
// its headline does: where the title's head word is in one paragraph of
// an opening theme of three or more, the theme takes the headline. So
// does an opening titled by a one-word name of a detail (detailTitle),
// kept where nothing the theme repeats could replace it: a feature's
// opening on podcasting was "Apple", of the "Apple iPod". A title whose
// head word runs through the opening ("Trade Show", of paragraphs on the
// show; "Test Results" in two of three) stays, and so does a phrase
// ("Consumer Electronics", of an opening on the show).

// openingTitle is the title of the article's first theme g in place of
// t: the headline where t names one of its paragraphs (see above), else
// t.
func (a *article) openingTitle(g []int, t string, used map[string]bool) string {
	h := a.headline
	if h == "" || len(g) < 3 || strings.EqualFold(h, t) || used[strings.ToLower(h)] || !titleShaped(h) {
		return t
	}
	if a.headCoverage(t, g) != 1 && !a.detailTitleOf(g, t) {
		return t
	}
	// A headline claiming what the article says is still to come is
	// no title of its opening either (headline_claim.go).
	if a.headlineProspectOnly() {
		if st := a.headlineSubjectTitle(g); st != "" && !used[strings.ToLower(st)] {
			return st
		}
		return t
	}
	return h
}

// detailTitleOf reports whether title t of theme g is a one-word name
// that names a detail of it (detailTitle): the title kept where nothing the
// theme repeats could replace it ("Apple", of the "Apple iPod" a
// feature's opening on podcasting names twice).
func (a *article) detailTitleOf(g []int, t string) bool {
	sents := a.sentencesOf(g)
	for _, c := range a.titleCandidates(g, "") {
		text := c.text
		if c.full != "" {
			text = c.full
		}
		if titleCase(withoutThe(text)) == t {
			one := c.sp.kind.proper() && !strings.Contains(c.sp.key, " ")
			return one && detailTitle(c, g, sents)
		}
	}
	return false
}
