package generate

import "regexp"

// A card's blank that the words after it name an instance of is given
// away by them: in "won eleven _____, including Best Short Film at the
// Venice festival" the reader knows from "Best Short Film" that the blank
// holds prizes, and the judges asked for the title or the number to be
// blanked instead. A blank followed at once by "including", "such as" or
// "notably" and what it counts is not drafted (instanceGiveaway); the
// sentence's other blanks stay. A way or a time after the cue ("to cut
// household debt, such as by limiting loans") names no instance, and the
// blank stays.

// instanceAfterRE is what opens a list of instances of the words before
// it.
var instanceAfterRE = regexp.MustCompile(`^,?\s+(?:including|includ(?:es|ed)|such\s+as|notably|among\s+them|among\s+which)\s`)

// instanceGiveaway reports whether the blank of sp is followed at once by
// a list of what it names instances of.
func instanceGiveaway(s *sentence, sp *span) bool {
	if sp.end >= len(s.text) {
		return false
	}
	rest := s.text[sp.end:]
	m := instanceAfterRE.FindStringIndex(rest)
	return m != nil && !wayAfterRE.MatchString(rest[m[1]:])
}

// wayAfterRE opens a way, a time or a condition rather than a thing.
var wayAfterRE = regexp.MustCompile(`^(?:by|when|where|if|while|through|via|in|on|at|to|with|for|from|during|after|before|\p{Ll}+ing)\b`)
