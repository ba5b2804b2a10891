package generate

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
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

// A news report's recent year moved to a year the article never
// gives ("Video games on consoles and computers proved more popular
// than ever in 1998", in a report on 2004) is not plainly contradicted:
// the report says nothing of 1998 (judged SWAP-WEAK; so too "a
// prediction for 1999 in a report on 2004 results"). The year the
// report compares with its own ("almost 7% more than they did in 2003")
// is: a false statement on a year of the report's present (its latest
// year, or the one before) takes that year, or another the article
// gives, and none made up; where the article gives none, the year is
// not swapped.

// reportYearSwaps returns, for the year span sp of sentence s of a news
// report, the years the article gives in its other sentences as swap
// options: first those a sentence gives beside sp's year (the years it
// contrasts), then, for a year of the report's present, the rest,
// nearest first. A biography's other years are not offered: its death
// year put on another act is false on its face.
func (a *article) reportYearSwaps(s *sentence, sp *span) []option {
	if sp.kind != kYear || !a.newsReport() || clockTime(s, sp) {
		return nil
	}
	present := a.presentYear(sp)
	var ys []*span
	seen := map[float64]bool{sp.num.value: true}
	for _, o := range a.sents {
		if o == s {
			continue
		}
		for _, y := range o.spans {
			if a.isYear(o, y) && y.num.suffix == sp.num.suffix && !seen[y.num.value] {
				seen[y.num.value] = true
				ys = append(ys, y)
			}
		}
	}
	// Each year is looked up once: the order reads the flag.
	contrasted := make(map[float64]bool, len(ys))
	for _, y := range ys {
		contrasted[y.num.value] = a.contrastedYear(s, sp, y.num.value)
	}
	sort.SliceStable(ys, func(i, j int) bool {
		ci, cj := contrasted[ys[i].num.value], contrasted[ys[j].num.value]
		if ci != cj {
			return ci
		}
		return math.Abs(ys[i].num.value-sp.num.value) < math.Abs(ys[j].num.value-sp.num.value)
	})
	out := make([]option, 0, len(ys))
	for _, y := range ys {
		if !present && !contrasted[y.num.value] {
			break
		}
		out = append(out, option{text: y.text, key: key(y.text), quality: 0.8, article: true})
	}
	return out
}

// contrastedYear reports whether a sentence of the article other than s
// gives year v beside the year of span sp: a year the article compares
// with sp's, which a statement moving sp's year to it plainly
// contradicts however near the two are.
func (a *article) contrastedYear(s *sentence, sp *span, v float64) bool {
	for _, o := range a.sents {
		if o == s {
			continue
		}
		has, other := false, false
		for _, y := range o.spans {
			if a.isYear(o, y) {
				has = has || y.num.value == sp.num.value
				other = other || y.num.value == v
			}
		}
		if has && other {
			return true
		}
	}
	return false
}

// yearGiven reports whether the article gives year v in a sentence other
// than s.
func (a *article) yearGiven(s *sentence, v float64) bool {
	for _, o := range a.sents {
		if o == s {
			continue
		}
		for _, y := range o.spans {
			if y.num.value == v && a.isYear(o, y) {
				return true
			}
		}
	}
	return false
}

// newsReport reports whether the article is a report rather than a
// biography: its present is the year its headline or lead gives.
func (a *article) newsReport() bool {
	if len(a.sents) == 0 {
		return false
	}
	full, _ := a.biographySubject()
	return full == ""
}

// presentYear reports whether the year span sp is of a news report's
// present: the latest year its headline or first sentence gives, or the
// year before it.
func (a *article) presentYear(sp *span) bool {
	if sp.kind != kYear || !a.newsReport() {
		return false
	}
	p, ok := 0.0, false
	for _, m := range headlineYearRE.FindAllString(a.course, -1) {
		if v, err := strconv.ParseFloat(m, 64); err == nil && (!ok || v > p) {
			p, ok = v, true
		}
	}
	for _, y := range a.sents[0].spans {
		if y.kind == kYear && !clockTime(a.sents[0], y) && (!ok || y.num.value > p) {
			p, ok = y.num.value, true
		}
	}
	return ok && (sp.num.value == p || sp.num.value == p-1)
}

// isYear reports whether span sp of sentence s gives a year: a year, or
// four figures alone that read as one ("more than they did in 2003",
// year_number.go), and not a time of day.
func (a *article) isYear(s *sentence, sp *span) bool {
	if clockTime(s, sp) {
		return false
	}
	return sp.kind == kYear || sp.kind == kNumber && a.readsAsYear(s, sp)
}

// clockWords follow a four-digit time of day ("at 1200 GMT").
var clockWords = set(`gmt|bst|utc|cet|est|pst|hours|hrs|h`)

// clockTime reports whether the four figures of sp are a time of day.
func clockTime(s *sentence, sp *span) bool {
	if sp.end > len(s.text) {
		return false
	}
	w := wordsOf(s.text[sp.end:])
	return len(w) > 0 && clockWords[strings.ToLower(w[0])]
}
