package generate

import (
	"slices"
	"strings"
)

// A biography's last theme was titled "… Later Life" when its paragraphs
// held "died" or "death", though the death was a parent's ("Samuel Hand
// died from cancer when Hand was 14", "after his father's death"): the
// paragraphs told the subject's childhood. subjectDies reads whose death
// it is.

// subjectDies reports whether paragraphs g tell the death of the
// biography's subject (short is the name the article calls them by):
// "he died", "Lind died", "his death", "Lind's death"; not "Samuel Lind
// died" (another of the family) nor "his father's death".
func (a *article) subjectDies(g []int, short string) bool {
	for _, p := range g {
		if p < 1 || p > len(a.paras) {
			continue
		}
		for _, s := range a.paras[p-1].sents {
			for i, t := range s.toks {
				switch strings.ToLower(t.text) {
				case "died", "dies":
					if diedSubject(s.toks[:i], short) {
						return true
					}
				case "death":
					if deathOwner(s.toks[:i], short) {
						return true
					}
				}
			}
		}
	}
	return false
}

// diesInSentence reports whether sentence s tells the death of the
// biography's subject (short is the name the article calls them by):
// "died" or "dies" as subjectDies reads it, or after the subject's
// name and an appositive ("On February 20, 1895, Frederick Douglass, a
// prominent abolitionist, orator, publisher and advisor to President
// Abraham Lincoln, dies suddenly …"), the name the sentence's first
// person.
func diesInSentence(s *sentence, short string) bool {
	if short == "" {
		return false
	}
	for i, t := range s.toks {
		switch strings.ToLower(t.text) {
		case "died", "dies":
		default:
			continue
		}
		if diedSubject(s.toks[:i], short) {
			return true
		}
		p := s.firstPerson()
		if i == 0 || s.toks[i-1].text != "," || p == nil || p.end > t.start || !slices.Contains(strings.Fields(p.text), short) {
			continue
		}
		// The name is followed by the appositive's comma.
		if rest := strings.TrimLeft(s.text[p.end:t.start], " "); strings.HasPrefix(rest, ",") {
			return true
		}
	}
	return false
}

// diedSubject reports whether the words before "died" make the subject
// the one who died: a personal pronoun or the subject's name just before
// (past an adverb), the name not preceded by another's first name.
func diedSubject(before []tok, short string) bool {
	k := len(before) - 1
	for k >= 0 && strings.HasSuffix(strings.ToLower(before[k].text), "ly") || k >= 0 && adverbsBeforeDied[strings.ToLower(before[k].text)] {
		k--
	}
	if k < 0 {
		return false
	}
	switch w := before[k].text; {
	case strings.EqualFold(w, "he") || strings.EqualFold(w, "she"):
		return true
	case w == short:
		return k == 0 || !startsUpper(before[k-1].text) || before[k-1].text == "The"
	}
	return false
}

var adverbsBeforeDied = set(`later|then|eventually|soon|finally|also|suddenly|peacefully`)

// deathOwner reports whether "death" is the subject's: "his death",
// "her death", "Lind's death"; not "his father's death".
func deathOwner(before []tok, short string) bool {
	k := len(before) - 1
	if k < 0 {
		return false
	}
	w := strings.ToLower(before[k].text)
	if w == "his" || w == "her" {
		return true
	}
	if w == "'s" || w == "’s" {
		return k > 0 && before[k-1].text == short && (k < 2 || !startsUpper(before[k-2].text))
	}
	return before[k].text == short+"'s" || before[k].text == short+"’s"
}

// A biography's lead sums up the life; its body then tells it in order
// from a paragraph that tells the birth. Themes cut elsewhere mixed the
// lead's last paragraphs with the birth and titled the mix by a detail
// ("Legal Profession" over a legacy and a birth). The cut before the
// body's birth paragraph is where the text itself turns.

// bodyStart is the index (from 0) of the paragraph a biography's body
// opens on, the last paragraph after the first that tells the subject's
// birth, when the first sentence is a lead that says what the subject
// was; -1 otherwise.
func (a *article) bodyStart() int {
	_, short := a.biographySubject()
	if short == "" || !a.leadDefines() {
		return -1
	}
	births := a.birthParagraphs(short)
	if len(births) == 0 {
		return -1
	}
	// A lead may tell the birth too ("Lind was born in Uppsala in 1850");
	// the body names the subject in full again where it starts.
	for _, p := range births {
		if a.fullNameOpens(a.paras[p-1].sents[0].text) {
			return p - 1
		}
	}
	return births[len(births)-1] - 1
}

// fullNameOpens reports whether text opens on two words or more of the
// subject's full name ("Kenesaw Mountain Landis was born …").
func (a *article) fullNameOpens(text string) bool {
	name := strings.Fields(a.bioKey)
	ws := strings.Fields(text)
	n := 0
	for _, w := range ws {
		if k := key(w); k == "" || !slices.Contains(name, k) {
			break
		}
		n++
	}
	return n >= 2
}

// bornAfterName reports whether text before "born" names the subject:
// the name the article uses, or another word of the full name the first
// sentence gives ("Norman was born …" of William Norman Birkett).
func (a *article) bornAfterName(before, short string) bool {
	if countWord(before, short) > 0 {
		return true
	}
	for _, w := range strings.Fields(a.bioKey) {
		if len(w) < 3 {
			continue
		}
		if c := strings.ToUpper(w[:1]) + w[1:]; countWord(before, c) > 0 {
			return true
		}
	}
	return false
}

// familyOpening reports whether a paragraph's first sentence opens on
// the subject's family ("Lind's family came from …", "Lind's father
// …"): a body that tells the life in order may open on the ancestry
// before the birth.
func familyOpening(text, short string) bool {
	for _, pos := range []string{"'s ", "’s "} {
		if rest, ok := strings.CutPrefix(text, short+pos); ok {
			switch strings.ToLower(firstWord(rest)) {
			case "family", "father", "mother", "parents", "ancestors", "grandfather", "grandmother":
				return true
			}
		}
	}
	return false
}
