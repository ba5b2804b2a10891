package generate

import "strings"

// A biography's paragraph keeps to its subject: "Lind is remembered as a
// pioneer … On technical matters, she was cautious. She believed in …".
// The pronoun of "She believed" takes up the same person as the "she"
// of the sentence before, though that sentence does not open on it; the
// chain of sentences that use only the subject's pronouns and name no one
// else carries the subject on (pronounChain). And a sentence that names
// the subject after a pronoun of theirs ("Even after he retired, Lind
// kept writing") reads alone (namedLater).

// pronounChain reports whether sentence p, between s and the sentence
// that last named the subject, carries the subject on: it uses a
// personal pronoun of the subject's own (the one s opens on) and, as
// checked by the caller, names no one else.
func (a *article) pronounChain(p, s *sentence) bool {
	if len(s.toks) == 0 {
		return false
	}
	own := subjectPronouns[genderOf(s.toks[0].text)]
	if own == nil {
		return false
	}
	for _, t := range p.toks {
		if contains(own, strings.ToLower(t.text)) {
			return true
		}
	}
	return false
}

// namedLater reports whether every personal pronoun of sentence s is the
// biography subject's and s names the subject and no other person: the
// pronoun before the name ("Even after he retired, Lind …") can only be
// the subject's.
func (a *article) namedLater(s *sentence) bool {
	subj, short := a.biographySubject()
	if subj == "" || countWord(s.text, short) == 0 {
		return false
	}
	own := subjectPronouns[a.bioGender]
	if own == nil {
		return false
	}
	for _, t := range s.toks {
		lw := strings.ToLower(t.text)
		if contextWords[lw] || isPersonalPronoun(lw) && !contains(own, lw) {
			return false
		}
	}
	for _, sp := range s.spans {
		if sp.kind == kPerson && sp.key != subj && !containsWords(subj, sp.key) && countWord(sp.text, short) == 0 && !ownPronounsBefore(s, own, short, sp.start) {
			return false
		}
	}
	first := strings.ToLower(strings.Trim(s.toks[0].text, `"“”'‘’,`))
	if danglingStarts[first] || isPersonalPronoun(first) {
		return false
	}
	needs := needsContextOnceNamed(s)
	return !needs
}

// subjectPronounEdit reports whether an edit a true statement would need
// to read alone only puts the biography subject's name for a pronoun of
// theirs, and the statement as shown names the subject already: it was
// quoted with the name put in (subjectResolved), or it names the subject
// after the pronoun (namedLater).
func (a *article) subjectPronounEdit(it *item, e edit) bool {
	_, short := a.biographySubject()
	if short == "" || it.q == nil {
		return false
	}
	own := subjectPronouns[a.bioGender]
	old := strings.ToLower(e.old)
	if !contains(own, old) || strings.TrimSuffix(strings.TrimSuffix(e.new, "’s"), "'s") != short {
		return false
	}
	return countWord(it.q.Prompt, short) > 0
}
