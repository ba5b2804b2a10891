package generate

import (
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Who did it: a multiple-choice question on the actor of a central
// sentence. A news report is built on who did what; "Which completes the
// sentence? “_____ welcomed …”" with names for options is held back as a
// weak build (mix.go), for its options came from anywhere in the article
// and were of another kind or arguably right. subjectChoice asks instead
// "Who welcomed the return of the four detainees?" or "Which
// organisation has called …?" of a sentence of the theme that opens on a
// named person or organisation as the subject of its main clause, with
// the verb right after the name (subjectVerb: never a speech verb, never
// a name after a fronted phrase), and takes its three other options from
// the actors of the same kind that the article makes the subject of
// another verb (subjectPeers, as the false statements that swap a
// subject). An option is left out where the article tells something like
// the statement of it (toldOf) or names it with the answer in one
// sentence (a companion may have done it too), where it shares a word of
// a name with the answer or another option (sameActor), where the
// sentence names it anyway (namedIn), and, for a person, where either
// has no full name in the article or the sentence gives the answer a
// title or description the option never has. A biography's subject is
// never the answer: the others it names are seldom told apart from it.
// The question is drafted only where three such options are left, for a
// theme still under minProposed after fillThin's statements and card, at
// most one per theme, from a central sentence (backboneWorthy) that reads
// alone, holds no speech and no proposed item quotes; and only where it
// adds (every item proposed before still is).
//
// The ranker's weights were fitted on cloze choices whose options were
// any names of the article (one in a hundred accepted); the question
// here asks the central fact of a sentence a true statement would
// quote, and is ranked as that statement would be (itemType).

// subjectChoiceRule prefixes the rule of the question.
const subjectChoiceRule = "choice-subject/"

// subjectChoiceCentral is the centrality a sentence outside the lead
// needs to be asked this way: the bar of any true statement
// (trueStatement).
const subjectChoiceCentral = 0.35

// subjectWh is the question word for a subject of kind k, or "".
func subjectWh(k kind) string {
	switch k {
	case kPerson:
		return "Who"
	case kOrg:
		return "Which organisation"
	}
	return ""
}

// subjectChoice returns the question for sentence s, or nil.
func (a *article) subjectChoice(s *sentence) *item {
	if s == nil || !s.usable() || !selfContained(s) || quotedSpeech(s) && !onlyShortQuotes(s) || imperative(s) || a.incidentalSentence(s) || a.statementWords(s) > 35 || s.nWords < 8 {
		return nil
	}
	if s.byline {
		return nil
	}
	bk, _ := a.biographySubject()
	for _, sp := range s.spans {
		wh := subjectWh(sp.kind)
		if wh == "" || sp.modifier || sp.partial || sp.container || inBrackets(s, sp) || inQuote(s, sp) || strings.Count(s.text, sp.text) != 1 {
			continue
		}
		rest, ok := subjectRest(s, sp)
		if !ok {
			continue
		}
		if sp.kind == kPerson && bk != "" && a.sameActor(sp.key, bk) {
			continue
		}
		actors := a.actorsOfKind(sp.kind)
		name := a.fullestName(sp)
		if name == "" {
			continue
		}
		var opts []option
		for _, o := range actors {
			if len(opts) == 3 {
				break
			}
			if a.subjectOption(s, sp, o, opts) {
				opts = append(opts, o)
			}
		}
		if len(opts) < 3 {
			continue
		}
		return a.subjectChoiceItem(s, sp, name, wh, rest, opts)
	}
	return nil
}

// subjectRest returns what the sentence says of the name sp when sp is
// the subject of its main clause with a finite verb right after it: the
// sentence opens on the name, or on a role with no verb of its own
// ("Foreign Secretary Jack Straw told …", "The shadow foreign secretary,
// Michael Ancram, welcomed …"). The role is left out, and the rest runs
// from the verb to the sentence's full stop.
func subjectRest(s *sentence, sp *span) (string, bool) {
	start := frontedEnd(s, sp)
	lead := strings.TrimSpace(s.text[start:sp.blankStart()])
	for _, t := range s.toks {
		if t.start >= sp.start {
			break
		}
		if t.start < start {
			continue
		}
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.tag == "WDT" || t.tag == "WP" || t.tag == "IN" || t.tag == "CD" || t.tag == "PRP" || t.tag == "PRP$" || t.tag == "CC" || t.text == "&" {
			return "", false
		}
	}
	// "Lewis and Clark were …": another name in the subject shares it.
	for _, o := range s.spans {
		if o != sp && o.start < sp.start && o.end > start && o.kind.proper() && !strings.HasSuffix(strings.TrimSpace(s.text[o.end:sp.blankStart()]), ",") {
			if strings.TrimSpace(s.text[o.end:sp.blankStart()]) == "" || strings.Contains(s.text[o.end:sp.blankStart()], " and ") {
				return "", false
			}
		}
	}
	rest := s.text[sp.end:]
	if strings.HasSuffix(lead, ",") {
		// An appositive role: the name is set off by commas.
		if !strings.HasPrefix(rest, ",") || strings.Count(lead, ",") != 1 {
			return "", false
		}
		rest = rest[1:]
	} else if strings.Contains(lead, ",") {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	v := nextTok(s, len(s.text)-len(rest))
	if v == nil || !finiteVerb(v.tag) || !strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "..") {
		return "", false
	}
	return rest, true
}

// frontedEnd is where the clause of the name sp begins: past the
// dateline, and past a phrase fronted before it and set off by a comma
// ("Launching the initiative, Mr Blair completed …", "In March, the
// council voted …"): a phrase that opens on a preposition, a participle
// or an adverb and holds no finite verb and no name of the kind of sp.
// The question leaves the fronted phrase out.
func frontedEnd(s *sentence, sp *span) int {
	start := datelineEnd(s.text)
	comma := -1
	for _, t := range s.toks {
		if t.start >= sp.start {
			break
		}
		if t.start >= start && t.text == "," {
			comma = t.end
		}
	}
	if comma < 0 {
		return start
	}
	first := true
	for _, t := range s.toks {
		if t.start < start {
			continue
		}
		if t.end > comma-1 {
			break
		}
		if first {
			first = false
			if t.tag != "IN" && t.tag != "VBG" && t.tag != "VBN" && t.tag != "RB" {
				return start
			}
		}
		if finiteVerb(t.tag) || t.tag == "WDT" || t.tag == "WP" || t.tag == "PRP" {
			return start
		}
	}
	for _, o := range s.spans {
		if o != sp && o.kind == sp.kind && o.start >= start && o.end <= comma {
			return start
		}
	}
	// The phrase is set off, not the name in apposition ("The shadow
	// foreign secretary, Michael Ancram, welcomed …").
	if strings.HasPrefix(s.text[sp.end:], ",") {
		return start
	}
	return comma
}

// actorsOfKind lists the named actors of kind k in the article, in the
// order it first names them, each by its fullest name (the one with the
// most words); a person only by a full name, and only one the article
// calls by the surname too, or by a role or description ("Labour MP
// Roger Godsiff", "spokesman Mark Oaten").
func (a *article) actorsOfKind(k kind) []option {
	var out []option
	for _, t := range a.sents {
		if t.byline {
			continue
		}
		for _, o := range t.spans {
			if o.kind != k || o.key == "" || o.modifier || o.partial || o.container || o.writer || !a.actsSomewhere(o.key) {
				continue
			}
			text := o.text
			if k == kPerson {
				if text = personNameTail(o.text); text == "" || !a.calledShort(text) && text == o.text && !described(t, o) {
					continue
				}
			}
			dup := false
			for i := range out {
				if a.sameActor(out[i].key, o.key) {
					dup = true
					if len(strings.Fields(text)) > len(strings.Fields(out[i].text)) {
						out[i] = option{text: text, key: o.key, quality: 0.8}
					}
					break
				}
			}
			if !dup {
				out = append(out, option{text: text, key: o.key, quality: 0.8})
			}
		}
	}
	return out
}

// fullPersonName reports whether text reads as a person's full name
// alone: two or three words, person-shaped (choicefit.go), with no title
// or role before it ("Lawyer Louise Christian", "Labour MP Roger
// Godsiff"), no word in capitals ("NSW") and no word that is never a
// name ("Monday").
func fullPersonName(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 || len(f) > 3 || !personShaped(text) || honorifics[strings.ToLower(f[0])] || honorifics[f[0]] {
		return false
	}
	for _, w := range f {
		if len(w) > 1 && strings.ToUpper(w) == w || notNames[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// personNameTail is the full name that ends text, without the title or
// role the tagger took in with it ("Roger Godsiff" of "Labour MP Roger
// Godsiff"), or "". A middle name is left out with the role.
func personNameTail(text string) string {
	f := strings.Fields(text)
	if len(f) < 2 {
		return ""
	}
	// A given name and a surname, or three words with a particle
	// ("Ludwig van Beethoven"): a capitalised word before them is taken
	// for a role ("Lawyer Louise Christian").
	n := 2
	if len(f) >= 3 && nameParticles[strings.ToLower(f[len(f)-2])] {
		n = 3
	} else if len(f) >= 3 && middleNamed(f[len(f)-3], f[len(f)-2]) && fullPersonName(strings.Join(f[len(f)-3:], " ")) {
		n = 3
	}
	if t := strings.Join(f[len(f)-n:], " "); fullPersonName(t) {
		return t
	}
	return ""
}

// middleNamed reports whether first and middle, the two words before a
// surname, read as a given name and a middle name ("Rhodri Glyn
// Thomas") rather than a role or party and a given name ("Lawyer Louise
// Christian", "Tory Michael Howard"): first is a common given name, or
// the middle word is none and first is no title, role, party,
// nationality or word shaped like a role ("Campaigner").
func middleNamed(first, middle string) bool {
	if firstNames[first] {
		return true
	}
	lf := strings.ToLower(first)
	if firstNames[middle] || honorifics[first] || roleNouns[lf] || occupations[lf] || writerRoles[lf] || partyWords[lf] {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "man", "woman", "ant", "ent", "ern", "ian", "ese", "ish"} {
		if strings.HasSuffix(lf, suf) {
			return false
		}
	}
	return true
}

// partyWords name a party or its members before a name ("Tory Oliver
// Letwin").
var partyWords = set(`tory|labour|conservative|liberal|democrat|republican|green|plaid|unionist|nationalist|socialist|communist|independent`)

// fullestName is the name of the actor sp with the most words the
// article gives it (a person's without a title or role before it), or
// "" for a person the article never names in full.
func (a *article) fullestName(sp *span) string {
	name := ""
	for _, t := range a.sents {
		for _, o := range t.spans {
			if o.kind != sp.kind || o.key == "" || o.modifier || o.partial || o.container || !a.sameActor(o.key, sp.key) {
				continue
			}
			text := o.text
			if sp.kind == kPerson {
				text = personNameTail(o.text)
			}
			if len(strings.Fields(text)) > len(strings.Fields(name)) {
				name = text
			}
		}
	}
	return name
}

// calledShort reports whether the article also calls the person named
// name by a title and surname, or by the surname alone ("Mr Clarke",
// "Clarke" for "Charles Clarke"), as it does the people it tells of: a
// party ("Lib Dems") or a work the tagger took for a person is not.
func (a *article) calledShort(name string) bool {
	f := strings.Fields(name)
	last := f[len(f)-1]
	for _, s := range a.sents {
		for _, o := range s.spans {
			if o.kind != kPerson || strings.Contains(o.text, " ") && titled(s, o) == "" {
				continue
			}
			if o.text == last || strings.HasSuffix(o.text, " "+last) && titled(s, o) != "" {
				return true
			}
		}
	}
	return false
}

// actsSomewhere reports whether the article names the actor k as the
// subject of a verb, right before it ("Mr Godsiff said", "Liberty
// said"), gives it a title ("Mr Straw"), or, for a person, sets the
// name off by a comma: an actor, not a book or a day the tagger took for
// a name.
func (a *article) actsSomewhere(k string) bool {
	for _, o := range a.byKey[k] {
		if o.sent == nil {
			continue
		}
		if titled(o.sent, o) != "" {
			return true
		}
		if t := nextTok(o.sent, o.end); t != nil && finiteVerb(t.tag) {
			return true
		}
		// "Penny Little, who monitored …", "Mike Hobday, from the
		// League …, said": a person set off by commas.
		if t := nextTok(o.sent, o.end); t != nil && t.text == "," && o.kind == kPerson {
			return true
		}
	}
	return false
}

// subjectOption reports whether o may stand beside the answer sp and the
// options chosen so far, as described above.
func (a *article) subjectOption(s *sentence, sp *span, o option, chosen []option) bool {
	if a.sameActor(sp.key, o.key) || containsWords(o.key, sp.key) || containsWords(sp.key, o.key) {
		return false
	}
	if !a.swapIsFalse(s, o.key) || a.namedIn(s, sp, o.key) || a.namedTogether(sp.key, o.key) || a.saidAlike(s, sp, o.key) {
		return false
	}
	for _, c := range chosen {
		if a.sameActor(c.key, o.key) {
			return false
		}
	}
	return true
}

// commonSentenceWord is the number of sentences beyond which a word is
// the article's common ground rather than what one actor said.
const commonSentenceWord = 4

// saidAlike reports whether the article tells something like sentence s
// of the actor k: a sentence naming k, or one that goes on about k with
// "he", "she" or "they" right after, shares two content words or more
// with s besides the names, or the main verb of s.
func (a *article) saidAlike(s *sentence, sp *span, k string) bool {
	names := map[string]bool{}
	for _, w := range strings.Fields(sp.key + " " + k) {
		names[stem(w)] = true
	}
	// A word of many sentences ("detainees" in a report on detainees)
	// says nothing of who said what.
	inSents := map[string]int{}
	for _, t := range a.sents {
		seen := map[string]bool{}
		for _, w := range t.words {
			if !seen[w] {
				seen[w] = true
				inSents[w]++
			}
		}
	}
	mine := map[string]bool{}
	for _, w := range s.words {
		if !names[w] && inSents[w] <= commonSentenceWord {
			mine[w] = true
		}
	}
	verb := ""
	if rest, ok := subjectRest(s, sp); ok {
		if v := nextTok(s, len(s.text)-len(rest)); v != nil && !reportVerbs[strings.ToLower(v.text)] {
			verb = stem(strings.ToLower(v.text))
		}
	}
	about := false
	for _, t := range a.sents {
		named := false
		for _, o := range t.spans {
			named = named || o.key != "" && a.sameActor(k, o.key)
		}
		if !named {
			// "He added: …" goes on about the actor of the sentence before.
			f := strings.Fields(strings.ToLower(t.text))
			if len(f) > 0 && (f[0] == "but" || f[0] == "and") {
				f = f[1:]
			}
			if !about || len(f) == 0 || f[0] != "he" && f[0] != "she" && f[0] != "they" {
				about = false
				continue
			}
		}
		about = true
		if t == s {
			continue
		}
		common := 0
		for _, w := range t.words {
			if mine[w] {
				common++
			}
			if verb != "" && w == verb {
				return true
			}
		}
		if common >= 2 {
			return true
		}
	}
	return false
}

// subjectChoiceItem builds the question: the question word for the name,
// the rest of the sentence as it stands, the four names as options.
func (a *article) subjectChoiceItem(s *sentence, sp *span, name, wh, rest string, dis []option) *item {
	ans := upperFirst(name)
	longest := 0
	for _, d := range dis {
		longest = max(longest, len(d.text))
	}
	// An answer much longer than every other option stands out.
	if len(ans) > 2*longest+4 {
		return nil
	}
	opts := []quiz.Option{{Text: ans, Correct: true}}
	for _, d := range dis {
		opts = append(opts, quiz.Option{Text: upperFirst(d.text), Feedback: "No: the article says " + quote(ans) + "."})
	}
	rot := (s.idx + sp.start) % len(opts)
	opts = append(opts[rot:], opts[:rot]...)
	prompt := wh + " " + strings.TrimSuffix(rest, ".") + "?"
	// A fronted phrase says when or how: the question keeps it ("On
	// November 11, who came to visit Fort Mandan?").
	if start, end := datelineEnd(s.text), frontedEnd(s, sp); end > start {
		prompt = upperFirst(strings.TrimSpace(s.text[start:end])) + " " + strings.ToLower(wh[:1]) + wh[1:] + " " + strings.TrimSuffix(rest, ".") + "?"
	}
	q := &quiz.Question{
		Type:        quiz.Single,
		Kind:        questionKind(s),
		Prompt:      prompt,
		Options:     opts,
		Explanation: statementExplanation(s.text),
	}
	return &item{sent: s, q: q, answer: sp.text, rule: subjectChoiceRule + sp.kind.String(), score: s.score, sp: sp, dq: 0.8}
}

// fillSubjectChoice adds one such question to a theme still under
// minProposed, where it adds; settle is fillThin's.
func (a *article) fillSubjectChoice(qs []item, cards []item, sents []*sentence, used map[string]bool, settle func(qs, cards []item) ([]item, int)) []item {
	out, _ := settle(qs, cards)
	quoted := map[*sentence]bool{}
	for _, it := range out {
		if it.proposed {
			quoted[it.sent] = true
		}
	}
	for _, s := range sents {
		if quoted[s] || s.score < subjectChoiceCentral && (s.para == nil || s.para.n != 1) || used[strconv.Itoa(s.idx)+"|subject-choice"] {
			continue
		}
		q := a.subjectChoice(s)
		if q == nil {
			continue
		}
		used[strconv.Itoa(s.idx)+"|subject-choice"] = true
		kept := []item{*q}
		a.markWeakBuilds(kept)
		after, _ := settle(append(qs[:len(qs):len(qs)], kept...), cards)
		if !addsQuestion(out, after, kept[0].q) {
			continue
		}
		return append(qs, kept...)
	}
	return qs
}

// hasSubjectChoice reports whether some sentence of paragraphs ps gives
// such a question: only then is its theme drafted again once the themes
// are cut (Generate).
func (a *article) hasSubjectChoice(ps []int) bool {
	for _, s := range a.sentencesOf(ps) {
		if a.subjectChoice(s) != nil {
			return true
		}
	}
	return false
}

// addsQuestion is addsOnly for a question.
func addsQuestion(before, after []item, q *quiz.Question) bool {
	was := map[string]bool{}
	for _, it := range before {
		if it.proposed {
			was[itemKey(it)] = true
		}
	}
	for _, it := range after {
		if it.q == q {
			if !it.proposed || it.score < thinFloor {
				return false
			}
			continue
		}
		if was[itemKey(it)] && !it.proposed {
			return false
		}
	}
	return true
}
