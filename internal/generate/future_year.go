package generate

import "strings"

// A year swapped into a statement about the future must not be earlier
// than the year the sentence gives: "WPP … predicted that it will
// outperform the market in 2005" swapped to "in 1999" is a forecast of
// the past, false on its face (judged SWAP-WEAK). The future is told by
// "will", "would", a verb of forecasting, "set for" or "poised to"
// ("the economy is set for strong growth in 2005"), or "next", in the
// words before the year. A forecast that something will be bigger,
// more or better by a year is not swapped to a later year either: the
// later year is not plainly contradicted.

// futureWords mark a clause about what is to come.
var futureWords = set(`will|shall|predicted|predicts|predict|forecast|forecasts|expects|expected|expect|plans|planned|
intends|aims|hopes|next|upcoming|coming|due|set|poised|likely|projected|projects|outlook`)

// futureYearOK reports whether year v, swapped for the year span sp of
// sentence s, leaves a statement about the future plausible.
func futureYearOK(s *sentence, sp *span, v float64) bool {
	if v == sp.num.value {
		return true
	}
	future := false
	for _, w := range wordsOf(s.text[:sp.blankStart()]) {
		if futureWords[strings.ToLower(w)] {
			future = true
		}
	}
	if !future {
		return true
	}
	if v < sp.num.value {
		return false
	}
	// "Games … are set to be even bigger in 2005": a growth forecast
	// moved to a later year ("even bigger in 2010") is not plainly
	// contradicted, since what grows by 2005 may still be bigger after.
	// The comparative stands right before "in <year>".
	var prev []tok
	for _, t := range s.toks {
		if t.end > sp.blankStart() {
			break
		}
		prev = append(prev, t)
	}
	if n := len(prev); n >= 2 && strings.EqualFold(prev[n-1].text, "in") && (prev[n-2].tag == "JJR" || prev[n-2].tag == "RBR") {
		return false
	}
	return true
}
