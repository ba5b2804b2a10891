package generate

import (
	"regexp"
	"strings"
)

// An officer named once, under whom the subject served. "Pilecki joined
// the regular Polish Army and took part in the Polish-Soviet War of
// 1919–1920, serving under Major Jerzy Dąbrowski": both blind judges of
// a held-out life edited the statement to drop the major, whom the life
// never names again (and one rejected a statement on a scout section
// "under General Władysław Wejtko" as a cluster of incidental details).
// Left out, the statement says what the subject did; a learner is not
// asked to recall under whom. commanderEdit drops "under <rank> <name>"
// (with a participle before it, ", serving under …") where the name is
// a person the article names once, and the phrase modifies what comes
// before it: after a verb ("He served under General X") it is the point
// and stays.

// commanderRE finds an officer after "under": the rank and the name.
var commanderRE = regexp.MustCompile(`(,\s*(?:serving|fighting|working|sailing)\s+)?\bunder\s+(?:the command of\s+)?(?:(?:Lieutenant|Major|Brigadier)\s+)?(?:General|Major|Colonel|Captain|Admiral|Lieutenant|Commander|Marshal|Brigadier|Commodore)\s+`)

// commanderEdit lists the edit leaving out such an officer (see above).
func (a *article) commanderEdit(s *sentence) []edit {
	for _, m := range commanderRE.FindAllStringSubmatchIndex(s.text, -1) {
		var sp *span
		for _, o := range s.spans {
			if o.kind == kPerson && o.blankStart() == m[1] {
				sp = o
			}
		}
		if sp == nil || a.mentions(sp.key) != 1 || quotedAt(s.text, m[0]) {
			continue
		}
		start := m[0]
		if m[2] < 0 {
			// "units under General X": after a noun, the phrase says
			// which units; after a verb ("served under") it is the point.
			i := tokenBefore(s, m[0])
			if i < 0 || !strings.HasPrefix(s.toks[i].tag, "NN") || start == 0 || s.text[start-1] != ' ' {
				continue
			}
			start-- // the space before "under"
		}
		rest := s.text[sp.end:]
		// The phrase ends the sentence or a clause, or a place follows
		// ("in the Wilno area").
		if r := strings.TrimLeft(rest, " "); r != "" && !strings.ContainsAny(r[:1], ".,;:") && !strings.HasPrefix(r, "in ") {
			continue
		}
		return []edit{{s.text[start:sp.end], ""}}
	}
	return nil
}

// isCommanderEdit reports whether e is commanderEdit(s)'s edit.
func (a *article) isCommanderEdit(s *sentence, e edit) bool {
	c := a.commanderEdit(s)
	return len(c) == 1 && c[0] == e
}

// tokenBefore is the index of the last token of s ending at or before
// byte i, or -1.
func tokenBefore(s *sentence, i int) int {
	k := -1
	for j, t := range s.toks {
		if t.end <= i {
			k = j
		}
	}
	return k
}
