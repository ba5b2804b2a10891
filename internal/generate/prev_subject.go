package generate

import (
	"regexp"
	"strconv"
	"strings"
)

// A sentence that opens on "He" or "She" takes up the person the sentence
// before was about: its grammatical subject. "Samuel Hand was an
// appellate lawyer. He became the leader of the appellate bar." A
// teacher quoting the second sentence puts the name in: "Samuel Hand
// became the leader …". subjectResolved does so for a biography's
// subject; prevSubjectResolved does so for anyone, where the repair is
// certain: the sentence before, in the same paragraph, has a person's
// name, alone, as its subject (or opens on the same pronoun, whose
// sentence is resolved in turn), and names no other person.
//
// A sentence that says "the same year" or "that year" takes up the year
// of the sentence before: where that sentence, in the same paragraph,
// gives one year, the year is put in ("In August of 2003"); otherwise the
// sentence cannot be read alone (yearEdit).

// prevSubjectResolved returns the sentence with its opening "He" or "She"
// replaced by the name that is the subject of the sentence before it in
// the same paragraph, or "" where that is not certain.
func (a *article) prevSubjectResolved(s *sentence) string {
	name := a.prevSubjectName(s)
	if name == "" {
		return ""
	}
	t := s.toks[subjectPronounAt(s)]
	if openingPossessive(s) {
		name = possessiveName(name, s.para.text) // context_repair.go
	}
	return s.text[:t.start] + name + s.text[t.end:]
}

// subjectPronounAt is the index of the token of s that is the subject
// pronoun prevSubjectResolved replaces: the opening "He" or "She", or the
// "he" or "she" right before the main clause's verb after a fronted
// phrase ("In 1945 he served …", "During his tenure, she …"); -1 when
// there is none.
func subjectPronounAt(s *sentence) int {
	if s == nil || len(s.toks) < 2 || s.toks[0].start != 0 {
		return -1
	}
	if _, ok := subjectPronouns[strings.ToLower(s.toks[0].text)]; ok || openingPossessive(s) {
		return 0
	}
	if !frontedOpening(s) {
		return -1
	}
	for v, t := range s.toks {
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		j := v - 1
		for j > 0 && s.toks[j].tag == "RB" {
			j--
		}
		if j <= 0 {
			return -1
		}
		switch s.toks[j].text {
		case "he", "she":
			return j
		}
		return -1
	}
	return -1
}

// prevSubjectName is the name that the subject pronoun of s
// (subjectPronounAt) stands for (see prevSubjectResolved), or "".
func (a *article) prevSubjectName(s *sentence) string {
	k := subjectPronounAt(s)
	if k < 0 {
		return ""
	}
	pron := pronounGender(s.toks[k].text)
	own := subjectPronouns[pron]
	// Any other person's pronoun, or a word that points back, needs more
	// than the name.
	for i, t := range s.toks {
		lw := strings.ToLower(t.text)
		if i != k && (isPersonalPronoun(lw) && !contains(own, lw) || contextWords[lw]) {
			return ""
		}
	}
	if k == 0 && danglingStarts[strings.ToLower(strings.Trim(s.toks[1].text, `,`))] || needsContextOnceNamed(s) {
		return ""
	}
	if k > 0 {
		// The fronted phrase names no one and leans on nothing: "In that
		// year he …" needs the sentence before for more than the name.
		for _, sp := range s.spans {
			if sp.kind == kPerson {
				return ""
			}
		}
		for _, t := range s.toks[:k] {
			switch strings.ToLower(t.text) {
			case "this", "that", "these", "those", "then", "there", "it", "its", "they", "their":
				return ""
			}
		}
	}
	// "He met John, who took him in": a later pronoun may stand for the
	// other person.
	later := false
	for i, t := range s.toks {
		later = later || i != k && isPersonalPronoun(strings.ToLower(t.text))
	}
	for _, sp := range s.spans {
		if later && sp.kind == kPerson {
			return ""
		}
	}
	p := s
	for back := 1; back <= resolveBack; back++ {
		i := s.idx - back
		if i < 0 || i >= len(a.sents) || a.sents[i].para != s.para {
			return ""
		}
		p = a.sents[i]
		subj, sp := clauseSubject(p)
		cover := sp // the subject, with any description between commas
		if subj == "" {
			// "Alexandra Freund, professor of …, was sceptical."
			if sp, cover = apposedSubject(p); sp == nil {
				return ""
			}
			subj = sp.text
		}
		// The sentence before names no one else: the pronoun has one
		// person to stand for.
		for _, o := range p.spans {
			if o.kind == kPerson && (sp == nil || o.key != sp.key && !containsWords(sp.key, o.key)) && !a.isBioSubject(o) {
				return ""
			}
		}
		for _, t := range p.toks {
			lw := strings.ToLower(t.text)
			if isPersonalPronoun(lw) && !contains(own, lw) {
				return ""
			}
		}
		if a.otherName(p, cover) {
			return ""
		}
		if sp == nil {
			// The same pronoun as subject: the person of the sentence
			// before that.
			if strings.ToLower(subj) != pron {
				return ""
			}
			continue
		}
		// A relative who shares the surname ("Ray's grandfather,
		// Upendrakishore Ray was …") is named in full, not as the
		// subject.
		// The subject's short name stands for the person only where it
		// is a word of the name given or the course's title names the
		// same person: a headline naming another ("… brings trouble for
		// Narendra Modi" over a lead that opens on Aishe Ghosh) lent
		// its word to her, and "She heads the student union" was drafted
		// as "Modi heads …" (set 106, both judges, WRONG).
		if bk, short := a.biographySubject(); short != "" && (countWord(sp.text, short) > 0 && !kinSharingName(sp, bk) || a.isBioSubject(sp)) {
			if countWord(sp.text, short) > 0 || sharesNameWord(sp.text, a.course) || !sharesNameWord(short, a.course) {
				return short
			}
			return sp.text
		}
		return sp.text
	}
	return ""
}

// subjectHonorifics may come before a name that is a clause's subject.
var subjectHonorifics = set(`mr|mrs|ms|dr|sir|judge|president|senator|professor|prof|lord|lady|king|queen|general|captain`)

// clauseSubject is the grammatical subject of the main clause of s: the
// words after the last comma before its first finite verb, up to the
// verb ("Later changing his name to X, he became …" gives "he"). It is
// returned with the person span it is, when it is a person's name alone
// (after at most an honorific), or nil when it is a personal pronoun; ""
// when it is anything else.
func clauseSubject(s *sentence) (string, *span) {
	for verb := range s.toks {
		switch s.toks[verb].tag {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		from := 0
		for i := verb - 1; i >= 0; i-- {
			if s.toks[i].text == "," {
				from = i + 1
				break
			}
		}
		// "After the canal opened, he taught …": the verb of a fronted
		// clause; the main clause's comes after the comma.
		if tag := s.toks[from].tag; from < verb && (tag == "IN" || tag == "WRB") {
			continue
		}
		return subjectOf(s, from, verb)
	}
	return "", nil
}

// subjectOf is clauseSubject's answer for the words from toks[from] up to
// the verb toks[verb].
func subjectOf(s *sentence, from, verb int) (string, *span) {
	// "Vendel later worked": an adverb between the subject and its verb.
	for verb > from && s.toks[verb-1].tag == "RB" {
		verb--
	}
	if from >= verb {
		return "", nil
	}
	start, end := s.toks[from].start, s.toks[verb-1].end
	if start < 0 || end > len(s.text) || start >= end {
		return "", nil
	}
	text := strings.TrimSpace(s.text[start:end])
	if verb-from == 1 && isPersonalPronoun(strings.ToLower(text)) {
		switch strings.ToLower(text) {
		case "he", "she":
			return text, nil
		}
		return "", nil
	}
	for _, sp := range s.spans {
		if sp.kind != kPerson || sp.end != end || sp.start < start {
			continue
		}
		lead := strings.TrimSpace(s.text[start:sp.start])
		if lead == "" || !strings.Contains(lead, " ") && subjectHonorifics[strings.ToLower(strings.TrimSuffix(lead, "."))] {
			return text, sp
		}
	}
	return "", nil
}

// otherName reports whether sentence p names someone or something by a
// proper name outside span subj (nil: anywhere) that is not a place, an
// organisation or a date: a person the tagger did not type may be who a
// pronoun stands for ("the mason Pieter Holm").
func (a *article) otherName(p *sentence, subj *span) bool {
	for i, t := range p.toks {
		if t.tag != "NNP" && t.tag != "NNPS" || i == 0 && subj == nil {
			continue
		}
		if subj != nil && t.start >= subj.start && t.end <= subj.end {
			continue
		}
		typed := false
		for _, sp := range p.spans {
			if t.start >= sp.start && t.end <= sp.end {
				if a.isBioSubject(sp) {
					typed = true // the article's own subject, by another name
				}
				switch sp.kind {
				case kPlace, kYear, kDate:
					typed = true
				case kOrg:
					// "University of Lisbon", not a name taken for one.
					typed = sp.rule == "org-word"
				}
			}
		}
		if !typed {
			return true
		}
	}
	return false
}

// sameYearRE finds a year named by reference to the sentence before.
var sameYearRE = regexp.MustCompile(`(?i)\b(?:(later|earlier) )?(?:(in|of|by|during) )?(?:that|the same) year\b`)

// yearEdit is the edit that puts the year into a sentence that says "the
// same year" or "that year", from the sentence before it in the same
// paragraph when that gives exactly one year; has is false when the
// sentence says neither, ok false when it does and no year can be put in.
func (a *article) yearEdit(s *sentence) (e edit, has, ok bool) {
	m := sameYearRE.FindStringSubmatchIndex(s.text)
	if m == nil {
		return a.nextYearEdit(s)
	}
	if quotedAt(s.text, m[0]) || strings.Count(strings.ToLower(s.text), " year") > 1 {
		return edit{}, true, false
	}
	i := s.idx - 1
	if i < 0 || i >= len(a.sents) || a.sents[i].para != s.para {
		return edit{}, true, false
	}
	year, two := onlyYear(a.sents[i])
	if year == "" || two {
		return edit{}, true, false // no year, or two: which one?
	}
	old := s.text[m[0]:m[1]]
	prep := "in"
	if m[4] >= 0 {
		prep = strings.ToLower(s.text[m[4]:m[5]])
	}
	rep := prep + " " + year
	if m[2] >= 0 {
		rep = s.text[m[2]:m[3]] + " in " + year
		if m[4] >= 0 {
			rep = s.text[m[2]:m[3]] + " " + prep + " " + year
		}
	}
	// "In December that year": the year goes with the month.
	if m[2] < 0 && m[4] < 0 && monthBefore(s.text[:m[0]]) {
		rep = year
	}
	if m[0] == 0 || strings.TrimSpace(s.text[:m[0]]) == "" {
		rep = upperFirst(rep)
	}
	return edit{old, rep}, true, true
}

// nextYearRE finds a year counted from the one the sentence before
// named: "The following year Donald Trump closed the mission" (set 123,
// both judges: E CONTEXT, "say which year").
var nextYearRE = regexp.MustCompile(`(?i)\b(?:(in|by|during) )?the (following|next|previous|preceding) year\b`)

// nextYearEdit is yearEdit for a year counted from the sentence before's
// ("the following year", "the previous year"): the year the nearest
// sentence before that gives one, in the same paragraph and at most three
// sentences back, gives alone, one on or one back.
func (a *article) nextYearEdit(s *sentence) (e edit, has, ok bool) {
	m := nextYearRE.FindStringSubmatchIndex(s.text)
	if m == nil {
		return edit{}, false, false
	}
	if quotedAt(s.text, m[0]) || strings.Count(strings.ToLower(s.text), " year") > 1 {
		return edit{}, true, false
	}
	// The last year told before it in the paragraph, up to three
	// sentences back: "… in December 2017, when Mr Trump announced …
	// Most countries keep their embassies in Tel Aviv. The following
	// year Mr Trump closed the mission."
	year := ""
	for i := s.idx - 1; i >= 0 && i >= s.idx-3 && year == "" && a.sents[i].para == s.para; i-- {
		y, two := onlyYear(a.sents[i])
		if two {
			return edit{}, true, false // two years: which one?
		}
		year = y
	}
	n, err := strconv.Atoi(year)
	if err != nil {
		return edit{}, true, false
	}
	switch strings.ToLower(s.text[m[4]:m[5]]) {
	case "following", "next":
		n++
	default:
		n--
	}
	prep := "in"
	if m[2] >= 0 {
		prep = strings.ToLower(s.text[m[2]:m[3]])
	}
	rep := prep + " " + strconv.Itoa(n)
	if strings.TrimSpace(s.text[:m[0]]) == "" {
		rep = upperFirst(rep)
	}
	return edit{s.text[m[0]:m[1]], rep}, true, true
}

// onlyYear is the one year the spans of s name (yearOf), or "" where
// they name none; two is set where they name two or more.
func onlyYear(s *sentence) (year string, two bool) {
	for _, sp := range s.spans {
		y := yearOf(sp)
		if y == "" || y == year {
			continue
		}
		if year != "" {
			return "", true
		}
		year = y
	}
	return year, false
}

// yearOf is the year a span names: a year, or the year ending a date;
// else "".
var yearTailRE = regexp.MustCompile(`\b(1[0-9]{3}|20[0-9]{2})$`)

func yearOf(sp *span) string {
	switch sp.kind {
	case kYear:
		if m := yearTailRE.FindString(sp.text); m != "" {
			return m
		}
	case kDate:
		return yearTailRE.FindString(sp.text)
	}
	return ""
}

// prevPronounEdit reports whether edit e, which puts a name for a
// pronoun of the item's sentence, is already made by the name its true
// statement put in (prevName): the opening pronoun, or a pronoun of the
// same person later in a sentence that names no one else.
func (a *article) prevPronounEdit(it *item, e edit) bool {
	if it.prevName == "" || it.q == nil || len(it.sent.toks) == 0 {
		return false
	}
	k := subjectPronounAt(it.sent)
	if k < 0 {
		return false
	}
	own := subjectPronouns[pronounGender(it.sent.toks[k].text)]
	if !contains(own, strings.ToLower(e.old)) {
		return false
	}
	if k == 0 && e.old == it.sent.toks[0].text && strings.HasPrefix(it.sent.text, e.old) {
		return true
	}
	for _, sp := range it.sent.spans {
		if sp.kind == kPerson && !containsWords(key(it.prevName), sp.key) {
			return false
		}
	}
	return true
}

// monthBefore reports whether text ends with the name of a month.
func monthBefore(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	return monthWords[strings.ToLower(strings.Trim(f[len(f)-1], ","))]
}

var monthWords = set(`january|february|march|april|may|june|july|august|september|october|november|december`)

// A sentence that leans on the one before only by an opening "However,"
// or an "also" ("Hand is also remembered as a pioneer of …") states its
// fact alone once the word is left out, as a teacher quoting it would do;
// focusRepaired leaves them out where nothing else in the sentence needs
// the sentences before it.

// focusRepaired returns s without an opening "However," and without its
// "also", when that is all that keeps it from reading alone; else "".
func focusRepaired(s *sentence) string {
	text, kept := focusDropped(s)
	if text == "" {
		return ""
	}
	c := *s
	c.text, c.toks = text, kept
	c.standalone = !danglingStarts[strings.ToLower(kept[0].text)] && !danglingStarts[strings.ToLower(kept[1].text)]
	if !selfContained(&c) {
		return ""
	}
	return text
}

// focusDropped returns s without the opening connective and the "also"
// that focusRepaired leaves out, and the tokens kept; "" where there is
// none to leave out, or leaving it out would not do.
func focusDropped(s *sentence) (string, []tok) {
	if s == nil || len(s.toks) < 4 || strings.Contains(strings.ToLower(s.text), "not only") {
		return "", nil
	}
	drop := map[int]bool{}
	if s.toks[0].text == "However" && s.toks[0].start == 0 && s.toks[1].text == "," {
		drop[0], drop[1] = true, true
	}
	// Other connectives that only tie the sentence to the one before
	// (repair_openers.go).
	if n := openingConnective(s); n > 0 && !drop[0] {
		for i := 0; i < n; i++ {
			drop[i] = true
		}
	}
	for i := 1; i+1 < len(s.toks); i++ {
		t := s.toks[i]
		if t.text != "also" {
			continue
		}
		switch strings.ToLower(s.toks[i+1].text) {
		case "known", "called", "referred", ",":
			return "", nil
		}
		if s.toks[i-1].text == "," || s.toks[i-1].tag == "CC" {
			return "", nil // "…, and also": one of two, the other before
		}
		drop[i] = true
	}
	if len(drop) == 0 {
		return "", nil
	}
	var b strings.Builder
	var kept []tok
	last := 0
	removed := 0 // bytes of s.text left out before the current token
	for i, t := range s.toks {
		if !drop[i] {
			// The kept token's offsets are into the new text.
			t.start -= removed
			t.end -= removed
			kept = append(kept, t)
			continue
		}
		if t.start < last || t.end > len(s.text) {
			return "", nil
		}
		b.WriteString(s.text[last:t.start])
		last = t.end
		// The space after the word goes with it.
		for last < len(s.text) && s.text[last] == ' ' {
			last++
		}
		removed += last - t.start
	}
	b.WriteString(s.text[last:])
	text := b.String()
	if drop[0] {
		text = upperFirst(text)
	}
	if len(kept) < 2 {
		return "", nil
	}
	return text, kept
}

// isBioSubject reports whether sp names the subject of a biography
// (biographySubject), by the full name or the name the article uses.
func (a *article) isBioSubject(sp *span) bool {
	subj, short := a.biographySubject()
	if subj == "" || sp.kind != kPerson {
		return false
	}
	return sp.key == subj || containsWords(subj, sp.key) || countWord(sp.text, short) > 0 && !kinSharingName(sp, subj)
}
