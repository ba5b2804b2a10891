package generate

import "strings"

// In a life of someone, a blank for a person is nearly always that
// person: "_____ founded the newspaper" in a biography asks for the name
// on the course's cover, and the reader fills it without having read a
// line. markSubjectBlanks holds back the questions and cloze cards whose
// answer is the article's subject: the person the course is titled
// after, or, whatever the title, the person the first sentence opens
// with whose surname the article mentions most (bioTitle), by full name
// or surname, however the answer's name was typed. True/false statements
// and definitions are untouched.

// markSubjectBlanks marks as held back the blanks of items whose answer
// is the article's subject.
func (a *article) markSubjectBlanks(items []item, title string) {
	var subjects []string
	if k := key(title); k != "" && len(a.byKey[k]) > 0 && (a.byKey[k][0].kind == kPerson || a.byKey[k][0].kind.proper() && a.opensWith(k)) {
		subjects = append(subjects, k)
	}
	if b := key(a.bioTitle()); b != "" {
		subjects = append(subjects, b)
	}
	if len(subjects) == 0 {
		return
	}
	for i := range items {
		it := &items[i]
		if it.sp == nil || !it.sp.kind.proper() || strings.HasPrefix(it.rule, "truefalse") || strings.HasPrefix(it.rule, "definition") {
			continue
		}
		for _, k := range subjects {
			if it.sp.key == k || lastWord(it.sp.key) == lastWord(k) {
				it.incidental = true
			}
		}
	}
}

// opensWith reports whether the article's first sentence opens with the
// name k, after at most a dateline: the name the article is about,
// whatever kind of name the tagger took it for.
func (a *article) opensWith(k string) bool {
	if len(a.paras) == 0 || len(a.paras[0].sents) == 0 {
		return false
	}
	s := a.paras[0].sents[0]
	off := datelineEnd(s.text)
	for _, sp := range s.spans {
		if sp.start >= off {
			return sp.key == k && strings.TrimSpace(s.text[off:sp.start]) == ""
		}
	}
	return false
}
