package generate

import "strings"

// A definite description that points back. A report brings a thing in
// once in full and then calls it by its kind: "In 1605 he is thought to
// have sent an anonymous letter to Lord Ashby. … The letter was passed
// to the Secretary of State", "Honda's i unit was shown on Tuesday. The
// single passenger unit can drive itself". Quoted alone, "The letter"
// and "The single passenger unit" point at nothing. secondMention
// catches the kind brought in with "a" or "an" in the two sentences
// before, in the paragraph; definiteBack adds the kind brought in by a
// name ("the Puyo unit", "Honda's i unit"), and the kind brought in by
// the last sentence of the paragraph before where this sentence opens
// its paragraph. A kind the course's title names ("ferry and tram
// plans") is known to the learner and left alone. Where the name can be put in (namedHeadEdit,
// thingEdit) the sentence is repaired there and not held back here. A
// noun that stands alone in a report ("The government", "The police")
// is left as it is, and so is a capitalised name ("The European
// Commission", which openingDescription does not take).

// standaloneHeads are definite subjects a report uses without bringing
// them in: there is one of each in the reader's world.
var standaloneHeads = set(`government|police|army|navy|public|economy|court|parliament|cabinet|council|weather|sun|moon|world|country|nation|king|queen|pope|president|prime`)

// definiteBack reports a sentence opening on "The", up to three
// modifiers and a kind that an earlier sentence brought in, where no
// repair names it (definiteBackEdit).
func (a *article) definiteBack(s *sentence) bool {
	_, has, ok := a.definiteBackEdit(s)
	return has && !ok
}

// definiteBackEdit finds a sentence opening on a description of a kind
// an earlier sentence brought in (has) and, where the sentence says "The"
// and the kind alone and the earlier sentence brought it in with "a" or
// "an" and nouns before it ("a tram line"), the edit putting those nouns
// in: "The line would be 4km long" reads "The tram line would be …" (ok).
// A description of its own ("The single passenger unit") or a kind
// brought in by a name or with adjectives only has no repair.
func (a *article) definiteBackEdit(s *sentence) (e edit, has, ok bool) {
	if s == nil || s.para == nil || s.idx == 0 {
		return edit{}, false, false
	}
	h, mods, capMod, isOpening := openingDescription(s)
	if !isOpening || capMod {
		return edit{}, false, false // "The BNP website" names itself
	}
	noun := strings.ToLower(s.toks[h].text)
	if standaloneHeads[noun] || len(noun) < 3 || a.titleSays(noun) {
		return edit{}, false, false
	}
	if _, ok := anaphoricNouns[s.toks[h].text]; ok {
		return edit{}, false, false // context.go resolves these
	}
	if e, has, ok := a.namedHeadEdit(s); has && ok && e.new != "" {
		return edit{}, false, false // the name put in (context_repair.go)
	}
	if _, has, ok := a.thingEdit(s); has && ok {
		return edit{}, false, false // the thing named (context_things.go)
	}
	if _, ok := a.landNameEdit(s); ok {
		return edit{}, false, false // the land named (context_repair.go)
	}
	if _, ok := a.openingShellEdit(s); ok {
		return edit{}, false, false // the meeting named (shell_inner.go)
	}
	var before []*sentence
	for _, p := range s.para.sents {
		if p.idx < s.idx && p.idx >= s.idx-2 {
			before = append(before, p)
		}
	}
	if len(before) == 0 && s.idx-1 >= 0 && a.sents[s.idx-1].para != s.para {
		before = append(before, a.sents[s.idx-1])
	}
	var found []string
	for _, p := range before {
		for k, t := range p.toks {
			if !kindSaid(strings.ToLower(t.text), noun) || !strings.HasPrefix(t.tag, "NN") || quotedAt(p.text, t.start) {
				continue
			}
			// The kind is the head of the phrase brought in: "a new
			// ferry service" brings in a service, not a ferry.
			if k+1 < len(p.toks) && strings.HasPrefix(p.toks[k+1].tag, "NN") {
				continue
			}
			if broughtIn(p, k) {
				found = append(found, nounModifiers(p, k))
			}
		}
	}
	if len(found) == 0 {
		return edit{}, false, false
	}
	i := openingTokens(s)
	// "The tram line" after "a tram line": the description says as
	// much as the phrase that brought it in.
	if len(found) == 1 && mods > 0 {
		said := strings.ToLower(s.text[s.toks[i+1].start:s.toks[h].end])
		if strings.HasPrefix(strings.ToLower(found[0]), said) {
			return edit{}, false, false
		}
	}
	if len(found) > 1 || found[0] == "" || mods != 0 || s.toks[i].start != 0 || a.secondMention(s) { // news_context.go keeps its verdict
		return edit{}, true, false
	}
	old := s.text[:s.toks[h].end]
	return edit{old, "The " + found[0]}, true, true
}

// kindSaid reports whether word w, in lower case, says the kind noun:
// the noun itself, or a compound ending in it, as "earthquake" says
// "quake" ("Mexico's strongest earthquake in a century … The quake
// was also bad news for …": set 147, both judges, CONTEXT). A noun of
// under four letters is too short to be a compound's end ("railway",
// "way").
func kindSaid(w, noun string) bool {
	return w == noun || len(noun) >= 4 && len(w) >= len(noun)+3 && strings.HasSuffix(w, noun)
}

// nounModifiers returns the phrase that says which one the noun at token
// k of p is, where "a" or "an" opens it: its lowercase modifiers ("a tram
// line" gives "tram line") and a name after "to", "from", "of" or "by"
// ("an anonymous letter to Lord Ashby" gives "anonymous letter to Lord
// Ashby"), or "" when it has neither.
func nounModifiers(p *sentence, k int) string {
	m := k - 1
	for m >= 0 && m >= k-3 && (strings.HasPrefix(p.toks[m].tag, "NN") || strings.HasPrefix(p.toks[m].tag, "JJ")) && !startsUpper(p.toks[m].text) {
		m--
	}
	if m < 0 {
		return ""
	}
	if w := strings.ToLower(p.toks[m].text); w != "a" && w != "an" {
		return ""
	}
	end := k
	if j := k + 1; j+1 < len(p.toks) {
		switch p.toks[j].text {
		case "to", "from", "of", "by":
			n := j + 1
			for n < len(p.toks) && n <= j+4 && startsUpper(p.toks[n].text) {
				n++
			}
			if n > j+1 {
				end = n - 1
			}
		}
	}
	if m == k-1 && end == k {
		return ""
	}
	return p.text[p.toks[m+1].start:p.toks[end].end]
}

// isDefiniteBackEdit reports whether e is the edit definiteBackEdit
// makes for s.
func (a *article) isDefiniteBackEdit(s *sentence, e edit) bool {
	d, has, ok := a.definiteBackEdit(s)
	return has && ok && d == e
}

// broughtIn reports the noun at token k of p brought in with "a" or
// "an", or by a name: a capitalised modifier
// ("the Puyo unit") or a possessive name ("Honda's i unit"), walking
// back over at most four modifiers.
func broughtIn(p *sentence, k int) bool {
	first := openingTokens(p)
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		t := p.toks[m]
		w := strings.ToLower(t.text)
		if w == "a" || w == "an" {
			return true
		}
		if t.text == "'s" || t.text == "’s" || t.tag == "POS" {
			return m > 0 && startsUpper(p.toks[m-1].text)
		}
		if startsUpper(t.text) && m != first && strings.HasPrefix(t.tag, "NNP") && !demonym(t.text) {
			return true
		}
		if tg := t.tag; !strings.HasPrefix(tg, "JJ") && !strings.HasPrefix(tg, "NN") && tg != "CD" && tg != "VBN" && tg != "VBG" {
			return false
		}
	}
	return false
}

// titleSays reports a noun the course's title uses: "Harbour town weighs
// ferry and tram plans" tells the learner which ferry "The ferry" is.
func (a *article) titleSays(noun string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(a.course), func(r rune) bool { return r == ' ' || r == '\'' || r == '‘' || r == '’' || r == ':' || r == ',' }) {
		if w == noun || w == noun+"s" {
			return true
		}
	}
	return false
}

// comparativeOpening reports a sentence opening on "The", a comparative
// and a noun ("The smaller iPod will hold about 120 songs", "The cheaper
// model"): of two or more things the sentences before named, the one
// that is smaller or cheaper. Quoted alone it says "smaller" than
// nothing. A sentence that says "than" gives the comparison itself, and
// "The more …, the more …" compares within itself.
func comparativeOpening(s *sentence) bool {
	i := openingTokens(s)
	if i+2 >= len(s.toks) || s.toks[i].text != "The" {
		return false
	}
	c, n := s.toks[i+1], s.toks[i+2]
	if c.tag != "JJR" || !isLowerWord(c.text) || !strings.HasPrefix(n.tag, "NN") {
		return false
	}
	switch strings.ToLower(c.text) {
	case "more", "less", "fewer", "further", "other":
		return false
	}
	for _, t := range s.toks[i+2:] {
		if w := strings.ToLower(t.text); w == "than" || w == "the" && t.start > 0 && strings.HasSuffix(strings.TrimSpace(s.text[:t.start]), ",") {
			return false
		}
	}
	return true
}
