package generate

import "strings"

// "from gaining _____ over Maryland". A blank whose last word is a noun of
// rule ("political control", "power", "influence") between a verb of
// gaining or holding and "over" is given by its frame: the learner writes
// "control" without reading the article, and what the sentence teaches
// (who sought it, over what) is left in the stem. Such a phrase is no
// blank; another of the sentence's spans may be.

// ruleNouns are nouns of rule that "gain … over" all but supplies.
var ruleNouns = set(`control|power|influence|authority|dominance|dominion|sway|supremacy|sovereignty|jurisdiction|hold|grip`)

// ruleVerbs are the verbs of gaining, holding or losing that open the
// frame, in any form.
var ruleVerbs = set(`gain|gains|gained|gaining|seize|seizes|seized|seizing|take|takes|took|taking|taken|wrest|wrested|wresting|regain|regained|regaining|retain|retained|retaining|exert|exerted|exerting|exercise|exercised|exercising|assume|assumed|assuming|win|won|winning|lose|lost|losing|have|has|had|having|hold|held|holding|keep|kept|keeping`)

// controlFrameBlank reports whether sp's blank ends on a noun of rule
// that a verb of gaining or holding comes just before and "over" just
// after: "gaining _____ over Maryland" for "political control".
func controlFrameBlank(s *sentence, sp *span) bool {
	start, end, ok := sp.blankBounds(s.text)
	if !ok {
		return false
	}
	blank := strings.Fields(strings.ToLower(s.text[start:end]))
	if len(blank) == 0 || !ruleNouns[blank[len(blank)-1]] {
		return false
	}
	after := strings.Fields(strings.ToLower(s.text[end:]))
	if len(after) == 0 || after[0] != "over" {
		return false
	}
	before := strings.Fields(strings.ToLower(s.text[:start]))
	return len(before) > 0 && ruleVerbs[before[len(before)-1]]
}
