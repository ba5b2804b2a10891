package generate

import (
	"strings"
	"unicode"
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
// elsewhere most often ("Ben Lind") unless a three-word name is kept
// whole (see below), else a three-word name whole, else the surname
// alone.
func (a *article) commonName(full string) string {
	name := stripPostNominals(full)
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return name
	}
	surname := ws[len(ws)-1]
	best, bestN := "", 0
	for _, g := range ws[:len(ws)-1] {
		if len([]rune(g)) < 2 || strings.HasSuffix(g, ".") {
			continue
		}
		pair := g + " " + surname
		n := 0
		for _, p := range a.paras {
			// The lead's full name holds the pair once when the given
			// name stands just before the surname: that is no use.
			n += strings.Count(strings.ReplaceAll(p.text, full, ""), pair)
		}
		if n > bestN {
			best, bestN = pair, n
		}
	}
	// A three-word name is kept whole ("Alfred Russel Wallace") where the
	// body repeats it as often as the pair, or pairs the first given name
	// with the surname once only: the subject goes by the shorter name
	// when the article keeps to it, or when it is a middle name ("Learned
	// Hand").
	fullN := -1
	for _, p := range a.paras {
		fullN += strings.Count(p.text, name)
	}
	switch {
	case len(ws) == 3 && (fullN >= bestN || bestN < 2 && strings.HasPrefix(best, ws[0]+" ")):
		return name
	case best != "":
		return best
	case len(ws) == 3:
		return name
	}
	return surname
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
