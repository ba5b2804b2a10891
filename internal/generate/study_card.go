package generate

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Where the subject of a biography studied. A short biography's theme on
// the education and early careers held back nearly every sentence: the
// schools come in a list, the careers lean on "instead" or on a bequest,
// and the one sentence that states a main fact alone, "He then attended
// King's College London, graduating in 1856.", drafted no statement a
// balanced theme could take. studyCard drafts, for a biography's theme
// still under minProposed after fillThin's other items, the card "Which
// college did Gilbert attend?" with the institution on the back, from a
// sentence that opens on the subject (its name, or "He"/"She" only the
// subject can be: birthSubject) followed by "attended", "studied at",
// "was educated at", "graduated from" or "enrolled at" (perhaps after
// "then", "later" or "also") and an institution named in capitalised
// words with a word of its kind in it (College, University, School,
// Academy, Institute, Conservatory, Polytechnic, Seminary). The kind word
// asks the question, so the front never names the answer. No card is
// drafted where the institution stands in a list ("…, then …"), where
// the article names another institution of the same kind after such a
// verb (the front would fit both), where a proposed item already quotes
// the sentence or names the institution, or where the card would not
// only add (every item proposed before still is).

// studyRe finds the verb after the subject and the institution after it.
var studyRe = regexp.MustCompile(`^\s+(?:(?:then|later|also|subsequently|briefly)\s+)?(attended|studied\s+at|was\s+educated\s+at|graduated\s+from|enrolled\s+at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|of\s+the)\s+\p{Lu}[\p{L}'’.-]*|\s+\p{Lu}[\p{L}'’.-]*)*)`)

// studyAnyRe finds the same verbs and institutions anywhere in a text.
var studyAnyRe = regexp.MustCompile(`\b(?:attended|studied\s+at|educated\s+at|graduated\s+from|enrolled\s+at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|of\s+the)\s+\p{Lu}[\p{L}'’.-]*|\s+\p{Lu}[\p{L}'’.-]*)*)`)

// studyKinds are the words that make capitalised words an institution.
var studyKinds = map[string]string{
	"college": "college", "university": "university", "school": "school",
	"academy": "academy", "institute": "institute", "conservatory": "conservatory",
	"conservatoire": "conservatoire", "polytechnic": "polytechnic", "seminary": "seminary",
}

// studyKind is the kind word of an institution's name, or "".
func studyKind(name string) string {
	for _, w := range strings.Fields(name) {
		if k, ok := studyKinds[strings.ToLower(strings.Trim(w, ".,"))]; ok {
			return k
		}
	}
	return ""
}

// studyFronts words the question by the verb the sentence uses.
var studyFronts = map[string]string{
	"attended":        "Which %s did %s attend?",
	"studied at":      "At which %s did %s study?",
	"was educated at": "At which %s was %s educated?",
	"graduated from":  "From which %s did %s graduate?",
	"enrolled at":     "At which %s did %s enrol?",
}

// studyCard drafts the card on where the subject studied, or nil.
func (a *article) studyCard(s *sentence) *item {
	_, rest, ok := a.birthSubject(s)
	if !ok {
		return nil
	}
	_, short := a.biographySubject()
	m := studyRe.FindStringSubmatchIndex(rest)
	if m == nil {
		return nil
	}
	verb := strings.Join(strings.Fields(rest[m[2]:m[3]]), " ")
	inst := strings.TrimRight(rest[m[4]:m[5]], " .,")
	kind := studyKind(inst)
	if kind == "" || countWord(inst, short) > 0 {
		return nil
	}
	// The institution ends the sentence or a clause; a list of schools
	// ("…, then Western Grammar School") asks which of several.
	after := strings.TrimSpace(rest[m[5]:])
	if strings.HasPrefix(after, "(") || strings.Contains(strings.ToLower(after), "then ") || strings.HasPrefix(after, "and ") {
		return nil
	}
	// Another institution of the kind the subject (or anyone) studied at
	// would fit the front too.
	for _, o := range a.sents {
		for _, om := range studyAnyRe.FindAllStringSubmatch(o.text, -1) {
			other := strings.TrimRight(om[1], " .,")
			if other != inst && studyKind(other) == kind {
				return nil
			}
		}
	}
	front := strings.Replace(strings.Replace(studyFronts[verb], "%s", kind, 1), "%s", short, 1)
	at := len(s.text) - len(rest) + m[4]
	sp := &span{sent: s, start: at, end: at + len(inst), text: inst, key: key(inst), kind: kOrg, rule: "study"}
	return &item{sent: s, c: &quiz.Card{Front: front, Back: inst}, answer: inst, rule: "study/" + kOrg.String(), score: s.score, sp: sp, named: true}
}

// fillStudy adds the card on where the subject studied, then the card on
// whom the subject worked with, to a biography's theme still under
// minProposed, each where it adds; settle is fillLeadFacts'.
func (a *article) fillStudy(qs, cards []item, sents []*sentence, used map[string]bool, settle func(qs, cards []item) ([]item, int)) []item {
	cards = a.fillCardRule(qs, cards, sents, used, settle, "study", a.studyCard, true)
	cards = a.fillCardRule(qs, cards, sents, used, settle, "collab", a.collabCard, true)
	return a.fillCardRule(qs, cards, sents, used, settle, "join", a.joinCard, true)
}

// fillCardRule adds the first card draft gives on sents to a biography's
// theme still under minProposed, where no proposed item quotes its
// sentence and where it adds. With wide, it also reads a long lead
// (longLead) and skips a card whose answer a proposed item's sentence
// already names.
func (a *article) fillCardRule(qs, cards []item, sents []*sentence, used map[string]bool, settle func(qs, cards []item) ([]item, int), rule string, draft func(*sentence) *item, wide bool) []item {
	if s, _ := a.biographySubject(); s == "" {
		return cards
	}
	out, proposed := settle(qs, cards)
	if proposed >= minProposed {
		return cards
	}
	taken, _ := cardUses(out)
	for _, s := range sents {
		if taken[s.idx] || used[strconv.Itoa(s.idx)+"|"+rule] || !s.usable() && !(wide && longLead(s)) || quotedSpeech(s) {
			continue
		}
		c := draft(s)
		if c == nil {
			continue
		}
		if wide && answerAsked(out, c.answer) {
			continue
		}
		used[strconv.Itoa(s.idx)+"|"+rule] = true
		kept := []item{*c}
		a.markWeakBuilds(kept)
		after, _ := settle(qs, append(cards[:len(cards):len(cards)], kept...))
		if addsOnly(out, after, kept[0].c) {
			return append(cards, kept...)
		}
	}
	return cards
}

// Whom the subject worked with. A biography's lead often names the
// subject's best-known work "produced in collaboration with the composer
// Sir Arthur Sullivan": the partner is a main fact of the life, and the
// lead sentence, too long to quote, gave no item. collabCard drafts the
// card "With which composer did Gilbert collaborate?" with the partner's
// name on the back ("Sir Arthur Sullivan"), from the article's lead
// sentence (where biographySubject read the subject) or a sentence
// opening on the subject, where "in collaboration with" or "in
// partnership with" is followed by "the", one or two lower-case
// words naming the partner's calling, and a person's name. The calling
// asks the question, so the front never names the answer; a partner
// with no calling before the name, a second person named after "and",
// and a person other than the subject named before the phrase give none.
var collabRe = regexp.MustCompile(`\bin\s+(?:collaboration|partnership)\s+with\s+(?:the\s+|his\s+|her\s+)(\p{Ll}+(?:\s+\p{Ll}+)?)\s+((?:Sir|Dame|Lord|Lady|Dr\.?)\s+)?$`)

// collabCard drafts the card on the subject's partner, or nil.
func (a *article) collabCard(s *sentence) *item {
	_, short := a.biographySubject()
	if short == "" || s == nil || len(a.sents) == 0 {
		return nil
	}
	lead := s == a.subjectLead()
	if _, _, ok := a.birthSubject(s); !ok && !lead {
		return nil
	}
	for _, sp := range s.spans {
		if sp.kind != kPerson {
			continue
		}
		if countWord(sp.text, short) > 0 {
			continue // the subject
		}
		m := collabRe.FindStringSubmatch(s.text[:sp.start])
		if m == nil {
			return nil // another person first: the phrase may be theirs
		}
		role := m[1]
		if strings.HasSuffix(role, "s") || strings.Contains(role, " and") || len(strings.Fields(role)) > 2 {
			return nil
		}
		name := sp.text
		after := strings.TrimLeft(s.text[sp.end:], " ")
		if strings.HasPrefix(after, "and ") || strings.HasPrefix(after, "& ") {
			return nil // two partners
		}
		// A title of rank before the name is the partner's own.
		name = m[2] + name
		front := "With which " + role + " did " + short + " collaborate?"
		if countWord(front, name) > 0 {
			return nil
		}
		sp2 := &span{sent: s, start: sp.start, end: sp.end, text: sp.text, key: sp.key, kind: kPerson, rule: "collab"}
		return &item{sent: s, c: &quiz.Card{Front: front, Back: name}, answer: name, rule: "collab/" + kPerson.String(), score: s.score, sp: sp2, named: true}
	}
	return nil
}

// subjectLead is the sentence biographySubject read the subject from.
func (a *article) subjectLead() *sentence {
	for _, s := range a.sents {
		if s.usable() || longLead(s) {
			return s
		}
	}
	return nil
}

// What the subject joined. "In 1859 he joined the Militia, a part-time
// volunteer force formed for the defence of Britain, …" states a career
// of the life, and the sentence, long and leaning on "he", gave no item.
// joinCard drafts the card "Which part-time volunteer force did Gilbert
// join in 1859?" with the body on the back ("The Militia"), from a
// sentence on the subject (leadSubject: the name, or "He"/"She" only the
// subject can be, perhaps after an opening "In 1859") saying the subject
// "joined" a body named in capitalised words that an apposition right
// after describes ("a …", "an …"): the description, up to a participle,
// a relative pronoun, a preposition or a comma, asks the question, so the
// front never names the answer. A description of over five words or
// none, and a body named with the subject's name, give none.
var (
	joinRe     = regexp.MustCompile(`^\s+joined\s+(the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+)?\p{Lu}[\p{L}'’.-]*)*),\s+an?\s+([^,;()]+)`)
	joinYearRe = regexp.MustCompile(`^In\s+(1\d{3}|20\d{2}),?\s+\S+$`)
	joinPronRe = regexp.MustCompile(`^(?:In\s+(1\d{3}|20\d{2}),?\s+)?(He|he|She|she)\s`)
	joinStop   = set(`formed|founded|created|established|set|based|raised|that|which|who|whose|for|of|in|with|from|to|at|by|on|and|or|where|when|led|made|known|called|named`)
)

// joinCard drafts the card on the body the subject joined, or nil.
func (a *article) joinCard(s *sentence) *item {
	_, short := a.biographySubject()
	if short == "" || s == nil {
		return nil
	}
	rest, year := "", ""
	if st, ok := a.leadSubject(s); ok {
		rest = st.rest
		if y := joinYearRe.FindStringSubmatch(strings.TrimSpace(st.prefix)); y != nil {
			year = y[1]
		}
	} else if y := joinPronRe.FindStringSubmatchIndex(s.text); y != nil && a.paraOnlySubject(s, s.text[y[4]:y[5]]) {
		rest = s.text[y[5]:]
		if y[2] >= 0 {
			year = s.text[y[2]:y[3]]
		}
	} else {
		return nil
	}
	m := joinRe.FindStringSubmatch(rest)
	if m == nil {
		return nil
	}
	body := m[2]
	if countWord(body, short) > 0 {
		return nil
	}
	var desc []string
	for _, w := range strings.Fields(m[3]) {
		lw := strings.ToLower(strings.TrimRight(w, ".;:"))
		if joinStop[lw] || strings.HasSuffix(lw, "ed") && len(desc) > 0 || w != lw && len(desc) > 0 {
			break
		}
		desc = append(desc, lw)
		if strings.HasSuffix(w, ".") {
			break
		}
	}
	if len(desc) == 0 || len(desc) > 5 {
		return nil
	}
	front := "Which " + strings.Join(desc, " ") + " did " + short + " join"
	if year != "" {
		front += " in " + year
	}
	front += "?"
	back := body
	if m[1] != "" {
		back = "The " + body
	}
	at := strings.Index(s.text, body)
	if at < 0 {
		return nil
	}
	sp := &span{sent: s, start: at, end: at + len(body), text: body, key: key(body), kind: kOrg, rule: "join"}
	return &item{sent: s, c: &quiz.Card{Front: front, Back: back}, answer: body, rule: "join/" + kOrg.String(), score: s.score, sp: sp, named: true}
}

// paraOnlySubject reports whether pron, "he" or "she", can be no one but
// the biography's subject in s: it is the subject's pronoun, and the
// paragraph up to s names no other person and uses no pronoun of the
// other sex. leadSubject asks more (the subject named before the verb
// of a sentence just before) and let "In 1859 he joined the Militia" go
// after a sentence naming the subject late.
func (a *article) paraOnlySubject(s *sentence, pron string) bool {
	subj, short := a.biographySubject()
	if subj == "" || s.para == nil || a.bioGender != strings.ToLower(pron) {
		return false
	}
	own := subjectPronouns[a.bioGender]
	named := false
	for _, p := range s.para.sents {
		for _, sp := range p.spans {
			if sp.kind != kPerson {
				continue
			}
			if countWord(sp.text, short) == 0 && !containsWords(subj, sp.key) {
				return false
			}
			named = true
		}
		for _, t := range p.toks {
			if lw := strings.ToLower(t.text); isPersonalPronoun(lw) && !contains(own, lw) {
				return false
			}
		}
		if p == s {
			break
		}
	}
	return named
}

// answerAsked reports whether a proposed item of out quotes a sentence
// that names answer.
func answerAsked(out []item, answer string) bool {
	for _, o := range out {
		if o.proposed && strings.Contains(o.sent.text, answer) {
			return true
		}
	}
	return false
}
