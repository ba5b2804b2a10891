package generate

import (
	"math"
	"regexp"
	"sort"
	"strings"
)

// A true/false statement made by swapping a figure must read as a
// plausible claim that the article contradicts, not as one that
// contradicts itself. A sentence that relates its figures ("fell from 30
// to just 21 days", "between 40 and 60", "more than the 12 of last
// year") states their order in its words; a figure swapped in must keep
// that order, or the statement says "fell from 18 to just 21 days". A
// year or century far outside the times the article spans ("a 13th-century
// evolutionary thinker" in a life of the 19th), or a birth year after the
// events of the life, is false on its face. swapShapeOK turns such swaps
// down, so another figure, or a true statement, is used instead.

// relationWords say how a sentence's figures stand to each other.
var relationWords = set(`from|to|between|than|rose|risen|rise|rises|fell|fallen|fall|falls|dropped|drop|drops|
increased|increase|increases|decreased|decrease|decreases|grew|grown|grow|declined|decline|declines|climbed|
jumped|up|down|cut|reduced|higher|lower|more|fewer|less|larger|smaller|longer|shorter|compared|against|versus|vs|
until|before|after|since|earlier|later`)

// ratioWords tie one figure to another by a multiple: a swap breaks it.
var ratioWords = set(`doubled|double|doubling|tripled|triple|quadrupled|halved|half|twice|thrice|times`)

var bornRE = regexp.MustCompile(`(?i)\b(?:born|birth|b\.)\W+(?:\w+\W+){0,4}$`)

// swapShapeOK reports whether the figure text, swapped in for the numeric
// span sp of sentence s, leaves a statement that reads as plausible.
func (a *article) swapShapeOK(s *sentence, sp *span, text string) bool {
	if !sp.kind.numeric() || sp.kind == kDate {
		return true
	}
	v, ok := amountOf(text)
	if !ok {
		return false
	}
	orig := scaled(sp.num)
	if sp.kind == kYear || sp.kind == kCentury {
		orig = sp.num.value
	}
	related, ratio := false, false
	for _, t := range s.toks {
		w := strings.ToLower(t.text)
		related = related || relationWords[w]
		ratio = ratio || ratioWords[w]
	}
	for _, o := range s.spans {
		if o == sp || o.kind != sp.kind || o.start < sp.end && sp.start < o.end {
			continue
		}
		if sp.kind == kNumber && sp.num.suffix != "" && o.num.suffix != "" && !sameUnit(sp.num.suffix, o.num.suffix) {
			continue
		}
		y := scaled(o.num)
		if sp.kind == kYear || sp.kind == kCentury {
			y = o.num.value
		}
		if ratio {
			return false // "doubled from 10 to 20"
		}
		if related && (v == y || (orig < y) != (v < y)) {
			return false // "fell from 18 to just 21 days"
		}
	}
	if bareNumberBeforeVerb(s, sp) {
		return false // "the introduction of 24 drinking"
	}
	if nameNumber(s, sp) {
		return false // "Italy's TIM and 3" (name_number.go)
	}
	if appositiveAge(s, sp) {
		return false // "Michael Ferguson, 9, escaped …"
	}
	if elapsedSpan(s, sp) {
		return false // "than it did 5 years ago"
	}
	if asOfDate(s, sp) {
		return false // "As of 2004, Bancroft sits on the boards …"
	}
	if ageSpan(s, sp) && (orig >= adultAge) != (v >= adultAge) {
		return false // "At age 11 he applied to become a lawyer"
	}
	if !a.yearLikeNumberOK(s, sp, text, v) { // year_number.go
		return false
	}
	if !a.ratingSwapOK(s, sp, v) { // rating_swap.go
		return false // "the sale of 9 rated games"
	}
	switch sp.kind {
	case kYear:
		if !a.yearNearArticle(sp, v) {
			return false // "sales in 1999" (name_number.go)
		}
		return a.yearPlausible(s, sp, v) && a.newsWeekYearOK(s, sp, v) && futureYearOK(s, sp, v) && a.reportYearOK(sp, v) && a.periodYearOK(s, sp, v) // future_year.go, report_year.go, period_year.go
	case kCentury:
		return a.centuryPlausible(sp, v) && centuryNear(sp.num.value, v) // item_quality.go
	}
	return true
}

// ingPrepositions end in "-ing" and may follow a figure ("in 1902
// during the reign of …").
var ingPrepositions = set(`during|including|excluding|according|following|regarding|concerning|notwithstanding|pending|involving|beginning|starting|ending|totalling|totaling|rising|falling`)

// bareNumberBeforeVerb reports whether the plain number sp is followed
// by a word in "-ing" rather than by a count noun or a unit: "A chief
// constable has backed the introduction of 24 drinking", where the text
// dropped "hour". The number counts nothing, so a swap ("12 drinking")
// reads as nonsense, as both blind judges of the report said.
func bareNumberBeforeVerb(s *sentence, sp *span) bool {
	if sp.kind != kNumber || sp.num.suffix != "" || sp.num.scale != "" {
		return false
	}
	n := nextTok(s, sp.end)
	if n == nil || n.start > sp.end+1 {
		return false
	}
	w := n.text
	return len(w) > 4 && strings.HasSuffix(w, "ing") && strings.ToLower(w) == w && !ingPrepositions[w]
}

// asOfRE: the words before a date that stamps when a state held ("As of
// 2010, she sits on …", "as at March 2004").
var asOfRE = regexp.MustCompile(`(?i)\bas (?:of|at) $`)

// asOfDate reports whether sp is the date a sentence's state is given as
// of: the state is what the sentence says, the date only when it was
// last checked, so a false statement moving it is not plainly
// contradicted, and a blank over it tests a detail.
func asOfDate(s *sentence, sp *span) bool {
	if sp.kind != kYear && sp.kind != kDate {
		return false
	}
	start := sp.blankStart()
	if start < 0 || start > len(s.text) {
		return false
	}
	return asOfRE.MatchString(s.text[:start])
}

// sameUnit reports whether two number suffixes name one unit: " days" and
// " day", "-kilometre" and " kilometres".
func sameUnit(a, b string) bool {
	n := func(x string) string {
		x = strings.ToLower(strings.Trim(x, " -"))
		return strings.TrimSuffix(x, "s")
	}
	return n(a) == n(b)
}

// timeAt is a year or century the article gives, with where.
type timeAt struct {
	sp      *span
	century float64 // the century it falls in
}

// timeSpans lists the article's years and centuries, ordered by century
// then year, once per article.
func (a *article) timeSpans() []timeAt {
	if a.times != nil {
		return a.times
	}
	a.times = []timeAt{}
	for _, o := range a.sents {
		for _, sp := range o.spans {
			switch sp.kind {
			case kYear:
				a.times = append(a.times, timeAt{sp, math.Floor(sp.num.value/100) + 1})
			case kCentury:
				a.times = append(a.times, timeAt{sp, sp.num.value})
			}
		}
	}
	sort.SliceStable(a.times, func(i, j int) bool {
		if a.times[i].century != a.times[j].century {
			return a.times[i].century < a.times[j].century
		}
		return a.times[i].sp.num.value < a.times[j].sp.num.value
	})
	return a.times
}

// yearsOutside returns the smallest and largest year the article gives
// outside sentence s; ok is false when there is none.
func (a *article) yearsOutside(s *sentence) (lo, hi float64, ok bool) {
	ts := a.timeSpans()
	for _, t := range ts {
		if t.sp.kind == kYear && t.sp.sent != s {
			lo, ok = t.sp.num.value, true
			break
		}
	}
	for i := len(ts) - 1; i >= 0; i-- {
		if t := ts[i]; t.sp.kind == kYear && t.sp.sent != s {
			hi = t.sp.num.value
			break
		}
	}
	return lo, hi, ok
}

// yearPlausible reports whether a year swapped into s lies within the
// times the article spans (with a margin of a quarter of that span, at
// least ten years), and, for a birth year, before everything else the
// article dates.
func (a *article) yearPlausible(s *sentence, sp *span, v float64) bool {
	first, last, ok := a.yearsOutside(s)
	if !ok {
		return true
	}
	lo, hi := math.Min(first, sp.num.value), math.Max(last, sp.num.value)
	pad := math.Max(10, (hi-lo)/4)
	if v < lo-pad || v > hi+pad {
		return false
	}
	before := s.text[:sp.blankStart()]
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	if bornRE.MatchString(before) && sp.num.value < first && v >= first {
		// Born after the first dated event of the life.
		return false
	}
	return true
}

// centuryPlausible reports whether a century swapped in is one the
// article's times reach, or next to one.
func (a *article) centuryPlausible(sp *span, v float64) bool {
	ts := a.timeSpans()
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, t := range ts {
		if t.sp != sp {
			lo = t.century
			break
		}
	}
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].sp != sp {
			hi = ts[i].century
			break
		}
	}
	if math.IsInf(lo, 1) {
		return true
	}
	return v >= lo-1 && v <= hi+1
}

// A swapped age that moves a person across childhood's end changes what
// the sentence can tell: a child in a career step ("At age 11 he applied
// to become a lawyer") or an adult at a child's ("at 30 he entered
// primary school") is false on its face. adultAge is that line.
const adultAge = 18

// ageRE ends the text before a figure that gives a person's age: "at age",
// "aged", "at the age of".
var ageRE = regexp.MustCompile(`(?i)\b(?:age|aged|the age of)\s*$`)

// appositiveAgeRE ends the text before a bare figure set off after a
// name: "Michael Ferguson, 36, escaped".
var appositiveAgeRE = regexp.MustCompile(`\b[A-Z][\w'’-]*,\s*$`)

// appositiveAge reports whether the numeric span sp is a person's age set
// off by commas after a name, as a news report gives it. The age is an
// incidental detail of the report, and another age swapped in ("Michael
// Ferguson, 9, escaped after being allowed out of the high security
// Carstairs unit") is false on its face, so it is never swapped.
func appositiveAge(s *sentence, sp *span) bool {
	if sp.kind != kNumber || sp.num.suffix != "" || sp.num.value < 1 || sp.num.value > 120 || sp.num.value != math.Trunc(sp.num.value) {
		return false
	}
	if !appositiveAgeRE.MatchString(s.text[:sp.start]) {
		return false
	}
	after := strings.TrimLeft(s.text[sp.end:], " ")
	return strings.HasPrefix(after, ",") || strings.HasPrefix(after, ")")
}

// ageSpan reports whether the numeric span sp gives someone's age, by the
// words before it or a unit after it ("21 years old", "a 16-year-old").
func ageSpan(s *sentence, sp *span) bool {
	if sp.kind == kYear || sp.kind == kCentury || sp.kind == kDate {
		return false
	}
	if ageRE.MatchString(s.text[:sp.start]) {
		return true
	}
	after := strings.ToLower(s.text[sp.end:])
	return strings.HasPrefix(after, " years old") || strings.HasPrefix(after, "-year-old") || strings.HasPrefix(after, " year old")
}

// elapsedUnits are the units of a span of time counted back from, or on
// from, the time of writing.
var elapsedUnits = set(`years|year|months|month|weeks|week|days|day|decades|decade|hours|hour`)

// elapsedBeforeRE ends the text before a span counted from now: "over
// the past 12 months", "in the last five years", "for the next 10 days".
var elapsedBeforeRE = regexp.MustCompile(`(?i)\b(?:past|last|previous|next|coming|recent)\s+$`)

// elapsedSpan reports whether the numeric span sp measures time back
// from, or on from, the time of writing ("10 years ago", "over the past
// 12 months"). Another span swapped in is not plainly contradicted: a
// web that "looks very different today than it did 5 years ago", or
// broadband that "has exploded over the past 6 months", may be as true
// as the article's 10 years and 12 months, and the statement tests only
// the length of a span the article gives in passing. Such a figure is
// never swapped.
func elapsedSpan(s *sentence, sp *span) bool {
	if sp.kind != kNumber || !elapsedUnits[strings.ToLower(strings.Trim(sp.num.suffix, " -"))] {
		return false
	}
	after := strings.ToLower(s.text[sp.end:])
	return strings.HasPrefix(after, " ago") || elapsedBeforeRE.MatchString(s.text[:sp.blankStart()])
}

// newsWeekYearOK reports whether year v may be swapped for year span sp
// of a sentence dated by a day of this week ("…had a phenomenal year in
// 2004, according to figures released by CES organisers, the CEA, on
// Tuesday"). Where sp is the latest year of the article (or the one
// before it), the sentence tells this week's news about the year just
// gone; a year further off ("a phenomenal year in 1998, according to
// figures released … on Tuesday") is false on its face, and both blind
// judges rejected it so.
func (a *article) newsWeekYearOK(s *sentence, sp *span, v float64) bool {
	if math.Abs(v-sp.num.value) <= 1 || !relWeekdayRE.MatchString(s.text) {
		return true
	}
	latest := 0.0
	for _, o := range a.sents {
		for _, y := range o.spans {
			if y.kind == kYear && y.num.value > latest {
				latest = y.num.value
			}
		}
	}
	return sp.num.value < latest-1
}
