package generate

import "strings"

// A short biography tells its life in sentences on "he" or "she", and
// many open on a phrase of time or circumstance before the subject: "In
// 1962, he was elected …", "While a student, she founded …". The
// subject pronoun after such a fronted adverbial stands for the same
// person as one the sentence opens on (the adverbial names no one), so
// the card put in the name there as it does at the sentence's start.

// frontedSubject reports whether old, the words an edit replaces, is the
// subject right after an opening adverbial phrase set off by a comma: the
// text before old is one phrase of at most eight words ending in a comma,
// with no other comma and no word that itself leans on the sentences
// before (a pronoun, "this", "there").
func frontedSubject(text, old string) bool {
	i := strings.Index(text, ", "+old+" ")
	if i <= 0 {
		return false
	}
	switch strings.ToLower(old) {
	case "he", "she", "they":
	default:
		return false
	}
	intro := text[:i]
	if strings.ContainsAny(intro, ",;:()\"“”") {
		return false
	}
	words := strings.Fields(intro)
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	for _, w := range words {
		switch strings.ToLower(strings.Trim(w, ".'’")) {
		case "he", "she", "they", "his", "her", "their", "him", "them", "it", "its",
			"this", "that", "these", "those", "there", "then", "such":
			return false
		}
	}
	return true
}

// frontedResolved returns the edit putting the biography's subject in
// for the subject pronoun after an opening adverbial ("In 1882, he was
// admitted …" → "In 1882, Magoon was admitted …"), on the terms of
// subjectResolved: the pronoun is the subject's, the sentences before
// name no one else, and nothing else in the sentence leans on them.
func (a *article) frontedResolved(s *sentence) (edit, bool) {
	if s == nil || len(s.toks) < 3 {
		return edit{}, false
	}
	subj, short := a.biographySubject()
	if subj == "" {
		return edit{}, false
	}
	text := s.text[datelineEnd(s.text):]
	var pron string
	for _, p := range []string{"he", "she"} {
		if frontedSubject(text, p) {
			pron = p
		}
	}
	if pron == "" || a.bioGender != genderOf(pron) {
		return edit{}, false
	}
	own := subjectPronouns[pron]
	for _, t := range s.toks {
		lw := strings.ToLower(t.text)
		if isPersonalPronoun(lw) && !contains(own, lw) || contextWords[lw] {
			return edit{}, false
		}
	}
	if !a.onlySubjectBefore(s, subj, short) {
		return edit{}, false
	}
	return edit{pron, a.subjectName(short)}, true
}

// birthName reports whether the person named at sp is the subject's own
// name at birth, given in brackets after "born" in the sentence that
// opens the biography ("Jane Doe (born Janina Dworak; 1901 – …)").
func (a *article) birthName(p *sentence, sp *span) bool {
	if p.idx != 0 && (len(a.sents) == 0 || p != a.sents[0]) {
		return false
	}
	before := strings.TrimRight(p.text[:sp.start], " ")
	if !strings.HasSuffix(before, "born") {
		return false
	}
	open := strings.LastIndex(before, "(")
	return open >= 0 && !strings.Contains(before[open:], ")")
}

// peerageTitles are the titles of rank a biography's first sentence may
// give its subject after the name ("Vivien Leigh, Lady Olivier").
var peerageTitles = set(`lady|lord|baron|baroness|dame|sir|countess|earl|viscount|viscountess|duke|duchess|marquess|marchioness`)

// peerageName reports whether the person named at sp is the subject's
// own title of rank, given after the subject's name and a comma in the
// sentence that opens the biography ("Vivien Leigh, Lady Olivier (5
// November 1913 – …)"): the name is one person, not a second one named
// before the pronouns that follow.
func (a *article) peerageName(p *sentence, sp *span) bool {
	if len(a.sents) == 0 || p != a.sents[0] {
		return false
	}
	first := p.firstPerson()
	if first == nil || first == sp || first.end > sp.start {
		return false
	}
	between := strings.Fields(p.text[first.end:sp.start])
	return len(between) == 2 && between[0] == "," && peerageTitles[strings.ToLower(between[1])]
}
