package generate

import (
	"regexp"
	"strconv"
)

// A short report is dated by the year its headline or first sentence
// gives: "Sportswear firm posts 2004 profit". A year after it in the body
// is one the report looks forward to ("the deal would end in 2006, five
// years early"); swapped for a year before the report's own, the false
// statement puts a coming event in the past and is false on its face
// (judged SWAP-WEAK: "an early end in 2000 is impossible for a deal
// announced alongside 2004 results").

// headlineYearRE finds a year in a headline.
var headlineYearRE = regexp.MustCompile(`\b(1[5-9]\d\d|20\d\d)\b`)

// reportYear is the latest year the headline or the first sentence of a
// short article names, and false for a longer article or one without
// such a year.
func (a *article) reportYear() (float64, bool) {
	if !a.shortReport() {
		return 0, false
	}
	best, ok := 0.0, false
	for _, m := range headlineYearRE.FindAllString(a.course, -1) {
		if v, err := strconv.ParseFloat(m, 64); err == nil && (!ok || v > best) {
			best, ok = v, true
		}
	}
	for _, sp := range a.sents[0].spans {
		if sp.kind == kYear && (!ok || sp.num.value > best) {
			best, ok = sp.num.value, true
		}
	}
	return best, ok
}

// reportYearOK reports whether year v, swapped for year span sp, leaves
// a year after the report's own on the same side of it.
func (a *article) reportYearOK(sp *span, v float64) bool {
	p, ok := a.reportYear()
	if !ok {
		return true
	}
	return !(sp.num.value > p && v < p)
}
