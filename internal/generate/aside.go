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

// actorMentions is how often an article names one of its actors.
const actorMentions = 5

// A blank must hold a whole name. One that leaves part of the name, or
// of the title it stands in, outside asks for a word of wording: the
// place before a title and name ("pushed by _____ Chancellor Gordon
// Brown"), the last word of a title after its owner ("broadcast Garrow's
// _____"), or a name that only says whose something is ("_____'s
// largest game makers", "which represents _____'s payments industry").
// The judges rejected or asked to rewrite every such blank.

// namePart reports whether answer sp of s is part of a larger name or
// only a possessive modifier (see above). The possessive of a name the
// article keeps coming back to says what one of its actors did ("Mr
// Putin's offensive"), and may be asked.
func (a *article) namePart(s *sentence, sp *span) bool {
	if !sp.kind.proper() {
		return false
	}
	rest := s.text[sp.end:]
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		return a.mentions(sp.key) < actorMentions
	}
	if strings.HasPrefix(rest, " ") {
		if w := strings.Fields(rest); len(w) > 0 && startsUpper(w[0]) && !strings.ContainsAny(w[0][:1], "\"“'‘(") {
			return true
		}
	}
	before := strings.TrimRight(s.text[:sp.blankStart()], " ")
	if !sp.the && (strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s")) {
		w := strings.Fields(before)
		return len(w) > 0 && startsUpper(w[len(w)-1])
	}
	return false
}
