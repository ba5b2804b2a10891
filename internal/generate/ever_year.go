package generate

import "regexp"

// A year that ends a claim of a best-yet ("proved more popular than ever
// in 2004", "had a phenomenal year in 2004", "a record year in 2004") is
// no fact that another year makes false: games may well have been more
// popular than ever in 2003 too, the year before's record being beaten
// in its turn. Blind judges found "more popular than ever in 1998" not
// plainly contradicted by a report on 2004 (SWAP-WEAK). Such a year is
// not swapped into a false statement.

// everYearRE is the end of the words before a year that close a claim
// of a best-yet: "than ever in", "ever before in", "a record year in",
// "a phenomenal year in".
var everYearRE = regexp.MustCompile(`(?i)(?:\bthan\s+ever(?:\s+before)?|\bever\s+before|\brecord(?:\s+\p{L}+)?|\b(?:a|an)\s+\p{L}+\s+year)\s+(?:in|of|for|during)\s+$`)

// everYear reports whether year span sp of s closes a claim of a
// best-yet.
func everYear(s *sentence, sp *span) bool {
	if sp.kind != kYear {
		return false
	}
	before := s.text[:sp.start]
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	return everYearRE.MatchString(before)
}
