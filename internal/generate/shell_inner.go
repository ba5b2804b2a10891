package generate

import "strings"

// A word for what was told before, inside a clause. "The minutes of the
// meeting show how the chance of a deal evaporated." and "Mr Pryce, the
// party's deputy leader, made the comments to an audience …": which
// meeting, which comments? The sentence before tells of the talks or the
// remarks without the noun, so neither the clause-opening rule
// (leanPhrase, shellNounBack) nor the earlier-noun rule (introducedAnaphor)
// sees them, and blind judges edited both statements for CONTEXT ("say
// which meeting", "name the comments"). innerShell finds "the" and one
// of a few such nouns anywhere in the shown text, with nothing after it
// that says which one ("the meeting of …", "the comments about …", "the
// decision to …", "the claims, made in …"). Where an earlier sentence
// of its paragraph names the one thing by the same noun with words that
// say which ("the 12 May meeting", "the Brussels talks") and no other
// sentence between speaks of one, those words are put in ("the 12 May
// meeting"); else the item is held back (withLeanContext). A noun the
// course's title says, or one the article calls "the meeting" in four
// sentences or more, is its topic and reads alone.

// innerShellNouns name an event or words told before.
var innerShellNouns = set(`meeting|meetings|comments|remarks|move|decision|plan|plans|talks|announcement|speech`)

// innerShellOrdinals say which of several, not which one was told.
var innerShellOrdinals = set(`first|second|third|last|next|same|other|previous|following|earlier|later|latest|new|recent|further|such`)

// innerShell is the phrase "the <noun>" of s leaning back inside a
// clause, and the phrase to write for it where the paragraph says which
// one ("" where it does not); "", "" where s has none.
func (a *article) innerShell(s *sentence, shown string) (phrase, repair string) {
	toks := s.toks
	open := openingTokens(s)
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text != "the" || i == open || quotedAt(s.text, toks[i].start) {
			continue
		}
		h := toks[i+1]
		noun := strings.ToLower(h.text)
		if !innerShellNouns[noun] || !strings.HasPrefix(h.tag, "NN") || h.start != toks[i].end+1 {
			continue
		}
		if i+2 < len(toks) && (strings.HasPrefix(toks[i+2].tag, "NN") || toks[i+2].tag == "POS") {
			continue // "the meeting room", "the plan's"
		}
		if innerShellSaysWhich(s, i+2) {
			continue
		}
		p := s.text[toks[i].start:h.end]
		if !strings.Contains(shown, " "+p+" ") && !strings.Contains(shown, " "+p+",") && !strings.Contains(shown, " "+p+".") {
			continue
		}
		sing := strings.TrimSuffix(noun, "s")
		if a.titleSays(noun) || a.titleSays(sing) || a.sentencesWithPhrase("the "+noun) >= 4 {
			continue
		}
		// "A meeting was called and the meeting agreed …": the sentence
		// brings it in itself.
		if headGivenIn(s, noun, i) {
			continue
		}
		return p, a.innerShellRepair(s, noun)
	}
	return "", ""
}

// innerShellSaysWhich reports whether the words of s from token k say
// which one the noun before them is: a preposition or relative word
// (restrictedAfter, and "about", "over", "between", "by", "made", "to"
// before a verb), or a comma and a participle ("the claims, made in a
// new book").
func innerShellSaysWhich(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if restrictedAfter(s.text[s.toks[k-1].end:]) {
		return true
	}
	t := s.toks[k]
	switch strings.ToLower(t.text) {
	case "about", "over", "between", "by", "made", "held", "given", "announced", "agreed", "reported", "described", "among", "against", "under":
		return true
	case "to":
		return k+1 < len(s.toks) && s.toks[k+1].tag == "VB"
	case ",":
		return k+1 < len(s.toks) && s.toks[k+1].tag == "VBN"
	}
	return false
}

// innerShellRepair is the phrase naming the one thing noun stands for in
// s, from an earlier sentence of its paragraph: "the" and up to three
// words before the same noun that say which ("the 12 May meeting"),
// where that is the only mention of the noun in the paragraph before s.
// "" otherwise.
func (a *article) innerShellRepair(s *sentence, noun string) string {
	if s.para == nil {
		return ""
	}
	found := ""
	n := 0
	for _, p := range s.para.sents {
		if p.idx >= s.idx {
			break
		}
		for k, t := range p.toks {
			w := strings.ToLower(t.text)
			if w != noun && w+"s" != noun && w != noun+"s" {
				continue
			}
			n++
			if w != noun || quotedAt(p.text, t.start) {
				continue
			}
			d := k - 1
			for d >= 0 && d >= k-3 && p.toks[d].text != "the" && innerShellModifier(p.toks[d]) {
				d--
			}
			if d < 0 || d == k-1 || p.toks[d].text != "the" {
				continue
			}
			ok := true
			for _, m := range p.toks[d+1 : k] {
				if innerShellOrdinals[strings.ToLower(m.text)] {
					ok = false
				}
			}
			if ok {
				found = p.text[p.toks[d].start:t.end]
			}
		}
	}
	if n != 1 || found == "" {
		return ""
	}
	return found
}

// innerShellModifier reports whether t may say which one a noun after it
// is: an adjective, a noun, a name or a figure, not a weekday (the day of
// writing).
func innerShellModifier(t tok) bool {
	if strings.Contains(weekdays, t.text) && startsUpper(t.text) {
		return false
	}
	return strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN") || t.tag == "CD"
}

// sentencesWithPhrase counts the sentences of the article holding the
// phrase p as whole words, in any case.
func (a *article) sentencesWithPhrase(p string) int {
	n := 0
	for _, s := range a.sents {
		if _, ok := replaceWhole(strings.ToLower(s.text), p, ""); ok {
			n++
		}
	}
	return n
}

// openingShellEdit names a sentence's opening "The meeting" (with no
// modifier, right before its verb) from an earlier sentence of its
// paragraph as innerShellRepair does: "The 12 May meeting agreed …".
// shellNounBack and definiteBack hold such a sentence back where there
// is no such repair.
func (a *article) openingShellEdit(s *sentence) (edit, bool) {
	if s == nil || s.idx == 0 {
		return edit{}, false
	}
	h, mods, _, ok := openingDescription(s)
	if !ok || mods != 0 {
		return edit{}, false
	}
	noun := strings.ToLower(s.toks[h].text)
	if !innerShellNouns[noun] || s.toks[h].text != noun {
		return edit{}, false
	}
	rep := a.innerShellRepair(s, noun)
	if rep == "" {
		return edit{}, false
	}
	i := openingTokens(s)
	return edit{s.text[s.toks[i].start:s.toks[h].end], upperFirst(rep)}, true
}

// isOpeningShellEdit reports whether e is openingShellEdit's edit of s.
func (a *article) isOpeningShellEdit(s *sentence, e edit) bool {
	o, ok := a.openingShellEdit(s)
	return ok && o == e
}
