package generate

import "strings"

// A place named as the modifier of a noun: "forage up the US west
// coast". A blank over "the US" asks for the word that qualifies the
// coast, not for what the sentence says (set 94, both judges: "an
// incidental location, not the substance").

// placeModifierBlank reports whether place answer sp, after "the", is
// followed at once by the common noun it modifies ("the US west coast",
// "the Netherlands police"), not by a time ("in the US last week").
func placeModifierBlank(s *sentence, sp *span) bool {
	// "the US west coast": a determiner before the place that belongs
	// to the noun after it; "Ships leaving Seattle travel north" has
	// none, and its verb may be read as a noun.
	if sp.kind != kPlace || !sp.the {
		return false
	}
	// The noun after one space.
	if sp.end >= len(s.text) || s.text[sp.end] != ' ' {
		return false
	}
	i := tokenAt(s, sp.end+1)
	if i < 0 {
		return false
	}
	noun := func(t tok) bool {
		return (t.tag == "NN" || t.tag == "NNS") && isLowerWord(t.text)
	}
	t := s.toks[i]
	switch {
	case noun(t):
	case strings.HasPrefix(t.tag, "JJ") && isLowerWord(t.text) && i+1 < len(s.toks) && noun(s.toks[i+1]):
		t = s.toks[i+1]
	default:
		return false
	}
	w := strings.ToLower(t.text)
	switch w {
	case "today", "tonight", "yesterday", "tomorrow", "day", "night":
		return false
	}
	return !timeNouns[stem(w)] && !timeNouns[w]
}
