package generate

import "strings"

// "The judges have not only upheld the constitution in the past year."
// is the first half of a pair the next sentence finishes ("They have
// also …"): alone, its "not only" promises a second thing it never
// gives, and judges asked for the rest (held-out set 223, both judges:
// CONTEXT and GRAMMAR). unfinishedNotOnly reports a sentence whose "not
// only" is followed by no "but", "also" or "as well" of its own.
func unfinishedNotOnly(s *sentence) bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if !strings.EqualFold(s.toks[i].text, "not") || !strings.EqualFold(s.toks[i+1].text, "only") {
			continue
		}
		for j := i + 2; j < len(s.toks); j++ {
			switch strings.ToLower(s.toks[j].text) {
			case "but", "also":
				return false
			case "as":
				if j+1 < len(s.toks) && strings.EqualFold(s.toks[j+1].text, "well") {
					return false
				}
			}
		}
		return true
	}
	return false
}
