package generate

import (
	"math"
	"strings"
)

// A figure that is part of a name is no quantity: the mobile operator
// "3" ("Italy's TIM and 3"), "Windows 95", "Channel 4". Swapped as if it
// were one ("TIM and 2") the statement reads as nonsense, as both blind
// judges of set 73 said. And a year swapped far from every year the
// article gives ("sales in 1999" in a report on next year's sales) is
// false on its face: a year is swapped only for one within a few years
// of a year the article names.

// nameNumber reports whether the plain number sp of s is part of a name:
// it follows a capitalised word (whatever its tag: the tagger reads
// "Windows" as a verb) that is not the sentence's first and not
// a month, or it is joined by "and" or "or" to a name and counts nothing
// (no noun after it).
func nameNumber(s *sentence, sp *span) bool {
	if sp.kind != kNumber || sp.num.suffix != "" || sp.num.scale != "" {
		return false
	}
	i := -1
	for k, t := range s.toks {
		if t.start >= sp.start {
			i = k
			break
		}
	}
	if i <= 0 {
		return false
	}
	prev := s.toks[i-1]
	if i-1 > 0 && prev.text != "" && prev.text[0] >= 'A' && prev.text[0] <= 'Z' && !months[prev.text] && prev.end == sp.start-1 {
		return true // "Windows 95"
	}
	// The number counts nothing: the sentence or clause ends after it.
	j := i
	for j < len(s.toks) && s.toks[j].end <= sp.end {
		j++
	}
	if j < len(s.toks) {
		if n := s.toks[j]; n.text != "." && n.text != "," && n.text != ";" && n.text != ")" {
			return false
		}
	}
	if lw := strings.ToLower(prev.text); (lw == "and" || lw == "or") && i >= 2 && s.toks[i-2].tag == "NNP" {
		return true // "TIM and 3."
	}
	return false
}

// yearNearArticle reports whether the year v swapped in for sp lies
// within three years of a year the article gives, sp's own included. It
// reads only an article whose years span twenty years or less (a news
// report's last year, this year and next): a life or a history spanning
// decades keeps yearPlausible's wider margin, where a birth year eleven
// years off is a fair swap.
func (a *article) yearNearArticle(sp *span, v float64) bool {
	if math.Abs(v-sp.num.value) <= 3 {
		return true
	}
	lo, hi := sp.num.value, sp.num.value
	near := false
	for _, t := range a.timeSpans() {
		if t.sp.kind != kYear {
			continue
		}
		y := t.sp.num.value
		lo, hi = math.Min(lo, y), math.Max(hi, y)
		near = near || math.Abs(y-v) <= 3
	}
	return near || hi-lo > 20
}
