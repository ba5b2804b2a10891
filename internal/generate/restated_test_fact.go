package generate

import "strings"

// A true statement can restate what another item of its theme tests in
// other words: a swap turns "pushing up sales in 2005" into 1999, and a
// later statement says "More likely to drive sales in 2005 would be the
// attention to design … as well as music services". The two sentences
// share too small a share of their words for sameWording, and the words
// they share (sales, design, music) the article uses too often for
// sameRareFact; statedAnswer reads only blanks. What gives them away is
// that the statement's sentence holds the figure or name the other item
// tests, with three more content words of its sentence. Of two such items
// of one theme the better scored is kept.

// restatedTested reports whether true statement st, in another sentence
// of the same theme, states the figure or name that swap o changed, with
// statedWords more of the stems of o's sentence (shared_fact.go).
func (a *article) restatedTested(st, o *item) bool {
	if st.rule != "truefalse-true" || o.sp == nil || st.sent == nil || o.sent == nil || o.sent == st.sent {
		return false
	}
	if !strings.HasPrefix(o.rule, "truefalse-swap") {
		return false
	}
	if !o.sp.kind.numeric() && !o.sp.kind.proper() {
		return false
	}
	if st.q == nil && st.c == nil || o.q == nil && o.c == nil || themeOf(*st) != themeOf(*o) {
		return false
	}
	return a.statesWith(st.sent, o.sent, o.sp.key, a.stemSet)
}
