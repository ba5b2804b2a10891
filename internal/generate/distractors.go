package generate

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// distractors returns wrong options for a blank, best first: phrases of the
// same kind taken from the article (person for person, country for country,
// a noun phrase with the same head for a noun phrase, a number of similar
// size in the same unit), then, for numbers only, look-alikes made by
// perturbing the answer. None equals the answer or another option, contains
// or is contained in the answer, or occurs in the sentence.
func (a *article) distractors(s *sentence, sp *span) []option {
	sentKey := " " + key(s.text) + " "
	inSentence := func(k string) bool { return strings.Contains(sentKey, " "+k+" ") }
	var cands []option
	for _, k := range a.keys {
		mentions := a.byKey[k]
		o := mentions[0]
		if o.kind != sp.kind || k == sp.key || inSentence(k) || containsWords(k, sp.key) || containsWords(sp.key, k) {
			continue
		}
		q := 0.0
		switch {
		case sp.kind == kPerson || sp.kind == kOrg:
			q = 1
		case sp.kind == kPlace:
			switch {
			case sp.sub != "" && sp.sub == o.sub:
				q = 1
			case sp.sub == "" || o.sub == "":
				q = 0.7
			default:
				q = 0.4
			}
		case sp.kind == kName:
			if sp.sub != o.sub {
				continue
			}
			q = 0.9
		case sp.kind == kTerm:
			if o.plural != sp.plural || a.weight[k] < 0.05 {
				continue
			}
			switch {
			case o.head == sp.head:
				q = 1
			case suffix3(o.head) == suffix3(sp.head):
				q = 0.6
			default:
				q = 0.35
			}
			if d := len(strings.Fields(k)) - len(strings.Fields(sp.key)); d > 1 || d < -1 {
				q -= 0.2
			}
			if sharesModifier(k, sp.key) {
				continue // "military power" for "economic power imbalance"
			}
		case sp.kind.numeric():
			q = numericQuality(sp, o)
			if q == 0 {
				continue
			}
		}
		cands = append(cands, option{text: surface(mentions, sp), key: k, quality: q, article: true})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].quality != cands[j].quality {
			return cands[i].quality > cands[j].quality
		}
		ni, nj := len(a.byKey[cands[i].key]), len(a.byKey[cands[j].key])
		if ni != nj {
			return ni > nj
		}
		di, dj := distance(a.byKey[cands[i].key], s), distance(a.byKey[cands[j].key], s)
		if di != dj {
			return di < dj
		}
		return cands[i].key < cands[j].key
	})
	var out []option
	take := func(o option) {
		for _, x := range out {
			if x.key == o.key || containsWords(x.key, o.key) || containsWords(o.key, x.key) || key(x.text) == key(o.text) {
				return
			}
		}
		if key(o.text) == sp.key || inSentence(key(o.text)) {
			return
		}
		out = append(out, o)
	}
	for _, o := range cands {
		if len(out) == 3 {
			break
		}
		take(o)
	}
	if len(out) < 3 && sp.kind.numeric() {
		for _, t := range perturb(sp) {
			if len(out) == 3 {
				break
			}
			take(option{text: t, key: key(t), quality: 0.65})
		}
	}
	return out
}

func suffix3(w string) string {
	if len(w) < 3 {
		return w
	}
	return w[len(w)-3:]
}

// sharesModifier reports whether two noun phrases share a non-head word,
// which makes one a near-paraphrase of the other.
func sharesModifier(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	for _, x := range fa[:len(fa)-1] {
		for _, y := range fb[:len(fb)-1] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// surface picks how to write a distractor: its most frequent spelling, with
// "the" when the answer's blank has it and the distractor usually does.
func surface(mentions []*span, answer *span) string {
	counts := map[string]int{}
	best, bestN, withThe := "", 0, 0
	for _, m := range mentions {
		t := m.text
		if m.kind == kTerm {
			t = strings.ToLower(t)
		}
		counts[t]++
		if counts[t] > bestN {
			best, bestN = t, counts[t]
		}
		if m.the {
			withThe++
		}
	}
	if answer.the && withThe*2 >= len(mentions) {
		return "the " + best
	}
	return best
}

func distance(mentions []*span, s *sentence) int {
	d := math.MaxInt
	for _, m := range mentions {
		x := m.sent.idx - s.idx
		if x < 0 {
			x = -x
		}
		d = min(d, x)
	}
	return d
}

// numericQuality rates article number o as a distractor for sp: the same
// kind and unit, and a similar size.
func numericQuality(sp, o *span) float64 {
	a, b := sp.num, o.num
	switch sp.kind {
	case kYear:
		if a.suffix != b.suffix || a.value == b.value {
			return 0
		}
		if math.Abs(a.value-b.value) <= 40 {
			return 1
		}
		return 0.7
	case kDate:
		if sp.sub != o.sub {
			return 0
		}
		return 1
	case kCentury:
		return 1
	case kPercent:
		if a.value == b.value {
			return 0
		}
		return 1
	case kMoney, kNumber:
		if sp.sub != o.sub || scaled(a) == scaled(b) {
			return 0
		}
		r := scaled(a) / scaled(b)
		if r < 1 {
			r = 1 / r
		}
		switch {
		case r <= 5:
			return 1
		case r <= 20:
			return 0.7
		}
		return 0
	}
	return 0
}

func scaled(n numInfo) float64 {
	v := n.value
	switch strings.TrimSpace(strings.ToLower(n.scale)) {
	case "thousand":
		v *= 1e3
	case "million", "m":
		v *= 1e6
	case "billion", "bn":
		v *= 1e9
	case "trillion":
		v *= 1e12
	case "hundred":
		v *= 100
	}
	if v == 0 {
		return 1e-9
	}
	return v
}

// perturb makes look-alike numbers for a numeric answer, in its format.
func perturb(sp *span) []string {
	n := sp.num
	var vals []float64
	switch sp.kind {
	case kYear:
		for _, d := range []float64{-3, 2, -6, 5, -10, 8} {
			vals = append(vals, n.value+d)
		}
	case kCentury:
		for _, d := range []float64{-1, 1, -2, 2} {
			if n.value+d > 0 {
				vals = append(vals, n.value+d)
			}
		}
	case kDate:
		return perturbDate(n)
	case kPercent:
		for _, f := range []float64{0.5, 1.5, 0.75, 2, 1.25} {
			v := roundLike(n.value*f, n.decimals)
			if v > 0 && v <= 100 {
				vals = append(vals, v)
			}
		}
	default:
		if n.value < 10 && n.decimals == 0 {
			for _, d := range []float64{1, -1, 2, -2, 3} {
				if n.value+d > 0 {
					vals = append(vals, n.value+d)
				}
			}
		} else {
			for _, f := range []float64{0.5, 1.5, 2, 0.75, 3} {
				vals = append(vals, roundLike(n.value*f, n.decimals))
			}
		}
	}
	var out []string
	for _, v := range vals {
		if v == n.value {
			continue
		}
		out = append(out, formatNum(sp, v))
	}
	return out
}

// roundLike rounds v to the given decimals, or for whole numbers of two or
// more digits to two significant figures, so that look-alikes look written.
func roundLike(v float64, decimals int) float64 {
	if decimals > 0 {
		p := math.Pow(10, float64(decimals))
		return math.Round(v*p) / p
	}
	if v < 10 {
		return math.Round(v)
	}
	mag := math.Pow(10, math.Floor(math.Log10(v))-1)
	return math.Round(v/mag) * mag
}

func formatNum(sp *span, v float64) string {
	n := sp.num
	switch sp.kind {
	case kYear:
		return strconv.Itoa(int(v)) + n.suffix
	case kCentury:
		return ordinal(int(v)) + strings.TrimLeft(n.suffix, "stndrh")
	}
	s := strconv.FormatFloat(v, 'f', n.decimals, 64)
	if n.commas {
		s = addCommas(s)
	}
	return n.prefix + s + n.scale + n.suffix
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

func addCommas(s string) string {
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String() + frac
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func perturbDate(n numInfo) []string {
	var out []string
	mi := 0
	for i, m := range monthNames {
		if m == n.month {
			mi = i
		}
	}
	format := func(day int, month string, year int) string {
		var s string
		switch {
		case day > 0 && n.dayFirst:
			s = strconv.Itoa(day) + " " + month
		case day > 0:
			s = month + " " + strconv.Itoa(day)
			if year > 0 {
				s += ","
			}
		default:
			s = month
		}
		if year > 0 {
			s += " " + strconv.Itoa(year)
		}
		return s
	}
	if n.day > 0 {
		for _, d := range []int{7, -5, 12, -11} {
			day := n.day + d
			if day >= 1 && day <= 28 {
				out = append(out, format(day, n.month, n.year))
			}
		}
	} else {
		for _, d := range []int{2, -3, 5} {
			out = append(out, format(0, monthNames[(mi+d+12)%12], n.year))
		}
	}
	return out
}
