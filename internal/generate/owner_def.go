package generate

import "strings"

// Two ways a card said what its article does not.
//
// A definition card on a person ("Landis → An ardent patriot", "Billy
// Wilder → A UFA colleague", "Crompton → A special pleader"): the
// description beside a name is a passing remark on the person, not what
// the article teaches of them; none of the four judged was accepted as
// is. A definition defines a term, a place or a body, not a person.
//
// A role put on the wrong owner: "by age 32 was the firm's leading
// lawyer", in a sentence that brings in "an Albany-based law firm", was
// rewritten "the Democratic Party's leading lawyer", because the context
// rules (context.go) look for the firm among the names before the
// sentence. A noun the sentence itself brings in with "a" or "an" is the
// one its "the" stands for, and the sentence reads alone as it is.

// personTerm reports whether a defined term names a person.
func (a *article) personTerm(term string) bool {
	k := key(term)
	for _, kk := range []string{k, a.identity(k)} {
		for _, sp := range a.byKey[kk] {
			if sp.kind == kPerson {
				return true
			}
		}
	}
	return false
}

// introducedBefore reports whether sentence s brings in noun with "a" or
// "an" before byte i: "an Albany-based law firm … the firm's".
func introducedBefore(s *sentence, i int, noun string) bool {
	for k, t := range s.toks {
		if t.start >= i {
			return false
		}
		if !strings.EqualFold(t.text, noun) || !strings.HasPrefix(t.tag, "NN") {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			w := strings.ToLower(s.toks[m].text)
			if w == "a" || w == "an" {
				return true
			}
			if tg := s.toks[m].tag; !strings.HasPrefix(tg, "JJ") && !strings.HasPrefix(tg, "NN") && tg != "HYPH" && tg != "VBN" {
				break
			}
		}
	}
	return false
}
