package generate

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Rules that keep a choice question (single choice, and the phrase swapped
// into a false statement) the way a teacher would publish it: every option
// of the key's kind and grammatical form, none also right according to the
// article, and no choices at all where the stem cannot tell them apart.
// See "Choice questions" in docs/generation.md.

// choiceKey reports whether a blank may be offered with options at all
// (single choice or a false swap). Where it may not, the blank can still
// be a short answer or a card.
//   - A person's name after "the" is no person ("The Jefferson", a river
//     named after one), and a name cut short ("Rutherford B", "Center for
//     Strategic") is no name.
//   - "the West", "the South": a direction names no place of a kind that
//     others can be offered against.
//   - "west of _____", "beyond _____", "near _____": every place further
//     east, nearer or farther fits as well.
//   - A name the model alone calls a place, which the article never puts
//     after "in", "at", "from", … ("The Mandan Indians had been …"), may
//     be a people, an event or a group: its kind is unknown.
//   - A century in a sentence that gives a year of it ("1356-1862 CE …
//     formed in the 14th century") is given away, and swapped it leaves
//     the statement at odds with itself rather than plainly false.
//   - A name right after a preposition that makes it a relation ("tension
//     with _____", "war against _____") can take any party the article
//     names, allies included.
func (a *article) choiceKey(s *sentence, sp *span) bool {
	if sp.kind == kCentury && yearOfCentury(s, sp) {
		return false
	}
	if !sp.kind.proper() {
		return true
	}
	if compassOnly(sp.key) || relativePlace(s, sp) || relation(s, sp) || describedPlace(s, sp) {
		return false
	}
	switch sp.kind {
	case kPerson:
		if sp.the || !personShaped(sp.text) || a.onlyOpens(sp.key) || a.personAtPlace(sp.key) {
			return false
		}
	case kPlace:
		if sp.sub == "" && weakRule(sp.rule) && !a.placeCue(sp.key) {
			return false
		}
		// "the Russian Federation … the deputy head of _____’s council":
		// the people's adjective in the stem names the country.
		if sp.sub == subCountry && adjectiveInStem(s, sp) {
			return false
		}
	}
	return true
}

// adjectiveInStem reports whether the sentence, outside the blank, holds
// a capitalised word that is the country's adjective or people:
// "Russian" for Russia, "Swedish" for Sweden, "Ukrainians" for Ukraine.
func adjectiveInStem(s *sentence, sp *span) bool {
	name := strings.ToLower(firstWord(sp.text))
	if strings.Contains(sp.key, " ") || len(name) < 5 {
		return false
	}
	stem := []rune(name)[:4]
	for _, t := range s.toks {
		if t.start >= sp.blankStart() && t.start < sp.end || !startsUpper(t.text) {
			continue
		}
		w := strings.ToLower(t.text)
		if w == name || strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s") == name {
			continue // the name itself, as another mention
		}
		if r := []rune(w); len(r) > 4 && string(r[:4]) == string(stem) {
			return true
		}
	}
	return false
}

// optionFits reports whether the article's name k (first mention o,
// written text) may be offered where name sp is the answer, beyond the
// kind and subkind that distractors already match.
func (a *article) optionFits(s *sentence, sp *span, k string, o *span, text string) bool {
	if compassOnly(k) || a.onlyQuoted(k) {
		return false
	}
	// "US" among "Ukraine", "Sweden", "Finland": an abbreviation stands
	// out among names written in full, and a full name among
	// abbreviations.
	if sp.kind != kPerson && abbreviation(text) != abbreviation(sp.answer()) {
		return false
	}
	// "North-West _____": the direction belongs to the answer, and an
	// option with its own ("South Germany") reads as nonsense.
	if p := prevTok(s, sp.blankStart()); p != nil && compassWord(p.text) && (compassWord(firstWord(text)) || regionWords[strings.ToLower(firstWord(text))]) {
		return false
	}
	switch sp.kind {
	case kPerson:
		if strings.HasPrefix(strings.ToLower(text), "the ") || !personShaped(text) || a.onlyOpens(k) || a.personAtPlace(k) {
			return false
		}
		// "President _____", "Kremlin spokesman _____", "_____, the
		// mayor of …": only someone the article gives the same title or
		// role, or the role gives the answer away.
		if r := roleOf(s, sp); r != "" && !a.sameRole(k, r) {
			return false
		}
	case kOrg:
		// "His party has asked _____": the party the sentence already
		// speaks of may be the one offered.
		if refersByNoun(s, k) {
			return false
		}
		// "the consulting firm _____": only what the article calls a
		// firm too.
		if r := roleOf(s, sp); r != "" && !a.sameRole(k, r) {
			return false
		}
	case kPlace:
		if sp.sub == "" && o.sub == "" && weakRule(o.rule) && !a.placeCue(k) {
			return false
		}
		// "Dutch" in "Dutch freighters": a people's adjective, not a
		// country.
		if info := a.info[k]; info != nil && info.allModifiers && demonymLike(k) {
			return false
		}
		// "Sweden's _____": only places the article puts in Sweden.
		if c := a.containerBefore(s, sp); c != "" && !a.upward(k)[c] {
			return false
		}
		// A river for a river, a range for a range.
		if sp.sub == subFeature && o.sub == subFeature && featureClass(k) != featureClass(sp.key) {
			return false
		}
	case kName:
		// An initiative is no war: "founded after New American
		// Engagement Initiative" for "founded after WWII".
		if sp.sub == "event" && eventClass(k) != eventClass(sp.key) {
			return false
		}
	}
	return true
}

// nameParticles are the lowercase words inside people's names.
var nameParticles = set(`de|des|da|di|du|del|della|der|den|van|von|la|le|al|el|bin|ibn|bint|ben|dos|das|y`)

// personShaped reports whether a text reads as a person's name: every
// word capitalised (or a particle inside it: "Ludwig van Beethoven"), none
// a word of an organisation, a facility, an event or a landscape, and no
// lone initial at its end ("Rutherford B", cut from "Rutherford B.
// Hayes").
func personShaped(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 || strings.EqualFold(f[0], "the") {
		return false
	}
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if i > 0 && i < len(f)-1 && nameParticles[lw] {
			continue
		}
		if !startsUpper(w) || orgWords[lw] || facilityWords[lw] || eventWords[lw] || craftWords[lw] || featureWords[lw] {
			return false
		}
	}
	if len(f) == 1 && honorifics[strings.ToLower(f[0])] {
		return false
	}
	last := []rune(f[len(f)-1])
	return len(last) > 1
}

// compassWords name a direction, not a place.
var compassWords = set(`north|south|east|west|northeast|northwest|southeast|southwest|global`)

// compassOnly reports whether a key is made of directions alone: "the
// West", "the Global South".
func compassOnly(k string) bool {
	f := strings.Fields(strings.TrimPrefix(k, "the "))
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if !compassWords[w] {
			return false
		}
	}
	return true
}

// relativeRE ends the text before a name placed relative to it.
var relativeRE = regexp.MustCompile(`(?i)\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ward|wards)?\s+of|beyond|outside(?:\s+of)?|near|nearby|close\s+to|next\s+to|far\s+from|away\s+from)\s+$`)

// relativePlace reports whether the blank names a place only as a point
// of reference: "west of _____", "beyond _____", "near _____".
func relativePlace(s *sentence, sp *span) bool {
	return relativeRE.MatchString(tail(s.text[:sp.blankStart()], 80))
}

// relationRE ends the text before a name that is one party of a relation.
var relationRE = regexp.MustCompile(`(?i)\b(?:tensions?|rivalry|conflict|disputes?|war|wars|friction|relations|ties|talks|negotiations|alliance|partnership|cooperation|trade)\s+(?:with|against|between)\s+$`)

// relation reports whether the blank is one party of a relation the
// sentence names ("tension with _____", "talks with _____"): any other
// party the article names is as plausible, and an ally may be as true.
func relation(s *sentence, sp *span) bool {
	return relationRE.MatchString(tail(s.text[:sp.blankStart()], 80))
}

// locatives are the prepositions after which a name is a place.
var locatives = set(`in|at|near|from|into|across|through|throughout|toward|towards|outside|inside|within|to|off|via`)

// placeCue reports whether the article puts name k after a preposition of
// place somewhere ("in Lübeck", "from Fort Mandan"), which makes a name
// the model alone calls a place one by its use.
func (a *article) placeCue(k string) bool {
	for _, m := range a.byKey[k] {
		if p := prevTok(m.sent, m.blankStart()); p != nil && locatives[strings.ToLower(p.text)] {
			return true
		}
	}
	return false
}

// abbreviation reports whether a name is written as an abbreviation in
// capitals: "US", "NATO", "U.K.".
func abbreviation(t string) bool {
	t = strings.TrimPrefix(strings.TrimPrefix(t, "the "), "The ")
	t = strings.ReplaceAll(t, ".", "")
	if len(t) < 2 || len(t) > 6 {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// roleOf returns the title or role noun right before a person's name:
// "president" in "President Thomas Jefferson", "spokesman" in "Kremlin
// spokesman Dmitry Peskov", "trapper" in "fur trapper Toussaint
// Charbonneau"; "" when there is none.
func roleOf(s *sentence, sp *span) string {
	if t := titled(s, sp); t != "" {
		return t
	}
	p := prevTok(s, sp.blankStart())
	if p != nil && p.end == sp.blankStart()-1 && (p.tag == "NN" || p.tag == "NNS") && isLowerWord(p.text) {
		return p.text
	}
	// An apposition after the name: "Ashton Hayward, the mayor of
	// Pensacola,", "John Dosh, Escambia County's Emergency Chief,".
	rest := s.text[sp.end:]
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	app := rest[2:]
	if i := strings.IndexAny(app, ",;:.!?"); i >= 0 {
		app = app[:i]
	}
	f := strings.Fields(app)
	if len(f) == 0 || len(f) > 7 {
		return ""
	}
	lead := strings.ToLower(f[0])
	if lead != "the" && lead != "a" && lead != "an" && !strings.Contains(app, "’s ") && !strings.Contains(app, "'s ") {
		return ""
	}
	// The head of the description: the last role noun before "of",
	// "for", "at" or "in" ("the city's chief engineer").
	role := ""
	for _, w := range f {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "for" || lw == "at" || lw == "in" {
			break
		}
		if roleNouns[lw] {
			role = lw
		}
	}
	return role
}

// sameRole reports whether the article gives the person named by k the
// title or role somewhere.
func (a *article) sameRole(k, role string) bool {
	id := a.identity(k)
	for _, o := range a.keys {
		if o != k && a.identity(o) != id {
			continue
		}
		for _, m := range a.byKey[o] {
			if m.kind.proper() && roleOf(m.sent, m) == role {
				return true
			}
		}
	}
	return false
}

// refersByNoun reports whether the sentence speaks of an organisation by
// the common noun that ends organisation k's name, after a determiner or
// a possessive ("his party", "the company"): it may be k itself.
func refersByNoun(s *sentence, k string) bool {
	lw := lastWord(k)
	if !orgWords[lw] {
		return false
	}
	for i, t := range s.toks {
		if i == 0 || t.text != lw {
			continue
		}
		if p := s.toks[i-1]; p.tag == "PRP$" || p.tag == "DT" || p.tag == "POS" || p.tag == "WP$" {
			return true
		}
	}
	return false
}

// eventClasses group the words that end (or, for storms, open) an
// event's name by what sort of event it is.
var eventClasses = map[string]string{}

func init() {
	for class, words := range map[string]string{
		"conflict":  `war|wars|revolution|crisis|conflict|wwi|wwii|battle|uprising|rebellion|invasion|siege`,
		"agreement": `treaty|agreement|accord|accords|pact|deal|charter|protocol|declaration|act|bill|law|directive`,
		"plan":      `initiative|plan|programme|program|project|strategy|doctrine|reform|reforms|mission|campaign|operation`,
		"meeting":   `summit|conference|convention|forum|congress`,
		"contest":   `games|olympics|cup|championship|prize|award`,
		"storm":     `hurricane|typhoon|cyclone|storm|tropical`,
	} {
		for w := range set(words) {
			eventClasses[w] = class
		}
	}
}

// eventClass returns what sort of event a key names, from its last word
// ("war", "treaty") or, for storms, its first ("hurricane"); "" if
// unknown.
func eventClass(k string) string {
	if c := eventClasses[firstWord(k)]; c == "storm" {
		return c
	}
	return eventClasses[lastWord(k)]
}

// hedgeRE ends the text before a figure given roughly or as a bound.
var hedgeRE = regexp.MustCompile(`(?i)\b(?:about|around|roughly|approximately|some|nearly|almost|close\s+to|an\s+estimated|estimated|more\s+than|over|at\s+least|up\s+to|less\s+than|fewer\s+than|under|as\s+much\s+as|as\s+many\s+as)\s+$`)

// numberCtx holds what decides which figures fit a numeric blank, read
// once per blank: the figures are many where an article is all numbers.
type numberCtx struct {
	s      *sentence
	sp     *span
	hedged bool      // "about 71%", "more than 20 inches"
	share  bool      // a percentage of a whole: "50% of all games"
	bound  int       // bound: +1 after "more than", -1 after "up to"
	dir    int       // timeDirection
	others []float64 // otherTimes
	// article, where set, rules out a year of the future against one
	// of the past (past_year_option.go).
	article *article
}

func newNumberCtx(s *sentence, sp *span) *numberCtx {
	c := &numberCtx{s: s, sp: sp}
	before := tail(s.text[:sp.blankStart()], 80)
	switch sp.kind {
	case kYear, kCentury:
		c.dir = timeWordDirection(before)
		c.others = append(otherTimes(s, sp), dateYears(s, sp)...)
	case kPercent, kMoney, kNumber:
		c.hedged = hedgeRE.MatchString(before)
	}
	if sp.kind == kPercent {
		c.share = percentShare(s, sp)
		c.bound = bound(s, sp)
	}
	return c
}

// percentShare reports whether a percentage blank is a share of a whole:
// "more than _____ of all EA's games were sold to adults". A share lies
// between 0% and 100%, where a change ("rose by 150%") need not.
func percentShare(s *sentence, sp *span) bool {
	after := strings.ToLower(strings.TrimLeft(s.text[sp.end:], " "))
	return strings.HasPrefix(after, "of ")
}

// possibleShare reports whether v% can be offered for a share blank: no
// share is above 100% or below 0%, none is "more than 100%" or "less
// than 0%", so such an option is wrong at sight ("more than 100%" offered
// for the share of games sold to adults).
func (c *numberCtx) possibleShare(v float64) bool {
	if v < 0 {
		return false
	}
	if !c.share {
		return true
	}
	return v <= 100 && !(c.bound > 0 && v >= 100) && !(c.bound < 0 && v <= 0)
}

// tail returns about the last n bytes of t, from a character boundary.
func tail(t string, n int) string {
	if len(t) <= n {
		return t
	}
	i := len(t) - n
	for i < len(t) && !utf8.RuneStart(t[i]) {
		i++
	}
	return t[i:]
}

// numberOptionOK reports whether a figure may be offered for the numeric
// blank sp: a year or century on the same side of the sentence's other
// times of its kind ("from the 13th to the middle of the _____" is not
// offered the 12th century), and, where the figure is approximate or a
// bound ("about 71%", "more than 20 inches"), far enough from the answer
// that the statement with it is plainly another ("about 69%" is not).
func numberOptionOK(s *sentence, sp *span, text string) bool {
	return newNumberCtx(s, sp).ok(text)
}

func (c *numberCtx) ok(text string) bool {
	s, sp := c.s, c.sp
	if sp.kind == kDate {
		return dateOptionOK(s, sp, text)
	}
	v, ok := amountOf(text)
	if !ok {
		return false
	}
	switch sp.kind {
	case kYear, kCentury:
		// "until the 16th century": "until the 14th" is true too.
		if d := c.dir; d > 0 && v <= sp.num.value || d < 0 && v >= sp.num.value {
			return false
		}
		for _, y := range c.others {
			if v == y || (sp.num.value < y) != (v < y) {
				return false
			}
		}
		if c.article != nil && !c.article.pastYearOK(s, sp, v) {
			return false
		}
		// "in _____ during the reign of … (r. 1888–97)": a year outside
		// the reign is ruled out by the stem (ever_year.go).
		if !duringRangeOK(s, sp, v) {
			return false
		}
		// "1356 … formed in the 14th century": a century holding a
		// year the sentence gives is arguably right.
		if sp.kind == kCentury {
			o := *sp
			o.num.value = v
			return !yearOfCentury(s, &o)
		}
		return true
	case kPercent, kMoney, kNumber:
	default:
		return true
	}
	if sp.kind == kPercent && !c.possibleShare(v) {
		return false
	}
	if !c.hedged {
		return true
	}
	ans := scaled(sp.num)
	if sp.kind == kPercent {
		return math.Abs(v-ans) >= math.Max(5, 0.25*ans)
	}
	if v == 0 || ans == 0 {
		return false
	}
	r := v / ans
	if r < 1 {
		r = 1 / r
	}
	return r >= 1.25
}

// formatLike writes the article's figure n in the answer's form, so that
// "65 per cent" is offered as "65%" where the answer is "40%": the same
// symbol, unit and separators, and no option told apart by its writing.
// Figures of another scale or currency keep their own text.
func formatLike(sp *span, n numInfo, text string) string {
	switch sp.kind {
	case kPercent, kMoney, kNumber:
	default:
		return text
	}
	m := sp.num
	if strings.TrimSpace(strings.ToLower(m.scale)) != strings.TrimSpace(strings.ToLower(n.scale)) || m.prefix != n.prefix {
		return text
	}
	x := *sp
	x.num.decimals = n.decimals
	x.num.commas = m.commas || n.commas
	return formatNum(&x, n.value)
}

// determinerWords before a singular noun say it is counted ("a", "each")
// or leave it open ("the", "its").
var (
	countDeterminers = set(`a|an|each|every|another|one`)
	openDeterminers  = set(`the|this|that|its|his|her|their|our|my|your|any|no|some|which|whose`)
)

// nounUse tells how a singular noun phrase is used at one mention: counted
// ("a shortage"), bare ("more cloud", a mass noun), or neither ("the
// cloud").
func nounUse(s *sentence, sp *span) (counted, bare bool) {
	if sp.plural || sp.the {
		return false, false
	}
	p := prevTok(s, sp.start)
	if p == nil {
		return false, true
	}
	w := strings.ToLower(p.text)
	switch {
	case countDeterminers[w]:
		return true, false
	case openDeterminers[w] || p.tag == "PRP$" || p.tag == "POS" || p.tag == "DT" || p.tag == "CD":
		return false, false
	}
	return false, true
}

// massCountOK reports whether common noun k fits where term sp is blanked:
// a noun the article only counts ("a droplet") is not offered where the
// answer stands bare as a mass noun ("7% more _____"), nor one it only
// uses bare where the answer is counted.
func (a *article) massCountOK(s *sentence, sp *span, k string) bool {
	counted, bare := nounUse(s, sp)
	if !counted && !bare {
		return true
	}
	kc, kb := a.keyUse(k)
	if bare && kc && !kb {
		return false
	}
	return !(counted && kb && !kc)
}

// keyUse reports whether any mention of key k is counted and whether any
// stands bare (nounUse); it is found once per key, since massCountOK asks
// it of every distractor of every blank.
func (a *article) keyUse(k string) (counted, bare bool) {
	if u, ok := a.keyUses[k]; ok {
		return u[0], u[1]
	}
	for _, m := range a.byKey[k] {
		c, b := nounUse(m.sent, m)
		counted, bare = counted || c, bare || b
	}
	if a.keyUses == nil {
		a.keyUses = map[string][2]bool{}
	}
	a.keyUses[k] = [2]bool{counted, bare}
	return counted, bare
}

// ordinalRE matches an ordinal such as "13th", which before "to the
// middle of the 15th century" is a century too.
var ordinalRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)\b`)

// otherTimes returns the values of the sentence's other times of sp's
// kind: its other years, or its other centuries, counting a bare ordinal
// ("from the 13th to the middle of the 15th century") as one.
func otherTimes(s *sentence, sp *span) []float64 {
	var out []float64
	for _, o := range s.spans {
		if o != sp && o.kind == sp.kind {
			out = append(out, o.num.value)
		}
	}
	if sp.kind != kCentury {
		return out
	}
	for _, m := range ordinalRE.FindAllStringSubmatchIndex(s.text, -1) {
		if m[0] >= sp.start && m[0] < sp.end {
			continue
		}
		inSpan := false
		for _, o := range s.spans {
			if o != sp && o.kind == kCentury && m[0] >= o.start && m[0] < o.end {
				inSpan = true
			}
		}
		if v, err := strconv.Atoi(s.text[m[2]:m[3]]); err == nil && !inSpan {
			out = append(out, float64(v))
		}
	}
	return out
}

// describedRE ends the text before a place described by a people's
// adjective: "the German town of _____", "the Swedish island of _____".
var describedRE = regexp.MustCompile(`\b[A-Z][a-z]+ (?:town|city|port|village|island|region|province|county|capital|state) of\s+$`)

// describedPlace reports whether the stem says which country a place
// belongs to ("the German town of _____"): the options would have to lie
// there too, which the article seldom says.
func describedPlace(s *sentence, sp *span) bool {
	return sp.kind == kPlace && describedRE.MatchString(tail(s.text[:sp.blankStart()], 80))
}

// onlyOpens reports whether a one-word name occurs once, opening its
// sentence: a capitalised adverb or adjective ("Often referred to as …")
// reads as a name there and nowhere else.
func (a *article) onlyOpens(k string) bool {
	ms := a.byKey[k]
	if len(ms) != 1 || strings.Contains(k, " ") {
		return false
	}
	m := ms[0]
	return m.blankStart() == datelineEnd(m.sent.text)
}

// onlyQuoted reports whether every mention of k is inside a quotation
// ("the “Silicon Shield”"): a coined phrase, not a name to offer.
func (a *article) onlyQuoted(k string) bool {
	for _, m := range a.byKey[k] {
		if !inQuote(m.sent, m) {
			return false
		}
	}
	return len(a.byKey[k]) > 0
}

// demonymLike reports whether a one-word key has the ending of a people's
// adjective: "dutch", "french", "british", "chinese", "russian".
func demonymLike(k string) bool {
	if strings.Contains(k, " ") {
		return false
	}
	for _, e := range []string{"ch", "sh", "ese", "ian", "ish", "ic", "i"} {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// containerBefore returns the key of the place whose possessive opens the
// blank ("Sweden’s _____"), or "".
func (a *article) containerBefore(s *sentence, sp *span) string {
	for _, o := range s.spans {
		if o.kind != kPlace || o.end > sp.blankStart() {
			continue
		}
		if b := s.text[o.end:sp.blankStart()]; b == "’s " || b == "'s " {
			return o.key
		}
	}
	return ""
}

var featureClasses = map[string]string{}

func init() {
	for class, words := range map[string]string{
		"water":  `river|lake|lakes|sea|ocean|bay|gulf|strait|straits|delta|falls|glacier|reef|marshes|wetlands|creek|fjord|canal`,
		"upland": `mountains|mountain|hills|highlands|range|alps|carpathians|himalayas|andes|rockies|pyrenees|urals|caucasus|plateau|canyon|valley|pass`,
		"land":   `forest|forests|desert|plain|plains|island|islands|peninsula|basin|coast|park|steppe`,
	} {
		for w := range set(words) {
			featureClasses[w] = class
		}
	}
}

// featureClass returns what sort of landscape a feature's key names, from
// its last word: water, upland or land ("" if unknown).
func featureClass(k string) string {
	if c, ok := featureClasses[lastWord(k)]; ok {
		return c
	}
	if c, ok := featureClasses[firstWord(strings.TrimPrefix(k, "the "))]; ok {
		return c // "Lake Erie"
	}
	return lastWord(k)
}

// corporateSuffixes end a company's name without changing what it names.
var corporateSuffixes = set(`co|co.|company|corp|corp.|corporation|inc|inc.|ltd|ltd.|plc|llc|group|holdings`)

// sameThing reports whether two option keys name one thing: "Taiwan
// Semiconductor Manufacturing Co." and "… Company", "the Rockies" and
// "the Rocky Mountains".
func sameThing(x, y string) bool {
	if x == y {
		return true
	}
	lx, ly := lastWord(x), lastWord(y)
	if fx := featureClasses[lx]; !corporateSuffixes[lx] && !corporateSuffixes[ly] && (fx == "" || fx != featureClasses[ly]) {
		return false
	}
	trim := func(k string) string {
		f := strings.Fields(strings.TrimPrefix(k, "the "))
		for len(f) > 1 && corporateSuffixes[f[len(f)-1]] {
			f = f[:len(f)-1]
		}
		return strings.Join(f, " ")
	}
	tx, ty := trim(x), trim(y)
	if tx == ty {
		return true
	}
	// "Rockies" and "Rocky Mountains": one stem, one sort of landscape.
	base := func(w string) string {
		for _, suf := range []string{"ies", "y", "s"} {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				return strings.TrimSuffix(w, suf)
			}
		}
		return w
	}
	fx, fy := firstWord(tx), firstWord(ty)
	return base(fx) == base(fy) && featureClasses[lastWord(tx)] != "" && featureClasses[lastWord(tx)] == featureClasses[lastWord(ty)]
}

// regionWords open names of parts of a land: "Lower Saxony", "Upper
// Austria".
var regionWords = set(`lower|upper|inner|outer|central|greater|baltic`)

// compassWord reports whether a word is a direction: "North", "north-west",
// "Southern".
func compassWord(w string) bool {
	w = strings.ToLower(strings.TrimSpace(w))
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' }) {
		p = strings.TrimSuffix(p, "ern")
		if !compassWords[p] || p == "global" {
			return false
		}
	}
	return w != ""
}

// personPrepositions put a place, not a person, after them: a name the
// model calls a person met after one ("along the Jefferson", "in
// Madison") names a place.
var personPrepositions = set(`in|at|near|into|across|inside|within|throughout|outside|along|up|down`)

// personAtPlace reports whether the article puts the person's name where
// only a place goes: after "in", "near", "along", … and not as a
// possessive ("in Smith's words").
func (a *article) personAtPlace(k string) bool {
	for _, m := range a.byKey[k] {
		p := prevTok(m.sent, m.blankStart())
		rest := m.sent.text[m.end:]
		if p != nil && personPrepositions[strings.ToLower(p.text)] && !strings.HasPrefix(rest, "’s") && !strings.HasPrefix(rest, "'s") {
			return true
		}
	}
	return false
}

var optionDateRE = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\b|\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// monthDay reads the month (1–12) and day of a date's text, or 0, 0.
func monthDay(text string) (int, int) {
	m := optionDateRE.FindStringSubmatch(text)
	if m == nil {
		return 0, 0
	}
	month, day := m[1], m[2]
	if month == "" {
		month, day = m[4], m[3]
	}
	d, _ := strconv.Atoi(day)
	for i, n := range monthNames {
		if n == month {
			return i + 1, d
		}
	}
	return 0, 0
}

// dateOptionOK reports whether a date may be offered for the date sp:
// not the day of another date in the sentence ("began on September 23,
// 1806 … ending six months later on September 23"), and on the same side
// of it ("began … ending later" keeps its order).
func dateOptionOK(s *sentence, sp *span, text string) bool {
	om, od := monthDay(text)
	am, ad := monthDay(sp.text)
	if om == 0 || am == 0 {
		return true
	}
	for _, o := range s.spans {
		if o == sp || o.kind != kDate {
			continue
		}
		m, d := monthDay(o.text)
		if m == 0 {
			continue
		}
		if m == om && d == od {
			return false
		}
		// Order within one year, where the other date gives none or the
		// same one.
		if o.num.year != 0 && sp.num.year != 0 && o.num.year != sp.num.year {
			continue
		}
		before := am*32+ad < m*32+d
		if before != (om*32+od < m*32+d) {
			return false
		}
	}
	return true
}

// isPerson reports whether the article takes text for a person's name.
func (a *article) isPerson(text string) bool {
	m := a.byKey[key(text)]
	return len(m) > 0 && m[0].kind == kPerson
}

var yearLikeRE = regexp.MustCompile(`\b\d{3,4}\b`)

// yearOfCentury reports whether the sentence holds, outside the century
// sp, a year that falls in it.
func yearOfCentury(s *sentence, sp *span) bool {
	c := int(sp.num.value)
	for _, m := range yearLikeRE.FindAllStringIndex(s.text, -1) {
		if m[0] >= sp.start && m[0] < sp.end {
			continue
		}
		if m[0] > 0 && (s.text[m[0]-1] == ',' || s.text[m[0]-1] == '.') {
			continue // "1,000", "2.500"
		}
		y, err := strconv.Atoi(s.text[m[0]:m[1]])
		if err == nil && y > (c-1)*100 && y <= c*100 {
			return true
		}
	}
	return false
}

// timeWordRE ends the text before a time that bounds a statement, with
// the word that says which way.
var timeWordRE = regexp.MustCompile(`(?i)\b(until|till|to|through|after|since|from|by|before)\s+(?:the\s+)?(?:(?:middle|end|beginning|start|close|turn|first half|second half)\s+of\s+the\s+)?$`)

// timeDirection reads the word before a year or century that makes it a
// bound of what the sentence says, and so which options the statement
// would also make true: +1 after "until", "to", "after" (a time offered
// must be later, or "until the 14th century" follows from "until the
// 16th"), -1 after "since", "from", "by", "before" (earlier), 0 otherwise.
func timeDirection(s *sentence, sp *span) int {
	return timeWordDirection(tail(s.text[:sp.blankStart()], 80))
}

func timeWordDirection(before string) int {
	m := timeWordRE.FindStringSubmatch(before)
	if m == nil {
		return 0
	}
	switch strings.ToLower(m[1]) {
	case "until", "till", "to", "through", "after":
		return 1
	}
	return -1
}
