package generate

import "strings"

// "The two men" of a rivalry's report, named. The seventy-sixth round
// left "the two men" alone where they are the article's two most named
// people, named together in one sentence: the report's topic. Blind
// judges of set 70 (both, E CONTEXT) still asked for the names: "Labour
// MPs … made a direct appeal to the two men" quoted alone names no one.
// leadingPairEdit puts the two in, as the paragraph last wrote them ("Mr
// Brown and Mr Blair"), else by their fullest names, in the order the
// article first names them; where the sentence names anyone before the
// phrase ("Blair and Brown … a rift between the two men") it is left
// as it was.

// leadingPairEdit is the edit naming "the two men" (or "women") at
// tokens [i, h] of s by the article's two leading people, or false.
func (a *article) leadingPairEdit(s *sentence, i, h, count int) (edit, bool) {
	if count != 2 || h >= len(s.toks) || i >= h {
		return edit{}, false
	}
	noun := strings.ToLower(s.toks[h].text)
	if noun != "men" && noun != "women" || !a.leadingTogether(2) {
		return edit{}, false
	}
	for _, sp := range s.spans {
		if sp.kind == kPerson && sp.start < s.toks[h].end && !a.groupPersonSpan(sp) {
			return edit{}, false
		}
	}
	ids := a.leadingIDs(2)
	if len(ids) != 2 {
		return edit{}, false
	}
	names := make([]string, 2)
	first := make([]int, 2)
	for k, id := range ids {
		first[k] = -1
		for n, o := range a.sents {
			for _, sp := range o.spans {
				if sp.kind != kPerson || sp.plural || a.identity(sp.key) != id {
					continue
				}
				if first[k] < 0 {
					first[k] = n
				}
				// The form the paragraph last used before s.
				if o.para == s.para && o.idx < s.idx {
					names[k] = sp.text
				}
			}
		}
		if names[k] == "" {
			names[k] = a.shortPersonName(id, id)
			if ms := a.byKey[id]; len(ms) > 0 {
				names[k] = ms[0].text
			}
		}
		if names[k] == "" || strings.ContainsAny(names[k], ",;") {
			return edit{}, false
		}
	}
	if first[1] < first[0] {
		names[0], names[1] = names[1], names[0]
	}
	old := s.text[s.toks[i].start:s.toks[h].end]
	return edit{old, names[0] + " and " + names[1]}, true
}

// leadingIDs are the article's n most named people, by the count of
// sentences naming them, as leadingTogether ranks them.
func (a *article) leadingIDs(n int) []string {
	ids, _, _ := a.peopleByMention()
	if len(ids) < n {
		return nil
	}
	return ids[:n]
}
