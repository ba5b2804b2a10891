package generate

import (
	"strings"
	"unicode"
)

// A typed blank over a place, a people or a person, asked as its
// sentence instead. Blind judges of sets 146 to 160 accepted 3 of 23
// short answers as they stood, the worst of any kind: most blanked a
// place, a nationality or a person's name ("Across _____, Ms Le Pen is
// running more party lists than Mr Macron." over "France", "Of the 4.5m
// _____ who have left their country …" over "Venezuelans", "Mr de la
// _____" over part of a surname), which the judges found trivia or given
// away. Such a blank stands where its theme needs it to reach four
// (recall_card.go). The true statement of the same sentence does better
// (true statements: 72% as is over sets 151 to 160): trueForBlanks asks
// the sentence instead, where it makes a statement (trueStatement), no
// other proposed item of the theme asks that sentence, and the theme's
// true/false questions stay fair (neither true statements alone nor
// outside 40–60% true).

// placeOrPersonBlank reports whether it is a proposed short answer whose
// blank is a place, a people or a person.
func placeOrPersonBlank(it *item) bool {
	if !it.proposed || it.q == nil || !strings.HasPrefix(it.rule, "cloze-short/") || it.sp == nil {
		return false
	}
	return it.sp.kind == kPlace || it.sp.kind == kPerson || peopleWord(strings.TrimPrefix(it.answer, "the "))
}

// peopleWord reports whether w names a people in the plural:
// "Venezuelans", "Bangladeshis", not "the RN" or "US".
func peopleWord(w string) bool {
	if w == "" || strings.ContainsRune(w, ' ') || !unicode.IsUpper([]rune(w)[0]) || strings.ToUpper(w) == w {
		return false
	}
	if strings.HasSuffix(w, "is") && len(w) >= 6 {
		return true // "Bangladeshis", "Iraqis"; not "Paris"
	}
	return strings.HasSuffix(w, "s") && demonym(strings.TrimSuffix(w, "s"))
}

// trueForBlanks runs trueForBlank on each theme's items.
func (a *article) trueForBlanks(items []item, opts Options) {
	if opts.All {
		return
	}
	eachTheme(items, a.trueForBlank)
}

// trueForBlank asks a theme's blanks over a place, a people or a person
// as their sentences' true statements (see above).
func (a *article) trueForBlank(its []item) {
	for i := range its {
		if !placeOrPersonBlank(&its[i]) {
			continue
		}
		s := its[i].sent
		if s == nil || needsContext(s) || askedElsewhere(its, i) {
			continue
		}
		st := a.trueStatement([]*sentence{s}, nil, nil, nil)
		if st == nil {
			continue
		}
		st.q.Theme = its[i].q.Theme
		st.q.Paragraphs = its[i].q.Paragraphs
		st.proposed = true
		was := its[i]
		its[i] = *st
		if t, f := proposedTrueFalse(its); trueOnly(its) || !fairTrueFalse(t, f) {
			its[i] = was
		}
	}
}

// askedElsewhere reports whether another proposed item of its asks the
// sentence of its[i].
func askedElsewhere(its []item, i int) bool {
	for j := range its {
		if j != i && its[j].proposed && its[j].sent == its[i].sent {
			return true
		}
	}
	return false
}
