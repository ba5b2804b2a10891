package generate

import "strings"

// "Production of other ozone depleting gases is to stop in the early
// years of the century": other than the gases the sentence before named.
// Without that sentence the reader cannot tell which gases are meant
// (blind judges' CONTEXT). A list ("CFCs and other gases"), a contrast
// that says what with "than", a determiner that makes the phrase its
// own ("the other side", "each other") and the fixed "in other words"
// read alone.

// otherNotLeaning are the words before "other" that make the phrase read
// alone.
var otherNotLeaning = set(`and|or|the|each|every|any|no|some|many|all|among|several|two|three|few|his|her|their|its|our|my|your|nor|plus|including|like|unlike|an|every`)

// otherLeans reports whether the token "other" at i of s begins a noun
// phrase that means "other than those told before".
func otherLeans(s *sentence, i int) bool {
	toks := s.toks
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	if !strings.HasPrefix(next.tag, "NN") && !strings.HasPrefix(next.tag, "JJ") && next.tag != "VBG" {
		return false
	}
	switch strings.ToLower(next.text) {
	case "words", "hand", "side", "than":
		return false
	}
	if i > openingTokens(s) {
		prev := toks[i-1]
		if otherNotLeaning[strings.ToLower(prev.text)] || prev.tag != "IN" {
			return false
		}
	}
	for _, t := range toks[i+1:] {
		if strings.EqualFold(t.text, "than") {
			return false
		}
	}
	return true
}
