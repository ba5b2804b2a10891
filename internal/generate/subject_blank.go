package generate

import "strings"

// In a life of someone, a blank for a person is nearly always that
// person: "_____ founded the newspaper" in a biography asks for the name
// on the course's cover, and the reader fills it without having read a
// line. markSubjectBlanks holds back the questions and cloze cards whose
// answer is the person the course is titled after, by full name or
// surname; true/false statements and definitions are untouched.

// markSubjectBlanks marks as held back the blanks of items whose answer
// is the person the course title names.
func (a *article) markSubjectBlanks(items []item, title string) {
	k := key(title)
	sps := a.byKey[k]
	if k == "" || len(sps) == 0 || sps[0].kind != kPerson {
		return
	}
	surname := lastWord(k)
	for i := range items {
		it := &items[i]
		if it.sp == nil || it.sp.kind != kPerson || strings.HasPrefix(it.rule, "truefalse") || strings.HasPrefix(it.rule, "definition") {
			continue
		}
		if it.sp.key == k || lastWord(it.sp.key) == surname {
			it.incidental = true
		}
	}
}
