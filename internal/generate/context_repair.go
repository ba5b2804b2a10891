package generate

import "strings"

// A sentence that opens on "His" or "Her" takes up, like one that opens
// on "He" or "She", the person the sentence before was about: "Maria
// Holt trained as a nurse. Her first post was in Leeds." A teacher
// quoting the second sentence writes "Maria Holt's first post …".
// prevSubjectName finds the person, under the same conditions as for
// "He" and "She" (prev_subject.go): the sentence before, in the same
// paragraph, has one person's name alone as its subject and names no
// other person. At the head of a sentence "Her" can only be possessive.

// openingPossessive reports whether s opens on "His" or "Her" before the
// noun phrase it owns ("His father", "Her first novel", "His 1998 book").
func openingPossessive(s *sentence) bool {
	if s == nil || len(s.toks) < 3 || s.toks[0].start != 0 {
		return false
	}
	switch s.toks[0].text {
	case "His", "Her":
	default:
		return false
	}
	switch tag := s.toks[1].tag; {
	case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "JJ"), tag == "CD", tag == "VBG":
		return true
	}
	return false
}

// pronounGender is the subject pronoun ("he" or "she") of a personal
// pronoun of one person: "his" gives "he", "her" gives "she".
func pronounGender(w string) string {
	switch strings.ToLower(w) {
	case "she", "her", "hers", "herself":
		return "she"
	}
	return "he"
}

// possessiveName is name made possessive, with the apostrophe the text
// around it uses.
func possessiveName(name, text string) string {
	if strings.Contains(text, "’") {
		return name + "’s"
	}
	return name + "'s"
}

// A sentence may front a participle's phrase before its subject pronoun
// as it fronts a preposition's ("Speaking to the committee, he urged …",
// "Elected in 1990, she served …"): the pronoun is the main clause's
// subject all the same, and prevSubjectName puts the name for it where
// the sentence before says whom it means.

// frontedOpening reports whether s opens on a phrase that may come
// before the main clause's subject: a preposition's or a participle's.
func frontedOpening(s *sentence) bool {
	switch s.toks[0].tag {
	case "IN", "VBG", "VBN":
		return true
	}
	return false
}

// A report names what it has just told by a noun that sums it up: "A
// security firm has warned banks about viruses. The warning is being
// issued because …", "The city held its first book fair. The event drew
// 4,000 visitors." Quoted alone, "the warning" and "the event" point at
// nothing; the sentence is held back (shellNounBack). Such a noun is one
// of the nouns a writer uses for a thing told before (an event, a move,
// a decision), or the noun of a verb of the sentence before ("warned" …
// "the warning", "decided" … "the decision").

// shellNouns sum up what a sentence before told.
var shellNouns = set(`event|events|move|moves|decision|step|deal|idea|announcement|news|warning|warnings|ruling|offer|bid|
proposal|proposals|measure|measures|agreement|incident|finding|findings|claim|claims|remarks|comments|development|
arrangement|change|changes|plan|plans|scheme|initiative|attempt|visit|meeting|talks|episode|affair|decline|rise|fall|cut|cuts|
increase|purchase|sale|takeover|merger|acquisition|appointment|resignation|arrest|arrests|launch|release|closure`)

// shellNounBack reports a sentence after the article's first that opens
// on "The", at most three modifiers and a noun that sums up what was told
// before, right before its verb (openingDescription): the noun says no
// more than "what I just told".
func (a *article) shellNounBack(s *sentence) bool {
	if s == nil || s.idx == 0 {
		return false
	}
	h, _, capMod, ok := openingDescription(s)
	if !ok || capMod {
		return false // "The Geneva talks": a name says which
	}
	noun := strings.ToLower(s.toks[h].text)
	if shellNouns[noun] {
		return true
	}
	// The noun of a verb of the sentence before: "warned" … "the
	// warning", "decided" … "the decision".
	i := s.idx - 1
	if i >= len(a.sents) || len(noun) < 5 {
		return false
	}
	for _, t := range a.sents[i].toks {
		if strings.HasPrefix(t.tag, "VB") && nounOfVerb(noun, strings.ToLower(t.text)) {
			return true
		}
	}
	return false
}

// nounOfVerb reports whether noun is the action noun of the verb form
// verb: the same stem of four letters or more, with a noun ending
// ("warn": "warned", "warning"; "deci": "decided", "decision").
func nounOfVerb(noun, verb string) bool {
	stem := ""
	for _, suf := range []string{"ing", "ment", "sion", "tion", "al", "ure"} {
		if strings.HasSuffix(noun, suf) {
			stem = strings.TrimSuffix(noun, suf)
			break
		}
	}
	return len(stem) >= 4 && strings.HasPrefix(verb, stem)
}

// A biography's sentence that names its subject after a pronoun of
// theirs ("Throughout his life, Teller was known …") reads alone
// (namedLater) even when it names another person after the subject
// ("… the character of Dr. Strangelove"), so long as every pronoun of
// the subject's comes before that person: none of them can stand for
// them. A person named before the subject ("Even after she met Carl
// Larsson, Lindqvist …") still keeps the sentence from reading alone.

// ownPronounsBefore reports whether the subject's name short comes
// before byte pos, the start of another person's name, and every
// pronoun of s among own comes before it too.
func ownPronounsBefore(s *sentence, own []string, short string, pos int) bool {
	if pos > len(s.text) || countWord(s.text[:pos], short) == 0 {
		return false
	}
	for _, t := range s.toks {
		if t.start >= pos && contains(own, strings.ToLower(t.text)) {
			return false
		}
	}
	return true
}
