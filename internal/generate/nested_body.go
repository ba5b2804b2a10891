package generate

import "strings"

// A false statement that swaps a body for one it belongs to, or that
// belongs to it, is not plainly false: "The EU has launched a campaign"
// for "The EC has launched a campaign" (the European Commission is the
// European Union's executive), "The European Commission decided" for
// "The EU decided". Both names written out share the word that names
// them ("European"), as "Daily Telegraph" and "Sunday Telegraph" share
// theirs, and the swap is refused as one name for another of the same
// actor.

// writtenOut returns the name key k written out: the long form of a
// common abbreviation ("european union" for "eu"), else the one name of
// the article whose initials k is ("european commission" for "ec"), else
// k.
func (a *article) writtenOut(k string) string {
	bare := strings.TrimPrefix(k, "the ")
	if strings.Contains(bare, " ") || len(bare) < 2 || len(bare) > 6 {
		return k
	}
	for _, p := range abbreviations {
		if key(p[1]) == bare && strings.ToUpper(p[1]) == p[1] {
			return key(p[0])
		}
	}
	long := ""
	for o, sps := range a.byKey {
		if len(sps) == 0 || !sps[0].kind.proper() {
			continue // "extraordinary circumstances" is no body's name
		}
		if strings.Contains(o, " ") && initialsOf(bare, o) {
			if long != "" && long != o {
				return k // two names of those initials: none is sure
			}
			long = o
		}
	}
	if long != "" {
		return long
	}
	return k
}

// nestedBody reports whether the name keys x and y, written out, share a
// word that names them: one body and a part of it, or two parts of one.
func (a *article) nestedBody(x, y string) bool {
	wx, wy := a.writtenOut(x), a.writtenOut(y)
	if wx == x && wy == y {
		return false // neither is an abbreviation: sameActor decides
	}
	return a.sameActor(wx, wy)
}
