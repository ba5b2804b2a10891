package generate

import "regexp"

// Two details the blind judges rejected as trivia that no earlier rule
// held back:
//   - the place of a family's holdings ("Some of the family property near
//     Aghagurty was obtained by a friend, Richard Grace, who made Daniel
//     Carroll the head tenant"): the sentence is about who helped the
//     family, and the place is where its land lay, background to the
//     subject's life however often the article names it;
//   - the figure a change starts from ("In 2003 only 4% of the people in
//     the UK took a phonecam snap at least once a month. Now the figure is
//     14%."): the point is where the figure has come to, not what it was
//     in an earlier year.
// A blank over the place (or over the holding before it) is held back
// (markIncidental), the sentence left to a true statement or to an item
// on another of its answers; every item on the sentence of a baseline
// figure is held, as the sentence says what the measure used to be.

// familyHoldingRE ends the text before a name given as where a family's
// property, land or seat lay.
var familyHoldingRE = regexp.MustCompile(`(?i)\b(?:family|family's|families'|ancestral|parents'|father's|mother's)\s+(?:property|properties|estates?|lands?|seat|farms?|holdings|home|house)\s+(?:near|at|in|around|of)\s+$`)

// holdingNounRE: the holding itself, as an answer followed by its place.
var holdingNounRE = regexp.MustCompile(`(?i)^(?:the\s+)?(?:family|family's|families'|ancestral|parents'|father's|mother's)\s+(?:property|properties|estates?|lands?|seat|farms?|holdings|home|house)$`)

// holdingPlaceAfterRE: the place the holding lay at follows the answer.
var holdingPlaceAfterRE = regexp.MustCompile(`^\s+(?:near|at|in|around|of)\s+\p{Lu}`)

// familyHolding reports whether the answer sp of s is the place of a
// family's holdings, or the holding before its place ("Some of the _____
// near Aghagurty": the card asks a wording of the background).
func familyHolding(s *sentence, sp *span) bool {
	if sp == nil {
		return false
	}
	if sp.kind.proper() && familyHoldingRE.MatchString(s.text[:sp.blankStart()]) {
		return true
	}
	return holdingNounRE.MatchString(sp.text) && holdingPlaceAfterRE.MatchString(s.text[sp.end:])
}

var (
	// pastYearOpenRE: a sentence opening on a year ("In 2003 only 4%
	// …", "By 2001, …").
	pastYearOpenRE = regexp.MustCompile(`^(?:In|By|Back\s+in|During)\s+\d{4}\b`)
	// figureNowRE: a sentence giving where the same measure stands now
	// ("Now the figure is 14%", "Today the proportion is …", "The figure
	// is now …").
	figureNowRE = regexp.MustCompile(`(?i)^(?:(?:now|today|currently|this\s+year),?\s+(?:the|that|this)\s+(?:figure|number|proportion|share|percentage|rate|total)\b|(?:the|that|this)\s+(?:figure|number|proportion|share|percentage|rate|total)\s+(?:is|stands|has)\s+now\b)`)
	// figureThenRE: a sentence giving the figure a measure stood at in
	// an earlier year, after one giving it now ("However, he said, now
	// 45% of the Japanese people Ericsson questioned use their camera
	// phone at least once a month. In 2003 the figure was 29%.").
	figureThenRE = regexp.MustCompile(`(?i)^(?:In|By|Back\s+in)\s+\d{4},?\s+(?:the|that|this)\s+(?:figure|number|proportion|share|percentage|rate|total)\s+(?:was|had\s+been|stood\s+at)\b`)
	// nowRE: the sentence before gives a figure as it stands now.
	nowRE = regexp.MustCompile(`(?i)\b(?:now|today|currently)\b`)
)

// baselineFigure reports whether the figure sp of s is the one a change
// starts from, where the sentence next to s in its paragraph gives the
// same measure as it stands now (see above).
func baselineFigure(s *sentence, sp *span) bool {
	if sp == nil || s.para == nil {
		return false
	}
	switch sp.kind {
	case kNumber, kMoney, kPercent:
	default:
		return false
	}
	ss := s.para.sents
	for i, t := range ss {
		if t != s {
			continue
		}
		if i+1 < len(ss) && pastYearOpenRE.MatchString(s.text) && figureNowRE.MatchString(ss[i+1].text) && hasFigureOf(ss[i+1], sp.kind) {
			return true
		}
		return i > 0 && figureThenRE.MatchString(s.text) && nowRE.MatchString(ss[i-1].text) && hasFigureOf(ss[i-1], sp.kind)
	}
	return false
}

// baselineSentence reports whether s gives the figure a change starts
// from: any item on it asks what the figure was, not where it has come
// to, the blank on another of its answers as much as the true statement.
func (a *article) baselineSentence(s *sentence) bool {
	for _, sp := range s.spans {
		if baselineFigure(s, sp) {
			return true
		}
	}
	return false
}

// hasFigureOf reports whether s gives a figure of kind k.
func hasFigureOf(s *sentence, k kind) bool {
	for _, o := range s.spans {
		if o.kind == k {
			return true
		}
	}
	return false
}
