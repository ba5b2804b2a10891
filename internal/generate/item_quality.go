package generate

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Item quality rules of the eighteenth round: blanks that cut a phrase in
// two, cloze cards on wording the article uses once, and answers a
// learner would give in a shorter form.

// halfPhraseBlank reports whether a blank over sp leaves half of a phrase
// outside it: a common noun phrase followed by a noun that carries it on
// ("over _____ waiting times" for "extended hospital"), or a word joined
// by a dash to the word beside it ("_____–Teller effect" for "Jahn"). The
// blank then tests where the phrase was cut, not what it names.
func halfPhraseBlank(s *sentence, sp *span) bool {
	if dashJoined(s.text, sp.blankStart(), sp.end) {
		return true
	}
	if sp.kind != kTerm || !strings.Contains(sp.key, " ") {
		return false
	}
	if cutNounPhrase(s, sp) || initialModifierCut(s, sp) {
		return true
	}
	n := nextTok(s, sp.end)
	if n == nil || !isLowerWord(n.text) {
		return false
	}
	if strings.HasPrefix(n.tag, "NN") {
		return true // "the _____ target" for "waiting list"
	}
	// "_____ waiting times": a gerund that a noun follows modifies it.
	if n.tag == "VBG" {
		if nn := nextTok(s, n.end); nn != nil && isLowerWord(nn.text) && strings.HasPrefix(nn.tag, "NN") {
			return true
		}
	}
	return false
}

// initialModifierCut reports whether a blank leaves out the sentence's
// first word where that word modifies the blanked phrase: "Human _____
// have been outraged" for "rights campaigners".
func initialModifierCut(s *sentence, sp *span) bool {
	if len(s.toks) < 2 || s.toks[0].end > sp.blankStart() || s.toks[1].start < sp.blankStart() {
		return false
	}
	if strings.TrimSpace(s.text[s.toks[0].end:sp.blankStart()]) != "" {
		return false // "Asked, _____ …"
	}
	first := strings.ToLower(s.toks[0].text)
	if stopwords[first] || danglingStarts[first] {
		return false
	}
	// A noun or an adjective straight before a common noun phrase is
	// part of it (the tagger calls "Human" a name at the start).
	return strings.HasPrefix(s.toks[0].tag, "JJ") || strings.HasPrefix(s.toks[0].tag, "NN")
}

// countHeadBlank reports whether a blank covers a bare count that
// stands for people or things the sentence before names: "Law Lords
// ruled that the _____ were being held …" for "the 12" (the 12 detainees
// of the sentence before). The stem does not say what is counted.
func countHeadBlank(s *sentence, sp *span) bool {
	if sp.kind != kNumber || sp.num.suffix != "" {
		return false
	}
	p, n := prevTok(s, sp.blankStart()), nextTok(s, sp.end)
	return p != nil && strings.EqualFold(p.text, "the") && n != nil && isVerbTag(n.tag)
}

// infinitiveToRE: a sentence ending on the "to" of an infinitive ("should
// be able to").
var infinitiveToRE = regexp.MustCompile(`(?i)\b(?:able|unable|allowed|going|want|wants|wanted|need|needs|needed|ought|likely|unlikely|trying|tried|plans?|planned|power|powers|right|seeks?|sought|aims?|aimed)\s+to\s*$`)

// cutNounPhrase reports whether a common-noun blank covers only part of
// its noun phrase: the verb of an infinitive with its object ("should be
// able to _____ of UK citizens" for "order detention"), or a noun whose
// possessive stands before the blank and whose "of" phrase after it
// ("expressed his _____ of his name" for "preferred spelling").
func cutNounPhrase(s *sentence, sp *span) bool {
	start := sp.blankStart()
	if start < 0 || sp.end > len(s.text) || start > sp.end {
		return false
	}
	n := nextTok(s, sp.end)
	if n == nil || strings.ToLower(n.text) != "of" {
		return false
	}
	before := s.text[:start]
	if infinitiveToRE.MatchString(before) {
		return true
	}
	ws := strings.Fields(strings.ToLower(before))
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}

// lookalikeRE: the words before a blank end inside a comparison of how a
// thing looks ("which looks like a car seat on a").
var lookalikeRE = regexp.MustCompile(`(?i)\b(?:looks?|looking|looked|resembles?|resembling|resembled)\s+like\b[^,;:.()]*$`)

// lookalikeBlank reports whether a blank over sp stands in a comparison
// of how something looks: "The chair, which looks like a car seat on a
// _____, should go on sale in April" for "skeletal frame" tests a detail
// of its look, not what it is or does.
func lookalikeBlank(s *sentence, sp *span) bool {
	start := sp.blankStart()
	if start < 0 || start > len(s.text) {
		return false
	}
	return lookalikeRE.MatchString(s.text[:start])
}

// dashJoined reports whether text[start:end] is joined by a hyphen or a
// dash, without a space, to a word before or after it.
func dashJoined(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	if r, n := utf8.DecodeRuneInString(text[end:]); isJoinDash(r) {
		if l, _ := utf8.DecodeRuneInString(text[end+n:]); unicode.IsLetter(l) {
			return true
		}
	}
	if r, n := utf8.DecodeLastRuneInString(text[:start]); isJoinDash(r) {
		if l, _ := utf8.DecodeLastRuneInString(text[:start-n]); unicode.IsLetter(l) {
			return true
		}
	}
	return false
}

// An em dash, even unspaced, sets off a clause ("Jefferson—the first fruits").
func isJoinDash(r rune) bool { return r == '-' || r == '–' || r == '‐' }

// onceWording reports whether a cloze card's common noun phrase is wording
// the article uses once: none of its words comes back in another sentence
// ("rose as a _____" for "political force", "impressed with their _____"
// for "imaginative forays"), outside the lead paragraph, which states what
// the article is about. A phrase the article builds on recurs, whole or by
// one of its words ("data networks" of an article about networks); one it
// says once is the author's wording, and a card on it tests recall of that
// wording. A defined term is kept.
func (a *article) onceWording(s *sentence, sp *span) bool {
	if sp.kind != kTerm || !strings.Contains(sp.key, " ") || s.para == nil || s.para.n == 1 {
		return false
	}
	if a.definedTerms()[sp.key] {
		return false
	}
	content := 0
	// "ground-based instruments": each part of a joined word counts.
	words := strings.FieldsFunc(sp.key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		w = strings.ToLower(w)
		if len(w) <= 2 || stopwords[w] || !hasLetter(w) {
			continue
		}
		content++
		n := 0.0
		st := stem(w)
		for _, p := range a.paras {
			n += p.words[st]
		}
		// The head noun comes back in a name only ("a hostile world",
		// "World War II"): the article does not build on it.
		if n >= 2 && (i < len(words)-1 || a.saidLowercase(st) >= 2) {
			return false
		}
	}
	return content > 0
}

// saidLowercase counts the words of the article of stem st written in
// lowercase: "world" of "a hostile world" does not come back in "World War
// II", where it is part of a name.
func (a *article) saidLowercase(st string) int {
	if a.lowerStems == nil {
		a.lowerStems = map[string]int{}
		for _, s := range a.sents {
			for _, t := range s.toks {
				if isLowerWord(t.text) {
					a.lowerStems[stem(t.text)]++
				}
			}
		}
	}
	return a.lowerStems[st]
}

// modifierForms are shorter answers a learner may give for a group named
// by a name and a plural noun: "Labour" for "Labour MPs", "Apple" for
// "Apple engineers". The name is what the blank asks for; the plural only
// says which of its people. Also the other usual names of the two world
// wars ("World War I" for "the First World War").
func modifierForms(text string) []string {
	var out []string
	f := strings.Fields(text)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) == 2 && startsUpper(f[0]) && !allUpper(f[0]) && pluralGroup(f[1]) {
		out = append(out, f[0])
	}
	if w := worldWarForms(strings.Join(f, " ")); w != nil {
		out = append(out, w...)
	}
	return out
}

// pluralGroup reports whether w is a plural noun for people or things of
// a group: lowercase ending in "s" ("workers"), or capitals with a
// lowercase "s" ("MPs").
func pluralGroup(w string) bool {
	if len(w) < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	stem := w[:len(w)-1]
	if isLowerWord(w) {
		return true
	}
	return allUpper(stem) && len(stem) >= 2
}

func allUpper(w string) bool {
	has := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			has = true
		}
	}
	return has
}

// worldWarForms gives the other names of a world war.
func worldWarForms(s string) []string {
	forms := [][]string{
		{"First World War", "World War I", "World War One", "WWI", "WW1"},
		{"Second World War", "World War II", "World War Two", "WWII", "WW2"},
	}
	for _, f := range forms {
		for _, n := range f {
			if strings.EqualFold(s, n) {
				var out []string
				for _, m := range f {
					if !strings.EqualFold(m, n) {
						out = append(out, m)
					}
				}
				return out
			}
		}
	}
	return nil
}

// headGiveaway reports whether the head noun of a blanked common noun
// phrase stands elsewhere in its sentence: "the creation of its _____ in
// the hills, Siding Hill Observatory" for "field observatory" names the
// thing the blank asks for, and the reader completes it from the name.
func headGiveaway(s *sentence, sp *span) bool {
	if sp.kind != kTerm || !strings.Contains(sp.key, " ") {
		return false
	}
	f := strings.Fields(sp.key)
	head := stem(strings.ToLower(f[len(f)-1]))
	if len(head) <= 2 || stopwords[head] {
		return false
	}
	from := sp.blankStart()
	for _, t := range s.toks {
		if t.end > from && t.start < sp.end {
			continue
		}
		if stem(strings.ToLower(t.text)) == head {
			return true
		}
	}
	return false
}

// centuryNear reports whether a century swapped in lies within two of the
// one the sentence names: "a leading thinker of the 13th century" for one
// of the 19th is false on its face, even where the article reaches back
// to the 13th for a family's origins; the 17th or the 18th is a claim a
// reader must check.
func centuryNear(orig, v float64) bool { return math.Abs(v-orig) <= 2 }

// sameMonthRE finds a month named by reference to the sentence before:
// "In the same month", "that month".
var sameMonthRE = regexp.MustCompile(`(?i)\b(?:(in|during|by|of) )?(?:that|the same) month\b`)

// monthYearRE finds a month, with the year after it when there is one.
var monthYearRE = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)(?: (1[0-9]{3}|20[0-9]{2})\b)?`)

// monthEdit is the edit that puts the month into a sentence that says
// "the same month" or "that month", from the sentence before it in the
// same paragraph when that names exactly one month ("In November 2004";
// "In the same month lists fell" → "In November lists fell"); has is
// false when the sentence says neither, ok false when it does and no
// month can be put in. A reader of the item alone then knows when.
func (a *article) monthEdit(s *sentence) (e edit, has, ok bool) {
	m := sameMonthRE.FindStringSubmatchIndex(s.text)
	if m == nil {
		return edit{}, false, false
	}
	if quotedAt(s.text, m[0]) {
		return edit{}, true, false
	}
	i := s.idx - 1
	if i < 0 || i >= len(a.sents) || a.sents[i].para != s.para {
		return edit{}, true, false
	}
	month := ""
	for _, mm := range monthYearRE.FindAllString(a.sents[i].text, -1) {
		if month != "" && !strings.HasPrefix(mm, month) && !strings.HasPrefix(month, mm) {
			return edit{}, true, false // two months: which one?
		}
		if len(mm) > len(month) {
			month = mm
		}
	}
	if month == "" {
		return edit{}, true, false
	}
	prep := "in"
	if m[2] >= 0 {
		prep = strings.ToLower(s.text[m[2]:m[3]])
	}
	rep := prep + " " + month
	if m[0] == 0 || strings.TrimSpace(s.text[:m[0]]) == "" {
		rep = upperFirst(rep)
	}
	return edit{s.text[m[0]:m[1]], rep}, true, true
}

// Blanks of the twenty-first round: half of a name, the function words of
// a quotation, an epithet for a name told elsewhere.

// nameHalf reports whether a blank over sp leaves part of a capitalised
// name outside it: a capitalised word right before it ("the House
// Un-American _____" for "Activities Committee") or right after it
// ("_____ Activities Committee" for "House Un-American"). The blank then
// asks where the name was cut. A title before a person's name ("President
// _____"), a month before a day, and the sentence's first word do not
// count.
func nameHalf(s *sentence, sp *span) bool {
	start, end, ok := sp.blankBounds(s.text)
	if !ok {
		return false
	}
	f := strings.Fields(s.text[start:end])
	if len(f) == 0 {
		return false
	}
	first := openingTokens(s)
	if startsUpper(f[0]) && !sp.the {
		for i := range s.toks {
			p := s.toks[i]
			if p.end != start-1 || s.text[p.end] != ' ' {
				continue
			}
			// A person's name after a place or a title ("Escambia County
			// Superintendent of Schools Malcolm Thomas") is whole; after a
			// first name it is not.
			if i > first && capitalisedName(p.text) && (sp.kind != kPerson || firstNames[strings.ToLower(p.text)] || joinedCapitals(p.text)) {
				return true
			}
			// "General _____" for "General Motors": a word read as a
			// title starts a company's name the answer ends.
			if i > first && startsUpper(p.text) && !capitalisedName(p.text) && (orgAnswer(sp.text) || titleStartsOrg(s, p.text)) {
				return true
			}
		}
	}
	// "_____ and Pensions Secretary Alan Johnson" for "Work": the first
	// half of an office's name joined by "and".
	if startsUpper(f[len(f)-1]) && officeAndRE.MatchString(s.text[end:]) {
		return true
	}
	if last := strings.Trim(f[len(f)-1], `.,;:`); startsUpper(last) && last == f[len(f)-1] {
		for i := range s.toks {
			n := s.toks[i]
			if n.start == end+1 && s.text[end] == ' ' && strings.HasPrefix(n.tag, "NNP") && capitalisedName(n.text) {
				return true
			}
		}
	}
	return false
}

// officeAndRE: "and", a capitalised word and the noun of an office or a
// body ("and Pensions Secretary", "and Industry Committee").
var officeAndRE = regexp.MustCompile(`^ and \p{Lu}\p{Ll}+ (?:Secretary|Minister|Ministry|Committee|Department|Office|Council|Board|Commission|Spokesman|Spokeswoman)\b`)

// orgAnswer reports an answer one of whose words ends an organisation's
// name ("Motors", "Airlines").
func orgAnswer(text string) bool {
	for _, w := range strings.Fields(text) {
		if orgWords[strings.ToLower(strings.Trim(w, `.,;:`))] {
			return true
		}
	}
	return false
}

// titleStartsOrg reports whether the sentence puts word w, read as a
// title, before the end of an organisation's name ("General Motors"):
// the same word before another name there starts a company's name too
// ("General Electric").
func titleStartsOrg(s *sentence, w string) bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].text == w && s.toks[i+1].start == s.toks[i].end+1 && orgWords[strings.ToLower(s.toks[i+1].text)] {
			return true
		}
	}
	return false
}

// capitalisedName reports a capitalised word that may be part of a name:
// not a title, a month or a word capitalised for other reasons ("The").
func capitalisedName(w string) bool {
	if !startsUpper(w) || allUpper(strings.Trim(w, ".")) {
		return false
	}
	// "Secretary-General", "Vice-President": a title in parts.
	for _, part := range strings.Split(strings.ToLower(w), "-") {
		if honorifics[part] || honorifics[strings.TrimSuffix(part, ".")] || roleNouns[part] {
			return false
		}
	}
	l := strings.ToLower(w)
	return !notNames[l] && !months[l]
}

// functionAnswer reports an answer made only of function words ("If I"
// of "If I'm right fifty-one percent of the time"): the blank tests the
// wording of a sentence, most often a quotation's.
func functionAnswer(text string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) {
		w = strings.Trim(w, `.,;:!?"“”()`)
		if w == "" {
			continue
		}
		// "US" is a name, "1960s" a figure.
		if w != "I" && allUpper(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		if !stopwords[strings.ToLower(w)] {
			return false
		}
		n++
	}
	return n > 0
}

// epithetBlank reports a blank over a description a report gives a name
// told elsewhere: lowercase words ending on a noun such as "giant" or
// "maker", after "the" or before a possessive ("the _____'s Internet
// Explorer" for "software giant"). The description is the writer's
// wording, and the name it stands for is the fact.
func epithetBlank(s *sentence, sp *span) bool {
	start, end, ok := sp.blankBounds(s.text)
	if !ok {
		return false
	}
	f := strings.Fields(s.text[start:end])
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !isLowerWord(w) {
			return false
		}
	}
	head := f[len(f)-1]
	if !epithetHeads[head] {
		return false
	}
	after := s.text[end:]
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		return true
	}
	if !organisationEpithets[head] {
		return false // "the supply chain" is a thing, not a name's stand-in
	}
	if sp.the {
		return true
	}
	p := prevTok(s, start)
	return p != nil && strings.EqualFold(p.text, "the")
}

// organisationEpithets are the heads of a description that stands for an
// organisation's name: "the software giant", "the film production company".
var organisationEpithets = set(`giant|maker|makers|firm|company|group|manufacturer|producer|developer|retailer|operator|conglomerate|brewer`)

// joinedCapitals reports a hyphened word of capitalised parts: "Jean-Claude".
func joinedCapitals(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !startsUpper(p) {
			return false
		}
	}
	return true
}

// Statements quoted whole keep the slips of their sentence: "would be one
// his G8 priorities" (a word left out), "the the report" (a word doubled).
// grammarEdits mends the two a simple rule can find: "one" before a
// possessive takes "of", and a word said twice in a row is said once
// ("had had" and "that that" are English). A verb that takes an object
// and an infinitive, followed by "then to" and a verb ("allowing then to
// mark"), had "them": a passive reads "then" as a time ("was allowed then
// to"), so only the active forms count.

// grammarEdits lists the edits mending s.
func grammarEdits(s *sentence) []edit {
	var out []edit
	for i := 0; i+1 < len(s.toks); i++ {
		a, b := s.toks[i], s.toks[i+1]
		if b.start != a.end+1 || s.text[a.end] != ' ' {
			continue
		}
		al, bl := strings.ToLower(a.text), strings.ToLower(b.text)
		switch {
		case al == "one" && possessiveDeterminers[bl] && (i == 0 || !strings.EqualFold(s.toks[i-1].text, "no")):
			out = append(out, edit{a.text + " " + b.text, a.text + " of " + b.text})
		case a.text == b.text && isLowerWord(a.text) && !doubledOK[al] && hasLetter(al) && (a.start == 0 || s.text[a.start-1] == ' '):
			// a whole word said twice, not the tail of a token ("$h h");
			// the space before it goes with the edit, so that the edit
			// finds this pair and not the tail of a token before it
			// ("li!e e … e e!", found by FuzzGenerate).
			if a.start > 0 {
				out = append(out, edit{s.text[a.start-1 : b.end], " " + a.text})
			} else {
				out = append(out, edit{a.text + " " + b.text, a.text})
			}
		case bl == "then" && objectControlVerbs[al] && i+3 < len(s.toks) && strings.EqualFold(s.toks[i+2].text, "to") && s.toks[i+3].tag == "VB":
			out = append(out, edit{a.text + " " + b.text, a.text + " them"})
		case timeModifiers[al] && bl == "in" && i+3 < len(s.toks) && strings.EqualFold(s.toks[i+2].text, "the") && strings.EqualFold(s.toks[i+3].text, a.text) && !quotedAt(s.text, a.start):
			// "early in the early 20th century": the modifier said
			// twice, once is what the sentence means.
			d := s.toks[i+3]
			out = append(out, edit{s.text[a.start:d.end], s.text[a.start:s.toks[i+2].end]})
		}
	}
	// "new tests shows" (agreement_slip.go).
	if e, ok := agreementEdit(s); ok {
		out = append(out, e)
	}
	// "The guidance published on Tuesday, said" (stray_comma.go).
	if e, ok := strayCommaEdit(s); ok {
		out = append(out, e)
	}
	// "Opinion was more divided over …" (comparative_state.go).
	if e, ok := comparedStateEdit(s); ok {
		out = append(out, e)
	}
	// `of"squabbling like schoolboys"` (quote_space.go).
	if e, ok := quoteSpaceEdit(s); ok {
		out = append(out, e)
	}
	return out
}

// timeModifiers place a time within a span: said before "in the" and
// again after it ("early in the early 1900s") the second is a slip.
var timeModifiers = set(`early|late`)

// objectControlVerbs are active forms of verbs that take an object and an
// infinitive after it ("allowing them to mark").
var objectControlVerbs = set(`allow|allows|allowing|enable|enables|enabling|help|helps|helping|encourage|encourages|encouraging|force|forces|forcing|urge|urges|urging|persuade|persuades|persuading|invite|invites|inviting|permit|permits|permitting|require|requires|requiring|teach|teaches|teaching|ask|asks|asking|tell|tells|telling`)

// possessiveDeterminers own the noun after them.
var possessiveDeterminers = set(`his|her|its|their|our|my|your`)

// doubledOK are words English says twice in a row.
var doubledOK = set(`had|that|is|do|very|far|so|many|more|bye|no|yes|again|really|long|on|out|over|round|by|through`)

// isGrammarEdit reports whether e is one of grammarEdits(s).
func isGrammarEdit(s *sentence, e edit) bool {
	for _, g := range grammarEdits(s) {
		if g == e {
			return true
		}
	}
	return false
}

// finiteAfterWith reports a sentence that opens on "with" (after at most
// a conjunction) and a short noun phrase followed by a finite "was",
// "were", "is" or "are": "But with 30,000 children were dying every day
// more was needed" has a word too many, and the statement quoting it
// would read wrong. Such a sentence is held back, not mended: which word
// goes is not certain.
func finiteAfterWith(s *sentence) bool {
	i := openingTokens(s)
	if i < len(s.toks) {
		switch strings.ToLower(s.toks[i].text) {
		case "but", "and", "yet", "so":
			i++
		}
	}
	if i >= len(s.toks) || !strings.EqualFold(s.toks[i].text, "with") {
		return false
	}
	for j := i + 1; j < len(s.toks) && j <= i+6; j++ {
		t := s.toks[j]
		switch strings.ToLower(t.text) {
		case "was", "were", "is", "are":
			return j > i+1
		}
		if tg := t.tag; !(strings.HasPrefix(tg, "NN") || strings.HasPrefix(tg, "JJ") || tg == "CD" || tg == "DT" || tg == "PRP$") {
			return false
		}
	}
	return false
}
