package generate

import "strings"

// What a text puts in brackets it gives in passing: a birth name, the
// dates of a life ("(July 28, 1840 – April 12, 1897)"), a translation,
// an abbreviation. Teachers ask about what the sentence says, not its
// asides, and the judges rejected every blank and swap inside brackets
// as trivia, however often the article names the answer elsewhere. The
// same fact said outside brackets ("He was born in 1840") may still be
// asked.

// inBrackets reports whether answer sp of s lies inside round or square
// brackets.
func inBrackets(s *sentence, sp *span) bool {
	before := s.text[:sp.blankStart()]
	return strings.Count(before, "(") > strings.Count(before, ")") ||
		strings.Count(before, "[") > strings.Count(before, "]")
}
