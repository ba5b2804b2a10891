package generate

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// One growth told in two sets of figures. A report gives a rise as a
// share ("the number of subscribers had risen by 60% over the past
// year") and, in another sentence, as the two counts it runs between
// ("just over 32 million, up from 20 million a year ago"): 20 million to
// 32 million is the rise of 60%, so a statement on either, true or with
// a figure changed, is answered by the other, and the judges rejected
// the second as a repeat. sameGrowth tells two true/false items whose
// sentences state one rise so, sharing a word of what rose; the repeats
// rule (sameFact) keeps the better scored.

// riseShareRE is a rise given as a share: "rose by 60%", "up 12 per
// cent", "a 40% increase".
var riseShareRE = regexp.MustCompile(`(?i)\b(?:rose|risen|rise|rises|rising|grew|grown|grow|grows|growing|increased|increase|increases|jumped|jump|climbed|up|gained|growth|soared)\s+(?:by\s+|of\s+)?(?:about\s+|almost\s+|nearly\s+|some\s+|around\s+|roughly\s+|more\s+than\s+|over\s+|just\s+over\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)|\b(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:rise|increase|jump|growth|gain)\b`)

// amount is a figure and the word of scale after it.
const amount = `(\d+(?:\.\d+)?)\s*(million|billion|bn|m|thousand)?\b`

// fromToRE is a rise given as the counts it runs between: "from 20
// million to 32 million", "32 million …, up from 20 million".
var (
	fromToRE = regexp.MustCompile(`(?i)\bfrom\s+(?:just\s+|about\s+|around\s+|some\s+)?(?:over\s+|under\s+)?` + amount + `\s+(?:\p{L}+\s+){0,3}?to\s+(?:just\s+|about\s+|around\s+|some\s+)?(?:over\s+|under\s+)?` + amount)
	upFromRE = regexp.MustCompile(`(?i)` + amount + `[^.;]{0,80}?\bup\s+from\s+(?:just\s+|about\s+|around\s+|some\s+)?(?:over\s+|under\s+)?` + amount)
)

// riseShares are the rises a sentence gives as shares, in per cent.
func riseShares(text string) []float64 {
	var out []float64
	for _, m := range riseShareRE.FindAllStringSubmatch(text, -1) {
		n := m[1]
		if n == "" {
			n = m[2]
		}
		if v, err := strconv.ParseFloat(n, 64); err == nil && v > 0 {
			out = append(out, v)
		}
	}
	return out
}

// riseScale is the factor a word of scale stands for; the other's where
// one figure has none ("from 20 to 32 million").
func riseScale(w, other string) float64 {
	if w == "" {
		w = other
	}
	switch strings.ToLower(w) {
	case "thousand":
		return 1e3
	case "million", "m":
		return 1e6
	case "billion", "bn":
		return 1e9
	}
	return 1
}

// riseRuns are the rises a sentence gives as the counts they run between,
// in per cent of the first.
func riseRuns(text string) []float64 {
	var out []float64
	add := func(from, fs, to, ts string) {
		f, err1 := strconv.ParseFloat(from, 64)
		t, err2 := strconv.ParseFloat(to, 64)
		if err1 != nil || err2 != nil || f <= 0 {
			return
		}
		f, t = f*riseScale(fs, ts), t*riseScale(ts, fs)
		if t > f {
			out = append(out, (t-f)/f*100)
		}
	}
	for _, m := range fromToRE.FindAllStringSubmatch(text, -1) {
		add(m[1], m[2], m[3], m[4])
	}
	for _, m := range upFromRE.FindAllStringSubmatch(text, -1) {
		add(m[3], m[4], m[1], m[2])
	}
	return out
}

// sameRise reports whether one of texts s and t gives a rise as a share
// and the other gives counts that make that share, within a twentieth of
// it or two points, whichever is more: figures in reports are rounded.
func sameRise(s, t string) bool {
	for _, p := range [][2]string{{s, t}, {t, s}} {
		for _, share := range riseShares(p[0]) {
			for _, run := range riseRuns(p[1]) {
				if math.Abs(share-run) <= math.Max(2, share/20) {
					return true
				}
			}
		}
	}
	return false
}

// sameGrowth reports whether true/false items x and y, on two sentences
// sharing a word of what they tell, state one rise in other figures.
func (a *article) sameGrowth(x, y *item) bool {
	if x.sent == nil || y.sent == nil || x.sent == y.sent {
		return false
	}
	if tf, _ := isTrueFalse(x); !tf {
		return false
	}
	if tf, _ := isTrueFalse(y); !tf {
		return false
	}
	if !sameRise(x.sent.text, y.sent.text) {
		return false
	}
	shared, _ := overlapSets(a.wordSet(x.sent), a.wordSet(y.sent))
	return shared > 0
}
