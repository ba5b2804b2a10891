package generate

import (
	"strconv"
	"strings"
	"unicode"
)

// Sentences of a thin theme read with their person named. In a longer
// article's themes left under four items, most of the central sentences
// that give nothing lean on the sentence before for their person: they
// open on "He" or "His" ("He also wants the richer countries to do
// more …"), on a title and a surname ("Ms Hutt defended her record"), or
// on a role ("The chancellor is travelling to America …"). A teacher
// quoting one puts the person's name in. namedOpening does so where the
// person is certain:
//   - an opening "He", "She", "His" or "Her": in a biography, the
//     subject's surname, where the theme's sentences before it name no
//     other person and the pronoun is the subject's; in any other
//     article, the person the sentence before (same paragraph) has as its
//     subject and is the only person it names;
//   - "Mr", "Mrs", "Ms" or "Dr" and a surname: the full name the article
//     first gave that person, where it gives exactly one person that
//     surname;
//   - "The" and a role ("The chancellor"): the role and name as the
//     article first wrote them ("Chancellor Gordon Brown"), where the
//     article puts that role before exactly one person's name.
// An "also" right after the opening is left out ("Gordon Brown wants
// …"); the rest of the sentence must read alone once the person is
// named: no pronoun of another person, no word pointing back.
// fillThin quotes such a sentence as a true statement once no sentence
// reads alone as it is (namedStatement), on the bar of any true
// statement.

// nameTitles are the titles a surname may follow in a report.
var nameTitles = set(`mr|mrs|ms|dr`)

// nameTitle reports whether w is one of nameTitles as a report writes it
// before a surname: "Dr", "Mr.", never "DR" (as in "DR Congo") nor "dr".
func nameTitle(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return nameTitles[strings.ToLower(w)] && w[0] >= 'A' && w[0] <= 'Z' && strings.ToLower(w[1:]) == w[1:]
}

// namedOpening returns s's text with its opening person named, and the
// name put in; "", "" where the person is not certain or the rest of the
// sentence still needs the sentences before it. theme is the theme's
// sentences in order.
func (a *article) namedOpening(s *sentence, theme []*sentence) (string, string) {
	if s == nil || len(s.toks) < 4 || s.toks[0].start != 0 {
		return "", ""
	}
	first := s.toks[0].text
	lw := strings.ToLower(first)
	var name string
	cut := 1 // tokens of the opening replaced
	poss := false
	gender := ""
	switch {
	case lw == "he" || lw == "she" || lw == "his" || lw == "her":
		gender = pronounGender(lw)
		poss = lw == "his" || lw == "her"
		if lw == "her" && s.toks[1].tag != "NN" && s.toks[1].tag != "NNS" && s.toks[1].tag != "JJ" {
			return "", ""
		}
		name = a.pronounPerson(s, theme, gender)
	case nameTitle(first) && s.toks[1].tag == "NNP":
		name = a.surnameFull(s.toks[1].text)
		cut = 2
		switch strings.TrimSuffix(lw, ".") {
		case "mr":
			gender = "he"
		case "mrs", "ms":
			gender = "she"
		}
		if strings.HasPrefix(s.toks[2].text, "'") || strings.HasPrefix(s.toks[2].text, "’") {
			return "", "" // "Mr Brown's": kept as it is
		}
	case lw == "the" && s.toks[1].tag == "NN" && isLowerWord(s.toks[1].text):
		switch s.toks[2].tag {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			return "", ""
		}
		name = a.roleName(s.toks[1].text)
		cut = 2
	}
	if name == "" {
		return "", ""
	}
	// The rest of the sentence: no pronoun of another person, no word
	// pointing back, no other person it could be about.
	own := subjectPronouns[gender]
	for _, t := range s.toks[cut:] {
		l := strings.ToLower(t.text)
		if isPersonalPronoun(l) && (gender == "" || !contains(own, l)) || contextWords[l] {
			return "", ""
		}
	}
	// "He met John, who took him in": a later pronoun may stand for
	// another person the sentence names.
	later := false
	for _, t := range s.toks[cut:] {
		later = later || isPersonalPronoun(strings.ToLower(t.text))
	}
	for _, sp := range s.spans {
		if later && sp.kind == kPerson && !strings.Contains(name, strings.TrimSuffix(strings.TrimSuffix(sp.text, "'s"), "’s")) {
			return "", ""
		}
	}
	rest := s.toks[cut:]
	if strings.ToLower(rest[0].text) == "also" {
		rest = rest[1:]
	}
	if danglingStarts[strings.ToLower(strings.Trim(rest[0].text, ","))] || a.backReference(s) {
		return "", ""
	}
	put := name
	if poss {
		put = possessiveName(name, s.para.text)
	}
	text := put + " " + s.text[rest[0].start:]
	// The rest is checked as if it opened on the name.
	cp := *s
	cp.text, cp.toks, cp.spans, cp.standalone = text, rest, nil, true
	for _, sp := range s.spans {
		if sp.start >= rest[0].start {
			cp.spans = append(cp.spans, sp)
		}
	}
	if needsContext(&cp) {
		return "", ""
	}
	return text, name
}

// pronounPerson is the person an opening pronoun of s stands for (see
// namedOpening), or "".
func (a *article) pronounPerson(s *sentence, theme []*sentence, gender string) string {
	if subj, short := a.biographySubject(); subj != "" {
		if a.bioGender != gender {
			return ""
		}
		for _, p := range theme {
			if p == s {
				return short
			}
			for _, sp := range p.spans {
				if sp.kind == kPerson && !a.isBioSubject(sp) && (countWord(sp.text, short) == 0 || kinSharingName(sp, subj)) {
					return ""
				}
			}
			for _, t := range p.toks {
				l := strings.ToLower(t.text)
				if isPersonalPronoun(l) && pronounGender(l) != "" && pronounGender(l) != gender {
					return ""
				}
			}
		}
		return ""
	}
	// The sentence before, in the same paragraph or closing the one
	// before (a report's paragraphs are a sentence or two); one that
	// opens on the same pronoun passes it back to the sentence before
	// it.
	var p *sentence
	var sp *span
	for back := 1; back <= resolveBack; back++ {
		i := s.idx - back
		if i < 0 || i >= len(a.sents) {
			return ""
		}
		p = a.sents[i]
		var subj string
		subj, sp = clauseSubject(p)
		if subj == "" {
			sp, _ = apposedSubject(p) // apposed_subject.go
		}
		if sp != nil || pronounGender(subj) != gender || subjectPronounAt(p) != 0 {
			break
		}
		for _, o := range p.spans {
			if o.kind == kPerson {
				return ""
			}
		}
	}
	if sp == nil || sp.kind != kPerson {
		return ""
	}
	for _, o := range p.spans {
		if o.kind == kPerson && o.key != sp.key && !containsWords(sp.key, o.key) && !containsWords(o.key, sp.key) {
			return ""
		}
	}
	for _, t := range p.toks {
		l := strings.ToLower(t.text)
		if isPersonalPronoun(l) && pronounGender(l) != "" && pronounGender(l) != gender {
			return ""
		}
	}
	f := strings.Fields(sp.text)
	if len(f) == 0 {
		return ""
	}
	if len(f) >= 2 && nameTitles[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		switch strings.ToLower(strings.TrimSuffix(f[0], ".")) {
		case "mr":
			if gender != "he" {
				return ""
			}
		case "mrs", "ms":
			if gender != "she" {
				return ""
			}
		}
		return a.surnameFull(f[len(f)-1])
	}
	if len(f) < 2 {
		return a.surnameFull(f[0])
	}
	return sp.text
}

// surnameFull is the full name the article first gave the one person it
// names with this surname, or "".
func (a *article) surnameFull(surname string) string {
	surname = strings.TrimSuffix(strings.TrimSuffix(surname, "'s"), "’s")
	first, firstKey, other := "", "", ""
	for _, s := range a.sents {
		for _, sp := range s.spans {
			f := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(sp.text, "'s"), "’s"))
			if sp.kind != kPerson {
				// A first name and this surname the tagger took for a
				// body ("housing minister Yvette Cooper"): the title
				// the surname is asked with says it is a person. So
				// too a place of no known kind ("Jan Bolz", the
				// first name read as the month).
				if other == "" && len(f) == 2 && f[1] == surname && (sp.kind == kOrg || sp.kind == kPlace && sp.sub == "") && capitalisedName(f[0]) && !a.lowerWords[strings.ToLower(f[0])] {
					other = sp.text
				}
				continue
			}
			for len(f) > 0 && nameTitles[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
				f = f[1:]
			}
			if len(f) < 2 || f[len(f)-1] != surname || !letterWords(f) {
				continue
			}
			k := key(strings.Join(f, " "))
			if first == "" {
				first, firstKey = strings.Join(f, " "), k
			} else if k != firstKey && !containsWords(k, firstKey) && !containsWords(firstKey, k) {
				return "" // two people of this surname
			}
		}
	}
	if first == "" {
		return other
	}
	return first
}

// roleName is the role and name as the article first wrote them, where
// it puts the role ("chancellor") before exactly one person's name
// ("Chancellor Gordon Brown"), or "".
func (a *article) roleName(role string) string {
	out, outKey := "", ""
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind != kPerson {
				continue
			}
			f := strings.Fields(sp.text)
			var written string
			if len(f) >= 3 && strings.EqualFold(f[0], role) {
				written = sp.text
			} else {
				before := strings.Fields(s.text[:sp.start])
				if len(before) == 0 || len(f) < 2 || !strings.EqualFold(before[len(before)-1], role) || !unicode.IsUpper([]rune(before[len(before)-1])[0]) {
					continue
				}
				written = before[len(before)-1] + " " + sp.text
			}
			k := key(strings.Join(f[len(f)-2:], " "))
			if out == "" {
				out, outKey = strings.TrimSuffix(strings.TrimSuffix(written, "'s"), "’s"), k
			} else if k != outKey {
				return ""
			}
		}
	}
	return out
}

// namedStatement returns a true statement quoting the most central
// sentence of sents that reads alone once namedOpening names its person,
// on the bar of trueStatement, or nil.
func (a *article) namedStatement(sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing) *item {
	var best *sentence
	bestText, bestName := "", ""
	for _, s := range sents {
		if !s.usable() || quotedSpeech(s) && (!onlyShortQuotes(s) && !a.leadClaimQuote(s) || commentQuote(s)) || perSent[s.idx] > 0 || a.statementWords(s) > maxStatementWords || s.nWords < 10 || len(s.spans) == 0 || s.score < 0.35 {
			continue
		}
		if selfContained(s) || a.selfResolved(s) || used[strconv.Itoa(s.idx)+"|*"] || a.incidentalSentence(s) {
			continue
		}
		text, name := a.namedOpening(s, sents)
		if text == "" || ex.hasStatement(s, text) {
			continue
		}
		if best == nil || s.score > best.score {
			best, bestText, bestName = s, text, name
		}
	}
	if best == nil {
		return nil
	}
	it := thinTrueItem(best, bestText)
	it.prevName, it.named = bestName, true
	return it
}

// A sentence on the subject of a biography that opens on a phrase set
// off by a comma before its "he" or "she" ("President of the network in
// the early 1960s, he put …") reads alone with the subject's name for
// the pronoun, as a card on it already does (frontedResolved). A thin
// theme quotes it so (frontedStatement), on the bar of any true
// statement: usable, of 10 to maxStatementWords words, not speech, not
// an incidental detail, not asked already.

// frontedStatement drafts the best such sentence as a true statement.
func (a *article) frontedStatement(sents []*sentence, perSent map[int]int, used map[string]bool, ex *existing) *item {
	best, text := bestStatement(sents, perSent, used, ex, func(s *sentence) string {
		if a.statementWords(s) > maxStatementWords || s.nWords < 10 || len(s.spans) == 0 || s.score < 0.35 {
			return ""
		}
		if selfContained(s) || a.selfResolved(s) || a.incidentalSentence(s) || a.backReference(s) {
			return ""
		}
		e, ok := a.frontedResolved(s)
		if !ok {
			return ""
		}
		text := s.text[datelineEnd(s.text):]
		i := strings.Index(text, ", "+e.old+" ")
		if i < 0 {
			return ""
		}
		return text[:i+2] + e.new + text[i+2+len(e.old):]
	})
	if best == nil {
		return nil
	}
	it := thinTrueItem(best, text)
	it.named = true
	return it
}

// letterWords reports whether every word of a name is spelt in letters,
// with at most the stops, apostrophes and hyphens of "J.", "O'Neill" and
// "Smith-Jones": a word with a digit ("B00a") is no first name to write
// a surname out with.
func letterWords(f []string) bool {
	for _, w := range f {
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune(".'’-", r) {
				return false
			}
		}
	}
	return true
}
