package generate

import "regexp"

// One halt can be told twice in other verbs: "An English hospital has
// suspended plans to stop treating Welsh patients …" in the lead, "But
// after talks with Powys Health Board the hospital called off its plan
// until health chiefs meet early in January" in the next paragraph. The
// judges rejected the second true statement as a repeat: both test that
// the hospital suspended its plan, though the two sentences share too
// few words to be told apart by their overlap (repeats.go). Two true
// statements on different sentences that both halt something (suspend,
// call off, cancel, scrap, shelve, halt, postpone, put on hold) and share
// haltShared content words (who halted what) state one fact
// (sameHaltFact), and the better scored is kept.

// haltRE finds a verb of halting a plan or an undertaking.
var haltRE = regexp.MustCompile(`(?i)\b(?:suspend(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off|called\s+(?:it|them)\s+off|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|shelve(?:s|d)?|shelving|halt(?:s|ed|ing)?|postpone(?:s|d)?|postponing|put(?:s|ting)?\s+on\s+hold)\b`)

// haltShared is how many content words two halting statements must
// share to tell one halt.
const haltShared = 2

// sameHaltFact reports whether true statements x and y tell one halt as
// described above.
func (a *article) sameHaltFact(x, y *item) bool {
	if x.sent == y.sent || !trueStatementItem(x) || !trueStatementItem(y) {
		return false
	}
	if !haltRE.MatchString(x.sent.text) || !haltRE.MatchString(y.sent.text) {
		return false
	}
	wx, wy := a.wordSet(x.sent), a.wordSet(y.sent)
	n := 0
	for w := range wx {
		if wy[w] {
			n++
		}
	}
	return n >= haltShared
}
