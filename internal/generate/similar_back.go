package generate

import "strings"

// "Similar" with nothing in its sentence to be similar to: "Two other
// airports have made similar complaints", "The council wants to try
// something similar". What the complaints or the plan are like is in
// the sentence before, which the item does not show. On the judged
// drafts, statements and cards with such a "similar" were accepted as
// they stood by 19% of verdicts (32 verdicts on 16 items), and 72% of
// the verdicts asked for the missing context.
//
// Not "similar to …", "similar in size to …", "similar as …" or "similar
// with …", which say what it is like; nor "X and similar Ys" ("fees and
// similar charges"), which names the likeness in the same phrase; nor a
// "similar" after "but" or after "that" opening a verb's clause, which
// likens to what the sentence told before it.

// similarUnsaid reports whether token i of s, "similar", likens something
// to what the sentences before it told. It reads every "similar" of a
// sentence, where similarBack (turn_back.go) reads "a similar …" at a
// sentence's end or as its subject. "… a similar one" is left to
// similarBack, which lets it liken to what the sentence named.
func similarUnsaid(s *sentence, i int) bool {
	if quotedAt(s.text, s.toks[i].start) {
		return false
	}
	if i > 0 {
		switch strings.ToLower(s.toks[i-1].text) {
		case "and", "or", "other":
			return false
		}
	}
	// "… may be first, but similar problems …", "… realised that a
	// similar approach …": likened to what a clause before it told.
	for j := 1; j < i; j++ {
		switch strings.ToLower(s.toks[j].text) {
		case "but":
			return false
		case "that":
			if strings.HasPrefix(s.toks[j-1].tag, "VB") {
				return false
			}
		}
	}
	if i+1 < len(s.toks) {
		if n := strings.ToLower(s.toks[i+1].text); n == "one" || n == "ones" {
			return false
		}
	}
	for _, u := range s.toks[i+1:] {
		switch strings.ToLower(u.text) {
		case "to", "as", "with":
			return false
		case ",", ";", ":", "—", "–", "-", "(":
			return true
		}
	}
	return true
}
