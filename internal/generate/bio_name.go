package generate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A biography's lead gives its subject's name in full, often with
// post-nominal letters ("Sidney Charles Ben Lind AO", "…, PC, KC"): a
// name no teacher would put on a course, and whose last word is then
// no surname. The course is titled by the name the article calls its
// subject by: the post-nominal letters left out, and a long name
// shortened to the given name the article uses with the surname ("Ben
// Lind"), or to the surname alone when it uses no other.

// stripPostNominals drops the post-nominal letters that end a name:
// words of two capital letters or more ("AO", "QC", "GCMG", "K.C."),
// but not a Roman numeral of a line ("Henry VIII", "John Lind III").
func stripPostNominals(name string) string {
	ws := strings.Fields(strings.TrimSpace(name))
	for len(ws) > 1 && postNominal(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	return strings.TrimRight(strings.Join(ws, " "), ",")
}

// postNominal reports whether a word is post-nominal letters.
func postNominal(w string) bool {
	w = strings.Trim(w, ",")
	letters, roman := 0, true
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
			roman = roman && strings.ContainsRune("IVXLC", r)
		default:
			return false
		}
	}
	return letters >= 2 && !roman
}

// commonName is the name a biography calls its subject by, from the full
// name its lead opens with: without post-nominal letters; for a name of
// three words or more, the given name the article pairs with the surname
// elsewhere most often ("Ben Lind", or a middle name the subject went
// by); a three-word name whole where the body repeats it as often or
// its middle word is a particle ("Anna de Lind": the surname is "de
// Lind"), or, where no pair is found, its middle word is an initial
// ("Arthur J. Lind"); else the first given name and the surname ("Maria
// Anna Lind" is "Maria Lind": a middle name is no part of the name a
// reader knows); else, where every given name is another's, the surname
// alone.
//
// A pair counts only where it names the subject: not inside a longer
// name ("Johan Anna Lind", a father whose names the subject's repeat;
// after a sentence's opening word or an honorific it counts: "When Anna
// Lind", "Dr Anna Lind") nor as someone's relative ("his grandfather,
// Anna Lind"), so that a middle name shared with a forebear does not
// title the course.
func (a *article) commonName(full string) string {
	name := stripPostNominals(full)
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return name
	}
	surname := ws[len(ws)-1]
	others := a.kinGivenNames(ws)
	best, bestN := "", 0
	for _, g := range ws[:len(ws)-1] {
		if len([]rune(g)) < 2 || strings.HasSuffix(g, ".") || others[strings.ToLower(g)] {
			continue
		}
		n := 0
		for _, p := range a.paras {
			// The lead's full name holds the pair once when the given
			// name stands just before the surname: that is no use.
			n += subjectPairs(strings.ReplaceAll(p.text, full, ""), g+" "+surname)
		}
		if n > bestN {
			best, bestN = g+" "+surname, n
		}
	}
	fullN := -1
	for _, p := range a.paras {
		fullN += strings.Count(p.text, name)
	}
	mid := ws[1]
	switch {
	case len(ws) == 3 && (fullN >= 1 && fullN >= bestN || nameParticles[mid] || !startsUpper(mid)):
		// A particle is part of the surname ("de Lind").
		return name
	case best != "":
		return best
	case len(ws) == 3 && len([]rune(strings.TrimSuffix(mid, "."))) < 2:
		return name
	case len(ws) == 3 && a.familyName(mid, surname):
		// A middle name that is a family's surname, the mother's
		// ("Oliver Wendell Holmes", son of Sarah Wendell), is part of
		// the name a reader knows: neither "Wendell Holmes" nor
		// "Oliver Holmes".
		return name
	}
	// The first given name the article gives no one else of the surname
	// ("Adrian Cedric Boult" is "Adrian Boult": "Cedric Boult" is his
	// father); a middle name the body calls the subject by alone before
	// it ("Catherine Kate Bush" is "Kate Bush"). So too for a longer
	// name: "Aeneas Lionel Acton Mackintosh" is "Aeneas Mackintosh", not
	// "Mackintosh", which says less than a reader knows him by.
	{
		g := ws[0]
		if others[strings.ToLower(g)] || a.aloneCount(mid) > a.aloneCount(g) && !others[strings.ToLower(mid)] {
			g = mid
		}
		if !others[strings.ToLower(g)] {
			return g + " " + surname
		}
	}
	return surname
}

// kinGivenNames are the lowercased given names of the subject's full name
// ws that the article gives to someone else of the same surname: a
// person named with a word the subject's name lacks ("Cedric Randal
// Boult", the father of Adrian Cedric Boult; "George Augustus Holloway",
// the father of Stanley Augustus Holloway), or named as a relative.
func (a *article) kinGivenNames(ws []string) map[string]bool {
	own := map[string]bool{}
	for _, w := range ws {
		own[strings.ToLower(w)] = true
	}
	surname := strings.ToLower(ws[len(ws)-1])
	out := map[string]bool{}
	for _, k := range a.keys {
		sps := a.byKey[k]
		f := strings.Fields(k)
		if sps[0].kind != kPerson || len(f) < 2 || f[len(f)-1] != surname {
			continue
		}
		other := false
		for _, w := range f {
			other = other || !own[w] && !initialOf(w, ws)
		}
		for _, sp := range sps {
			other = other || relativeMention(sp)
		}
		for _, w := range f[:len(f)-1] {
			if other && own[w] {
				out[w] = true
			}
		}
	}
	return out
}

// initialOf reports whether the lowercased word w of a name's key is the
// initial of a given name of the full name ws ("j", key of "J.", of Carl
// Johan Lind): "Carl J. Lind" is the subject written again, no one else
// of the surname.
func initialOf(w string, ws []string) bool {
	r := []rune(strings.TrimSuffix(w, "."))
	if len(r) != 1 {
		return false
	}
	for _, g := range ws[:len(ws)-1] {
		if gr := []rune(strings.ToLower(g)); len(gr) > 1 && gr[0] == r[0] {
			return true
		}
	}
	return false
}

// aloneCount is how many times the article names a person by the one
// word w.
func (a *article) aloneCount(w string) int {
	return len(a.byKey[key(w)])
}

// subjectPairs counts the uses of the name pair in text that stand for
// no one else: not preceded by another capitalised word (the pair is
// the end of a longer name) and not after a word of kinship ("his
// father, ").
func subjectPairs(text, pair string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], pair)
		if j < 0 {
			return n
		}
		at := i + j
		i = at + len(pair)
		if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsLetter(r) {
			continue // a longer word ("Lindberg")
		}
		before := strings.TrimRight(text[:at], " ")
		if r, _ := utf8.DecodeLastRuneInString(text[:at]); unicode.IsLetter(r) {
			continue // inside a word
		}
		if f := strings.Fields(before); len(f) > 0 {
			last := f[len(f)-1]
			if startsUpper(last) && !stopwords[strings.ToLower(last)] && !honorificRE.MatchString(last) && !strings.ContainsAny(last[len(last)-1:], ".,;:!?\"'”)") {
				continue
			}
		}
		tail := before
		if len(tail) > 40 {
			tail = tail[len(tail)-40:]
		}
		if kinRE.MatchString(tail + " ") {
			continue
		}
		n++
	}
}

// leadNameTitle is the course title for lead title t: the biography's
// common name (bioTitle) where t is its subject's name with honours
// ("Sir Tomas Lind KC"), else t.
func (a *article) leadNameTitle(t string) string {
	b := a.bioTitle()
	if b == "" {
		return t
	}
	if lastWord(key(stripPostNominals(t))) == lastWord(key(b)) {
		return b
	}
	return t
}

// familyName reports whether the article gives the word w, a middle name
// of the subject whose surname is surname, as the surname of someone of
// another family: a name of two words or more with w last ("Sarah
// Wendell"; the tagger may take such a name for a place). The
// subject's "Wendell" is then that family's name, not a given name the
// subject went by.
func (a *article) familyName(w, surname string) bool {
	lw, ls := strings.ToLower(w), strings.ToLower(surname)
	for _, k := range a.keys {
		sps := a.byKey[k]
		f := strings.Fields(k)
		if sps[0].kind.proper() && len(f) >= 2 && f[len(f)-1] == lw && !slices.Contains(f, ls) {
			return true
		}
	}
	return false
}
