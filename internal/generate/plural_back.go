package generate

import "strings"

// A plural pronoun after a person's name. needsContext takes a pronoun
// before any name in its sentence as standing for something told
// before; one after a name is read as standing for it. But "they",
// "them", "their" or "theirs" cannot stand for one person: in "Mr McCabe
// has promised them about £8.1bn next year" "them" are the councils the
// sentence before named, and a card quoting the sentence alone leaves
// the reader to guess whom the money is for.

// pluralAfterPersonOnly reports whether token i of s is "they", "them",
// "their" or "theirs", outside quotation marks, and every noun before it
// in s is part of a person's name (or a title such as "Mr" before one),
// with one such name only: nothing in the sentence it could stand
// for. A plural noun before it ("Mr Blair told MPs they …"), or any
// other noun ("The company said they …"), leaves it alone.
func pluralAfterPersonOnly(s *sentence, i int) bool {
	switch strings.ToLower(s.toks[i].text) {
	case "they", "them", "their", "theirs":
	default:
		return false
	}
	if quotedAt(s.text, s.toks[i].start) {
		return false
	}
	inPerson := func(pos int) bool {
		for _, sp := range s.spans {
			if sp.kind == kPerson && sp.start <= pos && pos < sp.end {
				return true
			}
		}
		return false
	}
	// "Mr Smith and Ms Jones said they …": two people are a plural.
	n := 0
	for _, sp := range s.spans {
		if sp.kind == kPerson && sp.end <= s.toks[i].start {
			n++
		}
	}
	if n != 1 {
		return false
	}
	person := false
	for _, t := range s.toks[:i] {
		if !strings.HasPrefix(t.tag, "NN") {
			continue
		}
		if inPerson(t.start) {
			person = true
			continue
		}
		if honorifics[strings.ToLower(t.text)] {
			continue
		}
		return false
	}
	return person
}
