package generate

import (
	"math"
	"regexp"
	"strconv"
)

// A sentence can date its own event twice: by a year and by a period
// with known bounds ("After working odd jobs in the first months of the
// Depression, Reyes joined the studio in 1930"). A false year swapped in
// from outside the period ("… joined the studio in 1924") contradicts the
// sentence's own words, and a learner marks it false without having read
// the article. Where the year falls inside a period the sentence names,
// a year swapped in must fall inside it too; where no year of the article
// does, swapShapeOK refuses the swap, and another figure is swapped or no
// false statement made.
//
// The periods read are the Depression (1929-1939), the First World War
// (1914-1918), the Second World War (1939-1945), a decade ("the 1920s",
// "the early 1950s" read as the whole decade), the turn of a century
// (five years either side), and, in a biography whose lead gives the
// birth year, "as a teenager" (13 to 19) and an age in years ("at the age
// of 12", "aged 12", "when he was 12").

// yearBounds is a period of years, both ends included.
type yearBounds struct{ lo, hi float64 }

// namedPeriods are the periods with fixed bounds a sentence may name.
var namedPeriods = []struct {
	re     *regexp.Regexp
	lo, hi float64
}{
	{regexp.MustCompile(`\b(?:Great )?Depression\b`), 1929, 1939},
	{regexp.MustCompile(`(?i)\b(?:First World War|World War (?:I|One|1)\b|Great War\b|WWI\b|WW1\b)`), 1914, 1918},
	{regexp.MustCompile(`(?i)\b(?:Second World War|World War (?:II|Two|2)\b|WWII\b|WW2\b)`), 1939, 1945},
}

var (
	decadeRE   = regexp.MustCompile(`\b(1[0-9]|20)([0-9])0s\b`)
	turnRE     = regexp.MustCompile(`(?i)\bturn of the (?:\d\d?(?:st|nd|rd|th) |twentieth |nineteenth |twenty-first |eighteenth )?century\b`)
	teenRE     = regexp.MustCompile(`(?i)\b(?:as a teenager|in (?:his|her|their) teens)\b`)
	ageYearsRE = regexp.MustCompile(`(?i)\b(?:at the age of|at age|aged|when (?:he|she) was)\s+(\d{1,2})\b`)
	ageWordRE  = regexp.MustCompile(`(?i)\b(?:at the age of|at age|aged|when (?:he|she) was)\s+([a-z]+(?:-[a-z]+)?)\b`)
)

// periodBounds lists the periods sentence s names, with their bounds,
// other than the figure sp itself ("the early 1980s").
func (a *article) periodBounds(s *sentence, sp *span) []yearBounds {
	var out []yearBounds
	text := s.text
	for _, p := range namedPeriods {
		if p.re.MatchString(text) {
			out = append(out, yearBounds{p.lo, p.hi})
		}
	}
	for _, m := range decadeRE.FindAllStringSubmatchIndex(text, -1) {
		if sp != nil && m[0] < sp.end && sp.start < m[1] {
			continue // the decade is the figure swapped
		}
		c, _ := strconv.Atoi(text[m[2]:m[3]])
		d, _ := strconv.Atoi(text[m[4]:m[5]])
		lo := float64(c*100 + d*10)
		out = append(out, yearBounds{lo, lo + 9})
	}
	born, _ := a.lifeYears()
	if born == 0 {
		return out
	}
	if teenRE.MatchString(text) {
		out = append(out, yearBounds{born + 13, born + 19})
	}
	ages := ageYearsRE.FindAllStringSubmatch(text, -1)
	for _, m := range ageWordRE.FindAllStringSubmatch(text, -1) {
		if n := wordNumber(m[1]); n > 0 {
			ages = append(ages, []string{m[0], strconv.Itoa(n)})
		}
	}
	for _, m := range ages {
		n, _ := strconv.Atoi(m[1])
		out = append(out, yearBounds{born + float64(n), born + float64(n) + 1})
	}
	return out
}

// turnBounds is the turn of the century nearest the year orig, when the
// sentence names one and orig falls within five years of it.
func turnBounds(s *sentence, orig float64) (yearBounds, bool) {
	if !turnRE.MatchString(s.text) {
		return yearBounds{}, false
	}
	c := math.Round(orig/100) * 100
	if math.Abs(orig-c) > 5 {
		return yearBounds{}, false
	}
	return yearBounds{c - 5, c + 5}, true
}

// periodYearOK reports whether the year v, swapped in for the year span
// sp of sentence s, stays inside every period s names that sp's own year
// falls in.
func (a *article) periodYearOK(s *sentence, sp *span, v float64) bool {
	if sp.kind != kYear {
		return true
	}
	orig := sp.num.value
	bs := a.periodBounds(s, sp)
	if b, ok := turnBounds(s, orig); ok {
		bs = append(bs, b)
	}
	for _, b := range bs {
		if orig >= b.lo && orig <= b.hi && (v < b.lo || v > b.hi) {
			return false
		}
	}
	return true
}
