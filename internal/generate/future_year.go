package generate

import "strings"

// A year swapped into a statement about the future must not be earlier
// than the year the sentence gives: "WPP … predicted that it will
// outperform the market in 2005" swapped to "in 1999" is a forecast of
// the past, false on its face (judged SWAP-WEAK). The future is told by
// "will", "would", a verb of forecasting, "set for" or "poised to"
// ("the economy is set for strong growth in 2005"), or "next", in the
// words before the year.

// futureWords mark a clause about what is to come.
var futureWords = set(`will|shall|predicted|predicts|predict|forecast|forecasts|expects|expected|expect|plans|planned|
intends|aims|hopes|next|upcoming|coming|due|set|poised|likely|projected|projects|outlook`)

// futureYearOK reports whether year v, swapped for the year span sp of
// sentence s, leaves a statement about the future plausible.
func futureYearOK(s *sentence, sp *span, v float64) bool {
	if v >= sp.num.value {
		return true
	}
	for _, w := range wordsOf(s.text[:sp.blankStart()]) {
		if futureWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
