package generate

import (
	"regexp"
	"strings"
)

// A named person's short reaction to the work a report is about: "Uri
// Hasson, a neuroscientist at Princeton University, praised the work",
// "Alan Stern, the mission's principal investigator, described the images
// as a 'home run' for the team", "Peter Fincham, ITV's director of
// television, recalls the moment when Highclere was booked". Each tells
// who liked or remembered something, not what the article teaches, and
// blind judges rejected all three as trivia (sets 88, 89 and 92, both
// judges). A reaction told inside a longer sentence ("…, as he welcomed
// Scotland's decision to remain") is not one.

// outsideReactionRE is a name of up to four words, an optional
// description between commas, and a verb of praise or recollection.
var outsideReactionRE = regexp.MustCompile(`^[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*){0,3}(?:,[^,]{2,80},)?\s+(?:praised|praises|welcomed|welcomes|hailed|hails|applauded|applauds|lauded|lauds|commended|commends|recalls|recalled|described\s+(?:the|it|them|this|these|his|her|their)\b[^,.;]{0,40}?\s+as)\b`)

// outsideReactionMaxWords is the longest sentence read as a reaction
// alone.
const outsideReactionMaxWords = 25

// outsideReaction reports whether s is a named person's short reaction
// (see above).
func outsideReaction(s *sentence) bool {
	t := s.text[datelineEnd(s.text):]
	return len(strings.Fields(t)) <= outsideReactionMaxWords && outsideReactionRE.MatchString(t)
}
