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
