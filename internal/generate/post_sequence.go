package generate

import (
	"regexp"
	"strings"
)

// A round of posts held in turn. A life often lists the early posts its
// subject held one after another ("was appointed the governor of first
// Kaffa, then Sarukhan, with a brief tenure at Adrianople"): places named
// once, on the way to what the life is about. Both blind judges rejected
// a true statement quoting such a list as an incidental detail
// "recognised only by wording", and a blank over one of its places asks
// which stop of the round, not what the subject did. In a biography, a
// sentence past the lead that tells posts (an appointment, a command, a
// tenure) at three places or more, in a sequence ("first …, then …",
// "later", "followed by"), of which at most one is named again in the
// article, gives no item (incidentalSentence). A list the article comes
// back to is kept.

// postWordRE: a post held, or the act of taking one.
var postWordRE = regexp.MustCompile(`(?i)\b(?:appointed|governor(?:ship)?s?|posted|posting|stationed|assigned|transferred|tenure|commanded|commander|garrison|served\s+(?:as|at|in)|consul|viceroy|prefect|bishop\s+of)\b`)

// sequenceWordRE: the posts follow one another.
var sequenceWordRE = regexp.MustCompile(`(?i)\b(?:first|then|later|subsequently|afterwards|followed\s+by|before\s+(?:moving|being\s+(?:moved|transferred|posted)))\b`)

// lifeSentence reports whether s is about the person a life is about:
// the article is a biography (biographySubject), or s names a person the
// article names three times or more ("young Suleiman", where the lead
// opens on "Suleiman I" and a bracket of his names).
func (a *article) lifeSentence(s *sentence) bool {
	if k, _ := a.biographySubject(); k != "" {
		return true
	}
	for _, sp := range s.spans {
		if sp.kind == kPerson && a.mentions(sp.key) >= 3 {
			return true
		}
	}
	return false
}

// postSequence reports whether s, in a biography, tells a round of posts
// at three places or more that the article does not come back to.
func (a *article) postSequence(s *sentence) bool {
	if s == nil || s.idx == 0 {
		return false
	}
	if !a.lifeSentence(s) {
		return false
	}
	if !postWordRE.MatchString(s.text) || !sequenceWordRE.MatchString(s.text) {
		return false
	}
	places := map[string]bool{}
	again := 0
	for _, sp := range s.spans {
		if sp.kind != kPlace && sp.kind != kName || places[sp.key] {
			continue
		}
		places[sp.key] = true
		if a.mentions(sp.key) > 1 || a.sentencesWith(strings.ToLower(sp.text)) > 1 {
			again++
		}
	}
	return len(places) >= 3 && again <= 1
}
