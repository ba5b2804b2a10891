package generate

import "regexp"

// The year of a remark. "My father insisted on accomplishment, Aubrey
// recalled in 1986" swapped to 1980 only changes when a quote was said,
// a detail no reader learns: blind judges rejected it as trivia. A year
// that dates a remark ("said in", "recalled in") is not swapped into a
// false statement, and an item asking it is incidental (trivia.go).
var remarkYearRE = regexp.MustCompile(`(?i)\b(?:said|says|recalled|recalls|remarked|stated|commented|observed|quipped|declared|admitted|reflected|told(?:\s+\w+){1,4}?)\s+in\s+$`)

// remarkYear reports whether year span sp of s dates a remark.
func remarkYear(s *sentence, sp *span) bool {
	if sp.kind != kYear {
		return false
	}
	before := s.text[:sp.start]
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	return remarkYearRE.MatchString(before)
}
