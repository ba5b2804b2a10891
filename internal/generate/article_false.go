package generate

import (
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// A false statement from the article's own figures. A theme that
// proposes three true statements and no false one lets a learner who
// answers True throughout score every one, and the false statements its
// sentences give are seldom fit to propose: a look-alike figure ("1976"
// for "1982") splits hairs and the ranker scores it low, a name swap is
// rarely plainly contradicted. A figure the article gives for something
// else, of the same kind, unit and scale ("95%" of web surfers where the
// article gives "10%" for a browser's target share; a launch in "1994",
// the year the article gives for a bankruptcy), reads as a plausible
// claim that a reader of the article knows to be false.
//
// fillArticleFalse, in the balance after fillFalse, rewrites one of the
// theme's proposed true statements so: the weakest one whose sentence
// has such a figure. The figure swapped out is what its sentence is
// about (pointFigure: in the lead, repeated, or compared), never a bound
// ("more than 1,000": a smaller figure would still be true), an end of a
// range or period, or the year of a remark; the figure swapped in comes
// from another sentence, differs from the answer by half again or more
// (a tenth of a year's span: five years), keeps the order the sentence
// states between its figures (swapShapeOK, timeSwapOK), and is paired
// nowhere in the article with the sentence's content (swapIsFalse). The
// feedback quotes the sentence that contradicts it.

// articleSwapKinds are the kinds of figure swapped for another of the
// article's.
var articleSwapKinds = map[kind]bool{kNumber: true, kMoney: true, kPercent: true, kYear: true, kDate: true}

// fillArticleFalse rewrites true statements of an all-true theme as
// described above, first taking a statement without its sentence's own
// "not" where one has it (negation_false.go), then a figure swapped.
func (a *article) fillArticleFalse(t quiz.Theme, items []item, opts Options) {
	_, _, tr, f, _ := tallyProposed(items)
	// From four true/false items up the balance holds (fairTrueFalse):
	// one false among four true would still be unfair, and is not made.
	if tr < 3 || f > 0 || tr >= minProposed && !fairTrueFalse(tr-1, f+1) {
		return
	}
	rc := rankCtx{title: key(opts.courseTitle), summary: key(t.Summary)}
	// The weakest true statements first.
	var order []int
	for i := range items {
		if tf, isTrue := isTrueFalse(&items[i]); items[i].proposed && tf && isTrue {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(x, y int) bool { return items[order[x]].score < items[order[y]].score })
	// A central sentence's "not" left out first (negation_false.go):
	// judges accepted it as is where they seldom accepted a figure
	// swapped in.
	for _, i := range order {
		sw := a.negationSwap(&items[i])
		if sw == nil {
			continue
		}
		sw.feat = a.features(rc, sw.sent, nil, sw.answer, sw.dq, itemType(sw))
		sw.score = rankScore(sw.feat)
		sw.proposed = true
		items[i] = *sw
		return
	}
	// Else a figure swapped.
	for _, i := range order {
		sw := a.articleSwap(&items[i])
		if sw == nil {
			continue
		}
		sw.feat = a.features(rc, sw.sent, sw.sp, sw.answer, sw.dq, itemType(sw))
		sw.score = rankScore(sw.feat)
		sw.proposed = true
		items[i] = *sw
		return
	}
}

// articleSwap rewrites the true statement it as a false one by a figure
// the article gives for something else, or returns nil.
func (a *article) articleSwap(it *item) *item {
	s := it.sent
	if it.q == nil || s == nil || it.incidental || it.repeat || !selfContained(s) || a.incidentalSentence(s) || len(relativeTimes(s.text)) > 0 {
		return nil
	}
	stmt := strings.TrimPrefix(it.q.Prompt, "True or false? ")
	for _, sp := range s.spans {
		if !articleSwapKinds[sp.kind] || sp.partial || sp.modifier || inBrackets(s, sp) || inQuote(s, sp) {
			continue
		}
		// Outside a life, where its dates are what it tells, a year
		// or a count swapped reads as a test of wording (weak_swap.go):
		// the statement stays true.
		if weakSwapKinds["article-"+sp.kind.String()] && !a.lifeStory() {
			continue
		}
		// "the over-65s": an age group's bound (age_group.go).
		if bound(s, sp) != 0 || endOfRange(s, sp) || timeBound(s, sp) || ageGroupFigure(s, sp) || restatedFigure(s, sp) || remarkYear(s, sp) || lifeEventYear(s, sp) || crowdedDate(s, sp) || sideFigure(s, sp) || !a.pointFigure(s, sp) && !a.soleShare(s, sp) {
			continue
		}
		// A year the article's lead gives, or two other sentences,
		// frames more than this sentence's event ("the crisis of
		// 1997"): a statement moving it contradicts the article's
		// setting, not this fact, and repeats the item that states it.
		if (sp.kind == kYear || sp.kind == kDate) && a.givenElsewhere(s, sp) {
			continue
		}
		// A relative's move or job is told on the way to the subject:
		// its year is trivia, whoever the statement moves it to.
		if sp.kind == kYear && a.kinSubject(s) {
			continue
		}
		// The statement may open on a name put in for a pronoun: the
		// figure must still stand in it once.
		if strings.Count(stmt, sp.text) != 1 {
			continue
		}
		o := a.articleFigure(s, sp)
		if o == nil {
			continue
		}
		// "On 3 May 1901, the mill was sold …": the date of what the
		// sentence tells (date_circumstance.go).
		if dateCircumstanceSwap(s, sp, o.text) {
			continue
		}
		at := strings.Index(stmt, sp.text)
		text := o.text
		if at == 0 {
			text = upperFirst(text)
		}
		false_ := stmt[:at] + text + stmt[at+len(sp.text):]
		q := falseStatement(s, false_, sp.text, o.text)
		return &item{sent: s, q: q, answer: sp.text, rule: "truefalse-swap/article-" + sp.kind.String(), sp: sp, dq: 0.8, named: it.named, prevName: it.prevName}
	}
	return nil
}

// articleFigure returns the figure of another sentence that may stand
// for sp in sentence s, as described above, or nil: the nearest in
// value of those that qualify.
func (a *article) articleFigure(s *sentence, sp *span) *span {
	var best *span
	bestD := math.Inf(1)
	orig := scaled(sp.num)
	if sp.kind == kYear {
		orig = sp.num.value
	} else if sp.kind == kDate {
		orig = dateValue(sp.num)
	}
	for _, other := range a.sents {
		if other == s {
			continue
		}
		for _, o := range other.spans {
			if o.kind != sp.kind || o.partial || o.key == sp.key || o.num.prefix != sp.num.prefix || !sameUnit(o.num.suffix, sp.num.suffix) {
				continue
			}
			// The figure swapped in must not stand in the sentence
			// already, nor be another way of writing the answer.
			if strings.Contains(s.text, o.text) || bound(other, o) != 0 || endOfRange(other, o) {
				continue
			}
			// The time of the subject's death, moved onto another of
			// their acts, is false on its face to a learner the
			// article has told of the death.
			if _, short := a.biographySubject(); (o.kind == kDate || o.kind == kYear) && diesInSentence(other, short) {
				continue
			}
			v := scaled(o.num)
			if sp.kind == kDate {
				v = dateValue(o.num)
				if !sameDateShape(sp.num, o.num) || otherTime(s, sp) || math.Abs(v-orig) < 28 || dateDetailSwap(s, sp, o.text) {
					continue
				}
			} else if sp.kind == kYear {
				v = o.num.value
				if o.num.suffix != sp.num.suffix || dateDetailSwap(s, sp, o.text) || !timeSwapOK(s, sp, v) || !a.swapShapeOK(s, sp, o.text) || !a.withinLife(sp.num.value, v) || !a.pastYearOK(s, sp, v) {
					continue
				}
			} else if !swapNumberOK(sp, o.text) || !numberOptionOK(s, sp, o.text) || !a.swapShapeOK(s, sp, o.text) {
				continue
			}
			if !a.swapIsFalse(s, o.key) {
				continue
			}
			d := math.Abs(math.Log(v / orig))
			if sp.kind == kYear || sp.kind == kDate {
				d = math.Abs(v - orig)
			}
			if d < bestD {
				best, bestD = o, d
			}
		}
	}
	return best
}

// byYearRE and lifeEventRE end the text before a year that bounds a
// time ("By 1984, the layer had lost a third": by 1979 it may have lost
// as much) or dates another person's birth or death ("After Gresham's
// death in 1895, …"), a detail beside what the sentence states.
var (
	byYearRE    = regexp.MustCompile(`(?i)\bby\s+(?:the\s+(?:year|end|middle|start|close|turn)\s+(?:of\s+)?)?$`)
	lifeEventRE = regexp.MustCompile(`(?i)\b(?:death|died|dies|born|birth|retirement|retired)\b[^,.;:]{0,20}$`)
)

// lifeEventYear reports whether the year sp is one described by
// byYearRE and lifeEventRE: no swap of it is plainly false, or worth
// asking.
func lifeEventYear(s *sentence, sp *span) bool {
	if sp.kind != kYear {
		return false
	}
	before := s.text[:sp.blankStart()]
	return byYearRE.MatchString(before) || lifeEventRE.MatchString(before)
}

// soleShare reports whether a share or an amount is what a central
// sentence states: the only figure of its kind in a sentence worth
// quoting whole ("Internet Explorer was used by about 95% of web
// surfers"). Counts are not: "400 firefighters", "100 people" are
// details given in passing.
func (a *article) soleShare(s *sentence, sp *span) bool {
	if sp.kind != kPercent && sp.kind != kMoney || !backboneWorthy(s) {
		return false
	}
	for _, o := range s.spans {
		if o != sp && o.kind.numeric() {
			return false
		}
	}
	return true
}

// dateValue orders a date by days, roughly: a month is 31 days.
func dateValue(n numInfo) float64 {
	m := 0
	for i, name := range monthNames {
		if name == n.month {
			m = i
		}
	}
	return float64(n.year*372 + m*31 + n.day)
}

// sameDateShape reports whether two dates are written alike: both with a
// day and a year, in the same order, so one reads in place of the other.
func sameDateShape(a, b numInfo) bool {
	return a.day > 0 && b.day > 0 && a.year > 0 && b.year > 0 && a.month != "" && b.month != "" && a.dayFirst == b.dayFirst
}

// otherTime reports whether sentence s states another time beside sp:
// a date swapped in must keep an order with it that this rule does not
// read.
func otherTime(s *sentence, sp *span) bool {
	for _, o := range s.spans {
		if o != sp && (o.kind == kDate || o.kind == kYear || o.kind == kCentury) && (o.end <= sp.start || o.start >= sp.end) {
			return true
		}
	}
	return false
}

// givenElsewhere reports whether the time sp of sentence s frames the
// article: a date written again elsewhere, or a year the lead gives or
// two other sentences give.
func (a *article) givenElsewhere(s *sentence, sp *span) bool {
	n := 0
	for _, other := range a.sents {
		if other == s {
			continue
		}
		for _, o := range other.spans {
			if o.key != sp.key {
				continue
			}
			if sp.kind == kDate || a.leadSentence(other) {
				return true
			}
			n++
			break
		}
	}
	return n >= 2
}

// In a biography, a year is swapped within the subject's life: a
// statement that dates a childhood move before the subject's birth
// ("In 1904, …" of a girl born in 1906) is false on its face, and one
// dated after the death as plainly. Nor is a year swapped in a sentence
// whose subject is a relative of the subject ("In 1911, Walter Thorne
// was posted to …": the father's move), a detail on the way to
// the life.

// lifeBracketRE is the bracket after a biography's opening name, and
// lifeYearRE a year in it.
var (
	lifeBracketRE = regexp.MustCompile(`\(([^()]*)\)`)
	lifeYearRE    = regexp.MustCompile(`\b1?\d{3}\b|\b20\d\d\b`)
)

// lifeYears returns the birth and death years the lead of a biography
// gives in the bracket after the subject's name, or zeros: the death
// year is zero while the subject lives ("born 1950") or where the
// bracket gives one year only.
func (a *article) lifeYears() (born, died float64) {
	if subj, _ := a.biographySubject(); subj == "" {
		return 0, 0
	}
	for _, s := range a.sents {
		if !s.usable() {
			continue
		}
		m := lifeBracketRE.FindStringSubmatch(s.text)
		if m == nil {
			return 0, 0
		}
		ys := lifeYearRE.FindAllString(m[1], -1)
		if len(ys) == 0 {
			return 0, 0
		}
		born = parseYear(ys[0])
		if len(ys) >= 2 && !strings.Contains(strings.ToLower(m[1]), "born") {
			died = parseYear(ys[len(ys)-1])
		}
		if died != 0 && died < born {
			died = 0
		}
		return born, died
	}
	return 0, 0
}

// parseYear reads a year of digits.
func parseYear(t string) float64 {
	v := 0.0
	for _, r := range t {
		v = v*10 + float64(r-'0')
	}
	return v
}

// withinLife reports whether the year v may be swapped in for the year
// orig of a biography: where orig falls within the subject's life, after
// the birth year and by the death year, v must too; where orig falls
// before the birth (a forebear's deed) or after the death (a legacy),
// so must v. A forebear's emigration moved into the subject's own life
// is false on its face: Holmes's "The first Wendell, Evert Jansen, left
// Holland in 1640" was offered as "… in 1829", twenty years after
// Holmes was born (the lead's bracket gives 1809).
func (a *article) withinLife(orig, v float64) bool {
	born, died := a.lifeYears()
	if born == 0 {
		return true
	}
	in := func(y float64) bool { return y > born && (died == 0 || y <= died) }
	switch {
	case in(orig):
		return in(v)
	case orig < born:
		return v < born
	case died != 0 && orig > died:
		return v > died
	}
	return true
}

// kinOpenRE is the text before a sentence's subject: nothing, or an
// opening phrase closed by a comma ("In 1911, ").
var kinOpenRE = regexp.MustCompile(`^(?:[^,]{0,40},\s*)?$`)

// bornAsRE finds the name a biography gives its subject at birth ("was
// born Ada Mary Thorne").
var bornAsRE = regexp.MustCompile(`\bborn\s+((?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+)`)

// kinSubject reports whether, in a biography, sentence s opens on a
// person who is not the subject but shares the family name of the
// subject or of the subject's name at birth: a relative, the subject
// of this sentence.
func (a *article) kinSubject(s *sentence) bool {
	subj, short := a.biographySubject()
	if subj == "" {
		return false
	}
	sp := s.firstPerson()
	if sp == nil || !kinOpenRE.MatchString(s.text[:sp.start]) || sp.key == subj {
		return false
	}
	ws := strings.Fields(sp.text)
	if len(ws) < 2 {
		return false
	}
	// The subject's own names: the lead's and those given at birth.
	own := map[string]bool{}
	for _, w := range strings.Fields(subj) {
		own[strings.ToLower(w)] = true
	}
	own[strings.ToLower(short)] = true
	family := map[string]bool{strings.ToLower(short): true}
	for _, o := range a.sents {
		for _, m := range bornAsRE.FindAllStringSubmatch(o.text, -1) {
			bn := strings.Fields(m[1])
			for _, w := range bn {
				own[strings.ToLower(w)] = true
			}
			family[strings.ToLower(bn[len(bn)-1])] = true
		}
	}
	if !family[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	// Every word of the name the subject's own: the subject under
	// another name ("Ada Thorne").
	for _, w := range ws[:len(ws)-1] {
		if !own[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
