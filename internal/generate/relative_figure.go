package generate

import (
	"regexp"
	"strings"
)

// A figure in a trailing relative clause that only supports the
// sentence's comparison: "Projected increases will be more than twice
// the rate of inflation, which is currently 1.6%." The point is that the
// rises outrun inflation; the clause after "which" gives the yardstick's
// level in passing. A swap of it ("… which is currently 0.8%") or a
// blank over it asks the reader to recall the figure behind the
// comparison, which both blind judges of the Scottish council tax report
// faulted as trivia.

// relativeFigureLeadRE ends the text before a figure given as what the
// noun before ", which" stands at.
var relativeFigureLeadRE = regexp.MustCompile(`(?i),\s+which\s+(?:is|was|stands\s+at|stood\s+at|remains|remained)(?:\s+(?:currently|now|then|still|at))?(?:\s+(?:about|around|roughly|some|just|only))?\s+$`)

// comparisonRE finds a comparison in the main clause before the
// relative clause.
var comparisonRE = regexp.MustCompile(`(?i)\b(?:than|twice|three times|double|treble|above|below|exceed(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|outpac(?:e|es|ed|ing))\b`)

// relativeFigure reports whether the figure sp of s is given in a
// trailing ", which is (currently) …" clause, with nothing after it but
// the sentence's end, on a noun the main clause compares with.
func relativeFigure(s *sentence, sp *span) bool {
	if sp == nil || !sp.kind.numeric() {
		return false
	}
	before := s.text[:sp.blankStart()]
	loc := relativeFigureLeadRE.FindStringIndex(before)
	if loc == nil {
		return false
	}
	if rest := strings.TrimSpace(s.text[sp.end:]); strings.Trim(rest, `.!"”’'`) != "" {
		return false
	}
	return comparisonRE.MatchString(before[:loc[0]])
}
