package generate

import "regexp"

// A figure that is not the sentence's point. Judges reject as trivia a
// swap or a blank on a figure that belongs to something the sentence
// only measures its subject against or mentions on the way:
//
//   - the year or rank beside another name, after "since", "than",
//     "above", "like" and such ("the most dominant prime minister since
//     Winston Churchill in 1940", "well above Pakistan at 89");
//   - a year that is part of another thing's name ("the 1961 Single
//     Convention on Narcotic Drugs");
//   - the whole a count is taken from ("two of the 15 victims"): the
//     sentence is about the two, not the fifteen;
//   - either figure of a comparison between two figures of one kind
//     ("12.6% …, which is higher than the African rate of 11.9%"): a
//     swap of one exact figure leaves the comparison, which is the
//     point, as true as before.
//
// Such an item is held back as incidental (trivia.go); the sentence is
// left to a true statement or to an item on another of its answers.

// sideNameRE ends the text before a figure given as what another name,
// met after a preposition of comparison, stood at.
var sideNameRE = regexp.MustCompile(`\b(?:since|than|like|unlike|above|below|behind|ahead of|beside|compared with|compared to|against)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:in|at|on|with)\s+$`)

// nameYearBeforeRE and nameYearAfterRE find a year inside a name: "the"
// before it and a capitalised word after it.
var (
	nameYearBeforeRE = regexp.MustCompile(`\b[Tt]he\s+$`)
	nameYearAfterRE  = regexp.MustCompile(`^\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}|on\s|of\s)`)
)

// partitiveRE ends the text before the whole a count is taken from.
var partitiveRE = regexp.MustCompile(`(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen|\d+|some|many|most|several|all|none|both|each|any)\s+of\s+(?:the|its|their|his|her|our)\s+$`)

// figureComparisonRE finds a comparison of two figures.
var figureComparisonRE = regexp.MustCompile(`(?i)\b(?:higher|lower|more|less|greater|fewer|larger|smaller|bigger|above|below)\s+than\b|\bcompared (?:with|to)\b`)

// sideFigure reports whether the figure sp of s is not the sentence's
// point: see above.
func sideFigure(s *sentence, sp *span) bool {
	if sp == nil || !sp.kind.numeric() || sp.kind == kCentury {
		return false
	}
	before, after := s.text[:sp.blankStart()], s.text[sp.end:]
	if sideNameRE.MatchString(before) {
		return true
	}
	if sp.kind == kYear && nameYearBeforeRE.MatchString(before) && nameYearAfterRE.MatchString(after) {
		return true
	}
	if (sp.kind == kNumber) && partitiveRE.MatchString(before) {
		return true
	}
	return comparedPair(s, sp)
}

// comparedPair reports whether s compares the figure sp with another
// figure of its kind across "higher than", "compared with" and such.
func comparedPair(s *sentence, sp *span) bool {
	if sp.kind != kPercent && sp.kind != kMoney && sp.kind != kNumber {
		return false
	}
	loc := figureComparisonRE.FindStringIndex(s.text)
	if loc == nil {
		return false
	}
	for _, o := range s.spans {
		if o == sp || o.kind != sp.kind {
			continue
		}
		// One figure before the comparison, the other after it.
		if sp.end <= loc[0] && o.start >= loc[1] || o.end <= loc[0] && sp.start >= loc[1] {
			return true
		}
	}
	return false
}
