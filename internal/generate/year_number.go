package generate

import (
	"math"
	"regexp"
)

// A year written before a noun ("two 2005 blockbusters", "the 1998
// season") is read as a plain number, so that "2024 passengers" is not
// taken for a time. Swapped like a count, it can become a figure no year
// could be ("two 1000 blockbusters"), false on its face. When a bare
// four-digit figure lies within the years the article spans, it is
// treated as the year it most likely is: the figure swapped in must be a
// bare four-digit year the article's times make plausible, or the swap
// is not made.

// bareFourDigitsRE matches a figure written as four digits alone.
var bareFourDigitsRE = regexp.MustCompile(`^[12][0-9]{3}$`)

// yearLikeNumberOK reports whether the figure v, written as text and
// swapped for the plain number span sp of sentence s, is acceptable when
// sp reads as a year; it is true for every span that does not.
func (a *article) yearLikeNumberOK(s *sentence, sp *span, text string, v float64) bool {
	if sp.kind != kNumber || !a.readsAsYear(s, sp) {
		return true
	}
	if !bareFourDigitsRE.MatchString(text) {
		return false
	}
	ys := *sp
	ys.kind = kYear
	return a.yearPlausible(s, &ys, v) && futureYearOK(s, &ys, v)
}

// readsAsYear reports whether the plain number span sp is four digits
// alone, without unit or scale, within the years the article gives
// elsewhere (with the margin yearPlausible allows).
func (a *article) readsAsYear(s *sentence, sp *span) bool {
	n := sp.num
	if n.commas || n.decimals != 0 || n.scale != "" || n.prefix != "" || n.suffix != "" || !bareFourDigitsRE.MatchString(sp.text) {
		return false
	}
	first, last, ok := a.yearsOutside(s)
	if !ok {
		return false
	}
	pad := math.Max(10, (last-first)/4)
	return n.value >= first-pad && n.value <= last+pad
}
