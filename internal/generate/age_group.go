package generate

import "strings"

// An age group is named by its bounds: "the over-65s", "16- to
// 24-year-olds". Another figure of the article swapped into it ("a jump
// in internet access among the over-98s", the 98 a test score) reads as
// nonsense rather than as a plausible false statement (set 94, both
// judges: "absurd and false on its face").

// ageGroupFigure reports whether number answer sp bounds an age group:
// "over-65s", "under-16s", "6-year-olds", "16- to 24-year-olds".
func ageGroupFigure(s *sentence, sp *span) bool {
	if !sp.kind.numeric() {
		return false
	}
	before := strings.ToLower(s.text[:sp.start])
	after := strings.ToLower(s.text[sp.end:])
	if strings.HasSuffix(before, "over-") || strings.HasSuffix(before, "under-") {
		return true
	}
	text := strings.ToLower(s.text[sp.start:sp.end])
	if strings.HasSuffix(text, "-year") {
		after = "-year" + after
	}
	if strings.HasPrefix(after, "-year-olds") {
		return true
	}
	// "16- to 24-year-olds": the lower bound.
	if strings.HasPrefix(after, "- to ") {
		rest := after[len("- to "):]
		i := 0
		for i < len(rest) && isDigit(rest[i]) {
			i++
		}
		return i > 0 && strings.HasPrefix(rest[i:], "-year-olds")
	}
	return false
}
