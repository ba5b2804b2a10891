package generate

import (
	"regexp"
	"strings"
)

// Scene-setting sentences with a dangling connective.
//
// A sentence such as "The car of the future, though, may look rather
// different." or "Critics, meanwhile, say the pods do little." turns the
// article from what came before: its "though", "however", "meanwhile" or
// "instead" answers a sentence the learner does not see, and with no
// figure and no name in it the sentence states nothing a reader could
// judge true or false. Blind judges rejected such statements (CONTEXT,
// SWAP-WEAK). A statement is not built on it; blanks and cards, which ask
// a word of the sentence, are left to their own rules.

// danglingConnectiveRE: the connective set off by commas inside the
// sentence, or closing it after a comma.
var danglingConnectiveRE = regexp.MustCompile(`(?i),\s+(?:though|however|meanwhile|instead|nevertheless|nonetheless|in contrast|by contrast|on the other hand)\s*(?:,|[.!?]["”’']?\s*$)`)

// innerCapitalRE: a capitalised word after the sentence's first word (a
// name, a title, an acronym).
var innerCapitalRE = regexp.MustCompile(`\s["“‘(]?[A-Z]`)

// sceneSetting reports a sentence that turns on a dangling connective and
// holds no figure and no name.
func sceneSetting(s *sentence) bool {
	if !danglingConnectiveRE.MatchString(s.text) && !looseThough(s) { // inner_connective.go
		return false
	}
	for _, sp := range s.spans {
		if sp.kind.numeric() || sp.kind.proper() {
			return false
		}
	}
	if strings.ContainsAny(s.text, "0123456789") {
		return false
	}
	return !innerCapitalRE.MatchString(s.text)
}
