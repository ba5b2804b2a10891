package generate

import (
	"regexp"
	"strings"
)

// A writer may take up the noun a sentence ended on and add to it in a
// sentence of its own with no main verb: "It turned into an alliance of
// trading cities. An alliance that has proven that it can fight and win
// wars." Quoted as a true statement the fragment states nothing; the
// judge asked for it to be rewritten. A sentence that opens on "A" or "An",
// at most two more words, a noun the sentence before uses, and "that",
// "which", "who" or "whose", with no comma in it, is such a fragment and
// is not asked alone.

// echoFragmentRE is a sentence opening on an indefinite article, a noun
// (with up to two words before it) and a relative pronoun, with no comma.
var echoFragmentRE = regexp.MustCompile(`^(?:A|An) (?:\p{Ll}+[\p{Ll}-]* ){0,2}(\p{Ll}+) (?:that|which|who|whose) [^,;:]+[.!]?$`)

// echoFragment reports whether s is a verbless fragment taking up a noun
// of the sentence before it (see above).
func (a *article) echoFragment(s *sentence) bool {
	m := echoFragmentRE.FindStringSubmatch(s.text)
	if m == nil || s.idx == 0 {
		return false
	}
	p := a.sents[s.idx-1]
	if p.para != s.para {
		return false
	}
	noun := m[1]
	for _, w := range strings.FieldsFunc(strings.ToLower(p.text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-')
	}) {
		if w == noun {
			return true
		}
	}
	return false
}
