package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Items whose shown text still points back to the sentences before, after
// every earlier repair: a demonstrative before a noun ("Inside that small
// box there is …": which box?), or an opening that answers the sentence
// before ("Nor would …", "Of course, …"). Blind judges of set 73 asked for
// an edit or rejected each. An opening that adds nothing the statement
// needs is left out; one the sentence's order rests on ("Nor would X be
// …") cannot be, and the item is held back, as lean-context items are.
// A demonstrative phrase is named where the sentences before set a name
// by the same noun (nearName, near_back.go), else the item is held back.

// backDropOpeners open a sentence before a comma and can be left out:
// the statement reads whole without them.
var backDropOpeners = []string{"of course", "indeed", "needless to say", "in fact", "naturally"}

// backHoldOpeners open a sentence that answers the one before and does
// not read whole without them.
var backHoldOpeners = []string{"nor ", "after all", "by now", "hours later", "minutes later", "days later"}

// backTimeNouns follow "this" or "that" for a time a reader knows from
// the article's date, not from the sentence before.
var backTimeNouns = set(`week|weekend|morning|afternoon|evening|night|month|year|summer|winter|spring|autumn|season|century|decade|time|moment|day|point|stage|way`)

// demonstrativeAt returns the demonstrative noun phrase that opens at
// token i of s ("that small box"), its head noun, or "".
func demonstrativeAt(s *sentence, i int) (phrase, head string) {
	t := s.toks[i]
	lw := strings.ToLower(t.text)
	if lw != "this" && lw != "that" && lw != "these" && lw != "those" {
		return "", ""
	}
	if quotedAt(s.text, t.start) {
		return "", ""
	}
	// The tagger may read "that" before an adjective as a preposition
	// ("Inside that/IN small box"); after a preposition, or opening the
	// sentence, it is the demonstrative all the same.
	if t.tag != "DT" && !(lw == "that" && (i == 0 || strings.HasPrefix(s.toks[i-1].tag, "IN"))) {
		return "", ""
	}
	// "that" after a verb, or a noun, opens a clause ("said that
	// prices …", "the fact that …").
	if lw == "that" && i > 0 {
		p := s.toks[i-1]
		if !strings.HasPrefix(p.tag, "IN") && p.tag != "TO" && p.tag != "," {
			return "", ""
		}
	}
	j := i + 1
	for j < len(s.toks) && j <= i+3 && (strings.HasPrefix(s.toks[j].tag, "JJ") || s.toks[j].tag == "VBN") {
		j++
	}
	// The head: a lowercase common noun, not the first of a compound.
	for j < len(s.toks) && strings.HasPrefix(s.toks[j].tag, "NN") && startsLower(s.toks[j].text) {
		if j+1 < len(s.toks) && strings.HasPrefix(s.toks[j+1].tag, "NN") && startsLower(s.toks[j+1].text) {
			j++
			continue
		}
		h := strings.ToLower(s.toks[j].text)
		if backTimeNouns[h] || backTimeNouns[strings.TrimSuffix(h, "s")] {
			return "", ""
		}
		// "those who …", "that part of …": a clause or "of" says which.
		if j+1 < len(s.toks) {
			if n := strings.ToLower(s.toks[j+1].text); n == "of" || n == "who" || n == "which" || n == "that" || n == "whose" {
				return "", ""
			}
		}
		return s.text[t.start:s.toks[j].end], h
	}
	return "", ""
}

// pointBackFix reads an item's shown text: old is the part to change and
// full what replaces it ("" to leave old out); hold is true when the item
// cannot be mended.
func (a *article) pointBackFix(s *sentence, shown string) (old, full string, hold bool) {
	body := strings.TrimPrefix(shown, "True or false? ")
	lower := strings.ToLower(body)
	for _, o := range backDropOpeners {
		if strings.HasPrefix(lower, o+", ") && len(body) > len(o)+2 {
			rest := body[len(o)+2:]
			// "In fact, says Michael Dunne, China must …": the speaker's
			// tag would open the statement ("Says Michael Dunne, …"); the
			// opening stays.
			if lr := strings.ToLower(rest); strings.HasPrefix(lr, "says ") || strings.HasPrefix(lr, "said ") || strings.HasPrefix(lr, "say ") {
				return "", "", false
			}
			r, n := utf8.DecodeRuneInString(rest)
			if !unicode.IsLower(r) && !unicode.IsUpper(r) || endsOnDemonstrative(rest) {
				return body, "", true
			}
			return body[:len(o)+2+n], string(unicode.ToUpper(r)), false
		}
	}
	for _, o := range backHoldOpeners {
		if strings.HasPrefix(lower, o) && (strings.HasSuffix(o, " ") || len(lower) > len(o) && (lower[len(o)] == ' ' || lower[len(o)] == ',')) {
			return body, "", true
		}
	}
	for i := range s.toks {
		phrase, head := demonstrativeAt(s, i)
		if phrase == "" || !strings.Contains(shown, phrase) {
			continue
		}
		if strings.HasPrefix(body, "_____") || strings.Contains(phrase, "_____") {
			return phrase, "", true
		}
		for k := s.idx - 1; k >= 0 && k >= s.idx-3; k-- {
			if k >= len(a.sents) || a.sents[k].para != s.para {
				break
			}
			if spec, before := nearName(a.sents[k], head); spec != "" && !strings.Contains(s.text, spec) {
				d := strings.Index(phrase, " ")
				named := "the" + phrase[d:]
				if before {
					at := strings.LastIndex(named, " ")
					named = named[:at+1] + spec + named[at:]
				} else {
					named += " " + spec
				}
				if strings.HasPrefix(phrase, "T") {
					named = "The" + named[3:]
				}
				return phrase, named, false
			}
		}
		return phrase, "", true
	}
	return "", "", false
}

// withPointBack mends, or holds back, the items whose shown text points
// back by a demonstrative or an opening.
func (a *article) withPointBack(items []item, opts Options) {
	mendLeaning(items, opts, func(it *item, shown string) (old, full string, hold bool) {
		old, full, hold = a.pointBackFix(it.sent, shown)
		if old == "" {
			return "", "", false
		}
		if pointBackTrace != nil {
			pointBackTrace(it.sent, shown, old, full, hold)
		}
		// A phrase said twice is not named: which one leans back?
		return old, full, hold || full != "" && strings.Count(shown, old) != 1
	})
}

// pointBackTrace, set by a test only, is told every item withPointBack
// acts on.
var pointBackTrace func(s *sentence, shown, old, full string, hold bool)

// endsOnDemonstrative reports whether text ends on a demonstrative
// standing alone ("… a theory that explains all this."): what it stands
// for is in the sentences before, with or without the opening.
func endsOnDemonstrative(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(f[len(f)-1], `.!?"”’'`)) {
	case "this", "that", "these", "those":
		return true
	}
	return false
}
