package generate

import "regexp"

// A report introducing itself. A feature's standfirst often ends on what
// the outlet carrying it is about to do: "BBC Sport examines the
// challenges facing the runner ahead of the race." The sentence says
// nothing of the matter; an item on it asks who examines what (both blind
// judges of a marathon report rejected one as an incidental line). Such a
// sentence, opening on an outlet's name and a present-tense verb of
// presenting, is marked as a byline: it carries no item and titles no
// theme (markBylines).

// outletLineRE matches an outlet's name and a verb of presenting at the
// head of a sentence: "BBC Sport examines", "BBC News Online looks at",
// "Reuters assesses", "The Sunday Magazine profiles".
var outletLineRE = regexp.MustCompile(`^(?:The )?(?:BBC|CNN|Reuters|[A-Z][\p{L}]+ (?:News|Online|Sport|Magazine))(?: (?:News|Sport|Online|World|Magazine|Radio(?: \d)?|website))* (?:examines|looks at|looks back at|looks ahead to|assesses|considers|profiles|takes a look at|explores|analyses|analyzes|investigates|charts|reviews|weighs up|sets out|explains)\b`)

// outletLine reports whether s is such a sentence.
func outletLine(s *sentence) bool {
	return outletLineRE.MatchString(s.text)
}
