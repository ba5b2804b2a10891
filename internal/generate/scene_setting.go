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

// A feature's opening scene. A feature article often opens on a scene
// before it says what it reports: "When two islanders spotted a small
// fibreglass boat washed up on a remote Pacific atoll, they decided to
// take a closer look.", "Every morning, before the temperatures in
// India’s capital start to rise, a handful of old friends gather.", "In
// homes and cafes across the country, a cup of tea, baked beans on toast
// and fish and chips have long played a key role in the British dining
// experience." Asked true or false, each is true on its face and tests
// nothing the article reports: blind judges rejected all three as
// TRIVIA, both judges each time (sets 86 and 89). A news report's lead
// names who or gives a figure ("Barack Obama has urged young people
// …", "An octopus has made a brazen escape from the National Aquarium
// in New Zealand …") or opens on its subject ("An international
// agreement to improve safety in Bangladesh’s clothing factories is
// facing …"); those were accepted. hookOpening finds the article's first
// sentence where it opens on a phrase or clause set off by a comma
// (after "When", "Every", "In" and the like) and holds no figure and no
// name but a place's; no item is built on it (usable): a blank in it
// ("they decided to take a _____") asks as little.

// hookOpening reports whether s is the article's first sentence and
// sets a scene: a fronted phrase or clause and a comma open it, and it
// names no person, body or thing and gives no figure.
func hookOpening(s *sentence) bool {
	if !leadSentence(s) || strings.ContainsAny(s.text, "0123456789") {
		return false
	}
	for _, sp := range s.spans {
		if sp.kind.numeric() || sp.kind.proper() && sp.kind != kPlace {
			return false
		}
	}
	i := openingTokens(s)
	if i >= len(s.toks) {
		return false
	}
	first := s.toks[i]
	switch {
	case first.tag == "IN" || first.tag == "WRB":
		if strings.EqualFold(first.text, "according") || strings.EqualFold(first.text, "that") {
			return false
		}
	case strings.EqualFold(first.text, "every") || strings.EqualFold(first.text, "each"):
	case strings.EqualFold(first.text, "as"):
		// "As soon as the children … hear the words …, they down their
		// pencils …" (set 93: R TRIVIA, "scene-setting"), the tagger's
		// adverb.
		if i+1 >= len(s.toks) || !strings.EqualFold(s.toks[i+1].text, "soon") {
			return false
		}
	default:
		return false
	}
	// The opening runs to a comma, two words on at least.
	for k := i + 2; k < len(s.toks); k++ {
		if s.toks[k].text == "," {
			return k+1 < len(s.toks)
		}
	}
	return false
}
