package generate

import "strings"

// Blanks that cut a unit of the sentence. Cards blanked "whopping
// majority" (the substance is the noun; the adjective only says how
// big), "the Tories" before a possessive marker ("_____' recent change
// of fortune", the phrase split from its "'"), and "leaves fans" (a
// verb and its object after the subject's head: half a predicate).
// Blind judges edited or rejected each. A blank is a noun phrase, a
// name, a figure or a whole predicate; these are none.

// degreeAdjectives stress how big or how much, not what: the noun after
// one is the fact a blank should ask for. Plain size words ("tiny
// droplets", "a narrow majority") are left: there the size can be the
// point.
var degreeAdjectives = set(`whopping|huge|massive|enormous|vast|overwhelming|thumping|hefty|sizeable|sizable|substantial|considerable`)

// clozeCutsUnit reports whether blank sp of sentence s cuts a unit: a
// term opening on a degree adjective, a phrase whose possessive marker
// is left outside the blank, or a term that opens on a verb read as a
// plural noun right after the subject's plural head.
func clozeCutsUnit(s *sentence, sp *span) bool {
	if possessiveAfter(s.text[sp.end:]) && (strings.HasSuffix(sp.text, "s") || possessiveS(s.text[sp.end:])) {
		return true // "_____' recent change", "_____'s whopping majority"
	}
	if sp.kind != kTerm {
		return false
	}
	ws := strings.Fields(sp.text)
	if len(ws) < 2 {
		return false
	}
	if degreeAdjectives[strings.ToLower(ws[0])] {
		return true // "whopping majority": the noun is the fact
	}
	return verbAfterSubject(s, sp, ws)
}

// verbAfterSubject reports whether term sp (words ws) is a verb and its
// object misread as one noun phrase: its first word and the word before
// it, with no article, preposition or comma between, both end in a
// plural "s" ("… franchises leaves fans of …"). Two plurals in a row
// make no noun phrase; the second is the subject's verb.
func verbAfterSubject(s *sentence, sp *span, ws []string) bool {
	if sp.the {
		return false
	}
	p := prevTok(s, sp.start)
	if p == nil || strings.TrimSpace(s.text[p.end:sp.start]) != "" {
		return false
	}
	pluralS := func(w string) bool {
		w = strings.ToLower(w)
		return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
	}
	if !pluralS(p.text) || p.text[0] < 'a' || p.text[0] > 'z' {
		return false
	}
	switch p.tag {
	case "NNS", "VBZ":
	default:
		return false
	}
	return pluralS(ws[0]) && ws[0][0] >= 'a' && ws[0][0] <= 'z'
}

// holdCutBlanks holds back every proposed card with a blank whose blank cuts a
// unit (clozeCutsUnit). It runs once the themes are cut, joined and
// titled: a card held here does not change which themes join.
func holdCutBlanks(items []item) {
	for i := range items {
		it := &items[i]
		if !it.proposed || it.c == nil || !strings.Contains(it.c.Front, "_____") {
			continue
		}
		for _, sp := range it.sent.spans {
			if sp.answer() == it.answer && clozeCutsUnit(it.sent, sp) {
				it.proposed, it.weak = false, true
				break
			}
		}
	}
}

// possessiveS reports whether rest opens on "'s" or "’s".
func possessiveS(rest string) bool {
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// possessiveAfter reports whether rest, the text right after a blank,
// opens on a possessive marker: "' recent", "'s whopping", "’s". A
// bare "'" is a possessive only after a plural's "s" (clozeCutsUnit
// asks); else it closes a quotation.
func possessiveAfter(rest string) bool {
	for _, m := range []string{"'s", "’s", "'", "’"} {
		if r, ok := strings.CutPrefix(rest, m); ok {
			if m == "'s" || m == "’s" {
				return r == "" || !isLetterByte(r[0])
			}
			return r == "" || r[0] == ' ' || r[0] == ',' || r[0] == '.'
		}
	}
	return false
}
