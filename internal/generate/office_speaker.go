package generate

import "strings"

// A report names the person it is about once and then calls them by
// their office: "… an overhaul unveiled by Ann Hale. The transport
// secretary said fares would be frozen." A blank over "transport
// secretary" in the second sentence asks for a description where a
// learner names the person ("Hale"), and the article may never say in
// so many words that she holds the office, so her name cannot safely be
// accepted. Such a blank, a lowercase office as the subject of a verb
// of saying, is not asked (blankFault "office-holder"); the sentence's
// other blanks are.

// officeHeads are the last words of an office held by one person.
var officeHeads = set(`secretary|minister|chancellor|president|premier|mayor|governor|spokesman|spokeswoman|spokesperson|
chairman|chairwoman|chair|commissioner|ambassador|leader|director|head|chief`)

// officeSpeaker reports a blank over a lowercase office, right before a
// verb of saying: "The _____ said …" for "home secretary".
func officeSpeaker(s *sentence, sp *span) bool {
	if sp.kind != kTerm {
		return false
	}
	words := strings.Fields(sp.text)
	if len(words) == 0 || sp.text != strings.ToLower(sp.text) || !officeHeads[words[len(words)-1]] {
		return false
	}
	n := nextTok(s, sp.end)
	return n != nil && reportVerbs[strings.ToLower(n.text)]
}
