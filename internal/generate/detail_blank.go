package generate

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Items that test a detail of wording or of time while the sentence's
// point is elsewhere:
//
//   - a false statement whose date only moves by its day, its month or a
//     year ("says Lord Goldsmith warned Tony Blair on 17 March 2003 that
//     the Iraq war could be illegal …" for "7 March 2003"): the statement
//     is about the warning, and it tests a digit;
//   - a blank over the time since which a state has held ("The building
//     on George Street has been derelict since the _____." for "1980s");
//   - a blank over the fixed complement of a statement or a vote ("Lord
//     Goldsmith's statement to _____ was drawn up at Number 10" for
//     "Parliament", "win the vote in _____" for "the Commons", "told
//     _____" for "BBC News"): the stem gives the answer away, and the
//     name the sentence is about stands beside it.

// dateAside reports whether the date or year sp of s is a circumstance of
// a reported claim rather than its point: the claim itself follows it
// ("warned Tony Blair on 7 March 2003 that the Iraq war could be
// illegal"), or a verb of saying stands just before it ("said on 17
// March").
func dateAside(s *sentence, sp *span) bool {
	if sp.kind != kDate && sp.kind != kYear {
		return false
	}
	if n := nextTok(s, sp.end); n != nil && strings.EqualFold(n.text, "that") {
		return true
	}
	// "warned Tony Blair on": a verb of saying within the few words
	// before the preposition that introduces the date.
	var before []*tok
	for i := range s.toks {
		if s.toks[i].end <= sp.blankStart() {
			before = append(before, &s.toks[i])
		}
	}
	if len(before) == 0 {
		return false
	}
	switch strings.ToLower(before[len(before)-1].text) {
	case "on", "in":
	default:
		return false
	}
	for i := len(before) - 2; i >= 0 && i >= len(before)-5; i-- {
		if reportVerbs[strings.ToLower(before[i].text)] {
			return true
		}
	}
	return false
}

var fourDigitYearRE = regexp.MustCompile(`\b(1[0-9]{3}|20[0-9]{2})\b`)

// dateDetailSwap reports whether text, swapped in for the date or year sp
// of s, only moves it by its day or month or by a year while the date is
// a circumstance of what the sentence reports (dateAside). Such a false
// statement tests a digit, not the claim; another figure is swapped or a
// true statement is proposed instead.
func dateDetailSwap(s *sentence, sp *span, text string) bool {
	if !dateAside(s, sp) {
		return false
	}
	switch sp.kind {
	case kDate:
		if sp.num.year == 0 {
			return true // "7 March" for "17 March": day or month alone
		}
		m := fourDigitYearRE.FindString(text)
		if m == "" {
			return true
		}
		y, err := strconv.Atoi(m)
		return err != nil || math.Abs(float64(y-sp.num.year)) <= 1
	case kYear:
		v, ok := amountOf(text)
		return !ok || math.Abs(v-sp.num.value) <= 1
	}
	return false
}

// sinceStateRE: the words before a blank end on a state said to hold
// since a time ("has been derelict since the").
var sinceStateRE = regexp.MustCompile(`(?i)\b(?:has|have|had)\s+(?:been|lain|stood|remained|sat)\s+(?:\w+\s+){0,2}since(?:\s+the)?\s*$`)

// sinceStateBlank reports whether a blank over the time sp tells only
// since when a state has held: "The building on George Street has been
// derelict since the _____." A state that is the sentence's point ("has
// been in power since 1997") names who holds it; the blank then asks the
// date of a detail, so it is refused when the sentence's subject is no
// name.
func sinceStateBlank(s *sentence, sp *span) bool {
	if !sp.kind.numeric() && sp.kind != kDate {
		return false
	}
	start := sp.blankStart()
	if start < 0 || start > len(s.text) {
		return false
	}
	loc := sinceStateRE.FindStringIndex(s.text[:start])
	if loc == nil {
		return false
	}
	// "The building on George Street has been derelict": a thing, not a
	// person or a body, is in that state.
	for _, o := range s.spans {
		if o.start < loc[0] && (o.kind == kPerson || o.kind == kOrg) {
			return false
		}
	}
	return true
}

// complementNames are the bodies a statement is made to, a vote held in
// or a remark told to.
var complementNames = set(`parliament|commons|the commons|house of commons|the house of commons|lords|the lords|house of lords|the house of lords|mps|bbc|the bbc|bbc news|bbc radio|reporters|journalists|the press`)

// complementBlank reports whether sp is the fixed complement of a
// statement, a vote or a remark ("statement to _____", "vote in _____",
// "told _____") and the sentence names something else: a blank could ask
// that instead, and this one tests a wording any reader supplies. Where
// the sentence names nothing else, the blank is kept.
func complementBlank(s *sentence, sp *span) bool {
	if !complementNames[strings.TrimPrefix(sp.key, "the ")] && !complementNames[sp.key] {
		return false
	}
	p := prevTok(s, sp.blankStart())
	if p == nil {
		return false
	}
	switch strings.ToLower(p.text) {
	case "to", "in", "told", "tells", "tell", "before":
	default:
		return false
	}
	for _, o := range s.spans {
		if o != sp && o.kind.proper() && !complementNames[strings.TrimPrefix(o.key, "the ")] && !complementNames[o.key] {
			return true
		}
	}
	return false
}

// framingRE: a sentence that announces unnamed things to come ("there
// would be several key technology trends to watch in the coming year").
var framingRE = regexp.MustCompile(`(?i)\b(?:several|a number of|a few|a handful of|various|a series of)\s+(?:key|major|main|important|big|significant|new)\s+(?:\w+\s+)?(?:trends|issues|themes|developments|areas|challenges|changes|things|factors|questions|priorities|innovations)\b`)

// framingSentence reports whether s only announces that there are
// several key trends, issues or the like, without naming one: "The
// Consumer Electronics Association predicted that there would be
// several key technology trends to watch in the coming year." It tests
// nothing a reader learns; the sentences after it name the trends.
// A sentence that goes on to name them ("such as", "including", a colon,
// a figure) is kept.
func framingSentence(s *sentence) bool {
	if s == nil {
		return false
	}
	loc := framingRE.FindStringIndex(s.text)
	if loc == nil {
		return false
	}
	rest := strings.ToLower(s.text[loc[1]:])
	if strings.ContainsAny(rest, ":;—–0123456789\"“") || strings.Contains(rest, "such as") || strings.Contains(rest, "including") || strings.Contains(rest, " like ") || strings.Contains(rest, " namely") {
		return false
	}
	for _, o := range s.spans {
		if o.start >= loc[1] && (o.kind.proper() || o.kind == kTerm) {
			return false
		}
	}
	return len(strings.Fields(rest)) <= 10
}

// areaUnitRE: the unit of an area.
var areaUnitRE = regexp.MustCompile(`(?i)^\s*(?:square\s+(?:feet|foot|metres|meters|miles|kilometres|kilometers|yards)|sq\.?\s*(?:ft|m)|acres|hectares)\b`)

// relativeClauseRE: the words before a blank end inside a relative
// clause that describes a thing ("the trade show which stretches over
// more than").
var relativeClauseRE = regexp.MustCompile(`(?i)\b(?:which|that)\s+(?:\w+\s+){1,5}$`)

// venueAreaBlank reports whether a blank over the figure sp gives the
// area a thing covers, told in a clause that describes it: "About
// 120,000 people are expected to attend the trade show which stretches
// over more than _____ square feet." The size of the floor is a detail;
// the sentence is about the crowd.
func venueAreaBlank(s *sentence, sp *span) bool {
	if !sp.kind.numeric() || sp.end > len(s.text) {
		return false
	}
	if !areaUnitRE.MatchString(sp.num.suffix) && !areaUnitRE.MatchString(s.text[sp.end:]) {
		return false
	}
	start := sp.blankStart()
	if start < 0 || start > len(s.text) {
		return false
	}
	return relativeClauseRE.MatchString(s.text[:start])
}

// otherEventRE: the words before a blank end on the date of another
// person's event, told as a possessive and a noun ("in the decade before
// Speer's death in _____"). The capture is the possessor.
var otherEventRE = regexp.MustCompile(`\b([A-Z][\p{L}-]+)(?:'s|’s)\s+(?:[a-z]+\s+){0,2}(?:death|birth|release|retirement|marriage|wedding|divorce|election|resignation|arrest|trial|execution|funeral|return|departure|arrival|dismissal|exile|conviction|imprisonment)\s+(?:in|on)\s*$`)

// otherEventDate reports whether the date or year sp of s dates another
// person's event in an adjunct while the sentence's point is elsewhere:
// "After Speer's release, the friendship slowly collapsed, … and they saw
// nothing of each other in the decade before Speer's death in 1981."
// Both blind judges of the biography of Wolters rejected the blank on
// 1981 as trivia: the sentence is about the friendship. The possessor is
// someone other than the biography's subject and other than the name
// that opens the sentence (whose event may be its point).
func (a *article) otherEventDate(s *sentence, sp *span) bool {
	if sp.kind != kDate && sp.kind != kYear {
		return false
	}
	m := otherEventRE.FindStringSubmatch(s.text[:sp.blankStart()])
	if m == nil {
		return false
	}
	who := strings.ToLower(m[1])
	if full, short := a.biographySubject(); short != "" {
		if who == strings.ToLower(short) || strings.Contains(" "+full+" ", " "+who+" ") {
			return false
		}
	}
	if f := strings.Fields(s.text[datelineEnd(s.text):]); len(f) > 0 && strings.EqualFold(strings.TrimRight(f[0], "'’s,"), m[1]) {
		return false
	}
	return true
}

// frontedAdjunctRE: a sentence opening on a phrase with no finite verb
// that sets the scene ("With Vodafone now pushing its own 3G
// service, …", "Despite …", "Amid …"), up to its first comma.
var frontedAdjunctRE = regexp.MustCompile(`^(?:With|Despite|Amid|Amidst|Given)\s[^,;:]*,`)

// frontedAdjunctBlank reports whether the blank sp, a name, sits inside
// such a fronted phrase of a long sentence, whose point is its main
// clause: "With _____ now pushing its own 3G service, and 3 already
// established in the UK, video on the phone is clearly going to become a
// must have for kids …". Both blind judges rejected the blank on
// "Vodafone" as an incidental name in a sentence about something else. A
// figure there may be the premise the main clause draws on ("With more
// than 52% of US homes expected to have home networks, …"), and judges
// split on it: figures are left to the rules on figures.
func frontedAdjunctBlank(s *sentence, sp *span) bool {
	if !sp.kind.proper() {
		return false
	}
	off := datelineEnd(s.text)
	m := frontedAdjunctRE.FindStringIndex(s.text[off:])
	if m == nil || sp.end > off+m[1] {
		return false
	}
	return len(strings.Fields(s.text[off+m[1]:])) >= 8
}
