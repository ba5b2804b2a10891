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
		if owner, ok := cutPossessive(w); ok {
			// "the Harbour Trust's report", "the Varden Museum's
			// lead": a body's name takes "the".
			return !theNameHeads[strings.ToLower(owner)]
		}
		if !startsUpper(w) {
			return false
		}
	}
	return false
}

// cutPossessive is w without its possessive ending, and whether it had
// one.
func cutPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if o, ok := strings.CutSuffix(w, suf); ok {
			return o, true
		}
	}
	return w, false
}

// theNameHeads end names that take "the": bodies, buildings and
// papers ("the Harbour Trust", "the Varden Museum", "the Times").
var theNameHeads = set(`trust|council|company|museum|gallery|society|foundation|bank|agency|office|department|commission|
committee|board|group|association|institute|institution|university|college|school|church|party|union|army|navy|court|
government|ministry|service|centre|center|times|post|guardian|project|club|league|federation|organization|organisation|
authority|corporation|parliament|senate|house|hospital|library|theatre|theater|festival|fund|programme|program|network|
team|band|orchestra|alliance|coalition|assembly|cathedral|abbey|palace|castle|tower|bridge|river|sea|ocean|
lake|mountains|alps|islands|states|kingdom|emirates|republic|netherlands|philippines|bahamas|gambia|kremlin|pentagon|vatican|unit|station|port|harbour`)
