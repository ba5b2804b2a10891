package generate

import "strings"

// dropArticleBeforeOwner takes "the" off a phrase written in that opens
// on its owner's name: "towards the coast" with "Western Australia's
// coast" written in for "coast" read "towards the Western Australia's
// coast" (set 100, both judges, GRAMMAR).
func dropArticleBeforeOwner(text, written string) string {
	// The phrase written in may bring its own "the" ("the coast" for
	// "the Western Australia's coast").
	if w, ok := strings.CutPrefix(written, "the "); ok {
		written = w
	} else if w, ok := strings.CutPrefix(written, "The "); ok {
		written = w
	}
	if !ownerOpened(written) {
		return text
	}
	for _, art := range []string{"the ", "The "} {
		if i := strings.Index(text, art+written); i >= 0 && (i == 0 || text[i-1] == ' ' || text[i-1] == '(') {
			return text[:i] + written + text[i+len(art)+len(written):]
		}
	}
	return text
}

// ownerOpened reports whether phrase opens on a capitalised name made
// possessive: "Western Australia's coast", "Apple’s music service".
func ownerOpened(phrase string) bool {
	ws := strings.Fields(phrase)
	if len(ws) < 2 || !startsUpper(ws[0]) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
		if !startsUpper(w) {
			return false
		}
	}
	return false
}
