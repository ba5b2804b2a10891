package generate

import (
	"sort"
	"strings"
)

// A blank on one member of a list of three or more ("works by
// Beethoven, Handel, _____, Mozart and Bach") asks for an arbitrary
// member: any other would do as well, and nothing in the sentence points
// to the one left out. The judges rejected such items as trivia. Only a
// pair ("Asia and Africa") may still lose one member to a blank.

// longList reports whether answer sp of sentence s is one member of a
// list of three or more answers of its kind joined by commas and "and"
// or "or". ("Union Street, Southwark", two names and a comma, is an
// address, not a list.)
func longList(s *sentence, sp *span) bool {
	var same []*span
	for _, o := range s.spans {
		if sameFamily(o.kind, sp.kind) {
			same = append(same, o)
		}
	}
	sort.Slice(same, func(i, j int) bool { return same[i].start < same[j].start })
	at := -1
	for i, o := range same {
		if o == sp {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	joined := func(a, b *span) bool {
		lo, hi := a.end, b.blankStart()
		if hi < lo {
			return false
		}
		switch strings.TrimSpace(s.text[lo:hi]) {
		case ",", ", and", ", or", "and", "or", "&":
			return true
		}
		return false
	}
	members := 1
	for i := at; i > 0 && joined(same[i-1], same[i]); i-- {
		members++
	}
	for i := at; i+1 < len(same) && joined(same[i], same[i+1]); i++ {
		members++
	}
	return members >= 3
}

// sameFamily reports whether two kinds may be members of one list: the
// members of a list of names are not always typed alike ("Exeter, Wells
// and Ely").
func sameFamily(a, b kind) bool {
	return a == b || a.proper() && b.proper()
}

// The members of a list need not all be read as answers: in "then in the
// hands of Arab, Turkish and Italian merchants" only "Arab" was, and a
// blank over it asked for one nationality of three, any of which would
// do. wordListMember counts the words of the list themselves.

// wordListMember reports whether answer sp of s is one of three or more
// words of one shape joined by commas and "and" or "or": capitalised
// words ("Arab, Turkish and Italian") for a capitalised answer, words of
// its own part of speech ("red, white and blue") for a lowercase one.
func wordListMember(s *sentence, sp *span) bool {
	lo, hi := -1, -1
	for i, t := range s.toks {
		if t.start >= sp.blankStart() && t.end <= sp.end {
			if lo < 0 {
				lo = i
			}
			hi = i
		}
	}
	if lo < 0 {
		return false
	}
	before := lo - 1 // the token before the blank, "the" included
	if sp.the && lo < hi && strings.EqualFold(s.toks[lo].text, "the") {
		lo++ // "spread to the Republic of Korea, Indonesia, …"
	}
	capital := startsUpper(s.toks[lo].text)
	if !capital && lo != hi {
		return false // "blue stripes": a phrase, not a word of a list
	}
	tag := s.toks[hi].tag
	first := openingTokens(s)
	member := func(i int) bool {
		if i < 0 || i >= len(s.toks) {
			return false
		}
		t := s.toks[i]
		if capital {
			return startsUpper(t.text) && i > first && !quotedAt(s.text, t.start) && !strings.EqualFold(t.text, "The")
		}
		return isLowerWord(t.text) && t.tag == tag
	}
	// A member is one word, or for capitalised answers a run of them
	// ("South Korea").
	members := 1
	for i := hi + 1; ; {
		j := i
		if j < len(s.toks) && s.toks[j].text == "," {
			j++
		}
		if j < len(s.toks) && (s.toks[j].text == "and" || s.toks[j].text == "or") {
			j++
		}
		if j == i || !member(j) {
			break
		}
		for capital && member(j+1) {
			j++
		}
		members++
		i = j + 1
	}
	for i := before; ; {
		j := i
		if j >= 0 && (s.toks[j].text == "and" || s.toks[j].text == "or") {
			j--
		}
		if j >= 0 && s.toks[j].text == "," {
			j--
		}
		if j == i || !member(j) {
			break
		}
		for capital && member(j-1) {
			j--
		}
		members++
		i = j - 1
	}
	return members >= 3
}
