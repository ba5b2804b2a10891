package generate

import (
	"math"
	"strings"
)

// A figure that names a class on a fixed scale ("the law banning the sale
// of 18 rated games to children", "a 15-rated film") is not a count: a
// look-alike swapped in ("9 rated games") names a class that does not
// exist, and the false statement reads as false on its face (judged
// SWAP-WEAK: "a 9 rated game is not a real classification"). Such a
// figure is swapped only for another class of a scale it belongs to, or
// one the article itself rates something by; where there is none, it is
// not swapped.

// ratingWords follow a figure that names a class of a rating scale.
var ratingWords = set(`rated|rating|certificate|cert`)

// ratingScales are the age ratings of films and games: the British
// Board of Film Classification's and PEGI's. A scale is used for a
// figure only where the figure is one of its classes.
var ratingScales = [][]float64{
	{12, 15, 18},
	{3, 7, 12, 16, 18},
}

// ratingSpan reports whether the plain number sp of sentence s names a
// class of a rating ("18 rated", "15-rated", "a 12 certificate").
func ratingSpan(s *sentence, sp *span) bool {
	if s == nil || sp.kind != kNumber || sp.num.scale != "" || sp.num.prefix != "" || sp.num.decimals != 0 {
		return false
	}
	if suf := strings.ToLower(strings.Trim(sp.num.suffix, " -")); suf != "" {
		return ratingWords[suf]
	}
	if sp.end > len(s.text) {
		return false
	}
	after := strings.TrimLeft(s.text[sp.end:], " -")
	words := wordsOf(after)
	return len(words) > 0 && ratingWords[strings.ToLower(words[0])]
}

// ratingClasses returns the other classes of the first scale that has
// the rating v, nearest first; none where no scale has it.
func ratingClasses(v float64) []float64 {
	for _, sc := range ratingScales {
		has := false
		for _, x := range sc {
			has = has || x == v
		}
		if !has {
			continue
		}
		var out []float64
		for _, x := range sc {
			if x != v {
				out = append(out, x)
			}
		}
		// Nearest first; of two as near, the lower.
		for i := 1; i < len(out); i++ {
			for j := i; j > 0; j-- {
				dj, dp := math.Abs(out[j]-v), math.Abs(out[j-1]-v)
				if dj < dp || dj == dp && out[j] < out[j-1] {
					out[j], out[j-1] = out[j-1], out[j]
				}
			}
		}
		return out
	}
	return nil
}

// ratingSwapOK reports whether the figure v may be swapped for sp in s:
// always where sp names no rating, and otherwise only where v is another
// class of sp's scale or a rating the article gives elsewhere.
func (a *article) ratingSwapOK(s *sentence, sp *span, v float64) bool {
	if !ratingSpan(s, sp) {
		return true
	}
	for _, x := range ratingClasses(sp.num.value) {
		if x == v {
			return true
		}
	}
	for _, o := range a.sents {
		for _, r := range o.spans {
			if r != sp && r.num.value == v && ratingSpan(o, r) {
				return true
			}
		}
	}
	return false
}
