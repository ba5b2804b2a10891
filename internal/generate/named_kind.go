package generate

import (
	"slices"
	"strings"
)

// A thing named once and then called by its kind inside a later
// sentence: "the Los Frailes mine … Reopening the mine would provide
// more than 1,000 precious jobs", "Haro Strait … in the strait". Quoted
// alone, "the mine" is any mine; both blind judges asked for the name to
// be put in (sets 94 and 95: "'The strait' needs the previous sentence;
// name Haro Strait", "'the mine' needs naming (the Los Frailes mine)").
// namedKindEdits writes the name in where the sentences before give that
// kind exactly one name, the sentence does not name it already, and
// nothing after the noun says which one ("the mine of", "the mine that",
// "the mine licence"). A kind a report uses without bringing it in ("the
// government", "the police") is left alone, and so is the opening "The
// <noun>" that namedHeadEdit takes.

// namedKindEdits are the edits putting the names in (see above).
func (a *article) namedKindEdits(s *sentence) []edit {
	if s == nil || s.idx == 0 || s.idx > len(a.sents) {
		return nil
	}
	var out []edit
	for i := openingTokens(s) + 1; i+1 < len(s.toks); i++ {
		if !strings.EqualFold(s.toks[i].text, "the") {
			continue
		}
		n := s.toks[i+1]
		noun := n.text
		if n.tag != "NN" || !isLowerWord(noun) || len(noun) < 4 || standaloneHeads[noun] || quotedAt(s.text, n.start) {
			continue
		}
		if _, ok := anaphoricNouns[noun]; ok {
			continue
		}
		if i+2 < len(s.toks) {
			nx := s.toks[i+2]
			switch strings.ToLower(nx.text) {
			case "of", "for", "to", "that", "which", "who", "where", "whose", "at", "in", "on", "’s", "'s":
				continue
			}
			if strings.HasPrefix(nx.tag, "NN") || nx.tag == "POS" {
				continue
			}
		}
		// "… bases in Puerto Rico … off the island": a place the
		// sentence names before the noun may be the one meant; the one
		// name of the kind said before is then no safe guess (it read
		// "off the Vancouver Island", a false statement keyed True;
		// both judges WRONG).
		if placeKinds[noun] && namesPlaceBefore(s, n.start) {
			continue
		}
		name, bare := a.onlyNameOfKind(s, noun)
		if name == "" || strings.Contains(key(s.text), key(withoutThe(name))) {
			continue
		}
		old := s.text[s.toks[i].start:n.end]
		if strings.Count(s.text, old) != 1 {
			continue
		}
		nw := name
		// "signed up to the Single Convention" (the article: "the 1961
		// Single Convention"); "around Sabaa Bahrat Square" as the
		// article says it.
		if !strings.HasPrefix(strings.ToLower(nw), "the ") && !bare {
			nw = "the " + nw
		}
		if startsUpper(old) {
			nw = upperFirst(nw)
		}
		out = append(out, edit{old, nw})
	}
	return out
}

// onlyNameOfKind is the one name the sentences before s give a thing of
// kind noun ("the Los Frailes mine", "Haro Strait"), or "" where they give
// none or more than one; bare reports a name the article writes without
// an article, after a preposition ("in Haro Strait").
func (a *article) onlyNameOfKind(s *sentence, noun string) (string, bool) {
	first, bare := "", false
	names := map[string]bool{}
	for _, p := range a.sents[:s.idx] {
		for k, t := range p.toks {
			inName := t.text == upperFirst(noun) && k > 0 && startsUpper(p.toks[k-1].text)
			if t.text != noun && !inName || !strings.HasPrefix(t.tag, "NN") || quotedAt(p.text, t.start) {
				continue
			}
			// "9 Smart rubbish bins": the kind modifies another noun
			// there and names no rubbish ("pushes down the Smart
			// rubbish" was judged ungrammatical, set 96, both judges).
			// (A singular noun after it may be a verb the tagger
			// misread: "the Los Frailes mine burst".)
			if k+1 < len(p.toks) && (p.toks[k+1].tag == "NNS" || p.toks[k+1].tag == "NN" && k+2 < len(p.toks) && strings.HasPrefix(p.toks[k+2].tag, "NN")) {
				continue
			}
			// "an Oromo opposition leader": the kind modifies a
			// person's role and names no opposition.
			if k+1 < len(p.toks) && roleNouns[strings.ToLower(p.toks[k+1].text)] {
				continue
			}
			// "Norway’s Centre for International Climate Research":
			// the word is inside a longer name, whose head is another
			// word ("natural variability in the climate" read "… in
			// Norway’s Centre for International Climate").
			if inName && k+1 < len(p.toks) && startsUpper(p.toks[k+1].text) && strings.HasPrefix(p.toks[k+1].tag, "NN") {
				continue
			}
			name := nameBeforeHead(p, k)
			if name == "" || inName && nameHeadedElsewhere(name) {
				continue
			}
			// "the Andean grain" is a kind of its own, not a name:
			// a people's adjective alone before the noun.
			if f := strings.Fields(withoutThe(name)); len(f) == 2 && demonym(f[0]) {
				continue
			}
			// "Mature compost …": a word capitalised only as its
			// sentence's first.
			if strings.HasPrefix(p.text[p.toks[openingTokens(p)].start:], withoutThe(name)) {
				continue
			}
			if nk := key(withoutThe(name)); !names[nk] {
				names[nk] = true
				if first == "" {
					first = name
					m := k - len(strings.Fields(name))
					// "battered Tresco Island": after a verb too.
					bare = m < 0 || p.toks[m].tag == "IN" || p.toks[m].tag == "TO" || isVerbTag(p.toks[m].tag) && p.toks[m].tag != "MD"
				}
			}
		}
	}
	if len(names) != 1 {
		return "", false
	}
	return first, bare
}

// isNamedKindEdit reports whether e is one of namedKindEdits for s.
func (a *article) isNamedKindEdit(s *sentence, e edit) bool {
	return slices.Contains(a.namedKindEdits(s), e)
}

// placeKinds are kinds of place a report calls a named place by.
var placeKinds = set(`island|islands|territory|region|province|state|country|city|town|village|capital|peninsula|coast|strait|river|lake|valley|county|district|area|republic|kingdom|emirate`)

// nameHeadedElsewhere reports whether a name ending in a kind's word has
// its head before a preposition or "and": "Centre for International
// Climate", "Museum of Science and Industry".
func nameHeadedElsewhere(name string) bool {
	for _, w := range strings.Fields(name)[1:] {
		switch w {
		case "of", "for", "and", "on", "de", "&":
			return true
		}
	}
	return false
}

// namesPlaceBefore reports whether s names a place before byte at.
func namesPlaceBefore(s *sentence, at int) bool {
	return at > 0 && slices.ContainsFunc(s.spans, func(sp *span) bool { return sp.kind == kPlace && sp.start < at })
}
