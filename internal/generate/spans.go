package generate

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numInfo is a parsed number and the format to write a look-alike in.
type numInfo struct {
	value    float64 // the number as written, before any scale word
	prefix   string  // currency symbol, e.g. "€"
	scale    string  // " million", "bn", …
	suffix   string  // "%", " per cent", "-kilometre", " months", "st century", …
	decimals int
	commas   bool
	day      int // dates: day of month, 0 if none
	month    string
	year     int // dates: year, 0 if none
	dayFirst bool
}

const monthRE = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`

var (
	moneyRE   = regexp.MustCompile(`([$€£¥])\s?(\d(?:[\d,]*\d)?(?:\.\d+)?)(\s?(?:million|billion|trillion|bn|m)\b)?|\b(\d(?:[\d,]*\d)?(?:\.\d+)?)(\s(?:million|billion|trillion))?(\s(?:dollars|euros|pounds|yuan|roubles|rubles|yen|rupees))\b`)
	percentRE = regexp.MustCompile(`\b(\d+(?:\.\d+)?)(\s?%|\sper\s?cent\b|\spercent\b)`)
	dateRE    = regexp.MustCompile(`\b(\d{1,2})\s(` + monthRE + `)(?:\s(\d{4}))?\b|\b(` + monthRE + `)\s(\d{1,2})(?:,?\s(\d{4}))?\b|\b(` + monthRE + `)\s(\d{4})\b`)
	centuryRE = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)(\s|-)century\b`)
	yearRE    = regexp.MustCompile(`\b(1[1-9]\d\d|20\d\d)(s?)\b`)
	numberRE  = regexp.MustCompile(`\b(\d[\d,]*(?:\.\d+)?)(\s(?:million|billion|trillion|thousand|hundred))?(-[a-z]+)?(\s[a-zA-Z]+)?`)
)

// findSpans finds the candidate answers of a sentence: numbers by rule,
// names from capitalised runs typed by rules and the NER model's hints, and
// noun phrases from part-of-speech patterns.
func (a *article) findSpans(s *sentence) {
	taken := make([]bool, len(s.text)+1)
	add := func(sp *span) bool {
		// An answer never carries the sentence's punctuation: a comma,
		// semicolon or colon after the last word stays in the sentence
		// ("£135, and …" asks "£135").
		for sp.end > sp.start && strings.ContainsRune(",;: ", rune(s.text[sp.end-1])) {
			sp.end--
		}
		if sp.end <= sp.start {
			return false
		}
		if sp.end-sp.start > maxAnswerBytes || gluedFigure(s.text, sp.start) {
			return false
		}
		for i := sp.start; i < sp.end; i++ {
			if taken[i] {
				return false
			}
		}
		for i := sp.start; i < sp.end; i++ {
			taken[i] = true
		}
		sp.sent = s
		sp.text = s.text[sp.start:sp.end]
		if sp.key == "" {
			sp.key = key(sp.text)
		}
		if sp.key == "" {
			return false
		}
		s.spans = append(s.spans, sp)
		return true
	}
	a.numberSpans(s, add)
	a.nameSpans(s, add)
	a.termSpans(s, add)
	if d := datelineEnd(s.text); d > 0 {
		kept := s.spans[:0]
		for _, sp := range s.spans {
			if sp.start >= d {
				kept = append(kept, sp)
			}
		}
		s.spans = kept
	}
	// Keep spans in text order.
	for i := 1; i < len(s.spans); i++ {
		for j := i; j > 0 && s.spans[j].start < s.spans[j-1].start; j-- {
			s.spans[j], s.spans[j-1] = s.spans[j-1], s.spans[j]
		}
	}
}

func parseNum(s string) (float64, int, bool) {
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, 0, false
	}
	dec := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		dec = len(s) - i - 1
	}
	return v, dec, true
}

func (a *article) numberSpans(s *sentence, add func(*span) bool) {
	t := s.text
	for _, m := range moneyRE.FindAllStringSubmatchIndex(t, -1) {
		var n numInfo
		var ok bool
		if m[2] >= 0 {
			n.prefix = t[m[2]:m[3]]
			n.value, n.decimals, ok = parseNum(t[m[4]:m[5]])
			if m[6] >= 0 {
				n.scale = t[m[6]:m[7]]
			}
		} else {
			n.value, n.decimals, ok = parseNum(t[m[8]:m[9]])
			if m[10] >= 0 {
				n.scale = t[m[10]:m[11]]
			}
			n.suffix = t[m[12]:m[13]]
		}
		n.commas = strings.Contains(t[m[0]:m[1]], ",")
		if ok {
			add(&span{start: m[0], end: m[1], kind: kMoney, sub: n.prefix + n.scale + n.suffix, num: n, rule: "money"})
		}
	}
	for _, m := range percentRE.FindAllStringSubmatchIndex(t, -1) {
		var n numInfo
		var ok bool
		n.value, n.decimals, ok = parseNum(t[m[2]:m[3]])
		n.suffix = t[m[4]:m[5]]
		if ok {
			add(&span{start: m[0], end: m[1], kind: kPercent, sub: "%", num: n, rule: "percent"})
		}
	}
	for _, m := range dateRE.FindAllStringSubmatchIndex(t, -1) {
		var n numInfo
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return t[m[2*i]:m[2*i+1]]
		}
		switch {
		case g(1) != "":
			n.day, _ = strconv.Atoi(g(1))
			n.month, n.dayFirst = g(2), true
			n.year, _ = strconv.Atoi(g(3))
		case g(4) != "":
			n.month = g(4)
			n.day, _ = strconv.Atoi(g(5))
			n.year, _ = strconv.Atoi(g(6))
		default:
			n.month = g(7)
			n.year, _ = strconv.Atoi(g(8))
		}
		if n.day > 31 {
			continue
		}
		shape := "m"
		if n.day > 0 {
			shape = "dm"
		}
		if n.year > 0 {
			shape += "y"
		}
		add(&span{start: m[0], end: m[1], kind: kDate, sub: shape, num: n, rule: "date"})
	}
	for _, m := range centuryRE.FindAllStringSubmatchIndex(t, -1) {
		v, _ := strconv.Atoi(t[m[2]:m[3]])
		add(&span{start: m[0], end: m[1], kind: kCentury, sub: "century", num: numInfo{value: float64(v), suffix: t[m[6]:m[1]]}, rule: "century"})
	}
	for _, m := range yearRE.FindAllStringSubmatchIndex(t, -1) {
		// "1,500" and "2.5" are not years; nor is "2024 passengers".
		if m[0] > 0 && (t[m[0]-1] == ',' || t[m[0]-1] == '.' || t[m[0]-1] == '$') {
			continue
		}
		if m[1] < len(t) && (t[m[1]] == ',' || t[m[1]] == '.') && m[1]+1 < len(t) && isDigit(t[m[1]+1]) {
			continue
		}
		// A decade ("the 1980s showed") is always a time.
		if next := nextWord(t[m[1]:]); m[5] == m[4] && next != "" && !stopwords[next] && !strings.ContainsAny(t[m[1]:min(m[1]+2, len(t))], ",.;:)") && isLowerWord(next) &&
			!yearLabel(t[:m[0]], next) {
			continue
		}
		v, _ := strconv.Atoi(t[m[2]:m[3]])
		add(&span{start: m[0], end: m[1], kind: kYear, sub: t[m[4]:m[5]], num: numInfo{value: float64(v), suffix: t[m[4]:m[5]]}, rule: "year"})
	}
	for _, m := range numberRE.FindAllStringSubmatchIndex(t, -1) {
		// A figure that is part of a name is no number to ask or to
		// swap: "covid-19", "F-15", "5G", "3D" (set 131: "13G" and set
		// 132: "covid-38" offered as false statements, both judges:
		// SWAP-NONSENSE).
		if partOfName(t, m[2], m[3]) {
			continue
		}
		var n numInfo
		var ok bool
		n.value, n.decimals, ok = parseNum(t[m[2]:m[3]])
		if !ok {
			continue
		}
		end := m[3]
		n.commas = strings.Contains(t[m[2]:m[3]], ",")
		if m[4] >= 0 {
			n.scale = t[m[4]:m[5]]
			end = m[5]
		}
		if m[6] >= 0 {
			n.suffix = t[m[6]:m[7]]
			end = m[7]
		} else if m[8] >= 0 && numberUnits[strings.ToLower(strings.TrimSpace(t[m[8]:m[9]]))] {
			n.suffix = t[m[8]:m[9]]
			end = m[9]
		}
		// Strip trailing punctuation of the number itself ("3,000," → "3,000").
		for end > m[2] && (t[end-1] == ',' || t[end-1] == '.') {
			end--
		}
		if n.value == 0 && n.suffix == "" {
			continue
		}
		add(&span{start: m[2], end: end, kind: kNumber, sub: strings.ToLower(strings.TrimSpace(strings.TrimPrefix(n.suffix, "-"))), num: n, rule: "number"})
	}
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// partOfName reports whether the digits t[start:end] are glued to a
// name: after a letter and a hyphen ("covid-19", "F-15") or before a
// capital letter ("5G", "3D").
func partOfName(t string, start, end int) bool {
	if start >= 2 && t[start-1] == '-' && isLetterByte(t[start-2]) {
		// "over-65s", "post-2008", "mid-1990s": a prefix, not a name.
		w := start - 1
		for w > 0 && isLetterByte(t[w-1]) {
			w--
		}
		return !numberPrefixes[strings.ToLower(t[w:start-1])]
	}
	return end < len(t) && t[end] >= 'A' && t[end] <= 'Z'
}

// numberPrefixes join a figure with a hyphen without naming anything.
var numberPrefixes = set(`over|under|post|pre|mid|non|anti|sub|top|late|early`)

func nextWord(s string) string {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexAny(s, " ,.;:!?)")
	if i < 0 {
		i = len(s)
	}
	return s[:i]
}

func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

var nameConnectors = map[string]bool{"of": true, "and": true, "for": true, "de": true, "da": true, "del": true, "van": true, "von": true, "al": true, "&": true, "on": true}

// capWord reports whether a token can be part of a name.
func capWord(t tok) bool {
	if !startsUpper(t.text) || !hasLetter(t.text) || t.tag == "POS" {
		return false
	}
	if strings.Contains(t.text, "-") {
		// "Western-dominated", "China-Russia": compounds, not names.
		return false
	}
	return true
}

func (a *article) nameSpans(s *sentence, add func(*span) bool) {
	toks := s.toks
	firstWordTok := 0
	for firstWordTok < len(toks) && !hasLetterOrDigit(toks[firstWordTok].text) {
		firstWordTok++
	}
	for i := 0; i < len(toks); {
		if !capWord(toks[i]) {
			i++
			continue
		}
		last := i
		j := i + 1
		for j < len(toks) {
			if capWord(toks[j]) && toks[j].start <= toks[j-1].end+1 {
				last = j
				j++
				continue
			}
			if middleInitialDot(toks, j) {
				// "Herbert W. Greenfield": the initial's stop stays in the name.
				j++
				continue
			}
			if nameConnectors[strings.ToLower(toks[j].text)] && j+1 < len(toks) && capWord(toks[j+1]) && !notNames[strings.ToLower(toks[j+1].text)] {
				j++
				continue
			}
			if strings.ToLower(toks[j].text) == "of" && j+2 < len(toks) && toks[j+1].text == "the" && capWord(toks[j+2]) {
				j += 2
				continue
			}
			break
		}
		run := toks[i : last+1]
		i = last + 1
		a.typeRun(s, run, run[0].start == toks[firstWordTok].start, add)
	}
}

// typeRun decides whether a run of capitalised tokens is a name and of what
// kind, and adds it.
func (a *article) typeRun(s *sentence, run []tok, initial bool, add func(*span) bool) {
	if a.splitJoined(s, run, initial, add) {
		return
	}
	// Trim connectors left at either end.
	for len(run) > 0 && !capWord(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	// "Edward IV": a regnal number is part of a name, never one.
	if allRoman(run) {
		return
	}
	if a.splitAtRole(s, run, initial, add) {
		return
	}
	run, person := a.runName(run, initial)
	if len(run) == 0 {
		return
	}
	if sp := a.nameSpan(s, run, person); sp != nil {
		add(sp)
	}
}

// splitJoined types the parts of a run that joins two names, and reports
// whether it did.
func (a *article) splitJoined(s *sentence, run []tok, initial bool, add func(*span) bool) bool {
	// Split at "and" unless the whole run names one thing ("Belt and Road
	// Initiative", "Bank for … and …").
	lastW := strings.ToLower(strings.Trim(run[len(run)-1].text, "."))
	if !orgWords[lastW] && !eventWords[lastW] {
		for k, t := range run {
			if t.text == "and" || t.text == "&" {
				a.typeRun(s, run[:k], initial, add)
				a.typeRun(s, run[k+1:], false, add)
				return true
			}
		}
	}
	// "Ana Ruiz of the University of Lisbon": a person, then an
	// organisation.
	for k, t := range run {
		if k > 0 && t.text == "of" && (firstNames[strings.ToLower(run[0].text)] || honorifics[strings.ToLower(run[0].text)] || strings.HasSuffix(run[k-1].label, "PERSON")) {
			rest := run[k+1:]
			if len(rest) > 0 && rest[0].text == "the" {
				rest = rest[1:]
			}
			a.typeRun(s, run[:k], initial, add)
			a.typeRun(s, rest, false, add)
			return true
		}
	}
	return false
}

// splitAtRole types the parts of a run with a role inside, and reports
// whether it did.
func (a *article) splitAtRole(s *sentence, run []tok, initial bool, add func(*span) bool) bool {
	// "Florida Governor Rick Scott", "State Emergency Director Bryan
	// Koon": a role inside the run; the name after it is a person, and
	// the words before it name a place only when they are one.
	for k := len(run) - 2; k > 0; k-- {
		w := strings.ToLower(run[k].text)
		if !honorifics[w] && !honorifics[strings.TrimSuffix(w, ".")] {
			continue
		}
		rest := run[k+1:]
		if len(rest) > 2 && strings.ToLower(rest[0].text) == "of" {
			rest = rest[len(rest)-2:] // "Superintendent of Schools Malcolm Thomas"
		}
		if len(rest) == 0 || !capWord(rest[0]) || orgWords[strings.ToLower(rest[len(rest)-1].text)] {
			break
		}
		if pre := key(s.text[run[0].start:run[k-1].end]); placeSub(pre) != "" {
			a.typeRun(s, run[:k], initial, add)
		}
		a.typeRun(s, append([]tok{run[k]}, rest...), false, add)
		return true
	}
	return false
}

// runName drops the sentence-initial function words and the titles at the
// start of a run, and says whether a title marked it as a person's.
func (a *article) runName(run []tok, initial bool) ([]tok, string) {
	person := ""
	// Drop sentence-initial function words and titles.
	for len(run) > 0 {
		w := strings.ToLower(run[0].text)
		if honorifics[w] || honorifics[strings.TrimSuffix(w, ".")] || (w == "prime" && len(run) > 1 && strings.ToLower(run[1].text) == "minister") {
			if w == "prime" {
				run = run[1:]
			}
			if len(run) > 1 {
				person = "honorific"
			}
			run = run[1:]
			initial = false
			continue
		}
		// A capitalised first word of a sentence is an ordinary word when
		// the article also uses it in lowercase, or when it stands alone
		// and is never capitalised elsewhere.
		if initial && placeSub(w) == "" && !firstNames[w] && (a.lowerWords[w] || notNames[w] || stopwords[w] || (len(run) == 1 && !a.midCaps[w])) {
			run = run[1:]
			initial = false
			continue
		}
		if notNames[w] && len(run) == 1 {
			run = run[1:]
			continue
		}
		break
	}
	for len(run) > 0 && !capWord(run[0]) {
		run = run[1:]
	}
	return run, person
}

// nameSpan types a run as a name, from its words and the words around it;
// nil when it is no name.
func (a *article) nameSpan(s *sentence, run []tok, person string) *span {
	start, end := run[0].start, run[len(run)-1].end
	text := s.text[start:end]
	// A trailing period belongs to the sentence unless the name is an
	// abbreviation ("U.S.", "Ltd.").
	if strings.HasSuffix(text, ".") && strings.Count(text, ".") == 1 && !orgWords[strings.ToLower(run[len(run)-1].text)] {
		end--
		text = text[:len(text)-1]
	}
	k := key(text)
	if k == "" {
		return nil
	}
	allMonths := true
	for _, t := range run {
		if !months[strings.ToLower(t.text)] {
			allMonths = false
		}
	}
	if allMonths {
		return nil
	}
	words := strings.Fields(k)
	lastWord := strings.ToLower(strings.Trim(run[len(run)-1].text, "."))
	sp := &span{start: start, end: end}
	next := ""
	nextTag := ""
	if n := indexAfter(s.toks, run[len(run)-1]); n >= 0 {
		next, nextTag = s.toks[n].text, s.toks[n].tag
	}
	nerLabel := majorityLabel(run)
	prev := ""
	if p := prevTok(s, start); p != nil {
		prev = strings.ToLower(p.text)
		if pp := prevTok(s, p.start); pp != nil {
			prev = strings.ToLower(pp.text) + " " + prev
		}
	}
	// "Interstate 10", "U.S. 90": a name that a number completes is only
	// half of one.
	if n := indexAfter(s.toks, run[len(run)-1]); n >= 0 && s.toks[n].start == end+1 && isDigit(s.toks[n].text[0]) {
		sp.partial = true
	}
	role := false // "Ashton Hayward, the mayor of Pensacola"
	if n := indexAfter(s.toks, run[len(run)-1]); n >= 0 && n+2 < len(s.toks) && s.toks[n].text == "," {
		d := strings.ToLower(s.toks[n+1].text)
		role = (d == "the" || d == "a" || d == "an" || strings.HasSuffix(d, "’s") || strings.HasSuffix(d, "'s")) && roleNouns[strings.ToLower(s.toks[n+2].text)]
		if n+3 < len(s.toks) && !role && (d == "the" || d == "a") {
			role = roleNouns[strings.ToLower(s.toks[n+3].text)] && isLowerWord(s.toks[n+2].text)
		}
	}
	switch {
	case len(words) > 1 && (honorifics[lastWord] || roleNouns[lastWord]) && nerLabel != "ORGANIZATION":
		return nil // "Emergency Chief": a role, not a name
	case placeSub(k) != "":
		sp.kind, sp.sub, sp.rule = kPlace, placeSub(k), "gazetteer"
	case len(words) > 1 && craftWords[lastWord]:
		sp.kind, sp.sub, sp.rule = kName, "craft", "craft-word" // "the Hubble Space Telescope"
	case len(words) > 1 && eventFirstWords[words[0]]:
		sp.kind, sp.sub, sp.rule = kName, "event", "event-word" // "Hurricane Ivan"
	case adminWords[strings.ToLower(next)]:
		sp.kind, sp.sub, sp.rule = kPlace, subCounty, "place-cue" // "Santa Rosa counties"
	case role && len(words) <= 3, len(words) > 1 && roleNouns[lastField(prev)] && nerLabel != "ORGANIZATION":
		sp.kind, sp.rule = kPerson, "role-cue" // "…, the mayor of", "project scientist Jonathan Gardner"
	case person != "":
		sp.kind, sp.rule = kPerson, "honorific"
	case len(words) > 2 && orgWords[words[0]] && words[1] == "of":
		sp.kind, sp.sub, sp.rule = kOrg, "org", "org-word" // "University of Lisbon"
	case len(words) > 1 && orgWords[lastWord]:
		sp.kind, sp.sub, sp.rule = kOrg, "org", "org-word"
	case isAcronym(text) && (strings.HasPrefix(text, "WW") || strings.HasSuffix(text, "II")):
		sp.kind, sp.sub, sp.rule = kName, "event", "event-word" // "WWII" is a war, not an organisation
	case isAcronym(text):
		sp.kind, sp.sub, sp.rule = kOrg, "org", "acronym"
	case orgCues[lastField(prev)] && len(words) <= 4:
		sp.kind, sp.sub, sp.rule = kOrg, "org", "org-cue" // "the charity Rewilding Europe"
	case len(words) > 1 && eventWords[lastWord]:
		sp.kind, sp.sub, sp.rule = kName, "event", "event-word"
	case len(words) > 1 && facilityWords[lastWord]:
		sp.kind, sp.sub, sp.rule = kName, "facility", "facility-word"
	case hasMiddleInitial(run):
		sp.kind, sp.rule = kPerson, "middle-initial"
	case len(words) > 1 && firstNames[words[0]]:
		sp.kind, sp.rule = kPerson, "first-name"
	case len(words) > 1 && len(words) <= 3 && run[0].label == "B-PERSON" && personFollows(s, run[len(run)-1]):
		// "Penny Little, who monitored the hunt, said": the tagger opens
		// a person and splits the name over an ordinary word; what
		// follows is said only of people.
		sp.kind, sp.rule = kPerson, "person-cue"
	case len(words) <= 3 && (strings.HasSuffix(prev, "mayor of") || len(words) > 1 && lastWord == "city") && nerLabel != "PERSON":
		sp.kind, sp.sub, sp.rule = kPlace, subCity, "place-cue" // "the mayor of Pensacola", "Panama City"
	case len(words) == 1 && (strings.HasSuffix(prev, "city of") || strings.HasSuffix(prev, "town of") || strings.HasSuffix(prev, "village of") || strings.HasSuffix(prev, "capital of")):
		sp.kind, sp.sub, sp.rule = kPlace, subCity, "place-cue"
	case len(words) > 1 && !firstNames[words[0]] && (strings.HasSuffix(prev, "from") && (next == "to" || next == "through") || strings.HasSuffix(prev, "through") || strings.HasSuffix(prev, "across") || strings.HasSuffix(prev, "throughout")):
		sp.kind, sp.rule = kPlace, "place-cue" // "ranging from Kievan Rus through …"
	case len(words) == 1 && nerLabel != "PERSON" && (strings.HasSuffix(prev, " in") || strings.HasSuffix(prev, " near") || prev == "in" || prev == "near"):
		sp.kind, sp.rule = kPlace, "place-cue"
	case len(words) == 1 && isDemonym(k) && strings.HasPrefix(nextTag, "NN") && isLowerWord(next):
		// "Western powers", "Asian markets": a proper adjective.
		return nil
	case len(words) == 1 && strings.HasPrefix(run[0].tag, "JJ"):
		return nil
	case nerLabel == "PERSON" && len(words) > 1:
		sp.kind, sp.rule = kPerson, "ner"
	case nerLabel == "GPE" || nerLabel == "LOCATION" || nerLabel == "GSP":
		sp.kind, sp.sub, sp.rule = kPlace, "", "ner"
	case nerLabel == "ORGANIZATION" && len(words) > 1:
		sp.kind, sp.sub, sp.rule = kOrg, "org", "ner"
	case nerLabel == "PERSON":
		sp.kind, sp.rule = kPerson, "ner"
	case nerLabel == "FACILITY":
		sp.kind, sp.sub, sp.rule = kName, "facility", "ner"
	default:
		sp.kind, sp.sub, sp.rule = kName, "other", "capitalised"
	}
	if sp.kind == kPlace && sp.sub == "" && isDemonym(k) {
		return nil
	}
	// "the Steelyard": people's names take no article.
	if sp.kind == kPerson && sp.rule == "ner" && start >= 4 && strings.EqualFold(s.text[start-4:start], "the ") {
		sp.kind, sp.sub, sp.rule = kName, "other", "capitalised"
	}
	if strings.HasPrefix(nextTag, "NN") && isLowerWord(next) {
		sp.modifier = true // "the Amazon basin", "U.S. influence"
	}
	// "the" belongs to the name, unless the name only modifies a noun:
	// in "the Ukraine conflict" it belongs to "conflict".
	if start >= 4 && strings.EqualFold(s.text[start-4:start], "the ") && sp.kind != kPerson && !sp.modifier {
		sp.the = true
	}
	return sp
}

// orgCues are nouns that, right before a name, say it names an
// organisation: "the charity Rewilding Europe", "the operator Northlink".
var orgCues = map[string]bool{
	"charity": true, "company": true, "firm": true, "organisation": true, "organization": true, "group": true,
	"agency": true, "party": true, "bank": true, "foundation": true, "operator": true, "carrier": true,
	"airline": true, "broadcaster": true, "newspaper": true, "union": true, "alliance": true, "coalition": true,
	"network": true, "ngo": true, "nonprofit": true, "startup": true, "insurer": true, "retailer": true,
	"website": true, "site": true, "magazine": true, "journal": true, "outlet": true, "publisher": true,
}

// allRoman reports whether a run is only Roman numerals: "IV", "I".
func allRoman(run []tok) bool {
	for _, t := range run {
		if strings.Trim(t.text, "IVXLCDM") != "" {
			return false
		}
	}
	return true
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func indexAfter(toks []tok, t tok) int {
	for i := range toks {
		if toks[i].start >= t.end {
			return i
		}
	}
	return -1
}

// personFollows reports whether the words after last are said only of a
// person: ", who" or ", whose" opening a clause, or a verb of saying
// ("said", "told").
func personFollows(s *sentence, last tok) bool {
	n := indexAfter(s.toks, last)
	if n < 0 {
		return false
	}
	w := strings.ToLower(s.toks[n].text)
	if w == "," && n+1 < len(s.toks) {
		w2 := strings.ToLower(s.toks[n+1].text)
		return w2 == "who" || w2 == "whose"
	}
	return w == "said" || w == "says" || w == "told" || w == "added"
}

func majorityLabel(run []tok) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for _, t := range run {
		l := strings.TrimPrefix(strings.TrimPrefix(t.label, "B-"), "I-")
		if l == "O" || l == "" {
			continue
		}
		counts[l]++
		if counts[l] > bestN || (counts[l] == bestN && l < best) {
			best, bestN = l, counts[l]
		}
	}
	return best
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

func isDemonym(k string) bool {
	if placeSub(k) != "" {
		return false
	}
	for _, suf := range demonymSuffixes {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// termSpans finds noun phrases: (adjective|noun)* noun, lowercase, up to
// four words, with weak leading adjectives dropped.
func (a *article) termSpans(s *sentence, add func(*span) bool) {
	toks := s.toks
	isMod := func(t tok) bool {
		return (strings.HasPrefix(t.tag, "JJ") || t.tag == "NN" || t.tag == "NNS" || (t.tag == "VBN" && false)) && isTermWord(t.text)
	}
	isNoun := func(t tok) bool { return (t.tag == "NN" || t.tag == "NNS") && isTermWord(t.text) }
	for i := 0; i < len(toks); {
		if !isMod(toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && isMod(toks[j]) && (j == i || toks[j].start <= toks[j-1].end+1) {
			j++
		}
		// The phrase ends at its last noun.
		e := j - 1
		for e >= i && !isNoun(toks[e]) {
			e--
		}
		st := i
		for st < e && (weakAdjectives[strings.ToLower(toks[st].text)] || weakNouns[strings.ToLower(toks[st].text)] || strings.HasPrefix(toks[st].tag, "JJ") && e-st >= 4) {
			st++
		}
		for e-st >= 4 {
			st++
		}
		// "the most generous pension scheme", "a small but loyal fan
		// base": an adjective graded by the word before it, or set
		// against an adjective before it, is half of a phrase the span
		// would split ("The most _____ covers …": sets 216 and 262,
		// both judges, BAD-BLANK); the phrase starts after it.
		if st < e && st > 0 && strings.HasPrefix(toks[st].tag, "JJ") && splitAdjective(toks, st) {
			st++
		}
		// "a second wave of fever struck in 1850", "cash by definition
		// offers an …": a verb the tagger read as the phrase's last
		// noun; the blank would take the verb with its subject ("As the
		// _____, …" with "report admits": sets 214 to 271, BAD-BLANK).
		// The phrase ends at the noun before it.
		for e > st && verbHead(toks, e) {
			e--
		}
		i = j
		if e < st {
			continue
		}
		// "lets users edit pictures online": after "let", "help" or
		// "make" a plural noun is the subject of a bare infinitive the
		// tagger took for a noun ("edit"); the phrase is the verb's,
		// and the subject stays out of it ("lets users _____ online").
		if st > 0 && st < e && toks[st].tag == "NNS" && bareInfinitiveLead[strings.ToLower(toks[st-1].text)] {
			st++
		}
		head := strings.ToLower(toks[e].text)
		if weakNouns[head] || len(head) < 3 {
			continue
		}
		// "Half Life's world truly does feel": an adverb the tagger took
		// for a noun; the blank would cut across a phrase boundary
		// (review_context.go).
		if lyAdverb(head) {
			continue
		}
		// "when vapour condenses", "less recharges aquifers": a verb in -s
		// mistagged as a plural noun after a subject.
		if e > st && strings.HasSuffix(head, "es") || st > 0 && verbLead[strings.ToLower(toks[st-1].text)] && strings.HasSuffix(strings.ToLower(toks[st].text), "es") {
			if st > 0 && verbLead[strings.ToLower(toks[st-1].text)] {
				continue
			}
		}
		// A noun directly followed by a capitalised name or by a number is
		// part of a larger construction ("leader Xi Jinping").
		text := s.text[toks[st].start:toks[e].end]
		sp := &span{start: toks[st].start, end: toks[e].end, kind: kTerm, head: stem(head), plural: toks[e].tag == "NNS", rule: "noun-phrase"}
		sp.key = strings.ToLower(text)
		if sp.plural {
			sp.sub = "pl"
		} else {
			sp.sub = "sg"
		}
		add(sp)
	}
}

// edNouns are words of six letters or more in -ed that are no past
// tense, which verbHead leaves alone (a word in -eed is left alone too).
var edNouns = set(`hundred|hatred|kindred|thread|spread|sacred|wicked|wretched|rugged|ragged|jagged|crooked|beloved`)

// irregularPasts are irregular past tenses that are seldom nouns.
var irregularPasts = set(`struck|understood|began|went|took|grew|thought|brought|bought|sought|taught|caught|meant|sold|sent|spent|told|wrote|knew|gave|chose|drove|flew|forgot|froze|hid|rode|rang|sang|sank|spoke|stole|swore|threw|woke|wore|became|overtook|withdrew|undertook|forbade|foresaw|oversaw|underwent`)

// verbHead reports whether toks[e], the last noun of a phrase of two
// words or more, is a verb the tagger read as a noun: a past tense in
// -ed or an irregular one (irregularPasts), or a present in -s before
// "a", "an" or a reflexive pronoun ("cash by definition offers an", "the
// drought burns itself out"). Not before "the", a pronoun or a verb in
// -ing, which follow a plural noun as often ("the kits they sell", "the
// barriers crumbling").
func verbHead(toks []tok, e int) bool {
	w := strings.ToLower(toks[e].text)
	if edNouns[w] {
		return false
	}
	if irregularPasts[w] || len(w) >= 6 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		return true
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || e+1 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[e+1].text) {
	case "itself", "themselves", "himself", "herself", "a", "an":
		return true
	}
	return false
}

// gradingWords grade the adjective after them: "most successful".
var gradingWords = set(`most|more|less|least|very|too|quite|rather|fairly|highly|increasingly|extremely|particularly|especially|relatively`)

// splitAdjective reports whether adjective toks[st] is graded by the
// word before it (gradingWords) or set against an adjective before it
// by "but" ("compact but capable").
func splitAdjective(toks []tok, st int) bool {
	prev := strings.ToLower(toks[st-1].text)
	if gradingWords[prev] {
		// "most deals were done", "calls from more countries": a
		// quantity, where no determiner, possessive or adjective list
		// comes before it.
		switch prev {
		case "most", "more", "less", "least":
			if st < 2 {
				return false
			}
			b := strings.ToLower(toks[st-2].text)
			return b == "the" || b == "a" || b == "an" || b == "," || b == "and" || b == "but" || toks[st-2].tag == "PRP$" || toks[st-2].tag == "POS"
		}
		return true
	}
	// "small but loyal": a contrast of two adjectives. Not "bleak,
	// gothic stories" or "old and new members", which a blank on the
	// last adjective's phrase leaves whole.
	return prev == "but" && st >= 2 && strings.HasPrefix(toks[st-2].tag, "JJ")
}

// bareInfinitiveLead are the verbs whose object is the subject of a bare
// infinitive: "lets users edit", "helps schools cut", "makes drivers wait".
var bareInfinitiveLead = set(`let|lets|letting|help|helps|helping|helped|make|makes|making`)

var verbLead = set(`when|if|as|while|because|less|more|so|than|until|once|since|where`)

func isTermWord(w string) bool {
	if w == "" || stopwords[strings.ToLower(w)] {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z') && r != '-' {
			if r >= 'A' && r <= 'Z' {
				return false
			}
			if r < 128 {
				return false
			}
		}
	}
	return true
}

func logf(x float64) float64 { return math.Log(x) }
func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

// gluedFigure reports whether a span at start opens on a digit joined to
// the letter or digit before it ("Aü10%", "B52"): a part of a word, not a
// figure to ask about or swap.
func gluedFigure(text string, start int) bool {
	if start <= 0 || start >= len(text) || text[start] < '0' || text[start] > '9' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
